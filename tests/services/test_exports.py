"""The day's exports read back as accounting would read them, and summed against the
database with SQL of their own; produced again later, the same bytes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from desk.documents.xlsx import Amount
from desk.services import days, reversals
from desk.services.day_files import produce_again
from desk.services.exports import Table, amount_text, csv_bytes
from tests.factories import WONG_HKID
from tests.services.day_helpers import DAY, FLOAT, busy_day, close, expected_cash

DAY_SQL = "business_day = '2026-11-23' AND counter = 1"
CSVS = ("payments.csv", "tenders.csv", "cases.csv", "stock.csv")


@pytest.fixture
def closed(store):
    day = busy_day(store)
    _closed, folder = close(store, day)
    return day, folder


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: spreadsheet programs read UTF-8
    return list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def sql(store, query):
    conn = sqlite3.connect(store.paths.database)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def minor(text: str) -> int:
    return int(Decimal(text) * 100)


def test_the_csv_files_add_up_to_the_database(store, closed):
    _day, folder = closed
    payments = read_csv(folder / "payments.csv")
    [(total, count)] = sql(store, f"SELECT sum(total_minor), count(*) FROM payment WHERE {DAY_SQL}")
    assert len(payments) == count == 3
    assert sum(minor(p["total"]) for p in payments) == total
    assert all(p["currency"] == "HKD" and p["business_day"] == "2026-11-23" for p in payments)
    assert payments[0]["at"] == "2026-11-23T10:10:00+08:00"  # the store's clock, its offset
    tenders = read_csv(folder / "tenders.csv")
    by_kind = dict(
        sql(
            store,
            "SELECT t.kind, sum(t.amount_minor) FROM tender t JOIN payment p ON p.id = t.payment_id"
            f" WHERE p.{DAY_SQL.replace(' AND ', ' AND p.')} GROUP BY t.kind",
        )
    )
    for kind, amount in by_kind.items():
        assert sum(minor(t["amount"]) for t in tenders if t["kind"] == kind) == amount
    assert {t["amount"] for t in tenders if t["kind"] == "card"} == {"90.00", "-90.00"}
    cases = read_csv(folder / "cases.csv")
    [(events,)] = sql(store, f"SELECT count(*) FROM case_event WHERE {DAY_SQL}")
    assert len(cases) == events
    stock = read_csv(folder / "stock.csv")
    kinds = sql(store, f"SELECT kind FROM stock_movement WHERE {DAY_SQL} ORDER BY at")
    assert [m["kind"] for m in stock] == [k for (k,) in kinds]


def test_only_masked_numbers_leave_the_store(store, closed):
    _day, folder = closed
    cases = read_csv(folder / "cases.csv")
    assert {c["id_masked"] for c in cases} == {"A123***(3)", "AB987***(3)"}
    everything = b"".join(p.read_bytes() for p in folder.iterdir() if p.suffix != ".xlsx")
    book = openpyxl.load_workbook(next(folder.glob("*.xlsx")))
    everything += b"".join(
        str(value).encode()
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for value in row
    )
    for secret in ("A123456", WONG_HKID[:-3], "51234567", "53456789", "Tai Man", "陳大文"):
        assert secret.encode() not in everything, secret


def test_the_workbook_holds_each_table_and_the_summary(store, closed):
    day, folder = closed
    book = openpyxl.load_workbook(folder / "day-2026-11-23.xlsx")
    assert book.sheetnames == ["payments", "tenders", "cases", "stock", "summary"]
    for name in CSVS:
        sheet = book[name.removesuffix(".csv")]
        rows = list(sheet.iter_rows(values_only=True))
        from_csv = read_csv(folder / name)
        assert list(rows[0]) == list(from_csv[0])  # the same columns
        assert len(rows) - 1 == len(from_csv)
    totals = [r[11] for r in list(book["payments"].iter_rows(values_only=True))[1:]]
    assert sum(Decimal(str(t)) for t in totals) == Decimal(day.fee_a) / 100
    summary = {(r[0], r[1]): r for r in book["summary"].iter_rows(values_only=True)}
    assert summary[("cash", "float")][3] == FLOAT / 100
    assert summary[("cash", "expected")][3] == expected_cash(day) / 100
    assert summary[("cash", "over_short")][3] == 0
    assert summary[("day", "store")][4] == "HK01"
    assert summary[("cases", "submit")][2] == 1
    assert book.properties.created.isoformat().startswith("2026-11-23T09:37")


def test_the_manifest_counts_and_fingerprints_every_file(store, closed):
    _day, folder = closed
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["format_version"], manifest["store"], manifest["counter"]) == (1, "HK01", 1)
    assert manifest["business_day"] == "2026-11-23"
    listed = {f["name"]: f for f in manifest["files"]}
    assert set(listed) == {p.name for p in folder.iterdir()} - {"manifest.json"}
    for name, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256((folder / name).read_bytes()).hexdigest()
    for name in CSVS:
        assert listed[name]["rows"] == len(read_csv(folder / name))
    assert listed["day-2026-11-23.xlsx"]["sheets"]["payments"] == 3


def test_produced_again_after_later_days_the_same_bytes(store, closed, tmp_path):
    day, folder = closed
    tomorrow = replace(day.counter, business_day=lambda: date(2026, 11, 24))
    day.clock.advance(hours=14)
    days.open_day(store.db, tomorrow, store.clerk, FLOAT, DAY)
    reversals.refund(store.db, tomorrow, store.supervisor, day.receipts[0], "carrier refused")
    again = tmp_path / "again"
    produce_again(store.db, store.paths, store.store, DAY, again, counter=1, language="zh_HK")
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    for name in names:
        assert (again / name).read_bytes() == (folder / name).read_bytes(), name


def test_typed_text_never_runs_as_a_formula_in_a_spreadsheet():
    table = Table(
        "t", ("note", "amount"), (("=HYPERLINK(1)", Amount("-5.00")),), frozenset({"note"})
    )
    assert csv_bytes(table).decode("utf-8-sig").splitlines()[1] == "'=HYPERLINK(1),-5.00"


@pytest.mark.parametrize(
    ("minor", "digits", "text"),
    [(12350, 2, "123.50"), (-5000, 2, "-50.00"), (5, 2, "0.05"), (-5, 2, "-0.05"), (0, 2, "0.00"),
     (1500, 0, "1500"), (123456789, 3, "123456.789")],
)  # fmt: skip
def test_amounts_are_exact_decimal_text(minor, digits, text):
    assert amount_text(minor, digits) == text
