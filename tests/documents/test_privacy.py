"""No document ever prints a full ID number."""

from __future__ import annotations

import pytest

from desk.core.errors import DeskError
from desk.documents.form import render_form
from desk.documents.receipt import render_receipt
from tests.documents import samples
from tests.documents.reading import pdf_text, squash


def test_the_full_number_is_never_on_paper() -> None:
    pdfs = [
        render_receipt(samples.receipt("en"), "80mm"),
        render_receipt(samples.void("zh_CN"), "a4"),
        render_form(samples.form("zh_HK")),
        render_form(samples.esim_form(customer_copy=True)),
    ]
    for pdf in pdfs:
        text = squash(pdf_text(pdf))
        assert "A123***(3)" in text
        assert samples.FULL_HKID not in text and "A123456(3)" not in text


@pytest.mark.parametrize("unmasked", [samples.FULL_HKID, "A123456(3)"])
def test_an_unmasked_number_is_refused(unmasked: str) -> None:
    with pytest.raises(DeskError) as refused:
        render_receipt(samples.receipt("en", id_masked=unmasked), "80mm")
    assert refused.value.code == "document_id_not_masked"
    with pytest.raises(DeskError):
        render_form(samples.form(id_masked=unmasked))
