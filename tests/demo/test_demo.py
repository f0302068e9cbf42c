"""The demo store: valid, unique, plausible, reproducible, and all-or-nothing.

Every identifier is checked twice: by desk.core.identifiers, and by a small
independent implementation here (HKID check character, mainland MOD 11-2, Luhn, EID
mod 97), so a bug shared by the generator and the parsers cannot hide.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import sqlite3
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

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
from desk.demo import DEMO_STAFF, DemoSummary, create_demo_store
from desk.demo import pipeline as demo_pipeline
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

N = 1500
TODAY = date(2026, 11, 24)  # the demo's business days are the week before


# -- independent checks (deliberately not desk.core) ------------------------------------
def hkid_ok(number: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([0-9A])\)", number)
    if not m:
        return False
    letters, digits, check = m.groups()
    values = [ord(c) - 55 for c in letters]  # A=10 … Z=35
    if len(values) == 1:
        values.insert(0, 36)
    values += [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


def cn_ric_ok(number: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(c) * w for c, w in zip(number[:17], weights, strict=True))
    if "10X98765432"[total % 11] != number[17]:
        return False
    born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    return date(1950, 1, 1) <= born <= date(2006, 12, 31)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def eid_ok(eid: str) -> bool:
    return len(eid) == 32 and eid.isdigit() and eid.startswith("89") and int(eid) % 97 == 1


def expected_mask(kind: str, number: str) -> str:
    if kind == "hkid":
        return number[:-6] + "***" + number[-3:]
    if kind == "cn_ric":
        return number[:6] + "********" + number[-4:]
    return number[:3] + "*" * (len(number) - 5) + number[-2:]


def is_uuid7(text: str) -> bool:
    u = uuid.UUID(hex=text)
    return u.version == 7 and u.variant == uuid.RFC_4122 and u.hex == text


# -- fixtures ---------------------------------------------------------------------------
def build(data_dir: Path, customers: int = N, seed: int = 0) -> tuple[Paths, DemoSummary]:
    paths = Paths(data_dir)
    return paths, create_demo_store(paths, customers=customers, seed=seed, today=TODAY)


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_KEYRING", "off")


FILES_AFTER_BUILD: dict[str, list[str]] = {}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Paths, DemoSummary]]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DESK_KEYRING", "off")
        paths, summary = build(tmp_path_factory.mktemp("demo"))
        # before anything opens it (a WAL reader adds -wal and -shm beside it)
        FILES_AFTER_BUILD["demo"] = sorted(p.name for p in paths.data_dir.iterdir())
        yield paths, summary


def store_files(paths: Paths) -> list[str]:
    return sorted(p.name for p in paths.data_dir.iterdir() if not p.name.endswith(("-wal", "-shm")))


@pytest.fixture(scope="module")
def conn(demo: tuple[Paths, DemoSummary]) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(f"file:{demo[0].database}?mode=ro", uri=True)
    yield c
    c.close()


def canonical_dump(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row, minus what the key and the PIN salts make differ between runs."""
    skip = {"number_encrypted", "number_hash", "key_id", "pin_hash"}
    c = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        dump: dict[str, list[tuple[object, ...]]] = {}
        for table in (
            "store",
            "staff",
            "carrier",
            "product",
            "customer",
            "identity_document",
            "line",
            "sim_stock",
        ):
            cols = [r[1] for r in c.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
            dump[table] = c.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id").fetchall()
        dump["local_setting"] = c.execute(
            "SELECT key, value FROM local_setting"
            " WHERE key NOT IN ('id_key_id', 'id_key_check') ORDER BY key"
        ).fetchall()
        dump["customer_search"] = c.execute(
            "SELECT rowid, terms FROM customer_search ORDER BY rowid"
        ).fetchall()
        return dump
    finally:
        c.close()


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


def test_file_is_a_finished_store(demo: tuple[Paths, DemoSummary]) -> None:
    paths, _ = demo
    assert FILES_AFTER_BUILD["demo"] == ["desk.key", "desk.sqlite3"]
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
    for table in (
        "store",
        "staff",
        "carrier",
        "product",
        "customer",
        "identity_document",
        "line",
        "sim_stock",
    ):
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


def test_stock_is_blank_sims_of_every_sim_product(conn: sqlite3.Connection) -> None:
    per_product = dict(
        conn.execute(
            "SELECT p.code, count(*) FROM sim_stock s JOIN product p ON p.id = s.product_id"
            " GROUP BY p.code"
        ).fetchall()
    )
    sim_products = {p.code for p in load_catalog().products if p.card_kind is CardKind.SIM}
    assert set(per_product) == sim_products
    # A box or two each, and now and then one more box in the demo's business days.
    assert all(100 <= n <= 400 for n in per_product.values())
    rows = conn.execute("SELECT iccid, status, store_id FROM sim_stock").fetchall()
    (store_id,) = conn.execute("SELECT id FROM store").fetchone()
    # The demo's cases (desk/demo/cases.py) took some: issued, never twice; a cancelled
    # case's SIM went back to stock; an activated case's new card is on its line; the
    # clerk found one damaged in a week.
    statuses = ("in_stock", "issued", "damaged")
    assert all(status in statuses and sid == store_id for _, status, sid in rows)
    issued = {i for i, status, _ in rows if status == "issued"}
    taken = {
        r[0]
        for r in conn.execute(
            "SELECT new_iccid FROM replacement_case WHERE new_iccid IS NOT NULL"
            " AND status != 'cancelled'"
        )
    }
    assert issued == taken
    assert all(parse_iccid(i) == i and luhn_ok(i) for i, _, _ in rows)
    on_lines = {r[0] for r in conn.execute("SELECT iccid FROM line")}
    activated = {
        r[0]
        for r in conn.execute("SELECT new_iccid FROM replacement_case WHERE status = 'activated'")
    }
    assert len({i for i, _, _ in rows}) == len(rows)
    assert on_lines & {i for i, _, _ in rows} == activated


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


# -- reproducible, and all or nothing ---------------------------------------------------------
def test_same_seed_same_store_other_seed_other_store(
    demo: tuple[Paths, DemoSummary], tmp_path: Path
) -> None:
    first = canonical_dump(demo[0].database)
    again, _ = build(tmp_path / "again")
    assert canonical_dump(again.database) == first
    key_ids = {
        sqlite3.connect(p.database)
        .execute("SELECT value FROM local_setting WHERE key = 'id_key_id'")
        .fetchone()[0]
        for p in (demo[0], again)
    }
    assert len(key_ids) == 2  # a new key each time
    other, _ = build(tmp_path / "other", seed=1)
    other_dump = canonical_dump(other.database)
    for table in ("store", "customer", "identity_document", "line", "sim_stock"):
        assert other_dump[table] != first[table], table


def test_worker_process_makes_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inline, _ = build(tmp_path / "inline", customers=300, seed=5)
    monkeypatch.setattr(demo_pipeline, "PARALLEL_FROM", 1)
    seen: list[str] = []
    paths = Paths(tmp_path / "parallel")
    create_demo_store(paths, customers=300, seed=5, progress=seen.append)
    assert canonical_dump(paths.database) == canonical_dump(inline.database)
    assert "customers 300/300" in seen


def test_refuses_a_data_dir_that_holds_a_store(demo: tuple[Paths, DemoSummary]) -> None:
    paths, _ = demo
    before = paths.database.stat()
    with pytest.raises(DeskError) as refused:
        create_demo_store(paths, customers=10)
    assert refused.value.code == "store_exists"
    assert "already holds a store" in str(refused.value)
    after = paths.database.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert store_files(paths) == ["desk.key", "desk.sqlite3"]


def test_refuses_a_key_without_its_database(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    paths.key_file.write_text("{}")
    with pytest.raises(DeskError) as refused:
        create_demo_store(paths, customers=10)
    assert refused.value.code == "store_exists"
    assert paths.key_file.read_text() == "{}"


def test_an_interrupted_build_leaves_no_store(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")

    def stop_half_way(text: str) -> None:
        if text.startswith("customers"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_demo_store(paths, customers=2000, progress=stop_half_way)
    assert not paths.database.exists() and not paths.key_file.exists()
    assert list(paths.data_dir.iterdir()) == []
    # and the data dir is free for the next try
    create_demo_store(paths, customers=20)
    assert paths.database.exists() and paths.key_file.exists()


def test_progress_speaks_plain_english(tmp_path: Path) -> None:
    seen: list[str] = []
    create_demo_store(Paths(tmp_path), customers=50, progress=seen.append)
    assert "customers 50/50" in seen
    assert seen[-1].startswith("done")
    assert all(text.isascii() for text in seen)


def test_a_killed_build_leaves_no_store(tmp_path: Path) -> None:
    """SIGKILL half-way (no clean-up runs at all): no store; the next build tidies up."""
    if os.name != "posix":
        pytest.skip("SIGKILL is POSIX")
    paths = Paths(tmp_path / "data")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desk.config import Paths\n"
        "from desk.demo import create_demo_store, pipeline\n"
        "pipeline.CHUNK = 1000\n"
        "create_demo_store(Paths(Path(sys.argv[1])), customers=20_000,"
        " progress=lambda t: print(t, flush=True))\n"
    )
    env = {**os.environ, "DESK_KEYRING": "off"}
    args = [sys.executable, "-c", code, str(paths.data_dir)]
    with subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env) as child:
        try:
            assert child.stdout is not None
            for text in child.stdout:
                if text.startswith("customers"):
                    break
            child.send_signal(signal.SIGKILL)
        finally:
            child.kill()
            child.wait(timeout=30)
    assert not paths.database.exists() and not paths.key_file.exists()
    assert [p.name.startswith(".demo-build-") for p in paths.data_dir.iterdir()] == [True]
    create_demo_store(paths, customers=20)
    assert store_files(paths) == ["desk.key", "desk.sqlite3"]


def test_an_interrupted_parallel_build_stops_its_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_pipeline, "PARALLEL_FROM", 1)
    monkeypatch.setattr(demo_pipeline, "CHUNK", 1000)
    paths = Paths(tmp_path / "data")

    def stop_half_way(text: str) -> None:
        if text.startswith("customers"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_demo_store(paths, customers=20_000, progress=stop_half_way)
    assert multiprocessing.active_children() == []
    assert list(paths.data_dir.iterdir()) == []


def test_the_demo_store_is_marked_so_it_never_sends_a_notice(
    demo: tuple[Paths, DemoSummary],
) -> None:
    from desk.services.stores import is_demo_store

    db = open_database(demo[0])
    try:
        with db.read() as s:
            assert is_demo_store(s)
    finally:
        db.close()
