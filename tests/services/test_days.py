"""The business day on a real store: the float, cash in and out, the expected cash, the
count, over/short, and the lock after the close."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from desk.core.day import CashMoveKind
from desk.core.fees import Urgency
from desk.core.refusal import Refusal
from desk.core.tenders import TenderInput
from desk.services import case_flow, days, payments, reversals, stock
from desk.services.errors import DeskError
from desk.store.case_models import CaseEvent
from desk.store.day_models import BusinessDay, DayCount, StockMoveKind, StockMovement
from tests.services.case_helpers import Clock, add_blank_sims, counter_for, verified_case

DAY = date(2026, 11, 23)
FLOAT = 50000  # HK$500.00


@pytest.fixture
def counter(store):
    return counter_for(store, Clock())


@pytest.fixture
def opened(store, counter):
    assert days.open_day(store.db, counter, store.clerk, FLOAT, DAY) == DAY
    return counter


def fee(store, counter, case_id):
    return payments.quote_case(store.db, counter, case_id, Urgency.NORMAL).total_minor


def pay_cash(store, counter, case_id, given):
    total = fee(store, counter, case_id)
    tender = TenderInput("cash", given)
    done = payments.pay(
        store.db, counter, store.clerk, case_id, urgency=Urgency.NORMAL, tenders=[tender]
    )
    return done.receipt_number, total


def test_the_expected_cash_follows_every_kind_of_movement(store, opened):
    counter = opened
    a = verified_case(store, counter)
    number_a, fee_a = pay_cash(store, counter, a, given=fee(store, counter, a) + 5000)  # change
    b = verified_case(store, counter, msisdn="+85253456789")
    fee_b = fee(store, counter, b)
    payments.pay(
        store.db,
        counter,
        store.clerk,
        b,
        urgency=Urgency.NORMAL,
        tenders=[TenderInput("card", fee_b - 1000, "4321"), TenderInput("cash", 1000)],
    )
    days.cash_move(store.db, counter, store.supervisor, CashMoveKind.IN, 30000, "coins from safe")
    days.cash_move(store.db, counter, store.supervisor, CashMoveKind.OUT, 20000, "bank drop")
    reversals.void(store.db, counter, store.supervisor, number_a, "customer changed mind")

    got = days.summary(store.db, counter)
    assert got is not None and got.day == DAY
    # The change handed back is not in the drawer; the card part never was.
    assert got.flow.cash_taken == fee_a + 1000
    assert got.flow.cash_returned == fee_a
    assert (got.flow.cash_in, got.flow.cash_out) == (30000, 20000)
    assert got.expected == FLOAT + fee_a + 1000 - fee_a + 30000 - 20000
    assert {c.id for c in got.open_cases} == {a, b}  # both carry over, nothing lost


def test_cash_in_and_out_are_a_supervisors_with_an_amount_and_a_reason(store, opened):
    with pytest.raises(Refusal) as e:
        days.cash_move(store.db, opened, store.clerk, CashMoveKind.OUT, 100, "drop")
    assert e.value.code == "supervisor_required"
    with pytest.raises(DeskError) as e:
        days.cash_move(store.db, opened, store.supervisor, CashMoveKind.OUT, 0, "drop")
    assert e.value.code == "cash_move_amount"
    with pytest.raises(DeskError) as e:
        days.cash_move(store.db, opened, store.supervisor, CashMoveKind.OUT, 100, "  ")
    assert e.value.code == "reason_required"


def test_no_day_no_cash_move_and_one_open_day_at_a_time(store, counter):
    with pytest.raises(DeskError) as e:
        days.cash_move(store.db, counter, store.supervisor, CashMoveKind.IN, 100, "x")
    assert e.value.code == "day_not_open"
    days.open_day(store.db, counter, store.clerk, FLOAT, DAY)
    with pytest.raises(DeskError) as e:
        days.open_day(store.db, counter, store.clerk, FLOAT, DAY)
    assert e.value.code == "day_open_already"


def test_over_and_short_and_the_reason_above_the_limit(store, opened):
    with pytest.raises(Refusal) as e:
        days.close_day(
            store.db, opened, store.supervisor, counted_total=FLOAT - 5001, limit_minor=5000
        )
    assert e.value.code == "over_short_reason"
    with pytest.raises(Refusal) as e:
        days.close_day(store.db, opened, store.clerk, counted_total=FLOAT)
    assert e.value.code == "supervisor_required"
    closed = days.close_day(
        store.db,
        opened,
        store.supervisor,
        counted={50000: 1, 100: 3},  # a $500 note and three $1 coins: over by $3
        limit_minor=5000,
    )
    assert (closed.expected_minor, closed.counted_minor, closed.over_short_minor) == (
        FLOAT,
        FLOAT + 300,
        300,
    )
    with store.db.read() as s:
        row = s.scalar(select(BusinessDay))
        counts = {c.denomination_minor: c.quantity for c in s.scalars(select(DayCount))}
    assert row.status == "closed" and row.closed_by == store.supervisor.id
    assert counts == {50000: 1, 100: 3}


def test_a_closed_day_is_locked_for_everyone(store, opened):
    counter = opened
    case_id = verified_case(store, counter)
    number, _fee = pay_cash(store, counter, case_id, given=fee(store, counter, case_id))
    days.close_day(store.db, counter, store.supervisor, counted_total=10**7, reason="test")

    # The services refuse: no open day now, and a stale counter hits the lock.
    with pytest.raises(DeskError) as e:
        days.cash_move(store.db, counter, store.supervisor, CashMoveKind.IN, 100, "late")
    assert e.value.code == "day_not_open"
    with pytest.raises(DeskError) as e:
        reversals.void(store.db, counter, store.supervisor, number, "after close")
    assert e.value.code == "day_closed"
    with pytest.raises(DeskError) as e:
        case_flow.submit(store.db, counter, store.clerk, case_id)
    assert e.value.code == "day_closed"

    # And so does the database itself, whatever program writes to it.
    conn = sqlite3.connect(store.paths.database)
    for sql in (
        "UPDATE payment SET total_minor = 0",
        "DELETE FROM tender",
        "UPDATE payment_line SET amount_minor = 0",
        "UPDATE business_day SET counted_minor = 0",
        "INSERT INTO day_count SELECT 'x', id, 1000, 1 FROM business_day",
        "UPDATE case_event SET reason = 'edited'",
        "UPDATE stock_movement SET reason = 'edited'",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="business day closed"):
            conn.execute(sql)
    conn.close()

    # The next day opens after it, even on the same date, and the case goes on there.
    assert days.open_day(store.db, counter, store.clerk, FLOAT, DAY) == date(2026, 11, 24)
    tomorrow = replace(counter, business_day=lambda: date(2026, 11, 24))
    case_flow.submit(store.db, tomorrow, store.clerk, case_id)
    refund = reversals.refund(store.db, tomorrow, store.supervisor, number, "carrier refused")
    assert refund.receipt_number.endswith("20261124-0001")
    with store.db.read() as s:
        last = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)).all()[-1]
    assert (last.business_day, last.counter) == (date(2026, 11, 24), 1)


def test_blank_sims_issued_returned_and_damaged_are_movements_of_the_day(store, opened):
    counter = opened
    case_id = verified_case(store, counter)  # took one blank SIM
    case_flow.cancel(store.db, counter, store.clerk, case_id, "customer found the phone")
    spare = add_blank_sims(store, "CMHK-DATA", 1)[0]
    stock.mark_damaged(store.db, counter, store.clerk, spare, "chip cracked")
    with pytest.raises(DeskError) as e:
        stock.mark_damaged(store.db, counter, store.clerk, spare, "again")
    assert e.value.code == "sim_not_available"
    with store.db.read() as s:
        moves = [(m.kind, m.business_day) for m in s.scalars(select(StockMovement))]
    assert sorted(k for k, _d in moves) == sorted(
        [StockMoveKind.ISSUED, StockMoveKind.RETURNED, StockMoveKind.DAMAGED]
    )
    assert {d for _k, d in moves} == {DAY}
