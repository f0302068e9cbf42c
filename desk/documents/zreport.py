"""The Z report (日结报表): one counter's closed business day on A4, every label in
Chinese and English, pages numbered when it takes more than one.

The same report gives the same bytes: reportlab's invariant mode, and the PDF's
creation date is the day's close (never the clock of the printing).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desk.core.money import format_money
from desk.core.wording import Names
from desk.documents.day_model import Count, DayReport, Total
from desk.documents.draw import Align, Cell, Sheet
from desk.documents.labels import both, say
from desk.documents.receipt import local_time

MARGIN = 14 * mm
SIZE = 8.5
GUTTER = 3 * mm
NUMBER = 22 * mm  # a count column
AMOUNT = 34 * mm  # an amount column

Column = tuple[float, float, Align]  # x, width, alignment


def _script(language: str) -> str:
    """The Chinese beside the English: zh_CN or zh_HK (English asks for Hong Kong's)."""
    return language if language in ("zh_CN", "zh_HK") else "zh_HK"


class _Report:
    """Draws one report on a sheet, in one Chinese script."""

    def __init__(self, report: DayReport, language: str) -> None:
        self.r = report
        self.zh = _script(language)
        self.amounts: dict[int, str] = {}
        self.sheet = Sheet(A4[0], MARGIN, A4[1])
        inner = self.sheet.inner
        # label | count | amount, the columns of every total
        self.three: list[Column] = [
            (0, inner - NUMBER - AMOUNT - 2 * GUTTER, "left"),
            (inner - AMOUNT - GUTTER - NUMBER, NUMBER, "right"),
            (inner - AMOUNT, AMOUNT, "right"),
        ]

    def names(self, value: Names) -> str:
        chinese = value.for_language(self.zh)
        # A name that carries its English already ("陳小明 Chan Siu Ming", "香港電訊csl")
        # is not followed by it again.
        if chinese == value.en or chinese.endswith(value.en.split(" ", 1)[-1]):
            return chinese
        return f"{chinese} {value.en}"

    def word(self, key: str) -> str:
        return both(key, self.zh)

    def money(self, minor: int | None, *, signed: bool = False) -> str:
        if minor is None:
            return say("none", "en")
        text = self.amounts.get(minor)
        if text is None:  # babel takes a while: a day repeats its fees, each formatted once
            text = self.amounts[minor] = format_money(minor, self.r.currency, self.zh)
        return f"+{text}" if signed and minor > 0 else text

    def cells(self, columns: Sequence[Column], values: Sequence[str], bold: bool = False) -> None:
        self.sheet.row(
            [
                Cell(text, x, width, SIZE, align, bold)
                for (x, width, align), text in zip(columns, values, strict=True)
            ]
        )

    def section(self, key: str) -> None:
        self.sheet.gap(1.5 * mm)
        self.sheet.keep(40)  # a heading never ends a page
        self.sheet.heading(self.word(key), 9)
        self.sheet.gap(0.5 * mm)

    def totals(self, key: str, found: Sequence[Total], label: str = "net") -> None:
        self.section(key)
        if not found:
            self.sheet.text(say("none", "en"), SIZE)
            return
        self.cells(self.three, ["", self.word("count"), self.word(label)], bold=True)
        for t in found:
            self.cells(self.three, [self.names(t.label), str(t.count), self.money(t.amount_minor)])
        self.sheet.rule(space=3)
        count = sum(t.count for t in found)
        amount = sum(t.amount_minor for t in found)
        self.cells(self.three, [self.word("total"), str(count), self.money(amount)], bold=True)

    def counts(self, key: str, found: Sequence[Count]) -> None:
        self.section(key)
        for c in found:
            self.cells(self.three[:2], [self.names(c.label), str(c.count)])

    # -- the parts ---------------------------------------------------------------------

    def heading(self) -> None:
        r, sheet = self.r, self.sheet
        sheet.text(f"{r.store.name.for_language(self.zh)} {r.store.name.en}", 13, bold=True)
        for line in (r.store.address.for_language(self.zh), r.store.address.en):
            if line:
                sheet.text(line, 8)
        sheet.gap(2 * mm)
        sheet.text(self.word("z_title"), 16, align="center", bold=True)
        if not r.closed:
            sheet.banner(f"{say('z_not_closed', self.zh)} / {say('z_not_closed', 'en')}", 11)
        sheet.gap(2 * mm)
        opened = f"{local_time(r.opened_at, r.timezone)}  {self.names(r.opened_by)}"
        closed = (
            f"{local_time(r.closed_at, r.timezone)}  {self.names(r.closed_by)}"
            if r.closed_at and r.closed_by
            else say("none", "en")
        )
        for key, value in (
            ("store", f"{r.store.code} {self.names(r.store.name)}"),
            ("counter", str(r.counter)),
            ("business_day", r.day.isoformat()),
            ("day_opened", opened),
            ("day_closed", closed),
            ("currency", r.currency),
        ):
            self.sheet.pair(self.word(key), value, SIZE)

    def cash(self) -> None:
        r, flow = self.r, self.r.flow
        self.section("section_cash")
        two = [self.three[0], self.three[2]]
        for key, minor in (
            ("float", flow.float_minor),
            ("cash_taken", flow.cash_taken),
            ("cash_returned", -flow.cash_returned),
            ("cash_in", flow.cash_in),
            ("cash_out", -flow.cash_out),
        ):
            self.cells(two, [self.word(key), self.money(minor)])
        self.sheet.rule(space=3)
        expected = r.expected_minor if r.expected_minor is not None else flow.expected
        self.cells(two, [self.word("expected"), self.money(expected)], bold=True)
        self.cells(two, [self.word("counted"), self.money(r.counted_minor)], bold=True)
        over_short = self.money(r.over_short_minor, signed=True)
        self.cells(two, [self.word("over_short"), over_short], bold=True)
        if r.close_reason:
            self.sheet.pair(self.word("close_reason"), "", SIZE)
            self.sheet.text(r.close_reason, SIZE, indent=4 * mm)
        if r.count:
            self.section("section_count")
            header = [self.word("denomination"), self.word("quantity"), self.word("amount")]
            self.cells(self.three, header, bold=True)
            for value, quantity in r.count:
                row = [self.money(value), str(quantity), self.money(value * quantity)]
                self.cells(self.three, row)
        if r.cash_moves:
            self.section("section_cash_moves")
            for move in r.cash_moves:
                name = self.names(r.staff_names.get(move.staff, Names(move.staff, "", "")))
                label = f"{local_time(move.at, r.timezone)[11:]}  {self.word('cash_' + move.kind)}"
                signed = move.amount_minor if move.kind == "in" else -move.amount_minor
                self.cells(self.three, [label, "", self.money(signed)])
                self.sheet.text(f"{move.reason} · {name}", SIZE * 0.9, indent=4 * mm)

    def receipts(self) -> None:
        r = self.r
        self.totals("section_receipts", r.by_kind, "amount")
        numbers = [p.receipt_number for p in r.payments]
        if numbers:
            span = f"{numbers[0]} – {numbers[-1]}" if len(numbers) > 1 else numbers[0]
            self.sheet.pair(self.word("receipt_range"), span, SIZE)
        self.totals("section_tenders", r.by_tender)
        self.totals("section_carriers", r.by_carrier)
        self.totals("section_reasons", r.by_reason)
        self.totals("section_clerks", r.by_clerk)

    def reversals(self) -> None:
        r = self.r
        self.section("section_reversals")
        if not r.reversals:
            self.sheet.text(say("none", "en"), SIZE)
        for p in r.reversals:
            label = f"{p.receipt_number} ← {p.original_receipt or say('none', 'en')}"
            self.cells([self.three[0], self.three[2]], [label, self.money(p.total_minor)])
            approver = r.staff_names.get(p.approved_by or "", None)
            who = f" · {self.names(approver)}" if approver else ""
            self.sheet.text(f"{p.note or ''}{who}", SIZE * 0.9, indent=4 * mm)

    def render(self) -> bytes:
        self.heading()
        self.cash()
        self.receipts()
        self.reversals()
        self.counts("section_cases", self.r.case_events)
        self.counts("section_stock", self.r.stock)
        r = self.r

        def footer(n: int, total: int) -> str:
            if total == 1:
                return ""
            return " / ".join(
                say("page", lang).format(n=n, total=total) for lang in (self.zh, "en")
            )

        return self.sheet.render(
            title=f"{say('z_title', 'en')} {r.store.code} {r.counter} {r.day.isoformat()}",
            subject=f"{r.store.code} counter {r.counter} Z report",
            created=r.closed_at,
            footer=footer,
        )


def render_zreport(report: DayReport, language: str) -> bytes:
    """The Z report as PDF bytes, Chinese (``zh_CN`` or ``zh_HK``; ``en``: Hong Kong's)
    beside the English; refuses (DeskError) text the font cannot draw."""
    return _Report(report, language).render()
