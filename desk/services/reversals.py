"""A supervisor's void or refund of a payment: a new receipt pointing at the original.

A void (same business day) or a refund (a later day) is a new receipt with negative
amounts, its own number in the counter's sequence; the original keeps its number.
Either one moves a case that is still ``paid`` back to ``verified`` (``void_payment``):
a paid case always has a payment standing. A case already submitted keeps its state —
the carrier has it; what happens to it next (cancel, or a new payment) is the clerk's
next step.

Error codes (:class:`~desk.services.errors.DeskError`): ``no_receipt``,
``reason_required``, ``not_a_payment``, ``already_reversed``, ``void_other_day``,
``refund_same_day`` (and the number's own refusals, :func:`desk.core.numbers.parse_number`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.cases import CaseAction, CaseStatus
from desk.core.numbers import parse_number
from desk.core.roles import StaffAction
from desk.core.staff import StaffMember
from desk.core.tenders import SettledTender
from desk.services.case_context import Counter, given_reason, load_case, log, move, require
from desk.services.errors import DeskError
from desk.services.payments import PaymentChange, add_payment
from desk.store.db import Database
from desk.store.payment_models import Payment, PaymentKind, PaymentLine, Tender

__all__ = ["find_receipt", "refund", "void"]


def find_receipt(s: Session, receipt_number: str) -> Payment:
    payment = s.scalar(
        select(Payment).where(Payment.receipt_number == str(parse_number(receipt_number)))
    )
    if payment is None:
        raise DeskError(
            "no_receipt",
            "There is no receipt with this number at this counter.",
            number=receipt_number,
        )
    return payment


def _reverse(
    db: Database,
    counter: Counter,
    member: StaffMember,
    receipt_number: str,
    reason: str,
    kind: PaymentKind,
) -> PaymentChange:
    action = StaffAction.VOID if kind is PaymentKind.VOID else StaffAction.REFUND
    require(member, action)
    what = "void" if kind is PaymentKind.VOID else "refund"
    why = given_reason(reason, f"Please give a reason for the {what}.")
    with db.write() as s:
        original = find_receipt(s, receipt_number)
        if original.kind is not PaymentKind.PAYMENT:
            raise DeskError(
                "not_a_payment",
                f"Receipt {original.receipt_number} is itself a {original.kind.value}: "
                "it cannot be reversed.",
                number=original.receipt_number,
            )
        earlier = s.scalar(select(Payment.receipt_number).where(Payment.original_id == original.id))
        if earlier is not None:
            raise DeskError(
                "already_reversed",
                f"Receipt {original.receipt_number} was already voided or refunded "
                f"(receipt {earlier}).",
                number=original.receipt_number,
                by=earlier,
            )
        today = counter.business_day()
        if kind is PaymentKind.VOID and original.business_day != today:
            raise DeskError(
                "void_other_day",
                "Only a receipt of today can be voided; give a refund for an earlier day's.",
                number=original.receipt_number,
            )
        if kind is PaymentKind.REFUND and original.business_day >= today:
            raise DeskError(
                "refund_same_day",
                "A receipt of today is voided, not refunded.",
                number=original.receipt_number,
            )
        case = load_case(s, original.case_id)
        lines = [
            (line.code, -line.scheduled_minor, -line.amount_minor)
            for line in s.scalars(
                select(PaymentLine)
                .where(PaymentLine.payment_id == original.id)
                .order_by(PaymentLine.seq)
            )
        ]
        tenders = [
            SettledTender(t.kind, -t.amount_minor, reference=t.reference)
            for t in s.scalars(
                select(Tender).where(Tender.payment_id == original.id).order_by(Tender.seq)
            )
        ]
        reversal = add_payment(
            s,
            counter,
            member,
            case,
            kind=kind,
            urgency=original.urgency,
            currency=original.currency,
            lines=lines,
            tenders=tenders,
            approved_by=member.id,
            reason=why,
            language=original.language,
            original=original,
        )
        log(
            s,
            counter,
            member,
            f"payment.{what}",
            f"case:{case.id}",
            receipt=reversal.receipt_number,
            original=original.receipt_number,
            total=reversal.total_minor,
            currency=reversal.currency,
            reason=why,
        )
        if case.status is CaseStatus.PAID:
            move(s, counter, member, case, CaseAction.VOID_PAYMENT, reason=why)
        return PaymentChange(
            case.id,
            case.status,
            reversal.id,
            reversal.kind,
            reversal.receipt_number,
            reversal.total_minor,
            reversal.currency,
            original_number=original.receipt_number,
        )


def void(
    db: Database, counter: Counter, member: StaffMember, receipt_number: str, reason: str
) -> PaymentChange:
    """A supervisor voids a receipt of today: a new receipt (kind ``void``) reverses it."""
    return _reverse(db, counter, member, receipt_number, reason, PaymentKind.VOID)


def refund(
    db: Database, counter: Counter, member: StaffMember, receipt_number: str, reason: str
) -> PaymentChange:
    """A supervisor refunds a receipt of an earlier business day (kind ``refund``), to
    the same tenders it was paid with."""
    return _reverse(db, counter, member, receipt_number, reason, PaymentKind.REFUND)
