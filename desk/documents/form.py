"""The application form (補卡申請表): one A4 page, every label in Chinese and English."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk.core.errors import DeskError
from desk.core.money import format_money
from desk.core.wording import bilingual
from desk.documents.declarations import DEFAULT_DECLARATIONS
from desk.documents.draw import Cell, Sheet
from desk.documents.fonts import require_glyphs
from desk.documents.labels import both, copy_mark, say
from desk.documents.model import FormDoc, Names
from desk.documents.preset import ASCII, PresetFont, preset
from desk.documents.privacy import require_masked
from desk.documents.receipt import local_time
from desk.documents.textops import Line

MARGIN = 14 * mm
LABEL = 7.5  # label text size
VALUE = 9.0  # value text size
LABEL_WIDTH = 31 * mm
GUTTER = 3 * mm
QR_SIZE = 30 * mm
SIGNATURE_HEIGHT = 22 * mm


# The form's own words (keys of desk.documents.labels): with the default declarations,
# its preset font's vocabulary. A word missing here is still printed, in the ordinary font.
WORDS = (
    "section_application", "application_no", "date", "store", "clerk", "supervisor", "none",
    "section_customer", "name", "proxy", "id_kind", "id", "verification",
    "section_card", "line", "card_kind", "sim", "esim", "carrier", "product", "old_card",
    "new_card", "device", "reason",
    "section_handover", "handover", "fee", "receipt_no", "courier_address",
    "section_esim", "scan_esim", "code_on_customer_copy", "section_declarations",
    "form_title", "customer_copy", "store_copy", "copy",
    "customer_signature", "clerk_signature", "signed_on",
)  # fmt: skip


def _preset(zh: str) -> PresetFont:
    """The form's preset font in ``zh`` (its subsets made once per process)."""

    def vocabulary() -> frozenset[str]:
        texts = [say(key, language) for key in WORDS for language in (zh, "en")]
        texts += [text for d in DEFAULT_DECLARATIONS for text in (d.for_language(zh), d.en)]
        return ASCII.union("；", *texts)  # the list separator of the verification methods

    return preset(f"form-{zh}", vocabulary)


def prepare() -> None:
    """Make the form's preset fonts ahead (on a thread, after the login): the first form
    of the day then takes no longer than the others (their subsets: ~30 ms each)."""
    for zh in ("zh_CN", "zh_HK"):
        _preset(zh).subsets()


@dataclass(frozen=True)
class Field:
    key: str  # a label in desk.documents.labels
    value: str | None
    wide: bool = False  # takes the whole row instead of half


def render_form(doc: FormDoc) -> bytes:
    """The application form as PDF bytes; refuses (DeskError) text the font cannot draw."""
    if doc.language not in ("zh_CN", "zh_HK"):
        raise DeskError(
            "form_language",
            f"The application form is printed in zh_CN or zh_HK and English, not {doc.language!r}.",
            language=doc.language,
        )
    zh = doc.language
    sheet = Sheet(A4[0], MARGIN, A4[1], preset=_preset(zh))

    def names(value: Names) -> str:
        return bilingual(value.for_language(zh), value.en)

    _heading(sheet, doc)
    _section(sheet, zh, "section_application", [
        Field("application_no", doc.application_number),
        Field("date", local_time(doc.issued_at, doc.timezone)),
        Field("store", f"{doc.store.code} {names(doc.store.name)}"),
        Field("clerk", doc.clerk),
        Field("supervisor", doc.supervisor or say("none", zh)),
    ])  # fmt: skip
    _section(sheet, zh, "section_customer", [
        Field("name", doc.customer_name),
        Field("proxy", doc.proxy_name or say("none", zh)),
        Field("id_kind", names(doc.id_kind)),
        Field("id", require_masked(doc.id_masked)),
        Field("verification", "；".join(names(m) for m in doc.verification_methods), wide=True),
    ])  # fmt: skip
    _section(sheet, zh, "section_card", [
        Field("line", doc.line_number),
        Field("card_kind", both(doc.card_kind, zh) if doc.card_kind == "sim" else "eSIM"),
        Field("carrier", names(doc.carrier)),
        Field("product", names(doc.product)),
        Field("old_card", doc.old_card or say("none", zh)),
        Field("new_card", doc.new_card or say("none", zh)),
        Field("device", doc.device),
        Field("reason", names(doc.reason)),
    ])  # fmt: skip
    _section(sheet, zh, "section_handover", [
        Field("handover", names(doc.handover)),
        Field("fee", format_money(doc.fee_total_minor, doc.currency, zh)),
        Field("receipt_no", doc.receipt_number or say("none", zh)),
        Field("courier_address", doc.courier_address, wide=True),
    ])  # fmt: skip
    if doc.card_kind == "esim":
        _activation(sheet, doc)
    _declarations(sheet, doc)
    _signatures(sheet, zh)
    copy = "customer_copy" if doc.customer_copy else "store_copy"
    return sheet.render(
        title=f"{say('form_title', 'en')} {doc.application_number} ({say(copy, 'en')})",
        subject=f"{doc.store.code} replacement application",
    )


