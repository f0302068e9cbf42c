"""The text of four documents, fixed: a change of wording or layout shows up here.

Run with ``DESK_UPDATE_GOLDEN=1`` to rewrite the expected text after a deliberate change.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from desk.documents.form import render_form
from desk.documents.receipt import render_receipt
from desk.documents.zreport import render_zreport
from tests.documents import samples
from tests.documents.reading import pdf_text
from tests.documents.zreport_sample import zreport

GOLDEN = Path(__file__).with_name("golden")
DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "receipt_80mm_zh_HK.txt": lambda: render_receipt(samples.receipt("zh_HK"), "80mm"),
    "receipt_a4_en.txt": lambda: render_receipt(samples.receipt("en"), "a4"),
    "form_zh_CN.txt": lambda: render_form(samples.form("zh_CN")),
    "zreport_zh_HK.txt": lambda: render_zreport(zreport(), "zh_HK"),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_printed_text_matches_the_golden_copy(name: str) -> None:
    text = pdf_text(DOCUMENTS[name]())
    path = GOLDEN / name
    if os.environ.get("DESK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
