"""The lookup's name index: FTS5 ``customer_search`` and its count of names per term.

``customer_search(rowid = customer.search_key, terms)`` holds each customer's names as
:func:`desk.core.names.search_terms` writes them. ``customer_search_count(term, docs)``
says in how many customers' names each term stands: FTS5 must walk a term's whole list
to count it, which for a common surname (陈: one customer in ten) takes 10 ms on a
million customers, while this table answers at once. Both are derived data, written
only here (and rebuilt whole by :func:`rebuild_counts` after a bulk load);
``desk db check`` compares the counts with the index.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import text
from sqlalchemy.orm import Session

_VOCAB = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.customer_search_vocab "
    "USING fts5vocab(main, customer_search, 'row')"
)


def put(session: Session, key: int, terms: str) -> None:
    """Index (or index again) the names of the customer with this search key."""
    old = session.execute(
        text("SELECT terms FROM customer_search WHERE rowid = :k"), {"k": key}
    ).scalar()
    if old is not None:
        session.execute(text("DELETE FROM customer_search WHERE rowid = :k"), {"k": key})
        for term in set(old.split()):
            session.execute(
                text("UPDATE customer_search_count SET docs = docs - 1 WHERE term = :t"),
                {"t": term},
            )
    session.execute(
        text("INSERT INTO customer_search(rowid, terms) VALUES (:k, :t)"), {"k": key, "t": terms}
    )
    for term in set(terms.split()):
        session.execute(
            text(
                "INSERT INTO customer_search_count(term, docs) VALUES (:t, 1) "
                "ON CONFLICT(term) DO UPDATE SET docs = docs + 1"
            ),
            {"t": term},
        )


def rebuild_counts(conn: sqlite3.Connection) -> None:
    """Count every term afresh from the index (after a bulk load), in the caller's
    transaction."""
    conn.execute(_VOCAB)
    conn.execute("DELETE FROM customer_search_count")
    conn.execute(
        "INSERT INTO customer_search_count(term, docs) "
        "SELECT term, doc FROM temp.customer_search_vocab"
    )


def count_problems(conn: sqlite3.Connection) -> list[str]:
    """Terms whose stored count differs from the index (empty when all is well)."""
    conn.execute(_VOCAB)
    rows = conn.execute(
        "SELECT v.term, v.doc, c.docs FROM temp.customer_search_vocab v "
        "LEFT JOIN customer_search_count c ON c.term = v.term "
        "WHERE c.docs IS NOT v.doc "
        "UNION ALL SELECT c.term, 0, c.docs FROM customer_search_count c "
        "WHERE c.docs > 0 AND c.term NOT IN (SELECT term FROM temp.customer_search_vocab) "
        "LIMIT 20"
    ).fetchall()
    return [
        f"name index: {term!r} stands in {doc} names, counted {docs}" for term, doc, docs in rows
    ]