def _heading(sheet: Sheet, doc: FormDoc) -> None:
    zh = doc.language
    barcode_width = sheet.code128(doc.application_number, 26)
    room = sheet.inner - barcode_width - GUTTER
    sheet.row(
        [Cell(f"{doc.store.name.for_language(zh)} {doc.store.name.en}", 0, room, 12, bold=True)]
    )
    sheet.row([Cell(doc.store.address.for_language(zh), 0, room, 8)])
    right = sheet.inner - barcode_width
    address_en = doc.store.address.en + (f"  {doc.store.phone}" if doc.store.phone else "")
    sheet.row([
        Cell(address_en, 0, room, 8),
        Cell(doc.application_number, right, barcode_width, 8.5, "center"),
    ])  # fmt: skip
    sheet.gap(2 * mm)
    copy = "customer_copy" if doc.customer_copy else "store_copy"
    sheet.text(both(copy, zh), 9, align="right", bold=True)
    sheet.text(both("form_title", zh), 15, align="center", bold=True)
    if doc.copy_number > 0:
        sheet.banner(copy_mark(doc.copy_number), 11)
    sheet.gap(1.5 * mm)


def _section(sheet: Sheet, zh: str, title: str, fields: list[Field]) -> None:
    """A heading, then the fields with a value, two to a row unless a field is wide."""
    half = (sheet.inner - GUTTER) / 2
    value_width = half - LABEL_WIDTH
    sheet.keep(40)
    sheet.heading(both(title, zh))
    pending: list[Cell] = []

    def flush() -> None:
        if pending:
            sheet.row(list(pending))
            sheet.rule(dashed=True, space=2.5)
            pending.clear()

    for field in (f for f in fields if f.value):
        value = field.value or ""
        label = f"{say(field.key, zh)}\n{say(field.key, 'en')}"  # Chinese over English
        if field.wide:
            flush()
            pending.extend([
                Cell(label, 0, LABEL_WIDTH - GUTTER, LABEL),
                Cell(value, LABEL_WIDTH, sheet.inner - LABEL_WIDTH, VALUE),
            ])  # fmt: skip
            flush()
            continue
        x = 0.0 if not pending else half + GUTTER
        pending.extend([
            Cell(label, x, LABEL_WIDTH - GUTTER, LABEL),
            Cell(value, x + LABEL_WIDTH, value_width, VALUE),
        ])  # fmt: skip
        if len(pending) == 4:
            flush()
    flush()
    sheet.gap(1.5 * mm)


def _activation(sheet: Sheet, doc: FormDoc) -> None:
    zh = doc.language
    sheet.keep(QR_SIZE + 30)
    sheet.heading(both("section_esim", zh))
    sheet.gap(1 * mm)
    if doc.customer_copy and doc.activation_code:
        top = sheet.y
        sheet.qr_beside(doc.activation_code, QR_SIZE, 0)
        x = QR_SIZE + 4 * mm
        sheet.gap(QR_SIZE / 2 - 14)
        sheet.row([Cell(say("scan_esim", zh), x, sheet.inner - x, VALUE)])
        sheet.row([Cell(say("scan_esim", "en"), x, sheet.inner - x, VALUE)])
        sheet.y = max(sheet.y, top + QR_SIZE)
    else:
        sheet.text(say("code_on_customer_copy", zh), VALUE)
        sheet.text(say("code_on_customer_copy", "en"), VALUE)
    sheet.gap(1.5 * mm)


def _declarations(sheet: Sheet, doc: FormDoc) -> None:
    zh = doc.language
    sheet.heading(both("section_declarations", zh))
    sheet.gap(1 * mm)
    for n, declaration in enumerate(doc.declarations or DEFAULT_DECLARATIONS, start=1):
        sheet.row(
            [
                Cell(f"{n}.", 0, 12, 7.5),
                Cell(declaration.for_language(zh), 12, sheet.inner - 12, 7.5),
            ]
        )
        sheet.row([Cell(declaration.en, 12, sheet.inner - 12, 7)])
        sheet.gap(1)
    sheet.gap(2 * mm)


def _signatures(sheet: Sheet, zh: str) -> None:
    width = (sheet.inner - 6 * mm) / 2
    labels = [both("customer_signature", zh), both("clerk_signature", zh)]
    date_line = f"{both('signed_on', zh)}:"
    for text in [*labels, date_line]:
        require_glyphs(text)

    def paint(canvas: Canvas, left: float, top: float) -> None:
        for n in range(len(labels)):
            x = left + n * (width + 6 * mm)
            canvas.setLineWidth(0.7)
            canvas.rect(x, top - SIGNATURE_HEIGHT, width, SIGNATURE_HEIGHT)
            canvas.setLineWidth(0.4)
            canvas.line(
                x + 60, top - SIGNATURE_HEIGHT + 5, x + width - 8, top - SIGNATURE_HEIGHT + 5
            )

    lines = []
    for n, label in enumerate(labels):
        x = n * (width + 6 * mm) + 4
        lines += [Line(x, 11, 8, label), Line(x, SIGNATURE_HEIGHT - 6, 8, date_line)]
    sheet.block(SIGNATURE_HEIGHT, paint, lines)
