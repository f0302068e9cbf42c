"""Taking the fee for a case (a supervisor's void or refund: :mod:`desk.services.reversals`).

Each call is one transaction (``db.write()``, BEGIN IMMEDIATE) and returns what changed.
:func:`pay` quotes the case again from the fee schedule inside that transaction (what a
screen showed earlier is never trusted), settles the tenders (:mod:`desk.core.tenders`),
takes the next receipt number of the counter's business day, writes the payment, its
lines and tenders, the audit entry, and moves the case to ``paid``. A payment killed
half-way leaves nothing: the number it would have taken is taken by the next one, so
receipt numbers stay gapless.

Error codes (:class:`~desk.services.errors.DeskError`; the core's refusals pass through):
``no_case``, ``no_receipt``, ``fee_currency``, ``override_reason``, ``override_line``,
``override_amount``, ``language``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.cases import CaseAction, CaseStatus
from desk.core.fees import FeeLine, Urgency, quote
from desk.core.ids import uuid7
from desk.core.numbers import format_number
from desk.core.roles import StaffAction
from desk.core.staff import StaffMember
from desk.core.tenders import SettledTender, TenderInput, settle
from desk.services.case_context import Counter, given_reason, load_case, log, move, require
from desk.services.case_intake import supervisor
from desk.services.errors import DeskError
from desk.store.case_models import Case
from desk.store.db import Database
from desk.store.models import Line, Product
from desk.store.payment_models import Payment, PaymentKind, PaymentLine, Tender

__all__ = [
    "LANGUAGES",
    "Override",
    "PaymentChange",
    "Quote",
    "TenderInput",
    "pay",
    "quote_case",
]

LANGUAGES = ("en", "zh_CN", "zh_HK")


@dataclass(frozen=True)
class Quote:
    """What a case costs today: the schedule's lines and their total."""

    lines: tuple[FeeLine, ...]
    total_minor: int
    currency: str
    urgency: Urgency


@dataclass(frozen=True)
class Override:
    """A supervisor's change to the fee, approved with their own PIN at the counter.

    ``amounts``: the amount to charge per line code (a code left out is charged as
    scheduled; never more than scheduled). ``None`` waives every line (all zero).
    Wrong PINs count toward the supervisor's lockout, as at the login.
    """

    supervisor_id: uuid.UUID
    pin: str
    reason: str
    amounts: Mapping[str, int] | None = None


@dataclass(frozen=True)
class PaymentChange:
    """What a payment, void or refund changed: the app broadcasts it, views refresh."""

    case_id: uuid.UUID
    status: CaseStatus  # the case's, afterwards
    payment_id: uuid.UUID
    kind: PaymentKind
    receipt_number: str
    total_minor: int
    currency: str
    change_minor: int = 0  # cash handed back
    original_number: str | None = None  # a void's or refund's original receipt


def _product_code(s: Session, case: Case) -> str:
    code = s.scalar(
        select(Product.code)
        .join(Line, Line.product_id == Product.id)
        .where(Line.id == case.line_id)
    )
    assert code is not None
    return code


def _quote(s: Session, counter: Counter, case: Case, urgency: Urgency, day: date) -> Quote:
    schedule = counter.fees
    if schedule.currency != counter.store.currency:
        raise DeskError(
            "fee_currency",
            f"The fee schedule is in {schedule.currency} but this store takes "
            f"{counter.store.currency}: ask head office for the store's schedule.",
            schedule=schedule.currency,
            store=counter.store.currency,
        )
    lines = quote(
        schedule,
        carrier=case.carrier_code,
        product=_product_code(s, case),
        reason=case.reason,
        urgency=Urgency(urgency),
        courier=case.handover is not None and case.handover.value == "courier",
        day=day,
    )
    return Quote(lines, sum(line.amount_minor for line in lines), schedule.currency, urgency)


def quote_case(db: Database, counter: Counter, case_id: uuid.UUID, urgency: Urgency) -> Quote:
    """The fee of the case today, as :func:`pay` will charge it (without an override)."""
    with db.read() as s:
        return _quote(s, counter, load_case(s, case_id), urgency, counter.business_day())


def _charged(lines: Sequence[FeeLine], override: Override | None) -> list[int]:
    if override is None:
        return [line.amount_minor for line in lines]
    if override.amounts is None:
        return [0 for _ in lines]
    codes = {line.code for line in lines}
    unknown = sorted(set(override.amounts) - codes)
    if unknown:
        raise DeskError(
            "override_line",
            f"This case's fee has no line {unknown[0]!r}.",
            code_found=unknown[0],
        )
    out = []
    for line in lines:
        amount = override.amounts.get(line.code, line.amount_minor)
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise TypeError("an override amount is an int of minor units, never a float")
        if not 0 <= amount <= line.amount_minor:
            raise DeskError(
                "override_amount",
                "A supervisor may lower a fee to anything from zero to the scheduled amount, "
                "not raise it.",
                line=line.code,
                scheduled=line.amount_minor,
                found=amount,
            )
        out.append(amount)
    return out


