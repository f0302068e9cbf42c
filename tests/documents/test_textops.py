"""Text written as operators: what reportlab's own text object writes, byte for byte."""

from __future__ import annotations

import random
import re
from io import BytesIO

from reportlab.lib import rl_accel
from reportlab.pdfgen.canvas import Canvas

from desk.documents.fonts import register
from desk.documents.preset import font_runs
from desk.documents.textops import Line, centred, escape, fp, show

LINES = [
    Line(39.68504, 791.0247, 12, "旺角店 Mong Kok Shop", bold=True),
    Line(39.68504, 775.5, 12, "(bold) \\ again", bold=True),
    Line(39.68504, 760.2, 8, "九龍旺角彌敦道688號"),
    Line(120.5, 760.2, 8, "HK01-A-20261122-0007"),
    Line(120.5, 748.0, 9.5, ""),
    Line(300.25, 748.0, 9.5, "陳大文 CHAN Tai Man"),
    Line(200, 700, 15, "補卡申請表", bold=True),
    Line(200, 680, 15, "SIM Card Replacement Application", bold=True),
    Line(210, 660, 11, "副本 / COPY 2", bold=True),
    Line(210, 640, 9, "after bold"),
]


def page(draw: object) -> bytes:
    """The page's content stream, uncompressed."""
    out = BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=0)
    canvas.setFont(register(), 12)
    draw(canvas)  # type: ignore[operator]
    canvas.showPage()
    canvas.save()
    streams = re.findall(rb"stream\r?\n(.*?)endstream", out.getvalue(), re.S)
    return b"".join(stream for stream in streams if b" Tm " in stream)


def with_text_object(canvas: Canvas) -> None:
    """The lines as desk/documents/draw.py drew them with reportlab's text object."""
    name = register()
    text, bold, size = None, False, 0.0
    for line in LINES:
        if text is None or line.bold != bold or (bold and line.size != size):
            if text is not None:
                canvas.drawText(text)
            if line.bold:
                canvas.setLineWidth(line.size * 0.04)
            canvas.setFont(name, line.size)
            text, bold, size = canvas.beginText(line.x, line.y), line.bold, line.size
            text.setTextRenderMode(2 if bold else 0)
        else:
            if line.size != size:
                text.setFont(name, line.size)
                size = line.size
            text.setTextOrigin(line.x, line.y)
        text.textLine(line.text)
    assert text is not None
    canvas.drawText(text)


def test_show_writes_what_the_text_object_writes() -> None:
    """Bold (a new text object, ``Tr``, the outline's width), sizes, subsets, escapes;
    apart from the ``0 Tr`` where plain text follows bold, which reportlab forgets (its
    text would be drawn bold: the mode outlives ``ET``)."""
    ours = page(lambda canvas: show(canvas, LINES, lambda text: font_runs(text, None)))
    theirs = page(with_text_object)
    assert b") Tj T* ET" in theirs
    assert ours.count(b" 0 Tr") == 2  # before the two plain lines after bold ones
    assert ours.replace(b" 0 Tr", b"") == theirs


def test_fp_is_fp_str() -> None:
    rng = random.Random(8)
    values = [0, 1e-8, -1e-8, 1, -1, 0.5, -0.5, 10, 100, 1000, 1e6, 1e7, 0.1 + 0.2]
    values += [12.600000000000001, 999.99999999, 9.9999999, 0.99999999, 1.0000001]
    values += [rng.uniform(-2000, 2000) for _ in range(20_000)]
    values += [round(rng.uniform(0, 900), rng.randint(0, 8)) for _ in range(20_000)]
    assert [fp(v) for v in values] == [rl_accel.fp_str(v) for v in values]
    assert fp(1.5, 2.25, 100) == rl_accel.fp_str(1.5, 2.25, 100)


def test_escape_is_escape_pdf() -> None:
    every = bytes(range(256))
    assert escape(every) == rl_accel.escapePDF(every)


def test_centred_is_where_draw_centred_string_starts() -> None:
    text = "第 1 頁，共 2 頁"
    ours = page(
        lambda c: show(c, [Line(centred(text, 300, 8), 20, 8, text)], lambda t: [(register(), t)])
    )
    theirs = page(lambda c: (c.setFont(register(), 8), c.drawCentredString(300, 20, text)))
    assert ours == theirs
