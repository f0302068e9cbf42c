"""Putting a copy of the store's database back: ``desk restore FILE [--other-store]``.

The copy is refused, with nothing changed, when it is no SQLite file, is damaged, is no
Desk store, comes from a newer Desk, belongs to another store (unless the person says
``--other-store``), or was sealed with keys this PC does not hold or holds others of
(:mod:`desk.services.restore_keys`: a backup carries no key and no credential); and
while a Desk has the store open (:mod:`desk.store.instance`).

Otherwise, in this order, so that a failure at any point loses nothing:

1. the copy is copied into the data dir (checked on the way, :func:`online_backup`)
   and looked at there: the file given can no longer change under the restore;
2. the database in use is kept in ``backups/`` (``…-before-restore.sqlite3``; a
   damaged one is copied as it is, with its ``-wal``);
3. its ``-wal``, ``-shm`` and ``-journal`` are removed (an old WAL replayed onto the
   restored file would damage it) and the copy is renamed over it, atomically;
4. an older copy is upgraded to this Desk's schema (backed up first, as at any start);
5. a ``restore_event`` row in the restored database tells head office's sync what
   happened: which file (name, sha256), how far it goes (its newest audit entry and
   payment) and where the replaced database was kept.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import uuid
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, text

from desk.config import Paths
from desk.services.errors import DeskError
from desk.services.restore_keys import check_keys
from desk.services.stores import open_database
from desk.store.backups import BackupDamaged, backup, fsync_folder, online_backup, utc_stamp
from desk.store.case_models import AuditRecord
from desk.store.instance import acquire
from desk.store.payment_models import Payment
from desk.store.problems import store_problem
from desk.store.restore_models import RestoreEvent
from desk.store.schema import HEAD, known_revisions
from desk.store.sqlite_files import connect

STAGING = ".desk-restore.sqlite3"  # the copy on its way in, in the data dir
_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    file: Path
    store_code: str
    file_schema: str  # the copy's schema as given
    schema: str  # after the upgrade (this Desk's)
    replaced_backup: Path | None  # where the replaced database is kept
    replaced_store: str | None  # the replaced store's code, when it was another store
    sha256: str
    newest_audit_at: datetime | None
    newest_payment_at: datetime | None
    key_missing: bool  # no desk.key beside it: ID numbers cannot be read until it is back
    enrolled: bool  # the copy's ID numbers are under head office's chain key
    chain_key_missing: bool  # ... not on this PC: enrol again to fetch it
    enrolment_here: bool  # this data folder holds an enrolment (and its credential)


@dataclass(frozen=True)
class _Found:
    store_id: str
    code: str


def restore(paths: Paths, file: Path, *, other_store: bool = False) -> RestoreResult:
    """Replace the store's database by the copy ``file`` (see the module's docstring)."""
    file = file.expanduser().absolute()
    _refuse_unless_sqlite(file, paths)
    try:
        paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = acquire(paths.data_dir, "restore")
    except OSError as exc:
        raise (store_problem(exc, paths.database) or exc) from exc
    with lock:
        staging = paths.data_dir / STAGING
        staging.unlink(missing_ok=True)  # a restore killed half-way: its copy only
        try:
            sha256 = _sha256(file)
            try:
                online_backup(file, staging)
            except BackupDamaged as exc:
                raise DeskError(
                    "restore_damaged",
                    f"{file} is damaged ({exc.detail}), so it cannot be restored. "
                    "Nothing was changed. Choose another copy.",
                    file=str(file),
                    detail=exc.detail,
                ) from exc
            file_schema, found = _identify(staging, file)
            replaced_store = _refuse_another_store(paths, file, found, other_store)
            keys = check_keys(paths, staging, file)
            replaced = _keep_current(paths)
            earlier = _earlier_restores(paths.database, found)
            _install(staging, paths.database)
        finally:
            staging.unlink(missing_ok=True)
        event = _record(paths, found, file, sha256, file_schema, replaced, earlier)
    return RestoreResult(
        file=file,
        store_code=found.code,
        file_schema=file_schema,
        schema=HEAD,
        replaced_backup=replaced,
        replaced_store=replaced_store,
        sha256=sha256,
        newest_audit_at=event.newest_audit_at,
        newest_payment_at=event.newest_payment_at,
        key_missing=keys.no_key,
        enrolled=keys.enrolled,
        chain_key_missing=keys.chain_key_missing,
        enrolment_here=paths.enrolment.exists(),
    )


def _record(
    paths: Paths,
    found: _Found,
    file: Path,
    sha256: str,
    file_schema: str,
    replaced: Path | None,
    earlier: list[dict[str, object]],
) -> RestoreEvent:
    """The restore_event for head office, after an older copy is upgraded (backed up
    first, as at any start); the replaced database's own events are carried over."""
    db = open_database(paths)
    try:
        with db.write() as s:
            event = RestoreEvent(
                store_id=uuid.UUID(found.store_id),
                file_name=file.name,
                file_sha256=sha256,
                file_schema=file_schema,
                newest_audit_at=s.scalar(select(func.max(AuditRecord.at))),
                newest_payment_at=s.scalar(select(func.max(Payment.at))),
                replaced_backup=replaced.name if replaced else None,
                app_version=_app_version(),
            )
            s.add(event)
            for row in earlier:  # perhaps not yet told to head office: kept
                columns = ", ".join(row)
                values = ", ".join(f":{name}" for name in row)
                s.execute(
                    text(f"INSERT OR IGNORE INTO restore_event ({columns}) VALUES ({values})"),
                    row,
                )
        return event
    finally:
        db.close()


