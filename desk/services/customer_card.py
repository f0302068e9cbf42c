"""The customer card: what the clerk sees on opening a customer from the lookup."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from desk.core import identifiers as ids
from desk.services.errors import DeskError
from desk.store.db import Database
from desk.store.models import (
    CardKind,
    Carrier,
    Customer,
    DocumentKind,
    IdentityDocument,
    Line,
    LineStatus,
    Product,
)


@dataclass(frozen=True)
class DocumentSummary:
    kind: DocumentKind
    masked: str
    issuing_country: str | None


@dataclass(frozen=True)
class LineDetail:
    id: uuid.UUID
    msisdn: str
    carrier_en: str
    carrier_zh: str
    product_en: str
    product_zh: str
    card_kind: CardKind
    status: LineStatus
    sim_change_lock: bool


@dataclass(frozen=True)
class CustomerCard:
    id: uuid.UUID
    name_zh: str | None
    name_en: str | None
    contact_phone_masked: str | None
    contact_email_masked: str | None
    documents: tuple[DocumentSummary, ...]
    lines: tuple[LineDetail, ...]
    cases: tuple[object, ...] = ()  # the replacement cases arrive with the case issue


def mask_email(email: str) -> str:
    local, at, domain = email.partition("@")
    if not at:
        return email[:1] + "***"
    return f"{local[:1]}***@{domain}"


def customer_card(db: Database, customer_id: uuid.UUID) -> CustomerCard:
    with db.read() as s:
        c = s.get(Customer, customer_id)
        if c is None:
            raise DeskError("no_customer", "This customer is no longer in this store's records.")
        docs = tuple(
            DocumentSummary(d.kind, d.number_masked, d.issuing_country)
            for d in s.scalars(
                select(IdentityDocument)
                .where(IdentityDocument.customer_id == customer_id)
                .order_by(IdentityDocument.created_at)
            )
        )
        lines = tuple(
            LineDetail(
                line.id,
                line.msisdn,
                carrier.name_en,
                carrier.name_zh,
                product.name_en,
                product.name_zh,
                product.card_kind,
                line.status,
                line.sim_change_lock,
            )
            for line, carrier, product in s.execute(
                select(Line, Carrier, Product)
                .join(Carrier, Carrier.id == Line.carrier_id)
                .join(Product, Product.id == Line.product_id)
                .where(Line.customer_id == customer_id)
                .order_by(Line.msisdn)
            )
        )
        return CustomerCard(
            c.id,
            c.name_zh,
            c.name_en,
            ids.mask("phone", c.contact_phone) if c.contact_phone else None,
            mask_email(c.contact_email) if c.contact_email else None,
            docs,
            lines,
        )
