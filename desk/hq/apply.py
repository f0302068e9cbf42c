"""Head office applies one batch of a store's outbox: all of it, with the cursor, in one
transaction, or nothing.

A batch read above a cursor head office has not reached yet leaves a gap: refused (the
store resends from the cursor). One wholly at or below the cursor was applied before:
answered again, nothing changed. Otherwise every row is upserted — an append-only row
already there is skipped, a mutable one only moves forward in version — and the cursor
moves to the batch's last sequence. The store is the credential's, never the payload's:
a row that names another store is refused with the whole batch.
"""

from __future__ import annotations

import re
import uuid
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from desk.hq import records, schema
from desk.hq.auth import Caller
from desk.hq.bulk import upsert_rows_pg
from desk.hq.db import now
from desk.hq.deps import Refused
from desk.sync.protocol import row_version
from desk.sync.tables import BY_NAME

_HEX = re.compile("[0-9a-f]{32}")


def _insert(conn: Connection) -> Any:
    return (postgresql if conn.dialect.name == "postgresql" else sqlite).insert(schema.row)


def _row_id(value: Any) -> uuid.UUID:
    if isinstance(value, str) and _HEX.fullmatch(value):
        return uuid.UUID(int=int(value, 16))
    if isinstance(value, str) and len(value) == 36:
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise Refused(422, "bad_row", f"A row's id is not a UUID: {str(value)[:40]!r}.")


def _day(value: Any) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise Refused(422, "bad_row", f"A row's business day is not a date: {value!r}.") from None


def prepare_rows(
    caller: Caller, epoch: int, after: int, last: int, rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The batch's rows as ``hq_row`` values: (append-only, mutable). Refuses the whole
    batch on the first row that is malformed or names another store."""
    at = now()
    append: list[dict[str, Any]] = []
    mutable: list[dict[str, Any]] = []
    local_store = caller.local_store_id.hex
    seen: set[tuple[str, uuid.UUID]] = set()
    for item in rows:
        table = item.get("t")
        spec = BY_NAME.get(table) if isinstance(table, str) else None
        if spec is None:
            raise Refused(422, "bad_row", f"Head office does not take rows of {table!r}.")
        seq = item.get("seq")
        if not isinstance(seq, int) or isinstance(seq, bool) or not after < seq <= last:
            raise Refused(422, "bad_row", f"A row's sequence {seq!r} is outside its batch.")
        op = item.get("op")
        body = item.get("row")
        if op == "u":
            if not isinstance(body, dict):
                raise Refused(422, "bad_row", "An inserted or updated row has no columns.")
        elif op == "d":
            body = {}
        else:
            raise Refused(422, "bad_row", f"A row's operation {op!r} is neither u nor d.")
        row_id = _row_id(item.get("id"))
        if op == "u" and body.get("id") != item["id"] and _row_id(body.get("id")) != row_id:
            raise Refused(422, "bad_row", "A row's id differs from the id of its columns.")
        store_field = body.get("store_id")
        if store_field is not None and str(store_field).replace("-", "") != local_store:
            raise Refused(
                403,
                "other_store",
                f"A row of {table} belongs to another store: this credential is store "
                f"{caller.store_code}'s. Nothing was applied.",
            )
        if (table, row_id) in seen:
            raise Refused(422, "bad_row", f"Row {row_id} of {table} is twice in one batch.")
        seen.add((table, row_id))
        amount = body.get(spec.amount) if spec.amount else None
        line, doc = item.get("line"), item.get("doc")
        values = {
            "store_id": caller.store_id,
            "tbl": table,
            "row_id": row_id,
            "counter": caller.counter,
            "version": row_version(epoch, seq),
            "business_day": _day(item.get("day")),
            "deleted": op == "d",
            "amount_minor": amount
            if isinstance(amount, int) and not isinstance(amount, bool)
            else None,
            "line_key": line[:20] if isinstance(line, str) else None,
            "doc_key": doc[:64] if isinstance(doc, str) else None,
            "body": body,
            "received_at": at,
        }
        (mutable if spec.mutable or op == "d" else append).append(values)
    return append, mutable


def upsert_rows(
    conn: Connection, append: list[dict[str, Any]], mutable: list[dict[str, Any]]
) -> None:
    if conn.dialect.name == "postgresql":
        return upsert_rows_pg(conn, append, mutable)  # one statement a kind, not a row
    key = ["store_id", "tbl", "row_id"]
    if append:
        conn.execute(_insert(conn).on_conflict_do_nothing(index_elements=key), append)
    if mutable:
        stmt = _insert(conn)
        excluded = stmt.excluded
        changed = (
            "version",
            "business_day",
            "deleted",
            "amount_minor",
            "line_key",
            "doc_key",
            "body",
            "received_at",
        )
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=key,
                set_={name: excluded[name] for name in changed},
                where=schema.row.c.version < excluded.version,
            ),
            mutable,
        )


def apply_batch(
    engine: Engine,
    caller: Caller,
    *,
    epoch: int,
    after: int,
    last: int,
    last_key: str,
    body_sha256: str,
    rows: list[dict[str, Any]],
) -> int:
    """Applies the batch (or sees it was applied before); returns the new cursor."""
    if last < after:
        raise Refused(422, "bad_batch", "A batch's last sequence is below its start.")
    append, mutable = prepare_rows(caller, epoch, after, last, rows)
    c = schema.cursor
    where = and_(c.c.store_id == caller.store_id, c.c.counter == caller.counter, c.c.epoch == epoch)
    with engine.begin() as conn:
        found = conn.execute(select(c.c.last_seq).where(where).with_for_update()).first()
        if found is None or found.last_seq < 0:
            raise Refused(
                409, "no_handshake", f"Epoch {epoch} has not been opened: handshake first."
            )
        cursor = int(found.last_seq)
        if after > cursor:
            raise Refused(
                409,
                "gap",
                f"This batch starts after {after}, head office has up to {cursor}: "
                "send from there.",
                cursor=cursor,
            )
        if last <= cursor:
            return cursor  # applied before: the same answer, nothing changed
        events = records.fresh_events(conn, caller, rows)
        upsert_rows(conn, append, mutable)
        records.publish(conn, caller, rows, events)
        moment = now()
        conn.execute(
            update(c).where(where).values(last_seq=last, last_key=last_key[:80], updated_at=moment)
        )
        conn.execute(
            schema.batch.insert().values(
                store_id=caller.store_id,
                counter=caller.counter,
                epoch=epoch,
                last_seq=last,
                first_seq=after + 1,
                body_sha256=body_sha256,
                rows=len(rows),
                applied_at=moment,
            )
        )
        return last


def day_totals(conn: Connection, caller: Caller) -> dict[str, dict[str, list[int]]]:
    """Per business day and table: [rows, sum of the amount], for one counter."""
    r = schema.row
    found = conn.execute(
        select(
            r.c.business_day, r.c.tbl, func.count(), func.coalesce(func.sum(r.c.amount_minor), 0)
        )
        .where(
            r.c.store_id == caller.store_id,
            r.c.counter == caller.counter,
            r.c.business_day.is_not(None),
            r.c.deleted.is_(False),
        )
        .group_by(r.c.business_day, r.c.tbl)
    )
    out: dict[str, dict[str, list[int]]] = {}
    for day, tbl, count, total in found:
        out.setdefault(day.isoformat(), {})[tbl] = [int(count), int(total)]
    return out
