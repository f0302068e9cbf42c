"""Bringing a store's database to the schema this Desk needs.

At start-up :func:`ensure_schema` reads the database's revision with plain sqlite3
(cheap: no Alembic import on the common path); only when it differs from
:data:`HEAD` does it back the file up and run the Alembic migrations.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desk.core.errors import DeskError
from desk.store.backups import backup
from desk.store.sqlite_files import connect

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from desk.store.db import Database

HEAD = "0011"  # the newest migration; a test checks it matches Alembic's head


class SchemaError(DeskError):
    """The database is newer than this Desk, or is not a Desk database."""

    def __init__(self, message: str) -> None:
        super().__init__("schema_newer", message)


def current_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    conn = connect(path, "ro")
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if found is None else str(found[0])
    finally:
        conn.close()


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return cfg


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(Path(__file__).parent / "migrations"))


def alembic_head() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this Desk can open (and upgrade from)."""
    return {script.revision for script in _scripts().walk_revisions()}


KEEP_UPGRADE_BACKUPS = 3  # upgrade backups kept; older ones are pruned


class MigrationError(DeskError):
    """A migration failed; the database was left as it was before."""

    def __init__(self, message: str) -> None:
        super().__init__("migration_failed", message)


def upgrade_backup(db: Database, backups_dir: Path, rev: str) -> Path:
    """One backup per attempted upgrade (``from rev to HEAD``), never one per start.

    A migration that fails leaves the database untouched (it runs in one transaction),
    so the backup made before the first attempt still holds everything: a second start
    reuses it instead of writing another full copy. Older upgrade backups are pruned.
    """
    label = f"before-upgrade-from-{rev}-to-{HEAD}"
    existing = sorted(backups_dir.glob(f"desk-*-{label}.sqlite3"))
    # Not refused for a row pointing nowhere: the upgrade's own check names it better.
    copy = existing[-1] if existing else backup(db, backups_dir, label, check_keys=False)
    upgrades = sorted(
        backups_dir.glob("desk-*-before-upgrade-*.sqlite3"), key=lambda p: p.stat().st_mtime
    )
    for old in upgrades[:-KEEP_UPGRADE_BACKUPS]:
        if old != copy:
            old.unlink(missing_ok=True)
    return copy


def upgrade(db: Database, backups_dir: Path) -> Path | None:
    """Migrate to HEAD; back the file up first if it holds anything. Returns the backup.

    Migrations run in one transaction with foreign keys off: SQLite's copy-and-move
    (batch) migrations drop and re-create tables that other rows point at, which
    ``foreign_keys=ON`` forbids. ``PRAGMA foreign_key_check`` then runs before the
    commit: a migration that leaves a dangling reference is rolled back whole.
    """
    from alembic import command

    rev = current_revision(db.path)
    if rev == HEAD:
        return None
    copy = None
    if rev is not None:
        copy = upgrade_backup(db, backups_dir, rev)
    cfg = _alembic_config()
    with db.engine.connect() as conn:
        # The pragma is a no-op inside a transaction: set it on the driver's connection
        # before SQLAlchemy's first BEGIN.
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    table, rowid, parent, _ = dangling[0]
                    raise MigrationError(
                        f"the upgrade to schema {HEAD} would leave {len(dangling)} row(s) "
                        f"pointing at nothing ({table} row {rowid} → {parent}); "
                        "nothing was changed"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return copy


def ensure_schema(db: Database, backups_dir: Path) -> Path | None:
    """Called at every start: nothing to do (fast) or a backed-up upgrade."""
    rev = current_revision(db.path)
    if rev == HEAD:
        return None
    if rev is not None and rev > HEAD:
        raise SchemaError(
            f"This database was written by a newer Desk (schema {rev}); "
            f"this Desk knows schema {HEAD}. Install the newer Desk."
        )
    return upgrade(db, backups_dir)


def integrity_problems(db: Database) -> list[str]:
    """``PRAGMA integrity_check``, ``foreign_key_check`` and the name index's counts:
    empty when all is well. A file too damaged for a check is listed as a problem, not
    raised: ``desk db check`` says what is wrong instead of crashing."""
    conn = db.raw()
    problems: list[str] = []

    def run(what: str, check: Callable[[], list[str]]) -> None:
        try:
            problems.extend(check())
        except sqlite3.DatabaseError as exc:
            problems.append(f"{what}: cannot be checked, the file is damaged ({exc})")

    try:
        run(
            "integrity",
            lambda: [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"],
        )
        run(
            "foreign keys",
            lambda: [
                f"{table} row {rowid} points at a missing {parent} row"
                for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
            ],
        )
        from desk.store.name_index import count_problems  # (start-up never needs it)

        run("name index", lambda: count_problems(conn))
        return problems
    finally:
        conn.close()
