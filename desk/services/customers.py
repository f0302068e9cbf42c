"""Adding customers with their ID documents and lines (used by intake, sync, tests)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from desk.core import identifiers as ids
from desk.core.names import search_terms
from desk.store import name_index
from desk.store.db import Database
from desk.store.keys import IdCipher
from desk.store.models import (
    Carrier,
    Customer,
    DocumentKind,
    IdentityDocument,
    Line,
    LineStatus,
    Product,
    tail_key,
)

_PARSERS = {
    DocumentKind.HKID: ids.parse_hkid,
    DocumentKind.CN_RIC: ids.parse_cn_ric,
    DocumentKind.PASSPORT: ids.parse_passport_number,
}


@dataclass(frozen=True)
class NewLine:
    msisdn: str
    product_code: str
    iccid: str | None = None
    eid: str | None = None
    status: LineStatus = LineStatus.ACTIVE
    sim_change_lock: bool = False


@dataclass(frozen=True)
class NewDocument:
    kind: DocumentKind
    number: str
    issuing_country: str | None = None


def normalise_document(kind: DocumentKind, number: str) -> str:
    """The stored form of a document number (raises InvalidIdentifier)."""
    parser = _PARSERS.get(kind)
    return parser(number) if parser else number.strip().upper()


SHORT_OTHER_ID = 6  # an "other" ID this short is hidden whole


def mask_document(kind: DocumentKind, number: str) -> str:
    """The number as screens and paper show it.

    An "other" ID has no known shape, so at least half of it is hidden: up to two
    characters at each end of a long one, none at all of a short one (``AB12`` would
    otherwise be shown as itself).
    """
    if kind is DocumentKind.OTHER:
        if len(number) <= SHORT_OTHER_ID:
            return "*" * len(number)
        keep = min(2, len(number) // 4)
        return number[:keep] + "*" * (len(number) - 2 * keep) + number[-keep:]
    return ids.mask(kind.value, number)


def document_row(cipher: IdCipher, customer_id: uuid.UUID, doc: NewDocument) -> IdentityDocument:
    number = normalise_document(doc.kind, doc.number)
    return IdentityDocument(
        customer_id=customer_id,
        kind=doc.kind,
        issuing_country=doc.issuing_country,
        number_encrypted=cipher.encrypt(doc.kind.value, number),
        number_hash=cipher.hash(doc.kind.value, number),
        number_masked=mask_document(doc.kind, number),
        key_id=cipher.key_id,
    )


def add_customer(
    db: Database,
    cipher: IdCipher,
    *,
    name_zh: str | None = None,
    name_en: str | None = None,
    contact_phone: str | None = None,
    contact_email: str | None = None,
    documents: Sequence[NewDocument] = (),
    lines: Sequence[NewLine] = (),
    region: str = "HK",
) -> uuid.UUID:
    """One new customer, in one transaction; identifiers are checked and normalised."""
    if not (name_zh or name_en):
        raise ValueError("a customer needs a Chinese or a Latin name")
    with db.write() as s:
        next_key = (s.scalar(select(func.max(Customer.search_key))) or 0) + 1
        customer = Customer(
            search_key=next_key,
            name_zh=name_zh,
            name_en=name_en,
            contact_phone=ids.parse_phone(contact_phone, region) if contact_phone else None,
            contact_email=contact_email,
        )
        s.add(customer)
        s.flush()
        for doc in documents:
            s.add(document_row(cipher, customer.id, doc))
        for new in lines:
            product = s.scalar(select(Product).where(Product.code == new.product_code))
            if product is None:
                raise ValueError(f"no product {new.product_code}")
            carrier = s.get(Carrier, product.carrier_id)
            assert carrier is not None
            iccid = ids.parse_iccid(new.iccid) if new.iccid else None
            eid = ids.parse_eid(new.eid) if new.eid else None
            s.add(
                Line(
                    customer_id=customer.id,
                    msisdn=ids.parse_phone(new.msisdn, carrier.region),
                    carrier_id=carrier.id,
                    product_id=product.id,
                    status=new.status,
                    sim_change_lock=new.sim_change_lock,
                    iccid=iccid,
                    eid=eid,
                    iccid_tail_key=tail_key(iccid),
                    eid_tail_key=tail_key(eid),
                )
            )
        name_index.put(s, customer.search_key, search_terms(customer.name_zh, customer.name_en))
        return customer.id
