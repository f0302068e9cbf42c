"""A small .xlsx writer: sheets of text and numbers, the same bytes for the same content.

Why not openpyxl: it took 8 s for a busy day's 17,000 rows here (the day close aims at
3 s for everything), and its files carry the time they were saved. This writes the few
parts a spreadsheet program needs (SpreadsheetML with inline strings, one number format
for amounts, a bold frozen header row), with every date in the file — the document
properties and each zip entry's time — set to ``created`` (the day's close).
Tests read the files back with openpyxl.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from xml.sax.saxutils import escape

__all__ = ["Amount", "Value", "XlsxSheet", "workbook"]


class Amount(str):
    """An amount's decimal text (``"123.50"``): a number in the workbook, with the
    amount format; text as it is in a CSV file."""

    __slots__ = ()


Value = str | int | None  # None: an empty cell; an Amount: a number

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# Characters XML 1.0 cannot hold at all: dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
HEADER_STYLE, AMOUNT_STYLE = 2, 1


@dataclass(frozen=True)
class XlsxSheet:
    name: str  # at most 31 characters, none of []:*?/\
    header: Sequence[str]
    rows: Sequence[Sequence[Value]]


def _column(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    name = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


def _text(value: str) -> str:
    if not value.isprintable():  # a control character, a line break: dropped or kept
        value = _NOT_XML.sub("", value)
    if "&" in value or "<" in value or ">" in value:
        value = escape(value)
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f"<t{space}>{value}</t>"


def _sheet_xml(sheet: XlsxSheet) -> str:
    letters = [_column(n) for n in range(len(sheet.header))]
    widths = [min(60, max(8, len(h) + 2)) for h in sheet.header]
    out = [
        f'{_XML}<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        "</sheetView></sheetViews><sheetFormatPr defaultRowHeight="
        '"15"/><cols>',
    ]
    for rows in sheet.rows[:200]:  # widths from the first rows: enough to read them
        for n, value in enumerate(rows):
            if value is not None:
                widths[n] = min(60, max(widths[n], len(str(value)) + 2))
    out.extend(
        f'<col min="{n + 1}" max="{n + 1}" width="{w}" customWidth="1"/>'
        for n, w in enumerate(widths)
    )
    out.append("</cols><sheetData>")
    header = "".join(
        f'<c r="{letters[n]}1" t="inlineStr" s="{HEADER_STYLE}"><is>{_text(h)}</is></c>'
        for n, h in enumerate(sheet.header)
    )
    out.append(f'<row r="1">{header}</row>')
    texts: dict[str, str] = {}  # a day repeats its words (cash, CMHK, a login): once each
    for r, values in enumerate(sheet.rows, start=2):
        cells = []
        for letter, value in zip(letters, values, strict=True):
            kind = type(value)
            if value is None:
                continue
            if kind is Amount:
                cells.append(f'<c r="{letter}{r}" s="{AMOUNT_STYLE}"><v>{value}</v></c>')
            elif kind is int:
                cells.append(f'<c r="{letter}{r}"><v>{value}</v></c>')
            else:
                word = str(value)
                text = texts.get(word)
                if text is None:
                    text = texts[word] = _text(word)
                cells.append(f'<c r="{letter}{r}" t="inlineStr"><is>{text}</is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


def _styles(decimals: int) -> str:
    code = "0." + "0" * decimals if decimals else "0"
    return (
        f'{_XML}<styleSheet xmlns="{_MAIN}">'
        f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{code}"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '</cellStyleXfs><cellXfs count="3">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
        "</cellStyles></styleSheet>"
    )


def _parts(
    sheets: Sequence[XlsxSheet], created: datetime, title: str, decimals: int
) -> dict[str, str]:
    stamp = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    n = len(sheets)
    sheet_types = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, n + 1)
    )
    office = "application/vnd.openxmlformats-officedocument"
    parts = {
        "[Content_Types].xml": (
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{office}.spreadsheetml.'
            f'sheet.main+xml"/>{sheet_types}'
            f'<Override PartName="/xl/styles.xml" ContentType="{office}.spreadsheetml.'
            'styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/'
            'vnd.openxmlformats-package.core-properties+xml"/>'
            f'<Override PartName="/docProps/app.xml" ContentType="{office}.extended-'
            'properties+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'{_XML}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/extended-properties" '
            'Target="docProps/app.xml"/></Relationships>'
        ),
        "docProps/core.xml": (
            f'{_XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
            '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>Desk</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>"
        ),
        "docProps/app.xml": (
            f'{_XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties"><Application>Desk</Application></Properties>'
        ),
        "xl/workbook.xml": (
            f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            + "".join(
                f'<sheet name="{escape(s.name)}" sheetId="{i}" r:id="rId{i}"/>'
                for i, s in enumerate(sheets, start=1)
            )
            + "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'{_XML}<Relationships xmlns="{_PKG_REL}">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" '
                f'Target="worksheets/sheet{i}.xml"/>'
                for i in range(1, n + 1)
            )
            + f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": _styles(decimals),
    }
    for i, sheet in enumerate(sheets, start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = _sheet_xml(sheet)
    return parts


def workbook(
    sheets: Sequence[XlsxSheet], *, created: datetime, title: str = "", decimals: int = 2
) -> bytes:
    """The workbook's bytes: identical for identical sheets, title and ``created``."""
    for sheet in sheets:
        if not sheet.name or len(sheet.name) > 31 or _SHEET_NAME.search(sheet.name):
            raise ValueError(f"not a sheet name: {sheet.name!r}")
    moment = created.astimezone(UTC)
    when = (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute,
            moment.second)  # fmt: skip
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in _parts(sheets, created, title, decimals).items():
            entry = zipfile.ZipInfo(name, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0  # the same bytes whichever system writes it
            entry.external_attr = 0
            archive.writestr(entry, text.encode("utf-8"), compresslevel=1)  # fast; still small
    return out.getvalue()
