"""The tables of the replacement case: cases, their transitions and checks, line events,
supervisor approvals, one-time codes, and the audit trail.

Facts are never edited: a transition, a check, a line event, an approval and an audit
entry are rows added once. The case row carries the case's *current* state and what the
clerk chose (card, handover), so that queues and cards read one row; its history is
``case_event``. Rows that sync have a UUIDv7 key, the store, and a business day where
one belongs.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.core.cases import CaseReason, CaseStatus, Handover
from desk.store.models import Base, CardKind, UtcDateTime, _enum, _id_column, utcnow


class Case(Base):
    """One replacement request (补卡申请) for one line of one customer."""

    __tablename__ = "replacement_case"
    __table_args__ = (
        Index("ix_replacement_case_line_status", "line_id", "status"),
        Index("ix_replacement_case_status_opened", "status", "opened_at"),
        Index("ix_replacement_case_customer", "customer_id", "opened_at"),
    )

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("store.id"))
    counter: Mapped[int] = mapped_column(Integer)  # 1-9: which Desk of the store
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"))
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("line.id"))
    carrier_code: Mapped[str] = mapped_column(String(16))  # for the checklist and filters
    reason: Mapped[CaseReason] = mapped_column(_enum(CaseReason, "case_reason"))
    status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus, "case_status"))
    card_kind: Mapped[CardKind] = mapped_column(_enum(CardKind, "case_card_kind"))
    proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    # The card being replaced, kept as it was when the case was opened.
    old_iccid: Mapped[str | None] = mapped_column(String(20))
    old_eid: Mapped[str | None] = mapped_column(String(32))
    # The new card: a blank SIM from stock (never to two cases) or an eSIM for a device.
    new_stock_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sim_stock.id"), unique=True)
    new_iccid: Mapped[str | None] = mapped_column(String(20))
    new_eid: Mapped[str | None] = mapped_column(String(32))
    device_brand: Mapped[str | None] = mapped_column(String(40))
    device_model: Mapped[str | None] = mapped_column(String(60))
    old_device_present: Mapped[bool | None] = mapped_column(Boolean)
    # The eSIM activation code downloads the profile: kept sealed like an ID number.
    activation_code_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    activation_code_masked: Mapped[str | None] = mapped_column(String(200))
    handover: Mapped[Handover | None] = mapped_column(_enum(Handover, "handover"))
    courier_address: Mapped[str | None] = mapped_column(Text)
    tracking_number: Mapped[str | None] = mapped_column(String(60))
    application_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    opened_day: Mapped[date] = mapped_column(Date)
    submitted_day: Mapped[date | None] = mapped_column(Date)
    opened_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CaseEvent(Base):
    """One transition of a case: who, when, why (append-only)."""

    __tablename__ = "case_event"
    __table_args__ = (
        UniqueConstraint("case_id", "seq"),
        Index("ix_case_event_day", "business_day", "counter"),
    )

    id: Mapped[uuid.UUID] = _id_column()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("replacement_case.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, ... within the case
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[CaseStatus | None] = mapped_column(_enum(CaseStatus, "event_from"))
    to_status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus, "event_to"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The counter and business day it happened in (None only before schema 0007).
    counter: Mapped[int | None] = mapped_column(Integer)
    business_day: Mapped[date | None] = mapped_column(Date)


class Verification(Base):
    """One checklist item checked for a case, passed or failed: never the typed secret or
    ID number; for a failed ID check, the keyed hash of the document it was tried on."""

    __tablename__ = "verification"
    __table_args__ = (
        Index("ix_verification_line_failed", "line_id", "passed", "at"),
        Index("ix_verification_document_failed", "document_hash", "passed", "at"),
    )

    id: Mapped[uuid.UUID] = _id_column()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("replacement_case.id"), index=True)
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("line.id"))
    item: Mapped[str] = mapped_column(String(32))
    passed: Mapped[bool] = mapped_column(Boolean)
    method: Mapped[str | None] = mapped_column(String(32))
    failure: Mapped[str | None] = mapped_column(String(32))
    document_hash: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class LineEvent(Base):
    """Something done to a line outside a case's transitions (append-only): reported
    lost, suspension lifted, SIM-change lock lifted, failure lock cleared, new card."""

    __tablename__ = "line_event"
    __table_args__ = (Index("ix_line_event_line_action", "line_id", "action", "at"),)

    id: Mapped[uuid.UUID] = _id_column()
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("line.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("replacement_case.id"))
    action: Mapped[str] = mapped_column(String(32))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Approval(Base):
    """A supervisor's approval at the clerk's counter, tied to one action on one case."""

    __tablename__ = "approval"

    id: Mapped[uuid.UUID] = _id_column()
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("replacement_case.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))  # what was approved (a guard code, ...)
    supervisor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    requested_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CaseCode(Base):
    """*Local*: the one-time code sent for a case, only as its keyed hash."""

    __tablename__ = "case_code"

    id: Mapped[uuid.UUID] = _id_column()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("replacement_case.id"), index=True)
    digest: Mapped[bytes] = mapped_column(LargeBinary(32))
    salt: Mapped[bytes] = mapped_column(LargeBinary(16))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    wrong: Mapped[int] = mapped_column(Integer, default=0)
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditRecord(Base):
    """The append-only, hash-chained audit trail (:mod:`desk.core.audit`)."""

    __tablename__ = "audit_entry"

    id: Mapped[uuid.UUID] = _id_column()
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    store_code: Mapped[str] = mapped_column(String(8))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(80))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON
    hash: Mapped[str] = mapped_column(String(64))


__all__ = [
    "Approval",
    "AuditRecord",
    "Case",
    "CaseCode",
    "CaseEvent",
    "LineEvent",
    "Verification",
]
