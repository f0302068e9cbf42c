"""The tables of a store's database (SQLAlchemy 2, typed).

Every table that will sync has a UUIDv7 primary key made where the row is born
(:func:`desk.core.ids.uuid7`). Rows marked *local* never leave the store.
Schema changes go through Alembic (``desk/store/migrations``), never ``create_all``.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desk.core.enums import (  # re-exported: the models speak the domain's words
    CardKind,
    DocumentKind,
    LineStatus,
    Role,
    StockStatus,
)
from desk.core.ids import uuid7
from desk.core.notices import NoticeChannel, NoticeKind, NoticeStatus

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment in time: stored as naive UTC, always handed back time-zone aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Desk stores only time-zone aware moments")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _id_column() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid7)


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    # Stored as the plain value, checked by a CHECK constraint, portable to PostgreSQL.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda e: [m.value for m in e],
    )


class Store(Base):
    __tablename__ = "store"

    id: Mapped[uuid.UUID] = _id_column()
    code: Mapped[str] = mapped_column(String(8), unique=True)  # e.g. HK01, in numbers
    name: Mapped[str] = mapped_column(String(120))
    # The same name in traditional characters, for the 繁體中文 UI (None: same as name).
    name_zh_hant: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(2))  # default region for phone numbers
    currency: Mapped[str] = mapped_column(String(3))
    timezone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The heading of a receipt: the address in English, 简体中文 and 繁體中文, the phone.
    address: Mapped[str | None] = mapped_column(String(200))
    address_zh: Mapped[str | None] = mapped_column(String(200))
    address_zh_hant: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))


class LocalSetting(Base):
    """*Local*: facts about this database itself (which store it is, which key)."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("store.id"), index=True)
    login: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    # The name in traditional characters, for the 繁體中文 UI (None: same as display_name).
    display_name_zh_hant: Mapped[str | None] = mapped_column(String(80))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PinLockout(Base):
    """*Local*: wrong PINs in a row for one staff member, and until when they are locked."""

    __tablename__ = "pin_lockout"

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    # Lockouts since the last right PIN: each one locks for longer.
    lockout_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Carrier(Base):
    __tablename__ = "carrier"

    id: Mapped[uuid.UUID] = _id_column()
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_en: Mapped[str] = mapped_column(String(80))
    name_zh: Mapped[str] = mapped_column(String(80))  # simplified characters
    name_zh_hant: Mapped[str] = mapped_column(String(80))  # traditional characters
    region: Mapped[str] = mapped_column(String(2))

    products: Mapped[list[Product]] = relationship(back_populates="carrier")


class Product(Base):
    __tablename__ = "product"

    id: Mapped[uuid.UUID] = _id_column()
    carrier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("carrier.id"), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[str] = mapped_column(String(120))  # simplified characters
    name_zh_hant: Mapped[str] = mapped_column(String(120))  # traditional characters
    card_kind: Mapped[CardKind] = mapped_column(_enum(CardKind, "card_kind"))
    category: Mapped[str] = mapped_column(String(32))  # data, prepaid, number_keeping, ...

    carrier: Mapped[Carrier] = relationship(back_populates="products")


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[uuid.UUID] = _id_column()
    # *Local* integer that ties the row to the name index (customer_search.rowid).
    search_key: Mapped[int] = mapped_column(Integer, unique=True)
    name_zh: Mapped[str | None] = mapped_column(String(40))
    name_en: Mapped[str | None] = mapped_column(String(120))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    contact_email: Mapped[str | None] = mapped_column(String(120))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("store.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    documents: Mapped[list[IdentityDocument]] = relationship(back_populates="customer")
    lines: Mapped[list[Line]] = relationship(back_populates="customer")


class IdentityDocument(Base):
    """An ID document: the number only encrypted, a keyed hash to find it, a masked form."""

    __tablename__ = "identity_document"
    __table_args__ = (Index("ix_identity_document_number_hash", "number_hash"),)

    id: Mapped[uuid.UUID] = _id_column()
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind, "document_kind"))
    issuing_country: Mapped[str | None] = mapped_column(String(3))
    number_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    number_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    number_masked: Mapped[str] = mapped_column(String(24))
    key_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="documents")


class Line(Base):
    """A phone number (MSISDN) of a customer, and the card currently serving it."""

    __tablename__ = "line"
    # The lookup counts the customers behind a range of numbers or card tails: with the
    # customer in the index too, it never has to visit the rows themselves.
    __table_args__ = (
        Index("ix_line_msisdn_customer_id", "msisdn", "customer_id"),
        Index("ix_line_iccid_tail_key", "iccid_tail_key", "customer_id"),
        Index("ix_line_eid_tail_key", "eid_tail_key", "customer_id"),
    )

    id: Mapped[uuid.UUID] = _id_column()
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    msisdn: Mapped[str] = mapped_column(String(20), unique=True)  # E.164
    carrier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("carrier.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    status: Mapped[LineStatus] = mapped_column(_enum(LineStatus, "line_status"))
    sim_change_lock: Mapped[bool] = mapped_column(Boolean, default=False)
    iccid: Mapped[str | None] = mapped_column(String(20), unique=True)
    eid: Mapped[str | None] = mapped_column(String(32))
    # The ICCID's and the EID's digits reversed: find a card by its last digits, indexed.
    iccid_tail_key: Mapped[str | None] = mapped_column(String(20))
    eid_tail_key: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="lines")
    carrier: Mapped[Carrier] = relationship()
    product: Mapped[Product] = relationship()


class SimStock(Base):
    """A blank SIM card in the store's stock."""

    __tablename__ = "sim_stock"

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("store.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"), index=True)
    iccid: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[StockStatus] = mapped_column(_enum(StockStatus, "stock_status"))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


def tail_key(digits: str | None) -> str | None:
    """A card number reversed, so that its last digits are an index prefix."""
    return digits[::-1] if digits else None


__all__ = [
    "Base",
    "CardKind",
    "Carrier",
    "Customer",
    "DocumentKind",
    "IdentityDocument",
    "Line",
    "LineStatus",
    "LocalSetting",
    "Notice",
    "NoticeChannel",
    "NoticeKind",
    "NoticeStatus",
    "PinLockout",
    "Product",
    "Role",
    "SimStock",
    "Staff",
    "StockStatus",
    "Store",
    "tail_key",
    "utcnow",
]


# -- notices (the outbox of messages to customers) ---------------------------------------


class Notice(Base):
    """A message to a customer's registered contact, queued in the transaction of the
    change that caused it and sent later by a channel (:mod:`desk.services.notices`).

    ``case_id`` has no foreign key yet: the case table comes with a later schema.
    While ``status`` is *sending*, ``next_attempt_at`` is the end of the sender's lease:
    a row still *sending* after it was left by a process that died mid-send.
    """

    __tablename__ = "notice"
    __table_args__ = (Index("ix_notice_status_next_attempt_at", "status", "next_attempt_at"),)

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("store.id"), index=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    # Plain text, no CHECK constraint: a new kind of notice needs no migration.
    kind: Mapped[NoticeKind] = mapped_column(
        Enum(
            NoticeKind,
            name="notice_kind",
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    channel: Mapped[NoticeChannel] = mapped_column(_enum(NoticeChannel, "notice_channel"))
    recipient: Mapped[str] = mapped_column(String(120))  # E.164 phone or e-mail address
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    status: Mapped[NoticeStatus] = mapped_column(_enum(NoticeStatus, "notice_status"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(String(500))
    provider_ref: Mapped[str | None] = mapped_column(String(200))  # the id the server gave
