"""``desk demo``: a whole demo store, built aside and moved into place when complete.

The store is built in a temporary directory inside the data dir, with SQLite's safety
nets off (no journal, no fsync: nobody else can see the file, and a failed build is
thrown away whole). Only when every row is in, the indexes are built, the file is back
in WAL mode and has passed its checks is it moved to ``desk.sqlite3`` — the key file
first, the database last, each with a no-clobber link — so a build killed at any
moment leaves no store at all, never half of one.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event

from desk.config import Paths, secure_data_dir
from desk.demo.bulk import write_rows
from desk.demo.catalog import load_catalog
from desk.demo.clock import DemoClock, store_zone
from desk.demo.customers import MakerSpec
from desk.demo.fixtures import DEMO_STAFF, create_demo_store_row, write_fixed_rows
from desk.demo.pipeline import make_rows
from desk.demo.plan import MAX_HISTORY_DAYS
from desk.services.errors import DeskError
from desk.services.stores import id_cipher
from desk.store.backups import fsync_folder
from desk.store.db import Database
from desk.store.instance import process_alive
from desk.store.name_index import rebuild_counts
from desk.store.schema import ensure_schema

if TYPE_CHECKING:
    from desk.demo.history import History

DEFAULT_HISTORY_DAYS = 7  # closed business days before today: a week's Z reports
BUILD_PREFIX = ".demo-build-"  # + pid + random: the temporary directory of a build

# Indexes on keys that arrive in random order are dropped for the load and built again
# after it (one sort beats a million random B-tree inserts). Indexes on keys that arrive
# in order (customer_id) stay: appending to them is cheap. Unique constraints stay too:
# they are the proof that no number was handed out twice.
REBUILT_INDEXES = (
    "ix_identity_document_number_hash",
    "ix_line_iccid_tail_key",
    "ix_line_eid_tail_key",
    "ix_line_msisdn_customer_id",
)


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    documents: int
    lines: int
    stock: int
    staff: int
    carriers: int
    products: int
    elapsed: float  # seconds
    cases: int = 0
    closed_days: int = 0  # business days closed before today (today is open)


def _refuse_if_taken(paths: Paths) -> None:
    db = paths.database
    leftovers = [
        p for p in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")) if p.exists()
    ]
    if db.exists():
        raise DeskError(
            "store_exists",
            f"{paths.data_dir} already holds a store ({db.name}). "
            "Choose another data dir for the demo store, or move that store away first.",
            path=str(db),
        )
    if paths.key_file.exists() or leftovers:
        found = ", ".join(p.name for p in [paths.key_file, *leftovers] if p.exists())
        raise DeskError(
            "store_exists",
            f"{paths.data_dir} holds what is left of a store ({found}) but no database. "
            "Choose another data dir, or move those files away first.",
            path=str(db),
        )


def _remove_dead_builds(data_dir: Path) -> None:
    """Throw away what builds killed half-way left behind (``.demo-build-<pid>-*``)."""
    for leftover in data_dir.glob(f"{BUILD_PREFIX}*"):
        pid = leftover.name[len(BUILD_PREFIX) :].split("-", 1)[0]
        if leftover.is_dir() and pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)


def _place(src: Path, dst: Path) -> None:
    """Move ``src`` to ``dst`` unless ``dst`` exists (atomic, never overwrites)."""
    try:
        os.link(src, dst)
    except FileExistsError:
        raise DeskError(
            "store_exists",
            f"{dst} appeared while the demo store was being built; nothing was changed.",
            path=str(dst),
        ) from None
    except OSError:  # a file system without hard links: check, then rename
        if dst.exists():
            raise DeskError("store_exists", f"{dst} already exists.", path=str(dst)) from None
        os.replace(src, dst)
        return
    src.unlink()


def _bulk_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = OFF")  # the file is thrown away if anything fails
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -524288")  # 512 MiB
    conn.execute("PRAGMA threads = 2")  # sorting for CREATE INDEX


def _random_key_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the :data:`REBUILT_INDEXES` this schema has."""
    marks = ",".join("?" * len(REBUILT_INDEXES))
    rows = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND name IN ({marks}) ORDER BY name",
        REBUILT_INDEXES,
    ).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    """Foreign keys were off for the load: prove every reference lands (2 s for a
    million customers). The full ``integrity_check`` would add half a minute to a file
    SQLite itself just wrote; the tests and ``bench/demo.py`` run it."""
    problems = [
        f"{table} row {rowid} points at a missing {parent} row"
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
    ]
    if problems:
        raise RuntimeError("the demo store failed its checks: " + "; ".join(problems[:5]))


