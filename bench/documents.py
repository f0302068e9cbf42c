"""Milliseconds to draw a receipt and an application form, beside a bare reportlab page.

    python bench/documents.py [runs]

Each document is timed over ``runs`` renders (median), next to a bare one-page canvas
made in turns with it, with the same embedded font and one line of Chinese: the ratio
is what Desk's layout adds to reportlab's own cost. The first use of the font (parsing the
TrueType collection) is paid once per process and shown on its own. Prints; never asserts.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desk.documents.fonts import register
from desk.documents.form import render_form
from desk.documents.receipt import render_receipt
from tests.documents import samples


def bare_page() -> bytes:
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setFont(register(), 12)
    canvas.drawString(72, 760, "補卡申請表 收據 旺角店 Mong Kok HK$100.00")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def median_ms(make: Callable[[], bytes], runs: int) -> tuple[float, float]:
    """Median milliseconds of ``make`` and of the bare page, made in turns: the machine
    that slows one down in the middle of a run slows the other as much."""
    document: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        for made, times in ((make, document), (bare_page, bare)):
            start = time.perf_counter()
            made()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(document), statistics.median(bare)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    start = time.perf_counter()
    register()
    print(f"font first use (parse + register): {(time.perf_counter() - start) * 1000:.0f} ms")
    receipt, form = samples.receipt("zh_HK"), samples.form("zh_HK")
    esim = samples.esim_form(customer_copy=True)
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("receipt 80mm", lambda: render_receipt(receipt, "80mm")),
        ("receipt A4", lambda: render_receipt(receipt, "a4")),
        ("form (SIM)", lambda: render_form(form)),
        ("form (eSIM, QR)", lambda: render_form(esim)),
    ]
    for _, make in cases:  # warm: first glyph widths, QR tables
        make()
    print(f"{'document':<18}{'median ms':>10}{'bare ms':>9}{'ratio':>7}{'bytes':>8}")
    for name, make in cases:
        document, bare = median_ms(make, runs)
        size = len(make())
        print(f"{name:<18}{document:>10.1f}{bare:>9.1f}{document / bare:>7.1f}{size:>8}")


if __name__ == "__main__":
    main()
