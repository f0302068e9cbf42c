"""The demo customers' rows — customer, ID documents (number still in clear), lines —
and the blank SIM stock, as plain tuples ready for ``executemany``.

One :class:`CustomerMaker` draws everything from one seeded generator, in order, so
it makes the same rows wherever it runs (in this process or a worker, see
:mod:`desk.demo.pipeline`). It masks the ID numbers and indexes the names, but knows
nothing of the ID-number key: encrypting and hashing the numbers is
:mod:`desk.demo.bulk`'s job, in the process that holds the key.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from desk.core.identifiers import mask
from desk.core.names import search_terms
from desk.demo.catalog import SEGMENTS, Catalog, ProductSpec, load_catalog
from desk.demo.clock import HISTORY_END, DemoClock, epoch_ms, local_day, store_zone
from desk.demo.fixtures import FixedRows
from desk.demo.numbers import NumberMaker
from desk.demo.people import CN, FOREIGN, PeopleMaker, Weighted, load_people
from desk.store.models import CardKind, tail_key

# Lines per customer (1, 2 or 3: cumulative shares) and what became of a line.
LINES_CUM = (0.62, 0.93)
SUSPENDED, TERMINATED, LOCKED = 0.05, 0.02, 0.03
SHARED_EID = 0.5  # a customer's next eSIM line is often on the same phone
CN_CONTACT = 0.2  # mainland visitors who give a mainland mobile as contact
NO_CONTACT = 0.03

Row = tuple[object, ...]


@dataclass(frozen=True)
class MakerSpec:
    """All a :class:`CustomerMaker` needs, small and picklable (for a worker process)."""

    seed: int
    customers: int
    fixed: FixedRows

    def rng(self) -> random.Random:
        return random.Random(f"desk-demo:{self.seed}:customers")


@dataclass
class Chunk:
    """Rows of some customers, or (the last chunk) of the SIM stock. Documents hold the
    number in clear, to be sealed by the writer:
    (id, customer_id, kind, issuing_country, number, number_masked, created_at)."""

    customers: list[Row] = field(default_factory=list)
    documents: list[tuple[str, str, str, str, str, str, str]] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    search: list[tuple[int, str]] = field(default_factory=list)  # (search_key, terms)
    stock: list[Row] = field(default_factory=list)
    # Each blank SIM's "received" stock movement:
    # (id, store_id, business_day, stock_id, at).
    stock_moves: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class _Offer:
    product_id: str
    carrier_id: str
    region: str
    iccid_prefix: str
    iccid_length: int
    esim: bool


class CustomerMaker:
    """Makes the rows of customers ``0..n-1`` in order, chunk after chunk, then stock."""

    def __init__(self, spec: MakerSpec, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()
        self.rng = spec.rng()
        self.clock = DemoClock(self.rng, spec.customers)
        self.people: PeopleMaker = load_people()
        self.numbers = NumberMaker()
        self.fixed = spec.fixed

        def offer(p: ProductSpec) -> _Offer:
            c = self.catalog.carrier(p.carrier)
            return _Offer(
                spec.fixed.product_ids[p.code],
                spec.fixed.carrier_ids[c.code],
                c.region,
                c.iccid_prefix,
                c.iccid_length,
                p.card_kind is CardKind.ESIM,
            )

        self.offers: dict[str, Weighted[_Offer]] = {
            s: Weighted(
                [(offer(p), p.weights[s]) for p in self.catalog.products if p.weights[s] > 0]
            )
            for s in SEGMENTS
        }

    def make_chunk(self, first: int, stop: int) -> Chunk:
        rng, clock, numbers, people = self.rng, self.clock, self.numbers, self.people
        random_, uuid_hex, stamp = rng.random, clock.uuid_hex, clock.stamp
        store_id, offers_of = self.fixed.store_id, self.offers
        chunk = Chunk()
        add_customer, add_doc = chunk.customers.append, chunk.documents.append
        add_line, add_search = chunk.lines.append, chunk.search.append
        for index in range(first, stop):
            person = people.make(rng)
            ms = clock.customer_ms(index)
            cid = uuid_hex(ms)
            born = stamp(ms)
            for j, doc in enumerate(person.documents):
                n = doc.number
                add_doc((uuid_hex(ms + j), cid, doc.kind, doc.country, n, mask(doc.kind, n), born))
            r = random_()
            count = 1 if r < LINES_CUM[0] else 2 if r < LINES_CUM[1] else 3
            offers = offers_of[person.segment]
            first_msisdn = ""
            eid: str | None = None
            for k in range(count):
                o = offers.pick(rng)
                msisdn = numbers.msisdn(rng, o.region)
                if not k:
                    first_msisdn = msisdn
                iccid = numbers.iccid(rng, o.iccid_prefix, o.iccid_length)
                line_eid: str | None = None
                if o.esim:
                    if eid is None or random_() >= SHARED_EID:
                        eid = numbers.eid(rng)
                    line_eid = eid
                r = random_()
                status = (
                    "active"
                    if r >= SUSPENDED + TERMINATED
                    else "suspended"
                    if r < SUSPENDED
                    else "terminated"
                )
                lms = clock.line_ms(ms, k)
                add_line(
                    (
                        uuid_hex(lms),
                        cid,
                        msisdn,
                        o.carrier_id,
                        o.product_id,
                        status,
                        1 if random_() < LOCKED else 0,
                        iccid,
                        line_eid,
                        tail_key(iccid),
                        tail_key(line_eid),
                        stamp(lms),
                    )
                )
            r = random_()
            contact: str | None = first_msisdn
            if person.segment == CN and r < CN_CONTACT:
                contact = numbers.contact(rng, "CN")
            elif r > 1.0 - NO_CONTACT and person.segment != FOREIGN:
                contact = None
            key = index + 1
            add_customer(
                (cid, key, person.name_zh, person.name_en, contact, person.email, store_id, born)
            )
            add_search((key, search_terms(person.name_zh, person.name_en)))
        return chunk

    def make_stock(self) -> Chunk:
        """A box or two (100–300) of blank SIMs of every physical-SIM product, received
        in the last two months; ICCIDs consecutive per box, never those of a line."""
        rng, clock, fixed = self.rng, self.clock, self.fixed
        end = epoch_ms(HISTORY_END)
        rows: list[Row] = []
        moments: list[int] = []
        for p in self.catalog.products:
            if p.card_kind is not CardKind.SIM:
                continue
            c = self.catalog.carrier(p.carrier)
            received = end - rng.randrange(60) * 86_400_000 - rng.randrange(86_400_000)
            count = rng.randrange(100, 301)
            batch = self.numbers.iccid_batch(rng, c.iccid_prefix, c.iccid_length, count)
            for i, iccid in enumerate(batch):
                at = received + i
                moments.append(at)
                rows.append(
                    (
                        clock.uuid_hex(at),
                        fixed.store_id,
                        fixed.product_ids[p.code],
                        iccid,
                        clock.stamp(at),
                    )
                )
        # Each card's "received" movement, on the store's date of its arrival (ids drawn
        # after the cards', so the cards are those of a store without movements).
        zone = store_zone()
        moves: list[Row] = [
            (clock.uuid_hex(at), fixed.store_id, local_day(at, zone).isoformat(), row[0], row[4])
            for row, at in zip(rows, moments, strict=True)
        ]
        rows.sort(key=lambda row: str(row[0]))
        moves.sort(key=lambda row: str(row[0]))
        return Chunk(stock=rows, stock_moves=moves)
