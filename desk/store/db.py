"""The SQLite engine of a store, and the one way to open a transaction.

Every connection gets WAL, ``synchronous=FULL``, foreign keys and a busy timeout.
Writes run in ``BEGIN IMMEDIATE`` (no lock upgrade half-way, so no SQLITE_BUSY in the
middle of a payment); reads in a plain deferred ``BEGIN`` so that the lookup never
waits for a writer.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desk.core.errors import DeskError
from desk.store.problems import StoreProblem
from desk.store.sqlite_files import connect

BUSY_TIMEOUT_MS = 5000
_READ_ONLY = "desk_read_only"
# What migration 0007's lock triggers say when a closed business day would change.
DAY_LOCKED = "desk: business day closed"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event, not the driver, decide how a transaction starts.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _on_begin(conn: Any) -> None:
    read_only = conn.get_execution_options().get(_READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(path: Path, *, create: bool = False) -> Engine:
    """The engine of the store file ``path``.

    Desk opens, never creates, a database: a mistyped ``--data-dir`` must not leave an
    empty store behind (after which ``desk demo`` would refuse the folder). Only the
    code that makes a new store passes ``create=True``.
    """
    if not create and not path.exists():
        raise StoreProblem("missing", path.parent)
    mode = "rwc" if create else "rw"
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect(path, mode, check_same_thread=False),
        poolclass=QueuePool,
        future=True,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """A store's database: ``write()`` and ``read()`` each give one transaction."""

    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.path = path
        self.engine = make_engine(path, create=create)
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )
        # One read connection per OS thread, by thread id: threading.local is not
        # kept across calls into Python from a Qt thread (each call may get a fresh
        # thread state), so it would open a connection per search.
        self._fast: dict[int, sqlite3.Connection] = {}
        self._fast_lock = threading.Lock()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed on success, else rolled back."""
        try:
            with self._writer() as session, session.begin():
                yield session
        except IntegrityError as exc:
            if DAY_LOCKED in str(exc.orig):  # migration 0007's triggers: a closed day
                raise DeskError(
                    "day_closed",
                    "That business day is closed: nothing of it can change now. "
                    "Correct it with a void or refund today.",
                ) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read transaction: a consistent snapshot, never blocking writers."""
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def fast_read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction on a plain, read-only sqlite3 connection of this thread.

        For the few hot read paths (the lookup, run on every key the clerk types) where
        the ORM's per-statement cost would be most of the time. Writes never go here.
        """
        me = threading.get_ident()
        with self._fast_lock:
            conn = self._fast.get(me)
        if conn is None:
            conn = connect(
                self.path,
                "ro",  # the lookup can never write, whatever a bug asks of it
                isolation_level=None,
                check_same_thread=False,  # used by one thread only; closed by close()
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # As the clerk types on, the same customers' pages come back: keep them.
            conn.execute("PRAGMA cache_size = -32768")  # 32 MiB
            conn.execute("PRAGMA mmap_size = 4294967296")  # read pages in place, no copies
            with self._fast_lock:
                self._fast[me] = conn
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    def release_fast_read(self) -> None:
        """Close this thread's :meth:`fast_read` connection: call it before the thread
        ends, or a later thread with the same id would find it."""
        with self._fast_lock:
            conn = self._fast.pop(threading.get_ident(), None)
        if conn is not None:
            conn.close()

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with the same pragmas, for bulk loads and backups."""
        conn = connect(self.path, "rw", isolation_level=None)
        _on_connect(conn, None)
        return conn

    def close(self) -> None:
        with self._fast_lock:
            fast, self._fast = list(self._fast.values()), {}
        for conn in fast:
            conn.close()
        self.engine.dispose()
