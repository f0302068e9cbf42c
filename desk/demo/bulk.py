"""The bulk of the demo store: customers, their ID documents and lines, blank SIM stock.

Rows are made as plain tuples in chunks and written with ``executemany`` — a million
customers through the ORM would take many minutes. Making a chunk (:func:`make_chunk`)
draws everything from the seeded generator; sealing it (:func:`seal_chunk`: encrypt,
hash and mask the ID numbers, index the names) uses no randomness of the seed, so the
content is the same whatever runs where.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from desk.core.identifiers import mask
from desk.core.names import search_terms
from desk.demo.catalog import SEGMENTS, Catalog, ProductSpec
from desk.demo.clock import HISTORY_END, DemoClock, epoch_ms
from desk.demo.fixtures import FixedRows
from desk.demo.numbers import NumberMaker
from desk.demo.people import CN, FOREIGN, PeopleMaker, Weighted
from desk.store.keys import IdCipher
from desk.store.models import CardKind, tail_key

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

# Lines per customer (1, 2, 3) and what becomes of a line.
LINES_CUM = (0.62, 0.93)
SUSPENDED, TERMINATED, LOCKED = 0.05, 0.02, 0.03
SHARED_EID = 0.5  # a second eSIM line of a customer is often on the same phone


@dataclass(frozen=True)
class _Offer:
    product_id: str
    carrier_id: str
    region: str
    iccid_prefix: str
    iccid_length: int
    esim: bool


@dataclass
class Chunk:
    customers: list[tuple[object, ...]] = field(default_factory=list)
    documents: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    lines: list[tuple[object, ...]] = field(default_factory=list)
    names: list[tuple[int, str | None, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Sealed:
    documents: list[tuple[object, ...]]
    search: list[tuple[int, str]]


class CustomerMaker:
    """Makes the rows of customers ``0..n-1`` in order, chunk after chunk."""

    def __init__(
        self,
        rng: random.Random,
        clock: DemoClock,
        catalog: Catalog,
        fixed: FixedRows,
        people: PeopleMaker,
        numbers: NumberMaker,
    ) -> None:
        self.rng, self.clock, self.people, self.numbers = rng, clock, people, numbers
        self.store_id = fixed.store_id

        def offer(p: ProductSpec) -> _Offer:
            c = catalog.carrier(p.carrier)
            return _Offer(
                fixed.product_ids[p.code],
                fixed.carrier_ids[c.code],
                c.region,
                c.iccid_prefix,
                c.iccid_length,
                p.card_kind is CardKind.ESIM,
            )

        self.offers: dict[str, Weighted[_Offer]] = {
            s: Weighted([(offer(p), p.weights[s]) for p in catalog.products if p.weights[s] > 0])
            for s in SEGMENTS
        }

    def make_chunk(self, first: int, stop: int) -> Chunk:
        rng, clock, numbers = self.rng, self.clock, self.numbers
        uuid_hex, stamp = clock.uuid_hex, clock.stamp
        chunk = Chunk()
        add_customer, add_doc = chunk.customers.append, chunk.documents.append
        add_line, add_name = chunk.lines.append, chunk.names.append
        for index in range(first, stop):
            person = self.people.make(rng)
            ms = clock.customer_ms(index)
            cid = uuid_hex(ms)
            born = stamp(ms)
            for j, doc in enumerate(person.documents):
                add_doc((uuid_hex(ms + j), cid, doc.kind, doc.country, doc.number, born))
            r = rng.random()
            count = 1 if r < LINES_CUM[0] else 2 if r < LINES_CUM[1] else 3
            offers = self.offers[person.segment]
            msisdns: list[str] = []
            eid: str | None = None
            for k in range(count):
                o = offers.pick(rng)
                msisdn = numbers.msisdn(rng, o.region)
                msisdns.append(msisdn)
                iccid = numbers.iccid(rng, o.iccid_prefix, o.iccid_length)
                if o.esim:
                    if eid is None or rng.random() >= SHARED_EID:
                        eid = numbers.eid(rng)
                    line_eid: str | None = eid
                else:
                    line_eid = None
                r = rng.random()
                status = "suspended" if r < SUSPENDED else "terminated" if r < SUSPENDED + TERMINATED else "active"
                lms = clock.line_ms(ms, k)
                add_line(
                    (
                        uuid_hex(lms),
                        cid,
                        msisdn,
                        o.carrier_id,
                        o.product_id,
                        status,
                        1 if rng.random() < LOCKED else 0,
                        iccid,
                        line_eid,
                        tail_key(iccid),
                        tail_key(line_eid),
                        stamp(lms),
                    )
                )
            r = rng.random()
            if person.segment == CN and r < 0.2:
                contact: str | None = numbers.contact(rng, "CN")
            elif r > 0.97 and person.segment != FOREIGN:
                contact = None
            else:
                contact = msisdns[0]
            key = index + 1
            add_customer(
                (cid, key, person.name_zh, person.name_en, contact, person.email, self.store_id, born)
            )
            add_name((key, person.name_zh, person.name_en))
        return chunk


def seal_chunk(chunk: Chunk, cipher: IdCipher) -> Sealed:
    """The ID documents encrypted, hashed and masked, and the names' index rows."""
    encrypt, hash_, key_id = cipher.encrypt, cipher.hash, cipher.key_id
    documents: list[tuple[object, ...]] = [
        (i, c, kind, country, encrypt(kind, n), hash_(kind, n), mask(kind, n), key_id, at)
        for i, c, kind, country, n, at in chunk.documents
    ]
    search = [(key, search_terms(zh, en)) for key, zh, en in chunk.names]
    return Sealed(documents, search)


