"""The chain's customer, ID document and line records, pulled from head office by
version (:mod:`desk.hq.records`), so that a customer verified in one store is found by
ID in every other, and a line suspended or given a new card in one store is so in all.

Head office wins on what it owns: a record replaces this store's copy, unless the store
changed it since its last push (its outbox still holds the change, which the next push
takes to head office, whose answer comes back the night after). Each page is applied in
one transaction with capture off (head office's rows are not pushed back), with the
version reached, so that a sync killed half-way pulls on from there.

A record that cannot be placed here is counted and passed over, never half-written: a
line whose carrier or product this store does not have (its reference data is older),
or whose number or card another line of this store already holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from desk.core.names import search_terms
from desk.store import name_index
from desk.store.db import Database
from desk.sync.errors import sync_error
from desk.sync.outbox import decode_row

RECORD_TABLES = ("customer", "identity_document", "line")
_CHUNK = 500  # ids per "IN (...)"
log = logging.getLogger(__name__)
Fetch = Callable[[int], Any]  # GET /v1/records?after_version=N: the decoded answer


@dataclass
class Pulled:
    added: int = 0
    changed: int = 0
    kept_local: int = 0  # changed here since: the store's own change goes up first
    passed_over: int = 0  # cannot be placed in this store (counted, not written)

    def __iadd__(self, other: Pulled) -> Pulled:
        self.added += other.added
        self.changed += other.changed
        self.kept_local += other.kept_local
        self.passed_over += other.passed_over
        return self


def pull_records(db: Database, fetch: Fetch, *, max_pages: int = 100_000) -> Pulled:
    """Pull every record newer than this store has; returns what was done."""
    total = Pulled()
    for _page in range(max_pages):
        with db.read() as s:
            after = int(
                s.connection()
                .exec_driver_sql("SELECT pulled_version FROM sync_state WHERE id = 1")
                .scalar_one()
            )
        answer = fetch(after)
        rows, last, more = _checked(answer, after)
        total += apply_page(db, rows, last)
        if not more:
            break
    return total


def _checked(answer: Any, after: int) -> tuple[list[dict[str, Any]], int, bool]:
    ok = isinstance(answer, dict) and isinstance(answer.get("rows"), list)
    last = answer.get("last_version") if ok else None
    if not ok or isinstance(last, bool) or not isinstance(last, int) or last < after:
        raise sync_error("records_answer")
    for row in answer["rows"]:
        if not isinstance(row, dict) or row.get("t") not in RECORD_TABLES:
            raise sync_error("records_unknown")
    return answer["rows"], last, bool(answer.get("more"))


def apply_page(db: Database, rows: list[dict[str, Any]], last: int) -> Pulled:
    done = Pulled()
    decoded = [
        (item["t"], decode_row(item["t"], item.get("row")), item.get("refs")) for item in rows
    ]
    with db.write() as s:
        conn = s.connection()
        capture = conn.exec_driver_sql("SELECT capture FROM sync_state WHERE id = 1").scalar()
        conn.exec_driver_sql("UPDATE sync_state SET capture = 0 WHERE id = 1")
        here = _Here(conn, decoded)
        new_customers: list[dict[str, Any]] = []
        for table, pulled, refs in decoded:
            row = here.placed(table, pulled, refs)
            if row is None:
                _passed_over(table, pulled["id"], "its customer, carrier or product is not here")
                done.passed_over += 1
                continue
            if (table, row["id"]) in here.pending:
                done.kept_local += 1
                continue
            old = here.rows.get((table, row["id"]))
            if old is None:
                if table == "customer":
                    row = {**row, "search_key": here.next_key}
                if insert_row(conn, table, row):
                    if table == "customer":
                        here.customers.add(row["id"])  # its documents and lines may follow
                        here.next_key += 1
                        new_customers.append(row)
                    done.added += 1
                else:
                    _passed_over(table, row["id"], "another row holds its number or card")
                    done.passed_over += 1
                continue
            names = [n for n in row if n != "id"]
            if all(old.get(n) == row[n] for n in names):
                continue
            if _update(conn, table, row, names):
                done.changed += 1
                if table == "customer" and (
                    (old.get("name_zh"), old.get("name_en"))
                    != (row.get("name_zh"), row.get("name_en"))
                ):
                    name_index.put(
                        s,
                        int(old["search_key"]),
                        search_terms(row.get("name_zh"), row.get("name_en")),
                    )
            else:
                _passed_over(table, row["id"], "another row holds its number or card")
                done.passed_over += 1
        index_names(conn, new_customers)
        conn.exec_driver_sql(
            "UPDATE sync_state SET capture = ?, pulled_version = max(pulled_version, ?)"
            " WHERE id = 1",
            (capture, last),
        )
    return done


def _passed_over(table: str, row_id: Any, why: str) -> None:
    log.warning("Head office's %s record %s was passed over: %s.", table, row_id, why)


def _by_ids(conn: Connection, sql: str, ids: list[str]) -> list[Any]:
    """``sql`` (ending in ``IN``) over the ids, a chunk at a time."""
    out: list[Any] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        out += conn.exec_driver_sql(f"{sql} ({','.join('?' * len(chunk))})", tuple(chunk)).all()
    return out


class _Here:
    """What this store has that a page of records must be placed against, read once."""

    def __init__(self, conn: Connection, page: list[tuple[str, dict[str, Any], Any]]) -> None:
        self.conn = conn
        self.store_ids = {r[0] for r in conn.exec_driver_sql("SELECT id FROM store")}
        self.carriers = dict(conn.exec_driver_sql("SELECT code, id FROM carrier").all())
        self.products = dict(conn.exec_driver_sql("SELECT code, id FROM product").all())
        self.carrier_ids, self.product_ids = (
            set(self.carriers.values()),
            set(self.products.values()),
        )
        self.pending = {
            (tbl, row_id)
            for tbl, row_id in conn.exec_driver_sql(
                "SELECT DISTINCT tbl, row_id FROM sync_outbox"
                " WHERE seq > (SELECT acked_seq FROM sync_state WHERE id = 1)"
                " AND tbl IN ('customer', 'identity_document', 'line')"
            )
        }
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}
        for table in RECORD_TABLES:
            ids = [row["id"] for t, row, _refs in page if t == table]
            result = conn.exec_driver_sql(f"SELECT * FROM {table} LIMIT 0")
            names = list(result.keys())
            for found in _by_ids(conn, f"SELECT * FROM {table} WHERE id IN", ids):
                self.rows[(table, found[0])] = dict(zip(names, found, strict=True))
        wanted = sorted({str(row.get("customer_id")) for t, row, _refs in page if t != "customer"})
        self.customers = {
            r[0] for r in _by_ids(conn, "SELECT id FROM customer WHERE id IN", wanted)
        }
        self.next_key = next_search_key(conn)  # for the next customer new to this store

    def placed(
        self, table: str, row: dict[str, Any], refs: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        """The row as this store keeps it, or None when it cannot be placed here."""
        if table == "customer":
            if row.get("store_id") not in self.store_ids:
                row = {**row, "store_id": None}  # made in another store
            return row
        if row.get("customer_id") not in self.customers:
            return None
        if table == "line":
            refs = refs if isinstance(refs, dict) else {}
            # By code where head office gives one (the ids are the making store's own).
            carrier = (
                self.carriers.get(refs["carrier"]) if "carrier" in refs else row.get("carrier_id")
            )
            product = (
                self.products.get(refs["product"]) if "product" in refs else row.get("product_id")
            )
            if carrier not in self.carrier_ids or product not in self.product_ids:
                return None
            row = {**row, "carrier_id": carrier, "product_id": product}
        return row


def insert_row(conn: Connection, table: str, row: dict[str, Any]) -> bool:
    """Inserts the row unless its id, or a value another row holds alone, is there."""
    names = list(row)
    marks = ", ".join("?" * len(names))
    result = conn.exec_driver_sql(
        f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) VALUES ({marks})",
        tuple(row[n] for n in names),
    )
    return bool(result.rowcount)


def _update(conn: Connection, table: str, row: dict[str, Any], names: list[str]) -> bool:
    result = conn.exec_driver_sql(
        f"UPDATE OR IGNORE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
        (*(row[n] for n in names), row["id"]),
    )
    return bool(result.rowcount)


def next_search_key(conn: Connection) -> int:
    """The search key of the next customer new to this store."""
    found = conn.exec_driver_sql("SELECT coalesce(max(search_key), 0) + 1 FROM customer")
    return int(found.scalar() or 1)


def index_names(conn: Connection, customers: list[dict[str, Any]]) -> None:
    """The lookup's name index for customers just inserted with their search keys."""
    name_index.put_new(
        conn,
        [
            (int(c["search_key"]), search_terms(c.get("name_zh"), c.get("name_en")))
            for c in customers
        ],
    )
