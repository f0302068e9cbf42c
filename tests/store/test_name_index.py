"""The name index and its term counts stay true through adding and re-indexing."""

from __future__ import annotations

import sqlite3

from desk.core.names import has_cjk, search_terms
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


def add_names(store, *names):
    for name in names:
        add_customer(store.db, store.cipher, name_en=name)


def test_counts_past_the_limit_are_exact_whatever_the_accents(store):
    add_names(store, *["José GARCIA"] * 6, *["Jose TAM"] * 4, "JOSÉ Lee", "Jösé WU")
    for typed in ("jose", "josé", "JOSE", "Jos", "jo", "jöse"):
        result = search(store.db, store.cipher, typed, limit=5)
        assert (len(result.rows), result.total) == (5, 12), typed
    # Two words: counted by FTS5 itself, not from the term counts.
    assert search(store.db, store.cipher, "jose garcía", limit=5).total == 6
    assert search(store.db, store.cipher, "garcia", limit=5).total == 6
    assert count(store, "jose") == 12 and count(store, "josé") == 0
    assert integrity_problems(store.db) == []


def test_a_dotted_capital_i_is_one_word(store):
    add_names(store, "İBRAHİM Yılmaz")
    assert search_terms("İBRAHİM") == "ibrahim"
    assert [r.name_en for r in search(store.db, store.cipher, "ibrah").rows] == ["İBRAHİM Yılmaz"]
    assert [r.name_en for r in search(store.db, store.cipher, "İbrahim").rows] == ["İBRAHİM Yılmaz"]


def test_every_letter_is_cut_and_folded_as_the_fts5_tokenizer_cuts_it():
    """The counts are made in Python, the matches by FTS5: they must see the same words."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    letters = [chr(cp) for cp in range(0x41, 0x10000) if chr(cp).isalpha() and not has_cjk(chr(cp))]
    ours = {cp: search_terms(f"x{ch}x") for cp, ch in enumerate(letters)}
    conn.executemany("INSERT INTO t(rowid, terms) VALUES (?, ?)", ours.items())
    theirs: dict[int, list[str]] = {}
    for doc, term in conn.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
        theirs.setdefault(doc, []).append(term)
    differ = [letters[i] for i, terms in ours.items() if " ".join(theirs.get(i, [])) != terms]
    assert differ == []


def test_rebuild_indexes_an_old_store_afresh(store):
    add_names(store, "José GARCIA", "Jose TAM")
    conn = sqlite3.connect(store.db.path)
    # As an older Desk indexed them: accents kept in the terms, İ cut in three.
    conn.execute("UPDATE customer_search SET terms = 'josé garcia' WHERE terms = 'jose garcia'")
    conn.execute("INSERT INTO customer_search(rowid, terms) VALUES (999, 'i brahi m')")
    name_index.rebuild_counts(conn)
    conn.commit()
    assert count(store, "jose*") == 1  # the old disagreement
    assert search(store.db, store.cipher, "jose", limit=1).total == 1
    assert name_index.rebuild_name_index(conn) == 6
    conn.commit()
    conn.close()
    assert search(store.db, store.cipher, "jose", limit=1).total == 2
    assert search(store.db, store.cipher, "josé", limit=1).total == 2
    assert count(store, "brahi") == 0 and count(store, "chan") == 1
    assert integrity_problems(store.db) == []
