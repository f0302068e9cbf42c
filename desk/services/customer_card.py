"""The customer card: what the clerk sees on opening a customer from the lookup.

Masking, one rule for the whole card (applied in :func:`customer_card`):

- **Lines are shown in full.** The clerk must tell which line is to be replaced, the
  customer has just said (or the scanner read) the number, and the lookup results
  list every line in full already: masking them here would hide nothing.
- **The contact phone is masked** (``+852 6611 ****``) — unless it *is* one of the
  customer's lines, which the card shows in full anyway; then it is shown in full and
  marked as that line (``contact_phone_is_line``), so the card never shows one number
  both masked and in full.
- **The e-mail address is masked** (``t***@example.com``): it is never a line.
- **ID numbers are masked** as stored (``A123***(3)``); cards (ICCID, EID) show only
  their last digits (``…510720``), enough to match the card in the customer's hand.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from desk.core.staff import StaffMember
    from desk.services.case_context import Counter

CARD_TAIL = 6  # digits of an ICCID or EID shown on the card


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
    carrier_zh_hant: str | None = None
    product_zh_hant: str | None = None
    iccid: str | None = None  # full, for matching what was scanned; shown as card_tail
    eid: str | None = None

    @property
    def card_tail(self) -> str | None:
        """The last digits of the card serving the line (EID for an eSIM), e.g. ``…510720``."""
        number = self.eid if self.card_kind == CardKind.ESIM and self.eid else self.iccid
        return f"…{number[-CARD_TAIL:]}" if number else None


@dataclass(frozen=True)
class CustomerCard:
    id: uuid.UUID
    name_zh: str | None
    name_en: str | None
    contact_phone_masked: str | None  # in full when it is one of the lines (see above)
    contact_email_masked: str | None
    documents: tuple[DocumentSummary, ...]
    lines: tuple[LineDetail, ...]
    cases: tuple[object, ...] = ()  # case_views.CaseRow, newest first (view_customer)
    contact_phone_is_line: bool = False


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
                carrier.name_zh_hant,
                product.name_zh_hant,
                line.iccid,
                line.eid,
            )
            for line, carrier, product in s.execute(
                select(Line, Carrier, Product)
                .join(Carrier, Carrier.id == Line.carrier_id)
                .join(Product, Product.id == Line.product_id)
                .where(Line.customer_id == customer_id)
                .order_by(Line.msisdn)
            )
        )
        # The masking rule of the module docstring: a contact phone that is one of
        # the lines is shown in full, as the line is; any other is masked.
        is_line = c.contact_phone is not None and any(ln.msisdn == c.contact_phone for ln in lines)
        phone = c.contact_phone
        return CustomerCard(
            c.id,
            c.name_zh,
            c.name_en,
            (phone if is_line else ids.mask("phone", phone)) if phone else None,
            mask_email(c.contact_email) if c.contact_email else None,
            docs,
            lines,
            contact_phone_is_line=is_line,
        )


def view_customer(
    db: Database, counter: Counter, member: StaffMember, customer_id: uuid.UUID
) -> CustomerCard:
    """The card as the clerk sees it, with the customer's cases: every view is in the
    audit trail (``customer.view``, with staff and store), recorded in its own write
    transaction before anything of the customer is read. A customer no longer in the
    records is refused, and nothing is recorded."""
    from desk.services import audit
    from desk.services.case_views import cases_of_customer

    with db.write() as s:
        if s.get(Customer, customer_id) is None:
            raise DeskError("no_customer", "This customer is no longer in this store's records.")
        audit.record(
            s,
            store_code=counter.store.code,
            staff_id=member.id,
            action="customer.view",
            subject=f"customer:{customer_id}",
            now=counter.now(),
        )
    card = customer_card(db, customer_id)
    return replace(card, cases=cases_of_customer(db, customer_id))


def found_line(lines: tuple[LineDetail, ...], how: str, query: str) -> uuid.UUID | None:
    """The line the lookup found the customer by (``how`` is the lookup row's
    ``matched_by``: phone, iccid or eid), or None when it found the person (name, ID)."""
    digits = "".join(ch for ch in query if ch.isdigit())
    if not digits:
        return None
    for ln in lines:
        if how == "phone":
            number = ln.msisdn.lstrip("+")
            # as typed with its country code, or nationally (after a 1-3 digit code)
            if any(number[cc:].startswith(digits) for cc in (0, 1, 2, 3)):
                return ln.id
        elif how in ("iccid", "eid"):
            card = ln.iccid if how == "iccid" else ln.eid
            if card and card.upper().removesuffix("F").endswith(digits):
                return ln.id
    return None
