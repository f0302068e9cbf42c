"""Subsets made once per process: the words a document prints on every copy, embedded
ready-made.

reportlab embeds a subset of the font in each PDF: a character gets a code when it is
first drawn, and on saving, a TrueType font of the glyphs drawn is made, compressed and
written with its widths and ToUnicode map. On the application form that was nearly half
of its time — some 200 glyphs of labels and declarations that are the same on every form.

A :class:`PresetFont` is the same face under a second name, with the codes of a
*vocabulary* fixed ahead (for the form: printable ASCII and every character of its
labels and declarations in one Chinese script and in English). Its subsets — font
program, widths, ToUnicode map, compressed — are made the first time it draws, and added
to every later PDF as they are. Those characters are drawn in it wherever they appear;
any other (most of a customer's name, an address) in the ordinary font, subset for that
document alone. Both are the same glyphs of the same file with the same widths and the
same text to copy: the printed page does not change; the PDF carries the vocabulary's
glyphs it does not draw as well (a form is about a third larger) and is made in half
the time.
"""

from __future__ import annotations

import copy
import hashlib
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, makeToUnicodeCMap

from desk.documents.fonts import FONT_NAME, font

# A subset's tag (six capital letters before the font's name) differs from reportlab's
# own (AAAAAA, AAAAAB, …) so that no two fonts of one PDF share a name: "DSK", two
# letters from the preset's name, one for the subset.
_FLATE = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
_SPLIT_CACHE = 4096  # lines remembered encoded, per font (labels and common values)


# The ASCII a document prints: letters, digits, space and punctuation, but for a few
# symbols no document word uses (so that the form's vocabulary fits one subset).
ASCII = frozenset(string.printable[:95]).difference("`^{|}~")


@dataclass(frozen=True)
class _Subset:
    """One embedded subset, ready to add to any PDF."""

    base_name: str  # TAG+FontName
    widths: bytes  # the PDF array, formatted
    program: bytes  # the TrueType subset, compressed
    program_length: int  # before compression (Length1)
    to_unicode: bytes  # the ToUnicode CMap, compressed


class _Key:
    """A stand-in document while the vocabulary's codes are given out."""


class PresetFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """``base``'s face under ``name``, the codes of ``characters`` fixed, its subsets made
    once. Draw only text of those characters in it (:meth:`covers`)."""

    def __init__(self, name: str, base: TTFont, characters: frozenset[str], tag: str) -> None:
        # Not TTFont.__init__: that would parse the file again. The face is shared; the
        # copy carries its own name, for reportlab registers a second font of a face
        # name as the first one.
        self.fontName = name
        self.face = copy.copy(base.face)
        self.face.name = base.face.name + b"-" + name.encode("ascii")
        self.encoding = base.encoding
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = False
        self.shapable = False
        self.characters = characters
        self._tag = tag
        self._real_name = base.face.name + base.face.subfontNameX
        key = _Key()
        TTFont.splitString(self, "".join(sorted(characters)), key)
        self._template = self.state.pop(key)
        self._template.frozen = True
        self._encoded: dict[str, list[tuple[int, bytes]]] = {}
        self._subsets: list[_Subset] | None = None

    def covers(self, text: str) -> bool:
        return self.characters.issuperset(text)

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """reportlab's splitString, from the fixed codes (and remembered per line)."""
        if doc not in self.state:
            state = copy.copy(self._template)  # shares the frozen codes, not the doc's name
            state.internalName = None
            self.state[doc] = state
        encoded = self._encoded.get(text)
        if encoded is None:
            if len(self._encoded) >= _SPLIT_CACHE:
                self._encoded.clear()
            encoded = self._encoded[text] = TTFont.splitString(self, text, doc, encoding)
        return encoded

    def addObjects(self, doc: Any) -> None:
        """The subsets into ``doc``: reportlab's objects, their streams made once."""
        state = self.state[doc]
        fonts = doc.idToObject["BasicFonts"].dict
        face = self.face
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        for n, subset in enumerate(self.subsets()):
            internal = f"{state.internalName}+{n}"
            program = pdfdoc.PDFStream(
                pdfdoc.PDFDictionary({"Filter": _FLATE, "Length1": subset.program_length}),
                subset.program,
            )
            descriptor = pdfdoc.PDFDictionary({
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(subset.base_name),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": doc.Reference(program, f"fontFile:{subset.base_name}"),
                "MissingWidth": face.defaultWidth,
            })  # fmt: skip
            to_unicode = pdfdoc.PDFStream(
                pdfdoc.PDFDictionary({"Filter": _FLATE}), subset.to_unicode
            )
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.Name = internal
            pdf_font.BaseFont = subset.base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(state.subsets[n]) - 1
            pdf_font.Widths = subset.widths
            pdf_font.ToUnicode = doc.Reference(to_unicode, f"toUnicodeCMap:{subset.base_name}")
            pdf_font.FontDescriptor = doc.Reference(
                descriptor, f"fontDescriptor:{subset.base_name}"
            )
            doc.Reference(pdf_font, internal)
            fonts[internal] = pdf_font
        del self.state[doc]

    def subsets(self) -> list[_Subset]:
        """The embedded subsets, made on first use."""
        if self._subsets is None:
            self._subsets = [self._make(n, codes) for n, codes in enumerate(self._template.subsets)]
        return self._subsets

    def _make(self, n: int, codes: list[int]) -> _Subset:
        base_name = f"{self._tag}{chr(ord('A') + n)}+{self._real_name.decode('pdfdoc')}"
        program = self.face.makeSubset(codes)
        widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, codes)))
        return _Subset(
            base_name=base_name,
            widths=widths.format(None),
            program=zlib.compress(program),
            program_length=len(program),
            to_unicode=zlib.compress(makeToUnicodeCMap(base_name, codes).encode("latin-1")),
        )


_presets: dict[str, PresetFont] = {}


def preset(name: str, vocabulary: Callable[[], frozenset[str]]) -> PresetFont:
    """The preset font ``name`` (``form-zh_HK``), made from ``vocabulary()`` and
    registered with reportlab on first use."""
    made = _presets.get(name)
    if made is None:
        tag = "DSK" + "".join(chr(65 + b % 26) for b in hashlib.sha256(name.encode()).digest()[:2])
        made = PresetFont(f"{FONT_NAME}-{name}", font(), vocabulary(), tag)
        pdfmetrics.registerFont(made)
        _presets[name] = made
    return made


def font_runs(text: str, made: PresetFont | None) -> list[tuple[str, str]]:
    """``text`` cut where its font changes, as (font name, text): the characters of the
    preset ``made`` in it, the others in the ordinary font (a space goes with the
    character before it). Both draw the same glyphs, one after the other."""
    if made is None:
        return [(FONT_NAME, text)]
    if made.covers(text):
        return [(made.fontName, text)]
    characters, name = made.characters, made.fontName
    runs: list[tuple[str, str]] = []
    current, start = "", 0
    for at, ch in enumerate(text):
        if ch == " ":
            continue
        wanted = name if ch in characters else FONT_NAME
        if wanted != current:
            if current:
                runs.append((current, text[start:at]))
                start = at
            current = wanted
    runs.append((current, text[start:]))
    return runs
