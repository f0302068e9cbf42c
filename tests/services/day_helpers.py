"""A busy business day on the test store, for the Z report, exports and CLI tests:
payments in cash (with change) and by card, a void, a cancelled case, a submitted one,
cash in and out, a damaged blank SIM."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.core.day import CashMoveKind
from desk.core.fees import Urgency
from desk.core.tenders import TenderInput
from desk.services import case_flow, days, payments, reversals, stock
from desk.services.case_context import Counter
from desk.services.day_files import write_day_files
from desk.services.days import DayClosed
from tests.factories import TestStore
from tests.services.case_helpers import Clock, add_blank_sims, counter_for, verified_case

DAY = date(2026, 11, 23)
FLOAT = 50000  # HK$500.00
WONG_LINE = "+85253456789"


@dataclass
class BusyDay:
    counter: Counter
    clock: Clock
    fee_a: int  # the case paid in cash and submitted
    fee_b: int  # the case paid by card and cash, voided, then cancelled
    application_number: str
    receipts: list[str]


def busy_day(store: TestStore) -> BusyDay:
    clock = Clock()
    counter = counter_for(store, clock)
    days.open_day(store.db, counter, store.clerk, FLOAT, DAY)
    clock.advance(minutes=5)
    a = verified_case(store, counter)
    fee_a = payments.quote_case(store.db, counter, a, Urgency.NORMAL).total_minor
    clock.advance(minutes=5)
    paid_a = payments.pay(
        store.db, counter, store.clerk, a, urgency=Urgency.NORMAL,
        tenders=[TenderInput("cash", fee_a + 5000)], language="zh_HK",
    )  # fmt: skip
    clock.advance(minutes=1)
    application = case_flow.submit(store.db, counter, store.clerk, a).application_number
    assert application is not None
    clock.advance(minutes=10)
    b = verified_case(store, counter, msisdn=WONG_LINE)
    fee_b = payments.quote_case(store.db, counter, b, Urgency.NORMAL).total_minor
    clock.advance(minutes=5)
    paid_b = payments.pay(
        store.db, counter, store.clerk, b, urgency=Urgency.NORMAL,
        tenders=[TenderInput("card", fee_b - 1000, "4321"), TenderInput("cash", 1000)],
    )  # fmt: skip
    clock.advance(minutes=5)
    void = reversals.void(
        store.db, counter, store.supervisor, paid_b.receipt_number, "changed mind"
    )
    clock.advance(minutes=1)
    case_flow.cancel(store.db, counter, store.clerk, b, "customer found the phone")
    clock.advance(minutes=30)
    days.cash_move(store.db, counter, store.supervisor, CashMoveKind.IN, 30000, "coins from safe")
    clock.advance(minutes=30)
    days.cash_move(store.db, counter, store.supervisor, CashMoveKind.OUT, 20000, "bank drop")
    clock.advance(minutes=5)
    spare = add_blank_sims(store, "CMHK-DATA", 1)[0]
    stock.mark_damaged(store.db, counter, store.clerk, spare, "chip cracked")
    clock.advance(hours=6)
    receipts = [paid_a.receipt_number, paid_b.receipt_number, void.receipt_number]
    return BusyDay(counter, clock, fee_a, fee_b, application, receipts)


def expected_cash(day: BusyDay) -> int:
    """Float + cash kept of a (its fee: the change went back) + 1000 of b − 1000 voided
    + 300.00 in − 200.00 out."""
    return FLOAT + day.fee_a + 1000 - 1000 + 30000 - 20000


def close(store: TestStore, day: BusyDay) -> tuple[DayClosed, Path | None]:
    """Close the busy day as the counter does, its files written by the close; what
    closed and the day's folder."""
    with write_day_files(store.paths, store.store, "zh_HK") as files:
        closed = days.close_day(
            store.db, day.counter, store.supervisor, counted_total=expected_cash(day),
            write_files=files,
        )  # fmt: skip
    return closed, files.written
