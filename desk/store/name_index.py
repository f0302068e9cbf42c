"""The lookup's name index: FTS5 ``customer_search`` and its count of names per key.

``customer_search(rowid = customer.search_key, terms)`` holds each customer's names as
:func:`desk.core.names.search_terms` writes them. ``customer_search_count(term, docs)``
says in how many customers' names each term, and each short Latin prefix (``chan*``),
stands (:func:`desk.core.names.count_keys`): FTS5 must walk a term's whole list to count
it, which for a common surname (陈: one customer in ten) takes 10 ms on a million
customers, while this table answers at once. Both are derived data, written only here;
:func:`rebuild_counts` recounts after a bulk load, and ``desk db check`` compares.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desk.core.names import count_keys, search_terms


def put(session: Session, key: int, terms: str) -> None:
    """Index (or index again) the names of the customer with this search key."""
    old = session.execute(
        text("SELECT terms FROM customer_search WHERE rowid = :k"), {"k": key}
    ).scalar()
    if old is not None:
        session.execute(text("DELETE FROM customer_search WHERE rowid = :k"), {"k": key})
        for term in count_keys(old):
            session.execute(
                text("UPDATE customer_search_count SET docs = docs - 1 WHERE term = :t"),
                {"t": term},
            )
    session.execute(
        text("INSERT INTO customer_search(rowid, terms) VALUES (:k, :t)"), {"k": key, "t": terms}
    )
    for term in count_keys(terms):
        session.execute(
            text(
                "INSERT INTO customer_search_count(term, docs) VALUES (:t, 1) "
                "ON CONFLICT(term) DO UPDATE SET docs = docs + 1"
            ),
            {"t": term},
        )


def put_new(conn: Connection, entries: list[tuple[int, str]]) -> None:
    """Index the names of customers new to this store — ``(search key, terms)``, keys
    never indexed before — all at once (a page of the chain's records: one statement per
    table instead of some fifteen per customer)."""
    if not entries:
        return
    conn.exec_driver_sql("INSERT INTO customer_search(rowid, terms) VALUES (?, ?)", entries)
    counts = Counter(key for _key, terms in entries for key in count_keys(terms))
    conn.exec_driver_sql(
        "INSERT INTO customer_search_count(term, docs) VALUES (?, ?) "
        "ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs",
        list(counts.items()),
    )


def _expected(conn: sqlite3.Connection) -> Counter[str]:
    counts: Counter[str] = Counter()
    for (terms,) in conn.execute("SELECT terms FROM customer_search"):
        counts.update(count_keys(terms))
    return counts


def rebuild_counts(conn: sqlite3.Connection) -> None:
    """Count every key afresh from the index, in the caller's transaction (a million
    customers: a few seconds)."""
    counts = _expected(conn)
    conn.execute("DELETE FROM customer_search_count")
    conn.executemany("INSERT INTO customer_search_count(term, docs) VALUES (?, ?)", counts.items())


def count_problems(conn: sqlite3.Connection) -> list[str]:
    """Keys whose stored count differs from the index (empty when all is well)."""
    expected = _expected(conn)
    stored = dict(conn.execute("SELECT term, docs FROM customer_search_count WHERE docs != 0"))
    wrong = sorted(k for k in expected.keys() | stored.keys() if expected[k] != stored.get(k, 0))
    return [
        f"name index: {k!r} stands in {expected[k]} names, counted {stored.get(k, 0)}"
        for k in wrong[:20]
    ]


def rebuild_name_index(conn: sqlite3.Connection) -> int:
    """Write every customer's index terms afresh from their names, then recount.

    For stores indexed before :func:`desk.core.names.fold` removed accents (``josé``
    stood apart from ``jose`` in the counts, ``İBRAHİM`` was cut in three): a schema
    migration calls it once, in its own transaction. Returns the customers indexed.
    """
    conn.execute("DELETE FROM customer_search")
    rows = conn.execute("SELECT search_key, name_zh, name_en FROM customer").fetchall()
    conn.executemany(
        "INSERT INTO customer_search(rowid, terms) VALUES (?, ?)",
        ((key, search_terms(zh, en)) for key, zh, en in rows),
    )
    # One b-tree per term again, as after a bulk load: a fragment is read from one list.
    conn.execute("INSERT INTO customer_search(customer_search) VALUES('optimize')")
    rebuild_counts(conn)
    return len(rows)
