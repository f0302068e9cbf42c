"""Subsets made once per process: the words a document prints on every copy, embedded
ready-made.

reportlab embeds a subset of the font in each PDF: a character gets a code when it is
first drawn, and on saving, a TrueType font of the glyphs drawn is made, compressed and
written with its widths and ToUnicode map. On the application form that was nearly half
of its time — some 200 glyphs of labels and declarations that are the same on every form.

A :class:`PresetFont` is the same face under a second name, with the codes of a
*vocabulary* fixed ahead (for the form: printable ASCII and every character of its
labels and declarations in one Chinese script and in English). Its subsets — font
program, widths, ToUnicode map, compressed, and the PDF objects that hold them, written
out — are made the first time it draws, and added to every later PDF as they are, but
for the numbers the PDF gives them. Those characters are drawn in it wherever they appear;
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
# Object numbers and a font name no PDF of Desk's holds, where a subset's objects are cut.
_MARK = 987_654_321
_NAME_MARK = "DeskPresetFontName"


# The ASCII a document prints: letters, digits, space and punctuation, but for a few
# symbols no document word uses (so that the form's vocabulary fits one subset).
ASCII = frozenset(string.printable[:95]).difference("`^{|}~")


@dataclass(frozen=True)
class _Subset:
    """One embedded subset, its four objects formatted once (:class:`_Ready`)."""

    base_name: str  # TAG+FontName
    font: _Template  # the font dictionary: its name, its ToUnicode and descriptor
    descriptor: _Template  # the font descriptor: its FontFile2
    program: _Template  # the TrueType subset, compressed
    to_unicode: _Template  # the ToUnicode CMap, compressed


@dataclass(frozen=True)
class _Template:
    """An object's bytes, cut where each of ``gaps`` goes (a name or a reference)."""

    parts: tuple[bytes, ...]
    gaps: tuple[str, ...]

    def ready(self, **fills: Any) -> _Ready:
        return _Ready(self, [fills[gap] for gap in self.gaps])


class _Ready(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab has no type hints
    """An object of a preset subset in one PDF: its bytes as made once, with this PDF's
    numbers of the objects it refers to and its name for the font."""

    __RefOnly__ = 1  # written as an object of its own, referred to where it is used

    def __init__(self, template: _Template, fills: list[Any]) -> None:
        self.template = template
        self.fills = fills

    def format(self, document: Any) -> bytes:
        parts = self.template.parts
        out = [parts[0]]
        for fill, part in zip(self.fills, parts[1:], strict=True):
            out += [pdfdoc.format(fill, document), part]
        return b"".join(out)


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
        """The subsets into ``doc``: the objects reportlab would add, made once."""
        state = self.state[doc]
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(self.subsets()):
            internal = f"{state.internalName}+{n}"
            base = subset.base_name
            program = doc.Reference(subset.program.ready(), f"fontFile:{base}")
            descriptor = subset.descriptor.ready(program=program)
            to_unicode = subset.to_unicode.ready()
            pdf_font = subset.font.ready(
                name=pdfdoc.PDFName(internal),
                to_unicode=doc.Reference(to_unicode, f"toUnicodeCMap:{base}"),
                descriptor=doc.Reference(descriptor, f"fontDescriptor:{base}"),
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
        """A subset's objects as reportlab makes them, formatted in a scratch PDF whose
        references and font name are marks, cut at the marks."""
        base_name = f"{self._tag}{chr(ord('A') + n)}+{self._real_name.decode('pdfdoc')}"
        face = self.face
        subset = face.makeSubset(codes)
        program = pdfdoc.PDFStream(
            pdfdoc.PDFDictionary({"Filter": _FLATE, "Length1": len(subset)}),
            zlib.compress(subset),
        )
        to_unicode = pdfdoc.PDFStream(
            pdfdoc.PDFDictionary({"Filter": _FLATE}),
            zlib.compress(makeToUnicodeCMap(base_name, codes).encode("latin-1")),
        )
        scratch = pdfdoc.PDFDocument(invariant=1)
        marks = {}
        for number, gap in enumerate(("program", "to_unicode", "descriptor"), start=_MARK):
            scratch.idToObjectNumberAndVersion[gap] = (number, 0)
            marks[gap] = pdfdoc.PDFObjectReference(gap)
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(base_name),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": marks["program"],
            "MissingWidth": face.defaultWidth,
        })  # fmt: skip
        pdf_font = pdfdoc.PDFTrueTypeFont()
        pdf_font.Name = _NAME_MARK
        pdf_font.BaseFont = base_name
        pdf_font.FirstChar = 0
        pdf_font.LastChar = len(codes) - 1
        pdf_font.Widths = pdfdoc.PDFArray(list(map(face.getCharWidth, codes)))
        pdf_font.ToUnicode = marks["to_unicode"]
        pdf_font.FontDescriptor = marks["descriptor"]
        cuts = {gap: pdfdoc.format(mark, scratch) for gap, mark in marks.items()}
        cuts["name"] = pdfdoc.format(pdfdoc.PDFName(_NAME_MARK), scratch)
        return _Subset(
            base_name=base_name,
            font=_cut(pdf_font.format(scratch), cuts),
            descriptor=_cut(descriptor.format(scratch), cuts),
            program=_cut(program.format(scratch), {}),
            to_unicode=_cut(to_unicode.format(scratch), {}),
        )


def _cut(data: bytes, cuts: dict[str, bytes]) -> _Template:
    """``data`` cut at each of ``cuts`` it holds (each at most once)."""
    found = sorted((data.index(mark), gap, mark) for gap, mark in cuts.items() if mark in data)
    parts, start = [], 0
    for at, _gap, mark in found:
        parts.append(data[start:at])
        start = at + len(mark)
    parts.append(data[start:])
    return _Template(tuple(parts), tuple(gap for _at, gap, _mark in found))


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
