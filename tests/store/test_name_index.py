"""The name index and its term counts stay true through adding and re-indexing."""

from __future__ import annotations

import sqlite3

from desk.core.names import search_terms
from desk.services.customers import add_customer
from desk.services.lookup import search
from desk.store import name_index
from desk.store.schema import integrity_problems


def count(store, term):
    conn = sqlite3.connect(store.db.path)
    row = conn.execute("SELECT docs FROM customer_search_count WHERE term = ?", (term,)).fetchone()
    conn.close()
    return row[0] if row else 0


def test_counts_follow_adds_and_renames(store):
    assert count(store, "大文") == 2  # 陳大文, 黃大文
    assert search(store.db, store.cipher, "大文").total == 2
    add_customer(store.db, store.cipher, name_zh="李大文")
    assert count(store, "大文") == 3 and count(store, "李") == 1
    # Re-index a customer under another name: the old terms are counted down.
    with store.db.write() as s:
        name_index.put(s, 1, search_terms("陳小文", "CHAN Siu Man"))
    assert count(store, "大文") == 2 and count(store, "小文") == 1
    assert search(store.db, store.cipher, "大文").total == 2
    assert integrity_problems(store.db) == []


def test_check_finds_counts_that_drifted(store):
    conn = sqlite3.connect(store.db.path)
    conn.execute("UPDATE customer_search_count SET docs = 7 WHERE term = '大文'")
    conn.commit()
    conn.close()
    assert integrity_problems(store.db) == ["name index: '大文' stands in 2 names, counted 7"]
    conn = sqlite3.connect(store.db.path)
    name_index.rebuild_counts(conn)
    conn.commit()
    conn.close()
    assert integrity_problems(store.db) == []
