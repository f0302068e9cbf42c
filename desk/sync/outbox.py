"""The store's outbox: what head office has not yet acknowledged, read out in batches.

The triggers of migration 0009 add an entry for every insert, update and delete of a
pushed table (:mod:`desk.sync.tables`) in the transaction of the change. A batch reads
the entries above head office's cursor and the rows as they are *now*: a row changed
three times since the last sync travels once, with the newest of its entries as its
version. Rows are sent as SQLite holds them (ids as 32 hex digits, moments as text),
with bytes in base64, so that a row pulled back is written again exactly as it was.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import orjson
from sqlalchemy import LargeBinary
from sqlalchemy.orm import Session

from desk.store.models import Base
from desk.sync.errors import sync_error
from desk.sync.protocol import MAX_BATCH_BYTES, MAX_BATCH_ROWS, PROTOCOL_VERSION
from desk.sync.tables import BY_NAME, PUSHED

_IN_CHUNK = 500  # ids per "IN (...)": well under SQLite's limit of bound parameters


@dataclass(frozen=True)
class Batch:
    after: int  # head office's cursor it was read above
    first: int
    last: int
    last_key: str  # "table:row id" of the entry at ``last``
    rows: list[dict[str, Any]]
    size: int  # bytes of the rows, as JSON
    # The rows as JSON, each encoded once by read_batch (to measure the batch and to send
    # it); empty for a batch made otherwise, whose rows body() encodes.
    encoded: tuple[bytes, ...] = field(default=(), repr=False, compare=False)

    def body(self, epoch: int) -> bytes:
        """What is sent to head office (its SHA-256 goes in the header)."""
        head = {
            "protocol": PROTOCOL_VERSION,
            "epoch": epoch,
            "after": self.after,
            "last": self.last,
            "last_key": self.last_key,
        }
        rows = self.encoded if self.encoded else [orjson.dumps(r) for r in self.rows]
        return orjson.dumps(head)[:-1] + b',"rows":[' + b",".join(rows) + b"]}"


@cache
def columns(table: str) -> frozenset[str]:
    import desk.store.case_models
    import desk.store.day_models
    import desk.store.payment_models
    import desk.store.restore_models  # noqa: F401  (their tables join Base.metadata)

    return frozenset(c.name for c in Base.metadata.tables[table].columns)


@cache
def binary_columns(table: str) -> frozenset[str]:
    return frozenset(
        c.name for c in Base.metadata.tables[table].columns if isinstance(c.type, LargeBinary)
    ) & columns(table)


_BINARY = (bytes, bytearray, memoryview)


def encode_row(table: str, names: Iterable[str], values: Iterable[Any]) -> dict[str, Any]:
    local = BY_NAME[table].local_columns
    return {
        name: base64.b64encode(value).decode("ascii") if isinstance(value, _BINARY) else value
        for name, value in zip(names, values, strict=True)
        if name not in local
    }


def decode_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row from head office as SQLite takes it back (bytes decoded); refused in words
    when it names a column the table does not have or its id is missing."""
    if not isinstance(row, dict):
        raise sync_error("hq_row_no_id", table=table)
    unknown = set(row) - columns(table)
    if unknown:
        raise sync_error("hq_row_malformed", table=table, columns=", ".join(sorted(unknown)[:3]))
    if not isinstance(row.get("id"), str):
        raise sync_error("hq_row_no_id", table=table)
    binary = binary_columns(table)
    try:
        return {
            k: (base64.b64decode(v, validate=True) if k in binary and isinstance(v, str) else v)
            for k, v in row.items()
        }
    except ValueError:
        raise sync_error("hq_row_binary", table=table) from None


def start_capture(s: Session) -> tuple[int, int]:
    """Fills the outbox afresh with every row the store holds, in the order a restored
    store would insert them, and turns capture on: the first sync, or a new epoch.

    Returns (the sequence just before the first entry, the number of entries): head
    office's cursor for the new epoch starts at the former.
    """
    conn = s.connection()
    conn.exec_driver_sql("DELETE FROM sync_outbox")
    base = conn.exec_driver_sql(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'), 0)"
    ).scalar_one()
    for spec in PUSHED:
        conn.exec_driver_sql(
            f"INSERT INTO sync_outbox (tbl, row_id, op) SELECT '{spec.name}', id, 'u'"
            f" FROM {spec.name} ORDER BY id"
        )
    count = conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar_one()
    conn.exec_driver_sql("UPDATE sync_state SET capture = 1, acked_seq = ? WHERE id = 1", (base,))
    return int(base), int(count)


