"""Everything the Z report (日结报表) and the day's exports say about one counter's
business day, read from the database alone: no wall clock, no settings.

:func:`gather` runs inside the closing transaction (``close_day``'s ``write_files``,
after the day row is marked closed) and again, at any later time, to produce a closed
day's files once more: both read the same locked facts, so both give the same report.
Totals are summed by SQLite over the day's own rows (the day indexes; see
:mod:`desk.services.day_rows`); every list comes in a fixed order.

Totals (:class:`~desk.documents.day_model.Total`): ``count`` is the number of payments
taken (voids and refunds have their own lines in ``by_kind``, which counts receipts of
each kind); ``amount_minor`` is net of voids and refunds.

Error code: ``no_business_day`` (no day of that date at that counter).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from desk.core.day import CashFlow
from desk.core.staff import StoreInfo
from desk.core.tenders import TENDER_LABELS
from desk.core.wording import Names
from desk.documents.day_model import Count, DayReport, Total
from desk.services import document_words as words
from desk.services.day_rows import (
    case_event_rows,
    cash_move_rows,
    event_day,
    movement_day,
    payment_day,
    payment_rows,
    stock_rows,
    tender_rows,
)
from desk.services.days import cash_flow
from desk.services.errors import DeskError
from desk.services.payment_docs import store_heading
from desk.store.case_models import Case, CaseEvent
from desk.store.day_models import BusinessDay, DayCount, StockMovement
from desk.store.models import Carrier, Staff
from desk.store.payment_models import Payment, Tender

__all__ = ["Count", "DayReport", "Total", "find_day", "gather"]

# Always on the report, even at zero (other case steps of the day follow when taken).
MAIN_CASE_EVENTS = ("open", "submit", "activate", "cancel")


def find_day(s: Session, store_id: uuid.UUID, counter: int, day: date) -> BusinessDay:
    """The business day row, or ``no_business_day`` in words."""
    row = s.scalar(
        select(BusinessDay).where(
            BusinessDay.store_id == store_id, BusinessDay.counter == counter, BusinessDay.day == day
        )
    )
    if row is None:
        raise DeskError(
            "no_business_day",
            f"Counter {counter} has no business day on {day.isoformat()}: it was never opened.",
            day=day.isoformat(),
            counter=counter,
        )
    return row


def _staff(s: Session) -> dict[uuid.UUID, tuple[str, Names]]:
    return {
        i: (login, Names(name, name, hant or name))
        for i, login, name, hant in s.execute(
            select(Staff.id, Staff.login, Staff.display_name, Staff.display_name_zh_hant)
        )
    }


def _totals(
    s: Session,
    key: Any,  # a column of payment, tender or case
    where: Iterable[ColumnElement[bool]],
    label: Mapping[str, Names],
    order: tuple[str, ...] = (),
    *,
    via: str = "payment",
) -> tuple[Total, ...]:
    """Payments taken and the net amount, grouped by ``key`` over the day's receipts;
    ``via`` "tender" sums the tenders, "case" joins the case (carrier, reason), "kind"
    counts every receipt (of each kind)."""
    taken = (
        func.count() if via == "kind" else func.sum(case((Payment.kind == "payment", 1), else_=0))
    )
    amount = Tender.amount_minor if via == "tender" else Payment.total_minor
    query = select(key, taken, func.sum(amount)).select_from(Payment)
    if via == "tender":
        query = query.join(Tender, Tender.payment_id == Payment.id)
    elif via == "case":
        query = query.join(Case, Case.id == Payment.case_id)
    found = [
        (str(getattr(k, "value", k)), int(n or 0), int(a or 0))
        for k, n, a in s.execute(query.where(*where).group_by(key))
    ]

    def rank(item: tuple[str, int, int]) -> tuple[int, str]:
        return (order.index(item[0]) if item[0] in order else len(order), item[0])

    return tuple(
        Total(k, label.get(k, Names(k, k, k)), n, a) for k, n, a in sorted(found, key=rank)
    )


def _counts(
    found: Iterable[tuple[Any, int]], label: Mapping[str, Names], always: Iterable[str]
) -> tuple[Count, ...]:
    got = {str(getattr(k, "value", k)): int(n) for k, n in found}
    keys = [k for k in label if k in got or k in always]
    keys += sorted(k for k in got if k not in label)
    return tuple(Count(k, label.get(k, Names(k, k, k)), got.get(k, 0)) for k in keys)


def gather(s: Session, store: StoreInfo, counter: int, day: date) -> DayReport:
    """The day's report, from ``s`` (the closing transaction, or any later read)."""
    row = find_day(s, store.id, counter, day)
    cutoff = row.closed_at
    staff = _staff(s)
    names = {login: name for login, name in staff.values()}

    def who(staff_id: uuid.UUID | None) -> Names | None:
        return staff[staff_id][1] if staff_id in staff else None

    scope = payment_day(store.id, counter, day)
    carriers = {
        code: Names(en, zh, hant)
        for code, en, zh, hant in s.execute(
            select(Carrier.code, Carrier.name_en, Carrier.name_zh, Carrier.name_zh_hant)
        )
    }
    tender_words = {k: Names(*v) for k, v in TENDER_LABELS.items()}
    clerks = {str(i): name for i, (_login, name) in staff.items()}
    by_clerk = _totals(s, Payment.staff_id, scope, clerks)
    events = s.execute(
        select(CaseEvent.action, func.count())
        .join(Case, Case.id == CaseEvent.case_id)
        .where(*event_day(store.id, counter, day))
        .group_by(CaseEvent.action)
    ).all()
    moves = s.execute(
        select(StockMovement.kind, func.count())
        .where(*movement_day(StockMovement, store.id, counter, day))
        .group_by(StockMovement.kind)
    ).all()
    count = s.execute(
        select(DayCount.denomination_minor, DayCount.quantity)
        .where(DayCount.day_id == row.id)
        .order_by(DayCount.denomination_minor.desc())
    ).all()
    flow: CashFlow = cash_flow(s, store.id, counter, row)
    opened_by = who(row.opened_by)
    return DayReport(
        store=store_heading(s, store.id),
        timezone=store.timezone,
        currency=row.currency,
        counter=counter,
        day=day,
        status=row.status.value,
        opened_at=row.opened_at,
        opened_by=opened_by or Names("", "", ""),
        closed_at=row.closed_at,
        closed_by=who(row.closed_by),
        flow=flow,
        expected_minor=row.expected_minor,
        counted_minor=row.counted_minor,
        over_short_minor=row.over_short_minor,
        close_reason=row.close_reason,
        count=tuple((value, quantity) for value, quantity in count),
        cash_moves=cash_move_rows(s, store.id, counter, day),
        by_kind=_totals(
            s, Payment.kind, scope, words.RECEIPT_KINDS, tuple(words.RECEIPT_KINDS), via="kind"
        ),
        by_tender=_totals(s, Tender.kind, scope, tender_words, tuple(TENDER_LABELS), via="tender"),
        by_carrier=_totals(s, Case.carrier_code, scope, carriers, via="case"),
        by_reason=_totals(s, Case.reason, scope, words.REASONS, tuple(words.REASONS), via="case"),
        by_clerk=tuple(
            sorted(
                (
                    Total(staff[uuid.UUID(t.key)][0], t.label, t.count, t.amount_minor)
                    for t in by_clerk
                ),
                key=lambda t: t.key,
            )
        ),
        case_events=_counts(events, words.CASE_EVENTS, MAIN_CASE_EVENTS),
        stock=_counts(moves, words.STOCK_MOVES, words.STOCK_MOVES),
        payments=payment_rows(s, store.id, counter, day, cutoff),
        tenders=tender_rows(s, store.id, counter, day),
        cases=case_event_rows(s, store.id, counter, day, cutoff),
        stock_moves=stock_rows(s, store.id, counter, day, cutoff),
        staff_names=names,
    )
