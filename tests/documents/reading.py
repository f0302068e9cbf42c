"""Reading a rendered PDF back as a customer's eyes and a scanner would: its text and its
barcodes, from poppler."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path


def pdf_text(pdf: bytes, mode: str = "-layout") -> str:
    """``pdftotext -layout`` of the PDF, trailing spaces of each line dropped."""
    out = subprocess.run(
        ["pdftotext", mode, "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return "\n".join(line.rstrip() for line in out.splitlines()).strip("\n") + "\n"


def squash(text: str) -> str:
    """Without any whitespace: a value wrapped over lines still reads as one string."""
    return re.sub(r"\s+", "", text)


def missing_from(pdf: bytes, expected: list[str]) -> list[str]:
    """Which of ``expected`` the PDF's text does not contain.

    Read in drawing order (``-raw``): with ``-layout`` a value wrapped in one column of
    the form interleaves with the label of the next column.
    """
    text = squash(pdf_text(pdf, "-raw"))
    return [value for value in expected if squash(value) not in text]


def codes_on(pdf: bytes, dpi: int = 200) -> list[tuple[str, str]]:
    """The barcodes on the PDF's first page as a scanner reads them from poppler's
    drawing of it: (format, text), e.g. ("QRCode", "HK01-1-20261122-0042")."""
    import zxingcpp
    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", "-png", "-", f"{folder}/page"],
            input=pdf,
            capture_output=True,
            check=True,
        )
        with Image.open(Path(folder, "page.png")) as page:
            found = zxingcpp.read_barcodes(page)
    return sorted((code.format.name, code.text) for code in found)