def _refuse_unless_sqlite(file: Path, paths: Paths) -> None:
    if not file.is_file():
        raise DeskError("restore_no_file", f"There is no file {file}.", file=str(file))
    if paths.database.exists() and file.resolve() == paths.database.resolve():
        raise DeskError(
            "restore_same_file",
            f"{file} is the store's database itself: give a copy from {paths.backups}.",
            file=str(file),
        )
    try:
        with open(file, "rb") as f:
            head = f.read(len(_MAGIC))
    except OSError as exc:
        raise (store_problem(exc, file) or exc) from exc
    if head != _MAGIC:
        raise DeskError(
            "restore_not_sqlite",
            f"{file} is not a SQLite database, so it is no copy of a Desk store. "
            "Nothing was changed.",
            file=str(file),
        )


def _store_of(path: Path) -> _Found | None:
    """The store a database belongs to (any schema since the first), or None."""
    conn = connect(path, "ro")
    try:
        row = conn.execute(
            "SELECT s.id, s.code FROM local_setting l JOIN store s "
            "ON s.id = replace(l.value, '-', '') WHERE l.key = 'store_id'"
        ).fetchone()
    finally:
        conn.close()
    return None if row is None else _Found(str(row[0]), str(row[1]))


def _identify(staging: Path, file: Path) -> tuple[str, _Found]:
    """The copy's schema and store; refused if it is no Desk store this Desk can open."""
    not_desk = DeskError(
        "restore_not_desk",
        f"{file} is a SQLite database but not a Desk store (no schema version or no "
        "store in it). Nothing was changed.",
        file=str(file),
    )
    conn = connect(staging, "ro")
    try:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "store", "local_setting"} <= tables:
            raise not_desk
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if row is None:
        raise not_desk
    revision = str(row[0])
    if revision not in known_revisions():
        if revision > HEAD:
            raise DeskError(
                "restore_newer",
                f"{file} was written by a newer Desk (schema {revision}); this Desk knows "
                f"schema {HEAD}. Nothing was changed. Install the newer Desk first.",
                file=str(file),
                revision=revision,
                head=HEAD,
            )
        raise not_desk
    found = _store_of(staging)
    if found is None:
        raise not_desk
    return revision, found


def _refuse_another_store(paths: Paths, file: Path, found: _Found, other: bool) -> str | None:
    """The replaced store's code when the copy is another store's (and ``other`` says
    so); refused without ``other``. A store too damaged to tell is not asked about:
    that is when one restores, and it is kept before it is replaced."""
    try:
        current = _store_of(paths.database) if paths.database.exists() else None
    except sqlite3.Error:
        current = None
    if current is None or current == found:
        return None
    if not other:
        same_code = current.code == found.code
        raise DeskError(
            "restore_other_store",
            f"{file} belongs to "
            + ("another store with the same code" if same_code else "another store")
            + f" ({found.code}), not to this store ({current.code}). Nothing was changed. "
            "To put that store's data here, run again with --other-store.",
            file=str(file),
            store=found.code,
            current=current.code,
        )
    return current.code


def _earlier_restores(database: Path, found: _Found) -> list[dict[str, object]]:
    """The replaced database's own restore events for the same store, as stored: a
    second restore before the sync has run must not hide the first from head office."""
    try:
        conn = connect(database, "ro")
    except sqlite3.Error:
        return []
    try:
        cursor = conn.execute("SELECT * FROM restore_event WHERE store_id = ?", (found.store_id,))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]
    except sqlite3.Error:  # no such table yet (an older schema), or damaged
        return []
    finally:
        conn.close()


def _keep_current(paths: Paths) -> Path | None:
    """The database in use, kept in backups/ before it is replaced."""
    if not paths.database.exists():
        return None
    try:
        return backup(paths.database, paths.backups, "before-restore", check_keys=False)
    except BackupDamaged:  # kept as it is, -wal and all: it may still be read by support
        target = paths.backups / f"desk-{utc_stamp()}-before-restore-damaged.sqlite3"
        for suffix in ("-wal", ""):  # the main file last: it names the copy
            src = paths.database.with_name(paths.database.name + suffix)
            if src.exists():
                _copy_file(src, target.with_name(target.name + suffix))
        return target


def _copy_file(src: Path, dst: Path) -> None:
    partial = dst.with_name(dst.name + ".partial")
    try:
        shutil.copyfile(src, partial)
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(partial, dst)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _install(staging: Path, database: Path) -> None:
    """``staging`` renamed over ``database``, with no old journal left to replay."""
    with suppress(sqlite3.Error):  # a damaged store: its copy was kept as it was
        conn = connect(database, "rw") if database.exists() else None
        if conn is not None:
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(staging, database)
    fsync_folder(database.parent)


def _sha256(file: Path) -> str:
    digest = hashlib.sha256()
    with open(file, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("desk")
    except PackageNotFoundError:  # run from a source tree, not installed
        return "unknown"
