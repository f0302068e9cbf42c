"""The receipt (收據): an 80 mm thermal roll or an A4 page, in the customer's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desk.core.money import format_money
from desk.documents.draw import Sheet
from desk.documents.labels import copy_mark, say
from desk.documents.model import ReceiptDoc
from desk.documents.privacy import require_masked


@dataclass(frozen=True)
class Paper:
    width: float
    margin: float
    page_height: float | None  # None: a roll, cut after the content
    size: float  # body text
    qr: float  # side of the QR code


PAPERS: dict[str, Paper] = {
    "80mm": Paper(80 * mm, 4 * mm, None, 8.0, 26 * mm),
    "a4": Paper(A4[0], 25 * mm, A4[1], 10.5, 32 * mm),
}


def local_time(moment: datetime, timezone: str) -> str:
    """``2026-11-22 14:35 HKT``: the time on the store's wall clock."""
    return moment.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M %Z")


def render_receipt(doc: ReceiptDoc, layout: Literal["80mm", "a4"]) -> bytes:
    """The receipt as PDF bytes; refuses (DeskError) text the font cannot draw."""
    paper = PAPERS[layout]
    lang = doc.language
    size = paper.size
    sheet = Sheet(paper.width, paper.margin, paper.page_height)

    def money(minor: int) -> str:
        return format_money(minor, doc.currency, lang)

    def field(key: str, value: str | None) -> None:
        if value:
            sheet.pair(say(key, lang), value, size)

    if doc.copy_number > 0:
        sheet.banner(copy_mark(doc.copy_number), size * 1.4)
        sheet.gap(size * 0.6)
    sheet.text(doc.store.name.for_language(lang), size * 1.4, align="center", bold=True)
    sheet.text(doc.store.address.for_language(lang), size * 0.9, align="center")
    if doc.store.phone:
        sheet.text(f"{say('phone', lang)} {doc.store.phone}", size * 0.9, align="center")
    sheet.rule(dashed=False, space=size)
    sheet.text(say(doc.kind, lang), size * 1.6, align="center", bold=True)
    sheet.gap(size * 0.4)

    field("receipt_no", doc.number)
    field("original_no", doc.original_number)
    field("date", local_time(doc.issued_at, doc.timezone))
    field("clerk", doc.clerk)
    field("customer", doc.customer_name)
    field("id", require_masked(doc.id_masked))
    field("line", doc.line_number)
    field("application_no", doc.application_number)
    sheet.rule(space=size)

    for fee in doc.fee_lines:
        sheet.pair(fee.label.for_language(lang), money(fee.amount_minor), size)
        if fee.scheduled_minor != fee.amount_minor:
            sheet.pair(say("was", lang), money(fee.scheduled_minor), size * 0.9,
                       strike=True, indent=size)  # fmt: skip
    sheet.rule(space=size)
    sheet.pair(say("total", lang), money(doc.total_minor), size * 1.25, bold=True)
    sheet.gap(size * 0.3)

    for tender in doc.tenders:
        label = tender.label.for_language(lang)
        if tender.reference:
            label = f"{label} ({say('reference', lang)} {tender.reference})"
        sheet.pair(label, money(tender.amount_minor), size)
        if tender.given_minor is not None:
            sheet.pair(say("given", lang), money(tender.given_minor), size * 0.9, indent=size)
    change = doc.change_minor or sum(t.change_minor or 0 for t in doc.tenders)
    if change or any(t.given_minor is not None for t in doc.tenders):
        sheet.pair(say("change", lang), money(change), size)

    if doc.reason or doc.approved_by:
        sheet.rule(space=size)
        field("reason", doc.reason)
        field("approved_by", doc.approved_by)

    sheet.gap(size)
    sheet.qr(doc.number, paper.qr)
    sheet.text(doc.number, size * 0.85, align="center")
    if doc.kind == "payment":
        sheet.gap(size * 0.5)
        sheet.text(f"{say('thanks', lang)} · {say('keep', lang)}", size * 0.9, align="center")
    return sheet.render(
        title=f"{say(doc.kind, lang)} {doc.number}",
        subject=f"{doc.store.code} {doc.kind} receipt",
    )
