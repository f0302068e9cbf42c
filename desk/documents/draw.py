"""A small top-to-bottom layout on a reportlab canvas: rows of wrapped text, rules, codes.

Documents add rows to a :class:`Sheet` from the top down; the sheet wraps text (Chinese
at any character, Latin at spaces), checks that the font has every glyph, breaks A4 pages
and, for a thermal roll, fits the page height to what was added. Nothing is drawn until
:meth:`Sheet.render`, so the roll's height is known before the canvas exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from io import BytesIO
from typing import Literal

from reportlab import rl_config
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import PATH_OPS, Canvas

from desk.documents.fonts import register, require_glyphs, text_width
from desk.documents.preset import PresetFont, font_runs
from desk.documents.qr import make as make_qr
from desk.documents.textops import Line, centred, fp, show

# Page streams compressed only, not also spelt out in ASCII85 (reportlab's default, for
# 7-bit channels a PDF no longer travels through): a quarter smaller, and encoding them
# was a tenth of a form's time. The pages drawn are the same.
rl_config.useA85 = 0

Align = Literal["left", "center", "right"]
# Draws one placed block: canvas, left x of the content area, y of the block's top.
Paint = Callable[[Canvas, float, float], None]

QR_QUIET_ZONE = 4  # modules of white around a QR code
LEADING = 1.3  # line height over font size
ASCENT = 0.86  # baseline below a line's top, over font size
# A token is a run of spaces, one CJK character (a line may break before any), or a run
# of anything else (a Latin word, a number, an ICCID: broken only when longer than a line).
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff"
_TOKENS = re.compile(rf"\s+|[{_CJK}]|[^\s{_CJK}]+")
# Chinese punctuation that must not begin a line: it hangs at the end of the one before.
_NO_LINE_START = set("，。、；：！？）」』》〉】,.;:!?)")
# A paragraph this much narrower than its line is one line, unmeasured word by word (the
# margin keeps the sum of the words' widths, rounded differently, from deciding otherwise).
_FITS = 1e-6
_DARK = re.compile(b"\x01+")  # a run of dark modules in a row of QR modules as bytes


@lru_cache(maxsize=2048)  # labels and declarations: the same on every document
def wrap(text: str, size: float, width: float) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``width`` (explicit newlines kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if text_width(paragraph, size) < width - _FITS:  # most labels and values: one line
            lines.append(paragraph.rstrip())
            continue
        line, used = "", 0.0
        for token in _TOKENS.findall(paragraph):
            token_width = text_width(token, size)
            if used + token_width <= width or token in _NO_LINE_START:
                line, used = line + token, used + token_width
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = "" if token.isspace() else token
            while text_width(line, size) > width and len(line) > 1:  # one word too long
                cut = len(line) - 1
                while cut > 1 and text_width(line[:cut], size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            used = text_width(line, size)
        lines.append(line.rstrip())
    return tuple(lines)


@dataclass(frozen=True)
class Cell:
    """Text in a column of a row: ``x`` from the content's left edge, ``width`` wide."""

    text: str
    x: float
    width: float
    size: float = 9.0
    align: Align = "left"
    bold: bool = False
    strike: bool = False


@dataclass
class _Page:
    """What a page draws: its graphics, each at its distance from the page's top, and
    its text, each line at its baseline's distance from the page's top."""

    paints: list[tuple[float, Paint]] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


