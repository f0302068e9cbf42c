"""The Z report's figures, read back from a real store's busy day: every total against
the rows the services wrote, and a later day changes nothing of a closed one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desk.services import case_flow, days, reversals
from desk.services.day_report import gather
from desk.services.errors import DeskError
from tests.services.day_helpers import DAY, FLOAT, busy_day, expected_cash


@pytest.fixture
def closed(store):
    day = busy_day(store)
    days.close_day(
        store.db, day.counter, store.supervisor, counted_total=expected_cash(day) - 300,
        limit_minor=5000,
    )  # fmt: skip
    return day


def report_of(store, on=DAY):
    with store.db.read() as s:
        return gather(s, store.store, 1, on)


def test_the_totals_of_a_busy_day(store, closed):
    r = report_of(store)
    fee_a, fee_b = closed.fee_a, closed.fee_b
    assert r.closed and r.currency == "HKD" and r.day == DAY
    assert {t.key: (t.count, t.amount_minor) for t in r.by_kind} == {
        "payment": (2, fee_a + fee_b),
        "void": (1, -fee_b),
    }
    # Net of the void: the card part of b and its cash part come back out.
    assert {t.key: (t.count, t.amount_minor) for t in r.by_tender} == {
        "cash": (2, fee_a),
        "card": (1, 0),
    }
    assert [(t.key, t.count, t.amount_minor) for t in r.by_carrier] == [("CMHK", 2, fee_a)]
    assert [(t.key, t.count, t.amount_minor) for t in r.by_reason] == [("lost", 2, fee_a)]
    assert {t.key: (t.count, t.amount_minor) for t in r.by_clerk} == {
        "clerk": (2, fee_a + fee_b),
        "supervisor": (0, -fee_b),  # the void is the supervisor's
    }
    events = {c.key: c.count for c in r.case_events}
    assert events == {
        "open": 2, "verify": 2, "pay": 2, "void_payment": 1, "submit": 1,
        "activate": 0, "cancel": 1,
    }  # fmt: skip
    assert {c.key: c.count for c in r.stock} == {
        "received": 0, "issued": 2, "returned": 1, "damaged": 1,
    }  # fmt: skip
    assert r.flow.float_minor == FLOAT and r.flow.expected == expected_cash(closed)
    assert (r.expected_minor, r.counted_minor, r.over_short_minor) == (
        expected_cash(closed), expected_cash(closed) - 300, -300,
    )  # fmt: skip
    assert [(m.kind, m.amount_minor, m.staff) for m in r.cash_moves] == [
        ("in", 30000, "supervisor"),
        ("out", 20000, "supervisor"),
    ]
    assert r.opened_by.en == "Chan Siu Ming" and r.closed_by is not None
    assert r.closed_by.en == "Lee Mei Ling"


def test_rows_come_in_time_order_with_masked_numbers_only(store, closed):
    r = report_of(store)
    assert [p.receipt_number for p in r.payments] == closed.receipts
    assert [p.kind for p in r.reversals] == ["void"]
    assert r.reversals[0].original_receipt == closed.receipts[1]
    assert [c.at for c in r.cases] == sorted(c.at for c in r.cases)
    assert {c.id_masked for c in r.cases} == {"A123***(3)", "AB987***(3)"}
    assert {c.line_masked for c in r.cases} == {"+852 5123 ****", "+852 5345 ****"}
    assert [m.kind for m in r.stock_moves] == ["issued", "issued", "returned", "damaged"]
    submitted = [c.application_number for c in r.cases if c.action == "submit"]
    assert submitted == [closed.application_number]


def test_a_later_day_changes_nothing_of_a_closed_one(store, closed):
    before = report_of(store)
    tomorrow = replace(closed.counter, business_day=lambda: date(2026, 11, 24))
    closed.clock.advance(hours=12)
    days.open_day(store.db, tomorrow, store.clerk, FLOAT, DAY)
    reversals.refund(store.db, tomorrow, store.supervisor, closed.receipts[0], "carrier refused")
    with store.db.read() as s:
        from sqlalchemy import select

        from desk.store.case_models import Case

        case_id = s.scalar(select(Case.id).where(Case.application_number.is_(None)))
    with pytest.raises(DeskError):  # cancelled: nothing more happens to it
        case_flow.submit(store.db, tomorrow, store.clerk, case_id)
    assert report_of(store) == before
    assert [p.kind for p in report_of(store, date(2026, 11, 24)).payments] == ["refund"]


def test_a_day_never_opened_is_refused_in_words(store):
    with pytest.raises(DeskError) as e:
        report_of(store, date(2026, 1, 1))
    assert e.value.code == "no_business_day"
    assert "2026-01-01" in str(e.value)
