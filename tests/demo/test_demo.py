"""The demo store: valid, unique and plausible (reproducible and all-or-nothing:
test_demo_build.py).

Every identifier is checked twice: by desk.core.identifiers, and by a small
independent implementation (tests/demo/checks.py: HKID check character, mainland
MOD 11-2, Luhn, EID mod 97), so a bug shared by the generator and the parsers cannot
hide.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections import Counter
from datetime import UTC, datetime

import phonenumbers
import pytest
from sqlalchemy import select

from desk.config import Paths
from desk.core.identifiers import (
    mask,
    parse_cn_ric,
    parse_eid,
    parse_hkid,
    parse_iccid,
    parse_passport_number,
    parse_phone,
)
from desk.core.ids import uuid7_time_ms
from desk.core.names import search_terms
from desk.demo import DEMO_STAFF, DemoSummary
from desk.demo.catalog import load_catalog
from desk.services.auth import login
from desk.services.errors import DeskError
from desk.services.stores import current_store, id_cipher, open_database
from desk.store.db import Database
from desk.store.models import (
    CardKind,
    Customer,
    DocumentKind,
    LineStatus,
    Staff,
    StockStatus,
)
from desk.store.schema import HEAD, current_revision, integrity_problems
from tests.demo.checks import (
    cn_ric_ok,
    eid_ok,
    expected_mask,
    hkid_ok,
    is_uuid7,
    luhn_ok,
)
from tests.demo.stores import BULK_TABLES, N


# -- the store as a whole -----------------------------------------------------------------
def test_summary_matches_the_rows(
    demo: tuple[Paths, DemoSummary], conn: sqlite3.Connection
) -> None:
    _, summary = demo
    count = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in (
            "customer",
            "identity_document",
            "line",
            "sim_stock",
            "staff",
            "carrier",
            "product",
        )
    }
    assert (summary.customers, summary.documents, summary.lines, summary.stock) == (
        count["customer"],
        count["identity_document"],
        count["line"],
        count["sim_stock"],
    )
    assert (summary.staff, summary.carriers, summary.products) == (
        count["staff"],
        count["carrier"],
        count["product"],
    )
    assert summary.customers == N and summary.elapsed > 0


def test_file_is_a_finished_store(demo: tuple[Paths, DemoSummary], demo_files: list[str]) -> None:
    paths, _ = demo
    assert demo_files == ["desk.key", "desk.sqlite3"]
    assert current_revision(paths.database) == HEAD
    c = sqlite3.connect(paths.database)
    try:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        c.close()
    db = open_database(paths)
    try:
        assert integrity_problems(db) == []
        store = current_store(db)
        assert store is not None
        assert (store.code, store.region, store.currency, store.timezone) == (
            "HK01",
            "HK",
            "HKD",
            "Asia/Hong_Kong",
        )
        assert "Demo" in store.name
        assert id_cipher(db, paths).key_id  # local_setting id_key_id → the key file
    finally:
        db.close()


def test_every_id_is_a_time_ordered_uuid7(conn: sqlite3.Connection) -> None:
    for table in BULK_TABLES:
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table}")]
        assert ids and all(is_uuid7(i) for i in ids), table
    rows = conn.execute("SELECT id, created_at FROM customer ORDER BY search_key").fetchall()
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    for ident, created in rows[:50]:
        moment = datetime.fromisoformat(created).replace(tzinfo=UTC)
        assert uuid7_time_ms(uuid.UUID(hex=ident)) == int(moment.timestamp() * 1000)
    for table, column in (("line", "created_at"), ("sim_stock", "received_at")):
        stamps = [r[0] for r in conn.execute(f"SELECT {column} FROM {table} ORDER BY id")]
        assert stamps == sorted(stamps), table
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", s) for s in stamps)


# -- identity documents ---------------------------------------------------------------------
def test_documents_are_valid_unique_hashed_and_masked(demo: tuple[Paths, DemoSummary]) -> None:
    paths, _ = demo
    db = Database(paths.database)
    try:
        cipher = id_cipher(db, paths)
        raw = db.raw()
        try:
            rows = raw.execute(
                "SELECT id, customer_id, kind, issuing_country, number_encrypted, number_hash,"
                " number_masked, key_id FROM identity_document"
            ).fetchall()
            seen: set[str] = set()
            for _id, _cust, kind, country, sealed, hashed, masked, key_id in rows:
                number = cipher.decrypt(kind, sealed)
                assert key_id == cipher.key_id
                assert number not in seen
                seen.add(number)
                assert hashed == cipher.hash(kind, number)
                assert masked == mask(kind, number) == expected_mask(kind, number)
                if kind == "hkid":
                    assert parse_hkid(number) == number and hkid_ok(number), number
                    assert country == "HKG"
                elif kind == "cn_ric":
                    assert parse_cn_ric(number) == number and cn_ric_ok(number), number
                    assert country == "CHN"
                else:
                    assert kind == "passport"
                    assert parse_passport_number(number) == number
                    assert re.fullmatch(r"[A-Z0-9]{5,9}", number)
                    assert re.fullmatch(r"[A-Z]{3}", country)
            # the hash finds the document again, through its index
            ident, _, kind, _, sealed, _, _, _ = rows[len(rows) // 2]
            found = raw.execute(
                "SELECT id FROM identity_document WHERE number_hash = ?",
                (cipher.hash(kind, cipher.decrypt(kind, sealed)),),
            ).fetchall()
            assert found == [(ident,)]
        finally:
            raw.close()
    finally:
        db.close()


def test_customer_mix_is_plausible(conn: sqlite3.Connection) -> None:
    kinds = Counter(
        r[0]
        for r in conn.execute(
            "SELECT group_concat(kind) FROM (SELECT customer_id, kind FROM identity_document"
            " ORDER BY kind) GROUP BY customer_id"
        )
    )
    hk = kinds["hkid"] + kinds["hkid,passport"]
    assert 0.38 < hk / N < 0.52
    assert 0.28 < kinds["cn_ric"] / N < 0.42
    assert 0.14 < kinds["passport"] / N < 0.26
    assert 0.04 < kinds["hkid,passport"] / hk < 0.17  # some residents show a passport too
    assert sum(kinds.values()) == N  # every customer has documents
    nations = {r[0] for r in conn.execute("SELECT DISTINCT issuing_country FROM identity_document")}
    assert {"PHL", "IDN", "USA", "GBR"} <= nations


def test_names_agree_with_their_romanisation(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT c.name_zh, c.name_en, d.kind, c.contact_email FROM customer c"
        " JOIN identity_document d ON d.customer_id = c.id AND d.kind != 'passport'"
    ).fetchall()
    by_kind: dict[str, dict[str, str]] = {"hkid": {}, "cn_ric": {}}
    for zh, en, kind, _ in rows:
        assert zh and 2 <= len(zh) <= 4
        assert by_kind[kind].setdefault(zh, en) == en, (zh, en)  # one romanisation per name
        if kind == "hkid":  # CHAN Tai Man, AU YEUNG Ka Lok: a syllable per given character
            m = re.fullmatch(r"((?:[A-Z]+ )*[A-Z]+) ((?:[A-Z][a-z]+ )*[A-Z][a-z]+)", en)
            assert m, en
            assert len(zh) - len(m.group(2).split()) in (1, 2), (zh, en)
        else:  # CHEN Xiaohong
            assert re.fullmatch(r"[A-Z]+ [A-Z][a-z]+", en), en
    foreigners = conn.execute(
        "SELECT name_zh, name_en FROM customer c WHERE NOT EXISTS (SELECT 1 FROM identity_document"
        " d WHERE d.customer_id = c.id AND d.kind != 'passport')"
    ).fetchall()
    assert foreigners and all(
        zh is None and re.fullmatch(r"[A-Z][A-Z ]* [A-Za-z ]+", en) for zh, en in foreigners
    )
    surnames = Counter(zh[0] for zh, *_ in rows)
    assert (surnames["陈"] + surnames["陳"]) / N > 0.05
    assert sum("大文" in zh for zh, *_ in rows) >= 5
    emails = [r[3] for r in rows if r[3]]
    assert 0.15 < len(emails) / len(rows) < 0.45
    assert all(re.fullmatch(r"[a-z0-9.]+@example\.(com|net|org)", e) for e in emails)


def test_name_index_finds_fragments(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT search_key, name_zh, name_en FROM customer").fetchall()
    terms = dict(conn.execute("SELECT rowid, terms FROM customer_search").fetchall())
    assert sorted(terms) == list(range(1, N + 1)) == sorted(r[0] for r in rows)
    assert all(terms[key] == search_terms(zh, en) for key, zh, en in rows)
    hits = {
        r[0]
        for r in conn.execute(
            """SELECT rowid FROM customer_search WHERE customer_search MATCH '"大 文"'"""
        )
    }
    assert hits and hits == {key for key, zh, _ in rows if zh and "大文" in zh}
    chan = {
        r[0]
        for r in conn.execute(
            """SELECT rowid FROM customer_search WHERE customer_search MATCH '"chan"*'"""
        )
    }
    assert {key for key, _, en in rows if en.startswith("CHAN ")} <= chan


# -- lines, cards and stock ------------------------------------------------------------------
def test_lines_are_valid_and_unique(conn: sqlite3.Connection) -> None:
    catalog = load_catalog()
    carriers = {r[0]: catalog.carrier(r[1]) for r in conn.execute("SELECT id, code FROM carrier")}
    products = {
        r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, carrier_id, card_kind FROM product")
    }
    rows = conn.execute(
        "SELECT customer_id, msisdn, carrier_id, product_id, status, sim_change_lock, iccid, eid,"
        " iccid_tail_key, eid_tail_key FROM line"
    ).fetchall()
    per_customer = Counter(r[0] for r in rows)
    assert set(per_customer.values()) <= {1, 2, 3} and len(per_customer) == N
    assert 1.25 < len(rows) / N < 1.65
    assert len({r[1] for r in rows}) == len(rows)
    assert len({r[6] for r in rows}) == len(rows)
    for _, msisdn, carrier_id, product_id, _, _, iccid, eid, iccid_tail, eid_tail in rows:
        carrier = carriers[carrier_id]
        number = phonenumbers.parse(msisdn, None)
        assert phonenumbers.is_valid_number(number), msisdn
        assert phonenumbers.region_code_for_number(number) == carrier.region, msisdn
        assert parse_phone(msisdn, carrier.region) == msisdn
        assert products[product_id][0] == carrier_id
        assert parse_iccid(iccid) == iccid and luhn_ok(iccid) and iccid.startswith("89")
        assert iccid.startswith(carrier.iccid_prefix) and len(iccid) == carrier.iccid_length
        assert iccid_tail == iccid[::-1]
        if products[product_id][1] == "esim":
            assert eid is not None and parse_eid(eid) == eid and eid_ok(eid)
            assert eid_tail == eid[::-1]
        else:
            assert eid is None and eid_tail is None
    status = Counter(r[4] for r in rows)
    assert set(status) <= {s.value for s in LineStatus}
    assert 0.015 < status["suspended"] / len(rows) < 0.10
    assert 0 < status["terminated"] / len(rows) < 0.05
    assert 0.005 < sum(r[5] for r in rows) / len(rows) < 0.07
    lycamobile = [r[1] for r in rows if carriers[r[2]].code == "LYCA"]
    assert lycamobile and all(m.startswith("+447") for m in lycamobile)
    hk = [r[1] for r in rows if carriers[r[2]].region == "HK"]
    assert all(re.fullmatch(r"\+852[569]\d{7}", m) for m in hk)


def test_contact_phones_are_valid(conn: sqlite3.Connection) -> None:
    phones = [r[0] for r in conn.execute("SELECT contact_phone FROM customer")]
    given = [p for p in phones if p]
    assert len(given) / len(phones) > 0.9
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(p, None)) for p in given)
    mainland = [p for p in given if p.startswith("+86")]
    assert mainland and all(len(p) == 14 for p in mainland)
    line_numbers = {r[0] for r in conn.execute("SELECT msisdn FROM line")}
    assert sum(p in line_numbers for p in given) / len(given) > 0.7


def test_whole_catalog_is_there_and_used(conn: sqlite3.Connection) -> None:
    catalog = load_catalog()
    carriers = set(conn.execute("SELECT code, name_en, name_zh, region FROM carrier").fetchall())
    assert carriers == {(c.code, c.name_en, c.name_zh, c.region) for c in catalog.carriers}
    assert {"HK", "US", "GB"} == {c[3] for c in carriers}
    products = set(
        conn.execute(
            "SELECT p.code, c.code, p.name_en, p.name_zh, p.card_kind, p.category FROM product p"
            " JOIN carrier c ON c.id = p.carrier_id"
        ).fetchall()
    )
    assert products == {
        (p.code, p.carrier, p.name_en, p.name_zh, p.card_kind.value, p.category)
        for p in catalog.products
    }
    used = {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT p.code FROM line JOIN product p ON p.id = line.product_id"
        )
    }
    assert used == {p.code for p in catalog.products}
    categories = {p.category for p in catalog.products}
    assert categories == {"data", "prepaid", "postpaid", "number_keeping"}


def test_orm_reads_the_rows_back(demo: tuple[Paths, DemoSummary]) -> None:
    paths, _ = demo
    db = open_database(paths)
    try:
        with db.read() as s:
            customer = s.scalars(select(Customer).where(Customer.search_key == 7)).one()
            again = s.get(Customer, customer.id)
            assert again is customer and isinstance(customer.id, uuid.UUID)
            assert customer.created_at.tzinfo is not None
            assert customer.documents and all(
                isinstance(d.kind, DocumentKind) for d in customer.documents
            )
            assert customer.lines
            for line in customer.lines:
                assert isinstance(line.status, LineStatus) and isinstance(
                    line.sim_change_lock, bool
                )
                assert line.product.carrier is line.carrier
                assert line.product.card_kind in (CardKind.SIM, CardKind.ESIM)
                assert line.customer is customer
            staff = s.scalars(select(Staff)).all()
            assert {m.login for m in staff} == {d.login for d in DEMO_STAFF}
            assert all(m.store_id is not None and m.active for m in staff)
            from desk.store.models import SimStock

            stock = s.scalars(select(SimStock).limit(3)).all()
            assert all(x.status in (StockStatus.IN_STOCK, StockStatus.ISSUED) for x in stock)
    finally:
        db.close()


def test_demo_staff_log_in_with_their_pins(demo: tuple[Paths, DemoSummary]) -> None:
    paths, _ = demo
    db = open_database(paths)
    try:
        with db.read() as s:
            ids = {m.login: m.id for m in s.scalars(select(Staff))}
        pepper = id_cipher(db, paths).pin_pepper
        for member in DEMO_STAFF:
            who = login(db, ids[member.login], member.pin, pepper=pepper)
            assert (who.login, who.role, who.display_name) == (
                member.login,
                member.role,
                member.display_name,
            )
        with pytest.raises(DeskError) as refused:
            login(db, ids["clerk"], "0000", pepper=pepper)
        assert refused.value.code == "wrong_pin"
    finally:
        db.close()
    assert [m.login for m in DEMO_STAFF] == ["clerk", "supervisor", "admin"]
    assert [m.pin for m in DEMO_STAFF] == ["1234", "5678", "9999"]
