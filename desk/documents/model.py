"""What a printed document says: plain values, filled by the services, drawn by reportlab.

The drawing code (:mod:`desk.documents.receipt`, :mod:`desk.documents.form`) never
reads the database and never sees a full ID number: the services hand it these frozen
values, already masked and already formatted where formatting is the store's business
(money is given in minor units with the currency; the documents format it).

Labels printed on a document are the document's own (bilingual where asked), not the
UI language: a receipt is in the language the customer chose at the counter
(``language``: ``"en"``, ``"zh_CN"`` or ``"zh_HK"``), an application form carries both
Chinese (``zh_CN`` or ``zh_HK`` script, after ``language``) and English on every label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from desk.core.wording import Names

__all__ = [
    "FeeLineText",
    "FormDoc",
    "Layout",
    "Names",
    "ReceiptDoc",
    "ReceiptKind",
    "StoreHeading",
    "TenderText",
]

ReceiptKind = Literal["payment", "void", "refund"]
Layout = Literal["80mm", "a4"]


@dataclass(frozen=True)
class StoreHeading:
    code: str
    name: Names
    address: Names
    phone: str | None = None


@dataclass(frozen=True)
class FeeLineText:
    """One line of the fee: what the schedule gave and what was charged (a waiver or a
    supervisor's change keeps both)."""

    code: str  # card_fee, emergency, courier, ...
    label: Names
    scheduled_minor: int
    amount_minor: int


@dataclass(frozen=True)
class TenderText:
    kind: str  # cash, card, alipay, wechat, octopus
    label: Names
    amount_minor: int  # what this tender paid towards the total
    given_minor: int | None = None  # cash handed over
    change_minor: int | None = None  # cash given back
    reference: str | None = None  # card / wallet reference, already shortened


@dataclass(frozen=True)
class ReceiptDoc:
    """A receipt (收據): a payment, or a void or refund pointing at the original."""

    kind: ReceiptKind
    number: str  # HK01-1-20261122-0042
    issued_at: datetime  # aware; printed in the store's time zone
    timezone: str  # IANA, e.g. Asia/Hong_Kong
    currency: str  # ISO 4217, one per store
    language: str  # en, zh_CN, zh_HK
    store: StoreHeading
    clerk: str
    customer_name: str
    id_masked: str  # never the full number
    line_number: str  # as the customer knows it, e.g. +852 5123 4567
    application_number: str | None
    fee_lines: tuple[FeeLineText, ...]
    total_minor: int
    tenders: tuple[TenderText, ...]
    change_minor: int = 0
    original_number: str | None = None  # for a void or refund: the receipt it reverses
    reason: str | None = None  # why a void, refund or waiver
    approved_by: str | None = None  # supervisor of a waiver, void or refund
    copy_number: int = 0  # 0 = the original; 1, 2, ... = reprints (副本 / COPY n)


@dataclass(frozen=True)
class FormDoc:
    """The application form (补卡申请表), A4, bilingual, signed by customer and clerk."""

    application_number: str
    issued_at: datetime
    timezone: str
    language: str  # zh_CN or zh_HK: the Chinese script of the form (English always too)
    store: StoreHeading
    clerk: str
    supervisor: str | None  # who approved, where a supervisor did
    customer_name: str
    id_kind: Names  # 香港身份證 / Hong Kong identity card, ...
    id_masked: str
    line_number: str
    carrier: Names
    product: Names
    card_kind: Literal["sim", "esim"]
    old_card: str | None  # old ICCID or EID, in full (it is the card, not the person)
    new_card: str | None
    device: str | None  # brand and model, for an eSIM
    reason: Names
    handover: Names
    courier_address: str | None
    fee_total_minor: int
    currency: str
    receipt_number: str | None
    verification_methods: tuple[Names, ...]
    proxy_name: str | None = None
    # The eSIM activation code: printed as a QR code on the customer's copy only.
    activation_code: str | None = None
    customer_copy: bool = True
    copy_number: int = 0
    declarations: tuple[Names, ...] = field(default_factory=tuple)
