"""The tables of the business day: the day itself (opened with a float, closed with a
count), the supervisor's cash in / cash out, the count by denomination, and the
movements of blank SIMs.

A closed day is locked: triggers (migration 0007) refuse any insert, update or delete
of a payment, tender, fee line, case event, cash or stock movement that belongs to it,
whoever tries; the services refuse first, in words (:mod:`desk.services.days`).
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy import UniqueConstraint as Unique
from sqlalchemy.orm import Mapped, mapped_column

from desk.core.day import CashMoveKind, DayStatus
from desk.store.models import Base, UtcDateTime, _enum, _id_column, utcnow


class StockMoveKind(enum.StrEnum):
    RECEIVED = "received"  # a blank SIM came into the store's stock
    ISSUED = "issued"  # given to a case as its new card
    RETURNED = "returned"  # back to stock: the case took another card or was cancelled
    DAMAGED = "damaged"  # out of stock for good


class BusinessDay(Base):
    """One business day of one counter: opened with the float, closed with the count."""

    __tablename__ = "business_day"
    __table_args__ = (
        Unique("store_id", "counter", "day"),
        # One open day per counter.
        Index(
            "ux_business_day_open",
            "store_id",
            "counter",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
        CheckConstraint(
            "(status = 'closed') = (closed_at IS NOT NULL)", name="closed_has_close_time"
        ),
    )

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("store.id"))
    counter: Mapped[int] = mapped_column(Integer)
    day: Mapped[date] = mapped_column(Date)
    status: Mapped[DayStatus] = mapped_column(_enum(DayStatus, "day_status"))
    currency: Mapped[str] = mapped_column(String(3))
    float_minor: Mapped[int] = mapped_column(Integer)
    opened_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The close: what Desk expected, what was counted, the difference and its reason.
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    expected_minor: Mapped[int | None] = mapped_column(Integer)
    counted_minor: Mapped[int | None] = mapped_column(Integer)
    over_short_minor: Mapped[int | None] = mapped_column(Integer)
    close_reason: Mapped[str | None] = mapped_column(Text)


class DayCount(Base):
    """One row of the close's count: so many notes or coins of one value."""

    __tablename__ = "day_count"
    __table_args__ = (Unique("day_id", "denomination_minor"),)

    id: Mapped[uuid.UUID] = _id_column()
    day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("business_day.id"))
    denomination_minor: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)


class CashMovement(Base):
    """A supervisor's cash in or cash out of the drawer, with a reason (append-only)."""

    __tablename__ = "cash_movement"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="positive_amount"),
        Index("ix_cash_movement_day", "store_id", "counter", "business_day"),
    )

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("store.id"))
    counter: Mapped[int] = mapped_column(Integer)
    business_day: Mapped[date] = mapped_column(Date)
    kind: Mapped[CashMoveKind] = mapped_column(_enum(CashMoveKind, "cash_move_kind"))
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    reason: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class StockMovement(Base):
    """A blank SIM received, issued, returned or damaged (append-only)."""

    __tablename__ = "stock_movement"
    __table_args__ = (
        Index("ix_stock_movement_day", "store_id", "counter", "business_day"),
        Index("ix_stock_movement_stock", "stock_id", "at"),
    )

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("store.id"))
    counter: Mapped[int] = mapped_column(Integer)
    business_day: Mapped[date] = mapped_column(Date)
    stock_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sim_stock.id"))
    kind: Mapped[StockMoveKind] = mapped_column(_enum(StockMoveKind, "stock_move_kind"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("replacement_case.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


__all__ = [
    "BusinessDay",
    "CashMoveKind",
    "CashMovement",
    "DayCount",
    "DayStatus",
    "StockMoveKind",
    "StockMovement",
]
