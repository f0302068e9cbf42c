"""Text written into the page as PDF operators: the lines of a row in one text object.

reportlab's text object (``beginText``/``textLine``) is general: it tracks a cursor,
formats every number through ``fp_str`` and starts from scratch for each string. A
document here places each line at its own origin in one font of fixed size, so the
operators are written directly: ``Tf`` where the font, its subset or the size changes,
``Tr`` where bold starts or ends, ``Tm`` and ``Tj`` for each line — the operators and
numbers reportlab writes, with its fonts and subsets (reportlab still gives out the codes
and embeds the subsets). On the application form that was a third of the drawing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from math import log
from typing import Any, NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desk.documents.fonts import FONT_NAME

# Text cut in runs of one font: (font name, text).
Runs = Callable[[str], list[tuple[str, str]]]
_LOG_10 = log(10.0)
_FORMATS = tuple(f"%.{places}f" for places in range(7))
BOLD_STROKE = 0.04  # the outline's width over the font size (the font has no bold face)
# A PDF string's bytes as reportlab escapes them (rl_accel.escapePDF): the delimiters
# after a backslash, bytes outside printable ASCII in octal; one str.translate.
_ESCAPES = {
    c: f"\\{c:03o}" if c < 32 or c >= 127 else f"\\{chr(c)}"
    for c in range(256)
    if c < 32 or c >= 127 or chr(c) in "\\()"
}


class Line(NamedTuple):
    """One line of text with its baseline's left end at (x, y)."""

    x: float
    y: float
    size: float
    text: str
    bold: bool = False


def fp(*values: float) -> str:
    """Numbers as reportlab's ``fp_str`` writes them (to six significant places, no
    trailing zeros, no leading zero), character for character, for one tenth of its
    time in pure Python."""
    return " ".join(map(_fp, values))


def _fp(value: float) -> str:
    text = _numbers.get(value)
    if text is None:
        if len(_numbers) >= 4096:
            _numbers.clear()
        text = _numbers[value] = _format(value)
    return text


# The same rows stand at the same places on every form: their numbers, written once.
_numbers: dict[float, str] = {}


def _format(value: float) -> str:
    size = abs(value)
    if size <= 1e-7:
        return "0"
    places = 6 if size <= 1 else min(max(0, 6 - int(log(size) / _LOG_10)), 6)
    text = _FORMATS[places] % value
    if places:
        text = text.rstrip("0")
        if text[-1] == ".":
            text = text[:-1]
    return text[1:] if text[0] == "0" and len(text) > 1 else text


def escape(chunk: bytes) -> str:
    """The inside of a PDF string ``(…)`` showing ``chunk``."""
    text = _escaped.get(chunk)
    if text is None:
        if len(_escaped) >= 4096:
            _escaped.clear()
        text = _escaped[chunk] = chunk.decode("latin-1").translate(_ESCAPES)
    return text


# The same words in the same codes on every document (the preset fonts): escaped once.
_escaped: dict[bytes, str] = {}


def show(canvas: Canvas, lines: Iterable[Line], runs: Runs) -> None:
    """Draw ``lines``: one text object while bold neither starts, ends nor changes size
    (its outline's width is set outside a text object), each line at its own origin.

    The stream is what ``beginText``, ``setTextRenderMode``, ``setFont`` and
    ``textOut``/``textLine`` would write, byte for byte — ``T*`` and ``TL`` included,
    though no line relies on them — so a document drawn in the ordinary font alone
    (the Z report) makes the very same PDF as before.
    """
    doc = canvas._doc
    done: list[str] = []  # the canvas's lines (it joins them with newlines)
    code: list[str] = []  # the text object being written
    fonts: dict[str, Any] = {}
    selects: dict[tuple[str, int, float], str] = {}  # Tf and TL of a font's subset, size
    bold, size, mode = False, 0.0, 0
    name, subset = "", -1  # the font and subset last set; -1: none in this text object
    for line in lines:
        if not code or line.bold != bold or (line.bold and line.size != size):
            if code:
                code.append("ET")
                done.append(" ".join(code))
            if line.bold:
                done.append(f"{fp(line.size * BOLD_STROKE)} w")
            code = [f"BT 1 0 0 1 {fp(line.x, line.y)} Tm"]
            if line.bold:
                mode = 2
                code.append("2 Tr")
            elif mode:  # the mode outlives ET (reportlab's text object left it at 2)
                mode = 0
                code.append("0 Tr")
            bold, size, subset = line.bold, line.size, -1
        else:
            if line.size != size:
                size, subset = line.size, -1
            code.append(f"1 0 0 1 {fp(line.x, line.y)} Tm")
        if not line.text:
            code.append("")  # reportlab's empty line: two spaces before T*
        for run_font, part in runs(line.text):
            if run_font != name:
                name, subset = run_font, -1
            font = fonts.get(name)
            if font is None:
                font = fonts[name] = pdfmetrics.getFont(name)
            for part_subset, chunk in font.splitString(part, doc):
                if part_subset != subset:
                    subset = part_subset
                    select = selects.get((name, subset, size))
                    if select is None:
                        internal = font.getSubsetInternalName(subset, doc)
                        select = f"{internal} {_size(size)} Tf {_size(size * 1.2)} TL"
                        selects[name, subset, size] = select
                    code.append(select)
                code.append(f"({escape(chunk)}) Tj")
        code.append("T*")
    if code:
        code.append("ET")
        done.append(" ".join(code))
        canvas.addLiteral("\n".join(done))


@cache
def _size(size: float) -> str:
    return fp(size)


def centred(text: str, x: float, size: float) -> float:
    """Where ``text`` starts to be centred on ``x`` (as ``drawCentredString`` places it)."""
    return x - 0.5 * float(pdfmetrics.stringWidth(text, FONT_NAME, size))