def write_chunk(conn: sqlite3.Connection, chunk: Chunk, sealed: Sealed) -> None:
    conn.executemany(CUSTOMER_SQL, chunk.customers)
    conn.executemany(DOCUMENT_SQL, sealed.documents)
    conn.executemany(LINE_SQL, chunk.lines)
    conn.executemany(SEARCH_SQL, sealed.search)


def write_customers(
    conn: sqlite3.Connection,
    maker: CustomerMaker,
    cipher: IdCipher,
    total: int,
    *,
    chunk_size: int = 20_000,
    progress: Callable[[str], None] | None = None,
) -> tuple[int, int]:
    """All customers, in chunks; returns (documents, lines) written."""
    documents = lines = 0
    for first in range(0, total, chunk_size):
        stop = min(total, first + chunk_size)
        chunk = maker.make_chunk(first, stop)
        sealed = seal_chunk(chunk, cipher)
        write_chunk(conn, chunk, sealed)
        documents += len(chunk.documents)
        lines += len(chunk.lines)
        if progress is not None:
            progress(f"customers {stop}/{total}")
    return documents, lines


def write_stock(
    conn: sqlite3.Connection,
    rng: random.Random,
    clock: DemoClock,
    catalog: Catalog,
    fixed: FixedRows,
    numbers: NumberMaker,
) -> int:
    """A box or two of blank SIMs (100–300) of every physical-SIM product."""
    end = epoch_ms(HISTORY_END)
    rows: list[tuple[str, str, str, str, str]] = []
    for p in catalog.products:
        if p.card_kind is not CardKind.SIM:
            continue
        c = catalog.carrier(p.carrier)
        received = end - rng.randrange(60) * 86_400_000 - rng.randrange(86_400_000)
        count = rng.randrange(100, 301)
        for i, iccid in enumerate(numbers.iccid_batch(rng, c.iccid_prefix, c.iccid_length, count)):
            at = received + i
            rows.append((clock.uuid_hex(at), fixed.store_id, fixed.product_ids[p.code], iccid, clock.stamp(at)))
    rows.sort(key=lambda row: row[0])
    conn.executemany(STOCK_SQL, rows)
    return len(rows)
