"""The business day of a counter: opened with the float, moved by a supervisor's cash in
and cash out, closed with the drawer's count, then locked.

Every payment, void, refund, stock movement and case event carries the business day
it happened in: :func:`open_day_date` is the one answer to "which day is it at this
counter" — the open day, which goes on past midnight until a supervisor closes it.
Closing (:func:`close_day`) is one transaction: the count, the over/short, the day's
files (Z report and exports, written by the caller's ``write_files`` inside that
transaction, so that a failed file leaves the day open) and the lock. The database's
triggers (migration 0007) refuse any later change to the closed day, whoever asks.

Error codes (:class:`~desk.services.errors.DeskError`; the core's refusals pass
through): ``day_not_open``, ``day_open_already``, ``day_closed``, ``cash_move_amount``,
``reason_required``, ``count_required``, ``supervisor_required``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.day import CashFlow, CashMoveKind, DayStatus, check_difference, count_total, next_day
from desk.core.roles import StaffAction
from desk.core.staff import StaffMember, StoreInfo
from desk.services.case_context import Counter, given_reason, log, require
from desk.services.errors import DeskError
from desk.store.case_models import Case
from desk.store.day_models import BusinessDay, CashMovement, DayCount
from desk.store.db import Database
from desk.store.payment_models import Payment, Tender

__all__ = [
    "DayClosed",
    "DaySummary",
    "cash_flow",
    "cash_move",
    "close_day",
    "open_day",
    "open_day_date",
    "summary",
]

CASH = "cash"


def _open_row(s: Session, store_id: uuid.UUID, counter: int) -> BusinessDay | None:
    return s.scalar(
        select(BusinessDay).where(
            BusinessDay.store_id == store_id,
            BusinessDay.counter == counter,
            BusinessDay.status == DayStatus.OPEN,
        )
    )


def _not_open() -> DeskError:
    return DeskError(
        "day_not_open",
        "The business day is not open at this counter: open it on the Day page (F5), with "
        "the float in the drawer.",
    )


def open_day_date(db: Database, store: StoreInfo, counter: int) -> date | None:
    """The open business day of this counter, or None when none is open."""
    with db.read() as s:
        row = _open_row(s, store.id, counter)
        return row.day if row else None


def required_day(db: Database, store: StoreInfo, counter: int) -> date:
    """The open business day, which every write of the counter belongs to; refused in
    words when the day is not open (the composition root's ``Counter.business_day``)."""
    day = open_day_date(db, store, counter)
    if day is None:
        raise _not_open()
    return day


def _day_row(s: Session, counter: Counter) -> BusinessDay:
    row = _open_row(s, counter.store.id, counter.number)
    if row is None or row.day != counter.business_day():
        raise _not_open()
    return row


def open_day(
    db: Database, counter: Counter, member: StaffMember, float_minor: int, today: date
) -> date:
    """Open the counter's next business day with ``float_minor`` in the drawer: today,
    or the day after the last one closed if that was today already."""
    require(member, StaffAction.OPEN_DAY)
    if float_minor < 0:
        raise DeskError("cash_move_amount", "The float cannot be below zero.")
    with db.write() as s:
        if _open_row(s, counter.store.id, counter.number) is not None:
            raise DeskError("day_open_already", "A business day is open at this counter already.")
        last = s.scalar(
            select(func.max(BusinessDay.day)).where(
                BusinessDay.store_id == counter.store.id, BusinessDay.counter == counter.number
            )
        )
        day = next_day(today, last)
        s.add(
            BusinessDay(
                store_id=counter.store.id,
                counter=counter.number,
                day=day,
                status=DayStatus.OPEN,
                currency=counter.store.currency,
                float_minor=float_minor,
                opened_by=member.id,
                opened_at=counter.now(),
            )
        )
        log(s, counter, member, "day.open", f"day:{day.isoformat()}", float=float_minor)
        return day


def cash_move(
    db: Database,
    counter: Counter,
    member: StaffMember,
    kind: CashMoveKind,
    amount_minor: int,
    reason: str,
) -> None:
    """A supervisor puts cash into the drawer or takes it out (a bank drop), with a reason."""
    require(member, StaffAction.CASH_MOVE)
    if amount_minor <= 0:
        raise DeskError("cash_move_amount", "Type the amount of cash moved, above zero.")
    why = given_reason(reason, "Please say why the cash goes in or out.")
    with db.write() as s:
        row = _day_row(s, counter)
        s.add(
            CashMovement(
                store_id=counter.store.id,
                counter=counter.number,
                business_day=row.day,
                kind=kind,
                amount_minor=amount_minor,
                currency=row.currency,
                reason=why,
                staff_id=member.id,
                at=counter.now(),
            )
        )
        log(
            s,
            counter,
            member,
            f"day.cash_{kind.value}",
            f"day:{row.day.isoformat()}",
            amount=amount_minor,
            reason=why,
        )


def cash_flow(s: Session, store_id: uuid.UUID, counter: int, day: BusinessDay) -> CashFlow:
    """What went through the drawer on ``day``: the float, cash tenders, cash moves."""
    tenders = s.scalars(
        select(Tender.amount_minor)
        .join(Payment, Payment.id == Tender.payment_id)
        .where(
            Payment.store_id == store_id,
            Payment.counter == counter,
            Payment.business_day == day.day,
            Tender.kind == CASH,
        )
    )
    moves = s.execute(
        select(CashMovement.kind, CashMovement.amount_minor).where(
            CashMovement.store_id == store_id,
            CashMovement.counter == counter,
            CashMovement.business_day == day.day,
        )
    )
    return CashFlow.of(day.float_minor, tenders, [(k, a) for k, a in moves])


@dataclass(frozen=True)
class OpenCase:
    id: uuid.UUID
    application_number: str | None
    status: str
    opened_day: date


@dataclass(frozen=True)
class DaySummary:
    """The Day page: the open day, what the drawer should hold, the cases carried over."""

    day: date
    currency: str
    flow: CashFlow
    opened_at: datetime
    open_cases: tuple[OpenCase, ...]

    @property
    def expected(self) -> int:
        return self.flow.expected


def summary(db: Database, counter: Counter) -> DaySummary | None:
    """The open day's figures, or None when no day is open."""
    with db.read() as s:
        row = _open_row(s, counter.store.id, counter.number)
        if row is None:
            return None
        return DaySummary(
            day=row.day,
            currency=row.currency,
            flow=cash_flow(s, counter.store.id, counter.number, row),
            opened_at=row.opened_at,
            open_cases=_open_cases(s, counter),
        )


def _open_cases(s: Session, counter: Counter) -> tuple[OpenCase, ...]:
    from desk.core.cases import OPEN

    rows = s.execute(
        select(Case.id, Case.application_number, Case.status, Case.opened_day)
        .where(Case.store_id == counter.store.id, Case.status.in_(list(OPEN)))
        .order_by(Case.opened_at)
    )
    return tuple(OpenCase(i, n, st.value, d) for i, n, st, d in rows)


@dataclass(frozen=True)
class DayClosed:
    day: date
    expected_minor: int
    counted_minor: int
    over_short_minor: int
    currency: str


def close_day(
    db: Database,
    counter: Counter,
    member: StaffMember,
    *,
    counted: Mapping[int, int] | None = None,
    counted_total: int | None = None,
    reason: str | None = None,
    limit_minor: int = 0,
    write_files: Callable[[Session, BusinessDay], None] | None = None,
) -> DayClosed:
    """A supervisor closes the open day with the drawer's count (by denomination, or a
    total): the difference above ``limit_minor`` needs a reason; ``write_files`` writes
    the Z report and exports from this transaction; then the day is locked."""
    require(member, StaffAction.CLOSE_DAY)
    if (counted is None) == (counted_total is None):
        raise DeskError("count_required", "Count the drawer by notes and coins, or type its total.")
    with db.write() as s:
        row = _day_row(s, counter)
        total = count_total(row.currency, counted) if counted is not None else counted_total
        assert total is not None
        if total < 0:
            raise DeskError("cash_move_amount", "The counted cash cannot be below zero.")
        expected = cash_flow(s, counter.store.id, counter.number, row).expected
        why = " ".join((reason or "").split()) or None
        difference = check_difference(expected, total, limit_minor, why)
        if why is not None:
            why = given_reason(why, "Please give a reason.")
        for value, quantity in sorted((counted or {}).items(), reverse=True):
            s.add(DayCount(day_id=row.id, denomination_minor=value, quantity=quantity))
        s.flush()  # the count before the lock: the triggers refuse it after
        row.status = DayStatus.CLOSED
        row.closed_by = member.id
        row.closed_at = counter.now()
        row.expected_minor, row.counted_minor = expected, total
        row.over_short_minor, row.close_reason = difference, why
        s.flush()
        log(
            s,
            counter,
            member,
            "day.close",
            f"day:{row.day.isoformat()}",
            expected=expected,
            counted=total,
            over_short=difference,
            reason=why,
        )
        if write_files is not None:
            write_files(s, row)
        return DayClosed(row.day, expected, total, difference, row.currency)