def highest_seq(s: Session) -> int:
    return int(
        s.connection()
        .exec_driver_sql(
            "SELECT max(coalesce((SELECT max(seq) FROM sync_outbox), 0),"
            " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'), 0))"
        )
        .scalar_one()
    )


def entry_key(s: Session, seq: int) -> str | None:
    """ "table:row id" of the entry at ``seq``, None if there is none (pruned or never)."""
    found = (
        s.connection()
        .exec_driver_sql("SELECT tbl, row_id FROM sync_outbox WHERE seq = ?", (seq,))
        .first()
    )
    return f"{found[0]}:{found[1]}" if found else None


def read_batch(
    s: Session,
    after: int,
    *,
    max_rows: int = MAX_BATCH_ROWS,
    max_bytes: int = MAX_BATCH_BYTES,
) -> Batch | None:
    """The next batch above ``after``, or None when head office has it all."""
    conn = s.connection()
    entries = conn.exec_driver_sql(
        "SELECT seq, tbl, row_id, op FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?",
        (after, max_rows),
    ).all()
    if not entries:
        return None
    newest: dict[tuple[str, str], int] = {}
    for seq, tbl, row_id, _op in entries:
        newest[(tbl, row_id)] = seq
    by_table: dict[str, list[str]] = {}
    for tbl, row_id in newest:
        by_table.setdefault(tbl, []).append(row_id)
    found = {}
    for tbl, ids in by_table.items():
        if tbl in BY_NAME:
            found.update(_read_rows(s, tbl, ids))
    rows: list[dict[str, Any]] = []
    encoded: list[bytes] = []
    size = 0
    last, last_key = after, ""
    for seq, tbl, row_id, _op in entries:
        key = (tbl, row_id)
        if newest[key] == seq:  # a row travels once, at its newest entry
            item = found.get(key) or {"t": tbl, "id": row_id, "op": "d"}
            item["seq"] = seq
            data = orjson.dumps(item)
            if rows and size + len(data) > max_bytes:
                break  # the entries from here come in the next batch
            rows.append(item)
            encoded.append(data)
            size += len(data)
        last, last_key = seq, f"{tbl}:{row_id}"
    return Batch(after, entries[0][0], last, last_key, rows, size, tuple(encoded))


def _read_rows(s: Session, table: str, ids: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    spec = BY_NAME[table]
    extra = [
        f"{spec.day_sql or 'NULL'} AS __day",
        f"{spec.line_sql or 'NULL'} AS __line",
        f"{spec.doc_sql or 'NULL'} AS __doc",
        *(f"{sql} AS __ref_{name}" for name, sql in spec.refs),
    ]
    out: dict[tuple[str, str], dict[str, Any]] = {}
    # The driver's own cursor, in the session's transaction: plain tuples, no Row objects.
    raw = s.connection().connection.driver_connection
    assert raw is not None
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        cursor = raw.execute(
            f"SELECT t.*, {', '.join(extra)} FROM {table} t WHERE t.id IN ({marks})", chunk
        )
        names = [d[0] for d in cursor.description][: -len(extra)]
        at_id = names.index("id")
        for values in cursor:
            day, line, doc, *ref_values = values[len(names) :]
            row_id = values[at_id]
            item: dict[str, Any] = {
                "t": table,
                "id": row_id,
                "op": "u",
                "day": day,
                "row": encode_row(table, names, values[: len(names)]),
            }
            if line:
                item["line"] = line
            if doc:
                item["doc"] = doc.lower()
            if any(ref_values):
                item["refs"] = {
                    name: v for (name, _sql), v in zip(spec.refs, ref_values, strict=True) if v
                }
            out[(table, row_id)] = item
    return out


def acknowledge(s: Session, cursor: int) -> None:
    """Head office has everything up to ``cursor``: forget the entries before it (the
    one at the cursor stays, to recognise this file's history at the next handshake)."""
    conn = s.connection()
    conn.exec_driver_sql("UPDATE sync_state SET acked_seq = ? WHERE id = 1", (cursor,))
    conn.exec_driver_sql("DELETE FROM sync_outbox WHERE seq < ?", (cursor,))
