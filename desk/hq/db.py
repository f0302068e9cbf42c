"""Head office's database: PostgreSQL (psycopg 3) in a chain, a SQLite file for a trial.

``desk hq db upgrade`` runs as the role that owns the tables; ``desk hq serve`` connects
as a role that only reads and writes them (README: *Head office on PostgreSQL*).
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.schema import CreateColumn

from desk.core.errors import DeskError
from desk.hq import schema

TRIAL_FILE = "hq.sqlite3"


class HqDatabaseError(DeskError):
    def __init__(self, message: str) -> None:
        super().__init__("hq_database", message, detail=message)


def now() -> datetime:
    return datetime.now(UTC)


def sha256_hex(data: str | bytes) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def url_for(db: str | None, data_dir: Path | None = None) -> str:
    """The SQLAlchemy URL for ``--db``: a URL as given, a file path, or the trial file."""
    if not db:
        return f"sqlite:///{(data_dir or Path.cwd()) / TRIAL_FILE}"
    if "://" in db:
        if db.startswith("postgresql://") or db.startswith("postgres://"):
            return "postgresql+psycopg://" + db.split("://", 1)[1]
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # BEGIN is ours (IMMEDIATE, below)
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # One writer at a time, decided at BEGIN: a batch never fails half-way on a lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # Rows' JSON read with orjson (several times faster than the standard library's).
    return create_engine(
        url, pool_size=8, max_overflow=16, pool_pre_ping=True, json_deserializer=orjson.loads
    )


def upgrade(engine: Engine) -> int:
    """Creates what is missing and records the schema version; safe to run again."""
    try:
        schema.metadata.create_all(engine)
        with engine.begin() as conn:
            found = conn.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
            ).scalar()
            if found is not None and int(found) > schema.SCHEMA_VERSION:
                raise HqDatabaseError(
                    f"Head office's database is at schema {found}, newer than this Desk "
                    f"({schema.SCHEMA_VERSION}): upgrade Desk first."
                )
            if found is None:
                conn.execute(schema.meta.insert().values(key="schema_version", value="0"))
            _add_new_columns(conn)
            if int(found or 0) < 2:
                from desk.hq.records import start_records

                start_records(conn)
            conn.execute(
                update(schema.meta)
                .where(schema.meta.c.key == "schema_version")
                .values(value=str(schema.SCHEMA_VERSION))
            )
    except SQLAlchemyError as exc:
        raise HqDatabaseError(f"Head office's database cannot be set up: {_short(exc)}") from exc
    return schema.SCHEMA_VERSION


def _add_new_columns(conn: Connection) -> None:
    """The columns a later schema added to a table an earlier one made (all of them may
    be empty: rows already there have none), e.g. ``hq_record``'s echo (schema 3)."""
    inspector = inspect(conn)
    for table in schema.metadata.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have:
                assert column.nullable, f"{table.name}.{column.name} needs a value"
                ddl = CreateColumn(column).compile(dialect=conn.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {ddl}")


def check_ready(engine: Engine) -> None:
    """Refuses, in words, a database that ``desk hq db upgrade`` has not set up."""
    try:
        with engine.connect() as conn:
            found = conn.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
            ).scalar()
    except SQLAlchemyError as exc:
        raise HqDatabaseError(
            f"Head office's database is not ready ({_short(exc)}): run 'desk hq db upgrade'."
        ) from exc
    if found is None or int(found) != schema.SCHEMA_VERSION:
        raise HqDatabaseError(
            f"Head office's database is at schema {found}, this Desk needs "
            f"{schema.SCHEMA_VERSION}: run 'desk hq db upgrade'."
        )


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
