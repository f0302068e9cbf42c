"""Bringing a store's database to the schema this Desk needs.

At start-up :func:`ensure_schema` reads the database's revision with plain sqlite3
(cheap: no Alembic import on the common path); only when it differs from
:data:`HEAD` does it back the file up and run the Alembic migrations.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

    from desk.store.db import Database

HEAD = "0001"  # the newest migration; a test checks it matches Alembic's head


class SchemaError(Exception):
    """The database is newer than this Desk, or is not a Desk database."""


def current_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(Path(__file__).parent / "migrations"))
    head = script.get_current_head()
    assert head is not None
    return head


def backup(db: Database, backups_dir: Path, label: str) -> Path:
    """A consistent copy of the live database through SQLite's backup API."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"desk-{stamp}-{label}.sqlite3"
    partial = target.with_suffix(".partial")
    src = db.raw()
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def upgrade(db: Database, backups_dir: Path) -> Path | None:
    """Migrate to HEAD; back the file up first if it holds anything. Returns the backup."""
    from alembic import command

    rev = current_revision(db.path)
    if rev == HEAD:
        return None
    copy = None
    if rev is not None:
        copy = backup(db, backups_dir, f"before-upgrade-from-{rev}")
    cfg = _alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
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
    """``PRAGMA integrity_check`` and ``foreign_key_check``: empty when all is well."""
    conn = db.raw()
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} points at a missing {parent} row")
        from desk.store.name_index import count_problems  # (start-up never needs it)

        problems.extend(count_problems(conn))
        return problems
    finally:
        conn.close()