def _next_sequence(s: Session, counter: Counter, day: date) -> int:
    """The next receipt number of the counter's day: read inside the write transaction
    (BEGIN IMMEDIATE: no other writer in between), so numbers are gapless and unique."""
    last = s.scalar(
        select(func.max(Payment.sequence)).where(
            Payment.store_id == counter.store.id,
            Payment.counter == counter.number,
            Payment.business_day == day,
        )
    )
    return (last or 0) + 1


def add_payment(
    s: Session,
    counter: Counter,
    member: StaffMember,
    case: Case,
    *,
    kind: PaymentKind,
    urgency: Urgency,
    currency: str,
    lines: Sequence[tuple[str, int, int]],  # code, scheduled, charged
    tenders: Sequence[SettledTender],
    approved_by: uuid.UUID | None,
    reason: str | None,
    language: str,
    original: Payment | None = None,
) -> Payment:
    day = counter.business_day()
    sequence = _next_sequence(s, counter, day)
    payment = Payment(
        id=uuid7(),
        store_id=counter.store.id,
        counter=counter.number,
        business_day=day,
        kind=kind,
        receipt_number=format_number(counter.store.code, counter.number, day, sequence),
        sequence=sequence,
        case_id=case.id,
        original_id=original.id if original else None,
        urgency=urgency,
        total_minor=sum(charged for _c, _s, charged in lines),
        scheduled_total_minor=sum(scheduled for _c, scheduled, _a in lines),
        currency=currency,
        staff_id=member.id,
        approved_by=approved_by,
        reason=reason,
        language=language,
        at=counter.now(),
    )
    s.add(payment)
    for n, (code, scheduled, charged) in enumerate(lines, start=1):
        s.add(
            PaymentLine(
                payment_id=payment.id,
                seq=n,
                code=code,
                scheduled_minor=scheduled,
                amount_minor=charged,
            )
        )
    for n, t in enumerate(tenders, start=1):
        s.add(
            Tender(
                payment_id=payment.id,
                seq=n,
                kind=t.kind,
                amount_minor=t.amount_minor,
                given_minor=t.given_minor,
                change_minor=t.change_minor,
                reference=t.reference,
            )
        )
    return payment


def pay(
    db: Database,
    counter: Counter,
    member: StaffMember,
    case_id: uuid.UUID,
    *,
    urgency: Urgency,
    tenders: Sequence[TenderInput],
    override: Override | None = None,
    language: str = "en",
) -> PaymentChange:
    """Take the case's fee with ``tenders`` (see the module doc): one transaction."""
    require(member, CaseAction.PAY)
    if language not in LANGUAGES:
        raise DeskError("language", "The receipt's language should be en, zh_CN or zh_HK.")
    approver: StaffMember | None = None
    why: str | None = None
    if override is not None:
        why = given_reason(
            override.reason, "Say why the fee is waived or lowered.", "override_reason"
        )
        # Its own transaction: a wrong PIN is counted even though the payment fails.
        approver = supervisor(
            db, override.supervisor_id, override.pin, counter.cipher.pin_pepper, counter.now()
        )
        require(approver, StaffAction.WAIVE_FEE)
    with db.write() as s:
        case = load_case(s, case_id)
        move(s, counter, member, case, CaseAction.PAY)  # refused unless verified
        quoted = _quote(s, counter, case, urgency, counter.business_day())
        charged = _charged(quoted.lines, override)
        settled = settle(sum(charged), tenders, counter.tenders)
        lines = [
            (line.code, line.amount_minor, amount)
            for line, amount in zip(quoted.lines, charged, strict=True)
        ]
        payment = add_payment(
            s,
            counter,
            member,
            case,
            kind=PaymentKind.PAYMENT,
            urgency=Urgency(urgency),
            currency=quoted.currency,
            lines=lines,
            tenders=settled,
            approved_by=approver.id if approver else None,
            reason=why,
            language=language,
        )
        change = sum(t.change_minor or 0 for t in settled)
        log(
            s,
            counter,
            member,
            "payment.paid",
            f"case:{case.id}",
            receipt=payment.receipt_number,
            urgency=urgency,
            currency=payment.currency,
            total=payment.total_minor,
            scheduled=payment.scheduled_total_minor,
            lines={code: [scheduled, amount] for code, scheduled, amount in lines},
            tenders=[[t.kind, t.amount_minor] for t in settled],
            change=change,
            approved_by=approver.id if approver else None,
            reason=why,
        )
        return PaymentChange(
            case.id,
            case.status,
            payment.id,
            payment.kind,
            payment.receipt_number,
            payment.total_minor,
            payment.currency,
            change,
        )