def _build(
    work: Paths, customers: int, seed: int, say: Callable[[str], None]
) -> tuple[DemoSummary, bool]:
    """The whole store in ``work``; also whether its key went to a key file (no keyring)."""
    started = time.perf_counter()
    db = Database(work.database, create=True)
    try:
        ensure_schema(db, work.backups)
        create_demo_store_row(db, work)  # the store row, and its ID-number key
        cipher = id_cipher(db, work)
        key_in_file = work.key_file.exists()
    finally:
        db.close()
    say("schema and store ready")

    catalog = load_catalog()
    conn = sqlite3.connect(work.database, isolation_level=None)
    try:
        _bulk_pragmas(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        clock = DemoClock(random.Random(f"desk-demo:{seed}:store"), customers)
        fixed = write_fixed_rows(conn, clock, catalog, cipher.pin_pepper)
        conn.execute("COMMIT")
        conn.execute("PRAGMA foreign_keys = OFF")

        indexes = _random_key_indexes(conn)
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        conn.execute("BEGIN")
        with closing(make_rows(MakerSpec(seed, customers, fixed))) as rows:
            documents, lines, stock = write_rows(conn, rows, cipher, customers, say)
        say(f"stock {stock} blank SIMs")
        for _, sql in indexes:
            conn.execute(sql)
        say("indexes built")
        conn.execute("INSERT INTO customer_search(customer_search) VALUES('optimize')")
        rebuild_counts(conn)
        conn.execute("COMMIT")
        say("name index optimised")

        conn.execute("PRAGMA locking_mode = NORMAL")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        _check_foreign_keys(conn)
        say("foreign keys checked")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    wal = work.database.with_name(work.database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise RuntimeError("the demo database still has a write-ahead log after closing")
    for leftover in (wal, work.database.with_name(work.database.name + "-shm")):
        leftover.unlink(missing_ok=True)
    summary = DemoSummary(
        customers=customers,
        documents=documents,
        lines=lines,
        stock=stock,
        staff=len(DEMO_STAFF),
        carriers=len(catalog.carriers),
        products=len(catalog.products),
        elapsed=time.perf_counter() - started,
    )
    return summary, key_in_file


def _unsynced(db: Database) -> None:
    """No fsync at each of the history's commits: the file is still aside, and is
    synced once whole before it is moved into place (as the bulk load is)."""

    @event.listens_for(db.engine, "connect")
    def _no_sync(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA synchronous = OFF")


def _add_history(
    work: Paths, seed: int, history_days: int, today: date, say: Callable[[str], None]
) -> History:
    """The demo's business days, through the real services on the finished store
    (still aside): ``history_days`` closed, today open."""
    from desk.demo.history import add_history

    db = Database(work.database)
    _unsynced(db)
    try:
        made = add_history(db, id_cipher(db, work), seed, today, history_days, say)
    finally:
        db.close()
    conn = sqlite3.connect(work.database)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for leftover in ("-wal", "-shm"):
        work.database.with_name(work.database.name + leftover).unlink(missing_ok=True)
    return made


def store_today() -> date:
    """Today at the demo store (Hong Kong)."""
    return datetime.now(store_zone()).date()


def create_demo_store(
    paths: Paths,
    *,
    customers: int = 5000,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
    history_days: int = DEFAULT_HISTORY_DAYS,
    today: date | None = None,
) -> DemoSummary:
    """Build the demo store ``HK01`` in ``paths.data_dir``: staff, catalog, customers,
    and ``history_days`` closed business days before ``today`` (the store's, by
    default) with today open (:mod:`desk.demo.history`).

    Same ``seed`` and ``today``, same store (the bulk rows' ids included; the rows the
    services make get their own ids); only the ID-number key and the encryption nonces
    differ. Refuses (``DeskError("store_exists")``) a data dir that already holds a
    store. A failure or a kill at any moment leaves no store behind.
    """
    if customers < 0:
        raise ValueError("customers cannot be negative")
    if not 0 <= history_days <= MAX_HISTORY_DAYS:
        raise ValueError(f"history_days must be from 0 to {MAX_HISTORY_DAYS}")
    today = today or store_today()
    say = progress or (lambda _text: None)
    paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    _refuse_if_taken(paths)
    _remove_dead_builds(paths.data_dir)
    started = time.perf_counter()
    work = Paths(Path(tempfile.mkdtemp(prefix=f"{BUILD_PREFIX}{os.getpid()}-", dir=paths.data_dir)))
    try:
        summary, key_in_file = _build(work, customers, seed, say)
        history = _add_history(work, seed, history_days, today, say)
        summary = replace(
            summary,
            cases=history.cases,
            stock=summary.stock + history.received,
            closed_days=history.closed_days,
            elapsed=time.perf_counter() - started,
        )
        with open(work.database, "rb+") as f:
            os.fsync(f.fileno())
        placed_key = False
        if key_in_file:
            _place(work.key_file, paths.key_file)
            placed_key = True
        try:
            _place(work.database, paths.database)
        except BaseException:
            if placed_key:
                paths.key_file.unlink(missing_ok=True)
            raise
        fsync_folder(paths.data_dir)
        secure_data_dir(paths.data_dir)
    finally:
        shutil.rmtree(work.data_dir, ignore_errors=True)
    say(f"done: {summary.customers} customers in {summary.elapsed:.1f} s")
    return summary
