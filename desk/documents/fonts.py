"""The one font every document is drawn in: WenQuanYi Micro Hei, shipped with Desk.

It covers Latin, simplified and traditional Chinese, so a receipt needs no second font.
reportlab embeds a subset of it in each PDF, and silently drops a character the font
has no glyph for; :func:`require_glyphs` refuses such text instead.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk.core.errors import DeskError

FONT_NAME = "DeskCJK"
FONT_FILE = Path(__file__).with_name("fonts") / "wqy-microhei.ttc"
# Characters laid out by Desk itself rather than drawn as glyphs.
_NOT_DRAWN = frozenset("\n\r\t")


@cache
def font() -> TTFont:
    """The font, parsed and registered with reportlab once per process."""
    # asciiReadable=False: a document embeds only the characters it draws, numbered in
    # the order it draws them, in as few 256-character subsets as they fit. reportlab's
    # default keeps the first 128 codes of each document for ASCII, so that the page's
    # text reads as ASCII in the raw PDF: all 96 glyphs embedded whether drawn or not,
    # and a form's 180 Chinese characters overflowing into a second subset. The glyphs
    # drawn are the same, and text is still found and copied through each subset's
    # ToUnicode map; a form is a sixth smaller and quicker to make.
    made = TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0, asciiReadable=False)
    pdfmetrics.registerFont(made)
    return made


def register() -> str:
    """Register the font with reportlab (once per process) and return its name."""
    font()
    return FONT_NAME


@cache
def _code_points() -> frozenset[int]:
    """Every code point the font maps to a real glyph (glyph 0 is the 'missing' box)."""
    char_to_glyph: dict[int, int] = font().face.charToGlyph
    return frozenset(code for code, glyph in char_to_glyph.items() if glyph)


@cache
def _known() -> frozenset[int]:
    """The code points a document may hold: the font's, and those Desk lays out itself."""
    return _code_points() | {ord(ch) for ch in _NOT_DRAWN}


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` the font cannot draw."""
    known = _known()
    if known.issuperset(map(ord, text)):  # nearly always: one pass in C
        return set()
    return {ch for ch in text if ord(ch) not in known}


# Text found whole, remembered: a document's labels and declarations are on every copy.
_drawable: set[str] = set()


def require_glyphs(text: str) -> None:
    """Refuse text with a character that would vanish from the printed page."""
    if text in _drawable:
        return
    missing = missing_glyphs(text)
    if not missing:
        if len(_drawable) >= 4096:
            _drawable.clear()
        _drawable.add(text)
        return
    shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(missing))
    raise DeskError(
        "document_missing_glyph",
        f"The document cannot be printed: the font has no glyph for {shown} "
        f"in {text!r}. Correct the text or spell it another way.",
        characters=shown,
        text=text,
    )


@cache
def _em_width(ch: str) -> float:
    return float(pdfmetrics.stringWidth(ch, register(), 1.0))


def text_width(text: str, size: float) -> float:
    """Width in points of ``text`` at ``size`` (reportlab applies no kerning: the sum of
    its characters' widths, each looked up once per process)."""
    return size * sum(map(_em_width, text))