class Sheet:
    """Rows added top-down; ``page_height=None`` makes one page as tall as its content.
    ``preset``: the characters it holds are drawn in it (desk.documents.preset), the
    others in the ordinary font."""

    def __init__(
        self,
        width: float,
        margin: float,
        page_height: float | None = None,
        *,
        preset: PresetFont | None = None,
    ) -> None:
        register()
        self.preset = preset
        self.width = width
        self.margin = margin
        self.page_height = page_height
        self.inner = width - 2 * margin
        self.pages: list[_Page] = [_Page()]
        self.y = margin  # distance of the next row from the top of the current page

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` in runs of one font each, as (font name, text)."""
        return font_runs(text, self.preset)

    # -- placing -------------------------------------------------------------------------

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` more fits on this one."""
        if self.page_height is not None and self.y + height > self.page_height - self.margin:
            if self.pages[-1].paints or self.pages[-1].lines:
                self.pages.append(_Page())
            self.y = self.margin

    def block(self, height: float, paint: Paint | None, lines: Sequence[Line] = ()) -> None:
        """A block ``height`` tall: ``paint`` draws its graphics; ``lines`` are its text,
        each at ``x`` from the content's left edge with its baseline ``y`` below the
        block's top (written with the page's other text, after all its graphics)."""
        self.keep(height)
        page = self.pages[-1]
        if paint is not None:
            page.paints.append((self.y, paint))
        top = self.y
        page.lines.extend(Line(x, top + y, size, text, bold) for x, y, size, text, bold in lines)
        self.y += height

    def gap(self, height: float) -> None:
        self.y += height

    # -- text ----------------------------------------------------------------------------

    def row(self, cells: Sequence[Cell], leading: float = LEADING) -> None:
        """Cells side by side, each wrapped in its column; the row is as tall as its tallest."""
        laid = []
        for cell in cells:
            require_glyphs(cell.text)
            laid.append((cell, wrap(cell.text, cell.size, cell.width)))
        height = max(len(lines) * cell.size * leading for cell, lines in laid)
        placed, strikes = _place_cells(laid, leading)

        def strike(canvas: Canvas, left: float, top: float) -> None:
            canvas.setLineWidth(0.6)
            for x, y, width in strikes:
                canvas.line(left + x, top - y, left + x + width, top - y)

        self.block(height, strike if strikes else None, placed)

    def text(self, text: str, size: float = 9.0, *, align: Align = "left", bold: bool = False,
             indent: float = 0.0) -> None:  # fmt: skip
        self.row([Cell(text, indent, self.inner - indent, size, align, bold)])

    def pair(self, left: str, right: str, size: float = 9.0, *, bold: bool = False,
             strike: bool = False, indent: float = 0.0) -> None:  # fmt: skip
        """A label on the left and a value (an amount) against the right edge."""
        right_width = min(text_width(right, size), self.inner * 0.6)
        left_width = self.inner - indent - right_width - size
        self.row(
            [
                Cell(left, indent, left_width, size, "left", bold),
                Cell(right, self.inner - right_width, right_width, size, "right", bold, strike),
            ]
        )

    def banner(self, text: str, size: float = 11.0) -> None:
        """Centred text in a box: the COPY mark."""
        require_glyphs(text)
        box_width = min(self.inner, text_width(text, size) + 2 * size)
        height = size * 1.8

        def paint(canvas: Canvas, left: float, top: float) -> None:
            x = left + (self.inner - box_width) / 2
            canvas.setLineWidth(1.2)
            canvas.rect(x, top - height, box_width, height)

        x = centred(text, self.inner / 2, size)
        self.block(height, paint, [Line(x, height / 2 + size * 0.35, size, text)])

    def rule(self, dashed: bool = True, space: float = 4.0) -> None:
        dash = "[2 2] 0 d" if dashed else "[] 0 d"

        def paint(canvas: Canvas, left: float, top: float) -> None:
            # setLineWidth(0.5), setDash(2, 2) or setDash(), line(…), setDash(): their
            # operators, written at once (a form has two dozen rules)
            y = top - space / 2
            line = f"n {fp(left, y)} m {fp(left + self.inner, y)} l S"
            canvas.addLiteral(f".5 w\n{dash}\n{line}\n[] 0 d")

        self.block(space, paint)

    def heading(self, text: str, size: float = 9.5) -> None:
        """A section heading on a grey band across the content."""
        require_glyphs(text)
        height = size * 1.7

        def paint(canvas: Canvas, left: float, top: float) -> None:
            canvas.setFillGray(0.88)
            canvas.rect(left, top - height, self.inner, height, stroke=0, fill=1)

        self.block(height, paint, [Line(size * 0.4, height / 2 + size * 0.35, size, text)])

    # -- codes ---------------------------------------------------------------------------

    def qr(self, value: str, size: float, align: Align = "center") -> None:
        """A QR code of ``value`` on a row of its own."""
        self.keep(size)
        self.qr_beside(value, size, _aligned(align, self.inner, size))
        self.y += size

    def qr_beside(self, value: str, size: float, x: float) -> None:
        """A QR code at ``x`` from the left edge, beside the rows that follow it."""
        modules = qr_modules(value)
        self.overlay(lambda canvas, left, top: _draw_qr(canvas, modules, left + x, top, size))

    def overlay(self, paint: Paint) -> None:
        """Paint at the current row's top without taking any height (beside the next rows)."""
        self.pages[-1].paints.append((self.y, paint))

    def code128(self, value: str, height: float) -> float:
        """A Code 128 barcode against the right edge, beside the next rows; its width."""
        barcode = _Code128(value, barHeight=height, barWidth=0.9, quiet=False)
        x = self.inner - float(barcode.width)
        self.overlay(lambda canvas, left, top: barcode.drawOn(canvas, left + x, top - height))
        return float(barcode.width)

    # -- output --------------------------------------------------------------------------

    def render(
        self,
        title: str,
        subject: str,
        *,
        created: datetime | None = None,
        footer: Callable[[int, int], str] | None = None,
    ) -> bytes:
        """The PDF: deterministic (invariant) for the same rows. ``created`` is the date
        the PDF says it was made (default: reportlab's fixed invariant date); ``footer``
        gives the text centred at the bottom of page n of total (page numbers)."""
        height = self.page_height if self.page_height is not None else self.y + self.margin
        out = BytesIO()
        canvas = Canvas(out, pagesize=(self.width, height), invariant=1, pageCompression=1)
        canvas.setTitle(title)
        canvas.setSubject(subject)
        canvas.setAuthor("Desk")
        canvas.setCreator("Desk")
        if created is not None:
            stamp = created.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
            canvas.setDateFormatter(lambda *_ymdhms: stamp)
        for number, page in enumerate(self.pages, start=1):
            for top, paint in page.paints:
                canvas.saveState()
                paint(canvas, self.margin, height - top)
                canvas.restoreState()
            left = self.margin
            lines = [
                Line(left + x, height - y, size, text, bold)
                for x, y, size, text, bold in page.lines
            ]
            text = footer(number, len(self.pages)) if footer is not None else ""
            if text:
                require_glyphs(text)
                lines.append(Line(centred(text, self.width / 2, 8), self.margin / 2, 8, text))
            show(canvas, lines, self.runs)
            canvas.showPage()
        canvas.save()
        return out.getvalue()


