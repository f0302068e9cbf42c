"""A batch's rows into ``hq_row`` on PostgreSQL in one statement per kind, not one per row.

The rows go to the server as one array per column, which it unnests into rows and
upserts with ``INSERT ... SELECT ... ON CONFLICT``: an append-only row already there is
skipped (``DO NOTHING``), a mutable one only moves forward in version (``DO UPDATE ...
WHERE hq_row.version < excluded.version``) — the same statements as SQLAlchemy's
per-row upsert (:func:`desk.hq.apply.upsert_rows`, which the SQLite trial database
keeps), with two round trips a batch instead of one per row. A batch never holds one row
twice (:func:`desk.hq.apply.prepare_rows` refuses it), so no row is touched twice by one
statement.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from sqlalchemy import Connection

# hq_row's columns as the server's arrays carry them (the body as JSON text).
_COLUMNS = (
    ("store_id", "uuid"),
    ("tbl", "text"),
    ("row_id", "uuid"),
    ("counter", "int4"),
    ("version", "int8"),
    ("business_day", "date"),
    ("deleted", "bool"),
    ("amount_minor", "int8"),
    ("line_key", "text"),
    ("doc_key", "text"),
    ("body", "text"),
    ("received_at", "timestamptz"),
)
_NAMES = ", ".join(name for name, _ in _COLUMNS)
_ARRAYS = ", ".join(f"%({name})b::{kind}[]" for name, kind in _COLUMNS)
_VALUES = ", ".join(f"u.{name}::jsonb" if name == "body" else f"u.{name}" for name, _ in _COLUMNS)
_INSERT = (
    f"INSERT INTO hq_row ({_NAMES}) SELECT {_VALUES} FROM unnest({_ARRAYS}) AS u({_NAMES})"
    " ON CONFLICT (store_id, tbl, row_id) DO "
)
APPEND_SQL = _INSERT + "NOTHING"
MUTABLE_SQL = (
    _INSERT
    + "UPDATE SET "
    + ", ".join(
        f"{name} = excluded.{name}"
        for name, _ in _COLUMNS
        if name not in ("store_id", "tbl", "row_id", "counter")
    )
    + " WHERE hq_row.version < excluded.version"
)


def _json(body: Any) -> str:
    try:
        return orjson.dumps(body).decode()
    except TypeError:  # an integer beyond 64 bits, which orjson does not write
        return json.dumps(body, separators=(",", ":"))


def _arrays(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {name: [r[name] for r in rows] for name, _ in _COLUMNS}
    out["body"] = [_json(b) for b in out["body"]]
    return out


def upsert_rows_pg(
    conn: Connection, append: list[dict[str, Any]], mutable: list[dict[str, Any]]
) -> None:
    if append:
        conn.exec_driver_sql(APPEND_SQL, _arrays(append))
    if mutable:
        conn.exec_driver_sql(MUTABLE_SQL, _arrays(mutable))
