"""Printing a PDF on a system printer, and the seam tests use instead of the dialogs.

Desk's documents are PDFs made by reportlab (``desk.documents``); what the customer gets
on paper is the same PDF, each page drawn on the printer at its resolution, so the
preview, the saved file and the paper never differ.

Like :mod:`desk.ui.msgbox`, the Qt print and save dialogs are behind a seam: with
``interactive`` False (tests, automation) nothing pops up — a print goes to the next
file of ``print_to`` (as a PDF, through the same drawing code) and a save to the next
path of ``save_to``; with neither given, the clerk "cancelled". The PDFs so printed
are kept in ``sent``: a printed page is an image, with no text to read back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

MAX_DPI = 300
BAND_PIXELS = 400_000  # one band of a page rendered at a time (see print_pdf)

interactive = True
print_to: list[Path] = []  # where prints go when nobody is asked (first in, first out)
save_to: list[Path] = []  # what the save dialog answers when nobody is asked
printed: list[Path] = []  # the files printed that way (pages drawn as images, like paper)
sent: list[bytes] = []  # the PDFs sent to those prints, for the tests to read back


def load(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading ``pdf`` from memory (keep the buffer while it is used)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


# One blank page: enough for the PDF engine to load itself.
_BLANK_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def warm_up() -> None:
    """Load the PDF engine once, while nobody waits (after the login): its first use
    costs a tenth of a second on the GUI thread, the first receipt's preview otherwise.
    The printout font is read, and the form's own words subset, on a thread of its own
    meanwhile."""
    import threading

    from desk.documents import form

    threading.Thread(target=form.prepare, name="fontWarmUp", daemon=True).start()
    document, buffer = load(_BLANK_PDF)
    if document.pageCount():
        document.render(0, QSize(8, 8))
    document.close()
    buffer.close()


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """The printer the clerk picks in the Qt print dialog, or None (cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not interactive:
        if not print_to:
            return None
        target = print_to.pop(0)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printed.append(target)
        return printer
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def print_pdf(pdf: bytes, printer: QPrinter) -> bool:
    """Draw every page of ``pdf`` on ``printer``; False if the printer could not start.

    Pages are drawn as images at most :data:`MAX_DPI` (a thermal head prints 203 dpi, an
    office laser 300–600: finer costs seconds and shows nothing more). Safe to run off
    the GUI thread (Qt paints on a QPrinter from any thread): the preview does.
    """
    if not interactive:
        sent.append(pdf)
    document, buffer = load(pdf)
    try:
        painter = QPainter()
        if not painter.begin(printer):
            return False
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = min(printer.resolution(), MAX_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            # Fitted to the paper, never larger than printed size (a receipt on A4 paper
            # stays a receipt, at the top left).
            scale = min(
                target.width() / points.width(),
                target.height() / points.height(),
                printer.resolution() / 72,
            )
            on_paper = QSize(int(points.width() * scale), int(points.height() * scale))
            rendered = on_paper.scaled(
                int(points.width() * dpi / 72),
                int(points.height() * dpi / 72),
                Qt.AspectRatioMode.KeepAspectRatio,
            )
            # In bands: each render holds Python's lock while it runs, and the window's
            # thread needs it to draw — a band is a few ms, a whole page a quarter second.
            bands = max(1, rendered.width() * rendered.height() // BAND_PIXELS)
            step = rendered.height() / bands
            for band in range(bands):
                top, bottom = round(band * step), round((band + 1) * step)
                options = QPdfDocumentRenderOptions()
                options.setScaledClipRect(QRect(0, top, rendered.width(), bottom - top))
                options.setScaledSize(rendered)
                image: QImage = document.render(
                    page, QSize(rendered.width(), bottom - top), options
                )
                y = on_paper.height() / rendered.height()
                painter.drawImage(
                    QRect(0, round(top * y), on_paper.width(), round((bottom - top) * y)),
                    image,
                )
        painter.end()
        return True
    finally:
        document.close()
        buffer.close()


def choose_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Where to save a PDF (the Qt save dialog), or None (cancelled)."""
    if not interactive:
        return save_to.pop(0) if save_to else None
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