class _Code128(Code128):  # type: ignore[misc]  # reportlab has no type hints
    """reportlab's Code 128, its bars written in one go: the very operators of
    ``canvas.rect`` (``n x y w h re f``, each bar filled on its own, as viewers snap a
    lone rectangle to the pixel grid), without a call and an ``fp_str`` per bar."""

    def draw(self) -> None:
        self._bars: list[str] = []
        self._fill = PATH_OPS[0, 1, self.canv._fillMode]  # f or f*, as canvas.rect fills
        super().draw()  # calls rect() for each bar
        self.canv.addLiteral("\n".join(self._bars))

    def rect(self, x: float, y: float, width: float, height: float) -> None:
        self._bars.append(f"n {fp(x, y, width, height)} re {self._fill}")


def qr_modules(value: str) -> list[list[bool]]:
    """The dark modules of a QR code of ``value`` (error correction M), row by row."""
    widget = QrCodeWidget(value, barLevel="M")
    make_qr(widget.qr)  # reportlab's widget.qr.make(), the same modules, quicker
    modules: list[list[bool]] = widget.qr.modules
    return modules


def _draw_qr(canvas: Canvas, modules: list[list[bool]], x: float, top: float, size: float) -> None:
    """One filled path of the dark runs of each row, with the standard quiet zone of four
    modules: the operators of ``beginPath``, ``path.rect`` and ``drawPath``, written
    directly, in modules — a ``cm`` scales and places the code, so each run is four
    small whole numbers."""
    count = len(modules)
    box = size / (count + 2 * QR_QUIET_ZONE)
    left, bottom = x + QR_QUIET_ZONE * box, top - (QR_QUIET_ZONE + count) * box
    path = [f"q {fp(box, 0, 0, box, left, bottom)} cm n"]
    for r, row in enumerate(modules):
        y = count - 1 - r  # rows counted up from the code's bottom
        runs = _DARK.finditer(bytes(row))
        path.extend(f"{run.start()} {y} {run.end() - run.start()} 1 re" for run in runs)
    path.append(f"{PATH_OPS[0, 1, canvas._fillMode]} Q")
    canvas.addLiteral(" ".join(path))


def _aligned(align: Align, room: float, width: float) -> float:
    if align == "right":
        return room - width
    if align == "center":
        return (room - width) / 2
    return 0.0


def _place_cells(
    laid: list[tuple[Cell, tuple[str, ...]]], leading: float
) -> tuple[list[Line], list[tuple[float, float, float]]]:
    """Every line of a row's cells, each at its own origin (x from the content's left
    edge, baseline below the row's top), and the strike-through lines as (x, y, width)."""
    lines: list[Line] = []
    strikes: list[tuple[float, float, float]] = []
    for cell, cell_lines in laid:
        for n, text in enumerate(cell_lines):
            x = cell.x
            y = n * cell.size * leading + cell.size * ASCENT
            if cell.align != "left" or cell.strike:  # a left-aligned line needs no width
                width = text_width(text, cell.size)
                x += _aligned(cell.align, cell.width, width)
                if cell.strike:
                    strikes.append((x, y - cell.size * 0.3, width))
            lines.append(Line(x, y, cell.size, text, cell.bold))
    return lines, strikes
