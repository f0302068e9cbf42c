"""The tables of money: payments (and their voids and refunds), their fee lines and
tenders, and every print of a receipt or an application form.

All append-only: a payment is never edited; a void or a refund is a new ``payment``
row (kind ``void`` / ``refund``, negative totals) pointing at the one it reverses, with
its own receipt number. Receipt numbers are gapless per counter and business day
(``store_id, counter, business_day, sequence`` unique); a payment is reversed at most
once (``original_id`` unique).
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.core.fees import Urgency
from desk.store.models import Base, UtcDateTime, _enum, _id_column, utcnow


class PaymentKind(enum.StrEnum):
    PAYMENT = "payment"
    VOID = "void"  # the same business day: the receipt is cancelled
    REFUND = "refund"  # a later business day: the money goes back


class PrintKind(enum.StrEnum):
    RECEIPT = "receipt"
    FORM = "form"


class Payment(Base):
    """One receipt: a payment for a case, or the void or refund of one."""

    __tablename__ = "payment"
    __table_args__ = (
        UniqueConstraint("store_id", "counter", "business_day", "sequence"),
        CheckConstraint(
            "(kind = 'payment') = (original_id IS NULL)", name="reversal_points_at_original"
        ),
        Index("ix_payment_case_id", "case_id", "at"),
        Index("ix_payment_business_day", "business_day", "counter"),
    )

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("store.id"))
    counter: Mapped[int] = mapped_column(Integer)
    business_day: Mapped[date] = mapped_column(Date)
    kind: Mapped[PaymentKind] = mapped_column(_enum(PaymentKind, "payment_kind"))
    receipt_number: Mapped[str] = mapped_column(String(32), unique=True)
    sequence: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("replacement_case.id"))
    original_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payment.id"), unique=True)
    urgency: Mapped[Urgency] = mapped_column(_enum(Urgency, "urgency"))
    total_minor: Mapped[int] = mapped_column(Integer)  # what was charged (negative: reversal)
    scheduled_total_minor: Mapped[int] = mapped_column(Integer)  # what the schedule said
    currency: Mapped[str] = mapped_column(String(3))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(Text)  # of a waiver, a void or a refund
    language: Mapped[str] = mapped_column(String(8))  # the receipt's language
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PaymentLine(Base):
    """One fee line of a payment: the schedule's amount and what was charged."""

    __tablename__ = "payment_line"
    __table_args__ = (UniqueConstraint("payment_id", "seq"),)

    id: Mapped[uuid.UUID] = _id_column()
    payment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payment.id"))
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, ... as the schedule lists them
    code: Mapped[str] = mapped_column(String(32))
    scheduled_minor: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(Integer)


class Tender(Base):
    """One way the customer paid (or was paid back)."""

    __tablename__ = "tender"
    __table_args__ = (UniqueConstraint("payment_id", "seq"),)

    id: Mapped[uuid.UUID] = _id_column()
    payment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payment.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # a setting: cash, card, alipay, ...
    amount_minor: Mapped[int] = mapped_column(Integer)  # towards the total
    given_minor: Mapped[int | None] = mapped_column(Integer)  # cash handed over
    change_minor: Mapped[int | None] = mapped_column(Integer)  # cash handed back
    reference: Mapped[str | None] = mapped_column(String(40))


class DocumentPrint(Base):
    """One print of a receipt or an application form: copy 0 is the original."""

    __tablename__ = "document_print"
    __table_args__ = (UniqueConstraint("kind", "number", "copy_number"),)

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("store.id"))
    kind: Mapped[PrintKind] = mapped_column(_enum(PrintKind, "print_kind"))
    number: Mapped[str] = mapped_column(String(32))  # receipt or application number
    copy_number: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


__all__ = ["DocumentPrint", "Payment", "PaymentKind", "PaymentLine", "PrintKind", "Tender"]
