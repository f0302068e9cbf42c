"""Writing the demo rows: seal the ID numbers, then ``executemany`` per table.

A million customers through the ORM would take many minutes; plain tuples through
``sqlite3`` about one. Sealing (encrypt, keyed hash) happens here, in the process that
holds the store's key, and uses no randomness of the seed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from desk.demo.customers import Chunk, Row
from desk.store.keys import IdCipher

CUSTOMER_SQL = (
    "INSERT INTO customer (id, search_key, name_zh, name_en, contact_phone, contact_email,"
    " store_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
DOCUMENT_SQL = (
    "INSERT INTO identity_document (id, customer_id, kind, issuing_country, number_encrypted,"
    " number_hash, number_masked, key_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
LINE_SQL = (
    "INSERT INTO line (id, customer_id, msisdn, carrier_id, product_id, status, sim_change_lock,"
    " iccid, eid, iccid_tail_key, eid_tail_key, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
SEARCH_SQL = "INSERT INTO customer_search (rowid, terms) VALUES (?, ?)"
STOCK_SQL = (
    "INSERT INTO sim_stock (id, store_id, product_id, iccid, status, received_at)"
    " VALUES (?, ?, ?, ?, 'in_stock', ?)"
)
# Every card that came into stock was received, at counter 1 (the demo store's).
STOCK_MOVE_SQL = (
    "INSERT INTO stock_movement (id, store_id, counter, business_day, stock_id, kind, at)"
    " VALUES (?, ?, 1, ?, ?, 'received', ?)"
)


def sealed_documents(chunk: Chunk, cipher: IdCipher) -> list[Row]:
    """The chunk's ID documents with the number encrypted and hashed, as rows."""
    encrypt, hash_, key_id = cipher.encrypt, cipher.hash, cipher.key_id
    return [
        (i, c, kind, country, encrypt(kind, n), hash_(kind, n), masked, key_id, at)
        for i, c, kind, country, n, masked, at in chunk.documents
    ]


def write_rows(
    conn: sqlite3.Connection,
    chunks: Iterable[Chunk],
    cipher: IdCipher,
    total: int,
    progress: Callable[[str], None],
) -> tuple[int, int, int]:
    """Every chunk, in order; returns (documents, lines, stock) written."""
    documents = lines = stock = done = 0
    for chunk in chunks:
        conn.executemany(CUSTOMER_SQL, chunk.customers)
        conn.executemany(DOCUMENT_SQL, sealed_documents(chunk, cipher))
        conn.executemany(LINE_SQL, chunk.lines)
        conn.executemany(SEARCH_SQL, chunk.search)
        conn.executemany(STOCK_SQL, chunk.stock)
        conn.executemany(STOCK_MOVE_SQL, chunk.stock_moves)
        documents += len(chunk.documents)
        lines += len(chunk.lines)
        stock += len(chunk.stock)
        if chunk.customers:
            done += len(chunk.customers)
            progress(f"customers {done}/{total}")
    return documents, lines, stock
