"""A store whose database went back in time (restored from a copy, or a file put back
by hand) pulls back from head office its own rows that the copy lacks, before it
trades on: it loses only what never reached head office, and its receipt and
application numbers go on after the last one head office saw (they are the next after
the highest in the database) instead of repeating them.

Rows the copy lacks are inserted as head office holds them. A mutable row the copy has
takes head office's version unless the copy changed it later: the copy's outbox still
holds an entry for it above what head office has of it (both in the old epoch's
sequence, which the copy and head office shared up to the copy's moment).
Append-only rows the copy has are left alone, and so is an audit entry whose place in
the chain the copy has already used (counted in ``skipped``). All in one transaction,
with the outbox not capturing: a new epoch's full push follows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desk.store.db import Database
from desk.sync.outbox import decode_row
from desk.sync.protocol import row_version
from desk.sync.records import index_names, insert_row, next_search_key
from desk.sync.tables import BY_NAME, ORDER

Fetch = Callable[[int], tuple[list[dict[str, Any]], int | None]]


@dataclass(frozen=True)
class PullBack:
    inserted: int
    updated: int
    skipped: int


def fetch_all(fetch: Fetch) -> Iterator[dict[str, Any]]:
    after = 0
    while True:
        rows, next_version = fetch(after)
        yield from rows
        if next_version is None:
            return
        after = next_version


def pull_back(db: Database, rows: list[dict[str, Any]], old_epoch: int) -> PullBack:
    ordered = sorted(
        (r for r in rows if r.get("t") in BY_NAME and not r.get("deleted")),
        key=lambda r: ORDER[r["t"]],
    )
    inserted = updated = skipped = 0
    closes: list[dict[str, Any]] = []
    with db.write() as s:
        conn = s.connection()
        pending = {
            (tbl, row_id): row_version(old_epoch, seq)
            for tbl, row_id, seq in conn.exec_driver_sql(
                "SELECT tbl, row_id, max(seq) FROM sync_outbox"
                " WHERE seq > (SELECT acked_seq FROM sync_state WHERE id = 1)"
                " GROUP BY tbl, row_id"
            )
        }
        conn.exec_driver_sql("UPDATE sync_state SET capture = 0 WHERE id = 1")
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for item in ordered:
            table = item["t"]
            row = decode_row(table, item["row"])
            here = conn.exec_driver_sql(
                f"SELECT {'status' if table == 'business_day' else '1'} FROM {table} WHERE id = ?",
                (row["id"],),
            ).first()
            if table == "business_day":
                if here is not None and here[0] == "closed":
                    continue  # a closed day is the same everywhere: locked
                if row.get("status") == "closed":
                    # Its payments and movements go in first, while it is open (migration
                    # 0007 locks a closed day); its close comes last.
                    closes.append(row)
                    row = {**row, **dict.fromkeys(_CLOSE_COLUMNS), "status": "open"}
            if here is None:
                if table == "customer":
                    row = {**row, "search_key": next_search_key(conn)}
                if insert_row(conn, table, row):
                    inserted += 1
                    if table == "customer":
                        index_names(conn, [row])
                else:
                    skipped += 1
            elif BY_NAME[table].mutable:
                if pending.get((table, row["id"]), -1) > int(item.get("version", 0)):
                    closes = [c for c in closes if c["id"] != row["id"]]
                    continue  # changed here after head office's copy: the store's stands
                _update(s, table, row)
                updated += 1
        for row in closes:
            _update(s, "business_day", row)
    return PullBack(inserted, updated, skipped)


_CLOSE_COLUMNS = (
    "closed_by",
    "closed_at",
    "expected_minor",
    "counted_minor",
    "over_short_minor",
    "close_reason",
)


def _update(s: Session, table: str, row: dict[str, Any]) -> None:
    names = [n for n in row if n != "id"]
    sets = ", ".join(f"{n} = ?" for n in names)
    s.connection().exec_driver_sql(
        f"UPDATE {table} SET {sets} WHERE id = ?", (*(row[n] for n in names), row["id"])
    )
