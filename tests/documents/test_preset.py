"""The form's preset font: its words embedded ready-made, the page the same to the eye
and to pdftotext as when every character is subset for the one document."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from desk.documents import draw, form
from desk.documents.fonts import FONT_NAME
from desk.documents.form import render_form
from desk.documents.labels import say
from desk.documents.model import FormDoc
from desk.documents.preset import font_runs
from tests.documents import samples
from tests.documents.reading import pdf_text

DOCS = {
    "zh_HK": lambda: samples.form("zh_HK"),
    "zh_CN": lambda: samples.form("zh_CN"),
    "esim": lambda: samples.esim_form(customer_copy=True),
    "copy": lambda: samples.form("zh_HK", copy_number=2),
}


def without_preset(monkeypatch: pytest.MonkeyPatch, doc: FormDoc) -> bytes:
    """The form with every character in the ordinary font, subset for it alone."""
    with monkeypatch.context() as m:
        m.setattr(form, "_preset", lambda zh: None)
        return render_form(doc)


def raster(pdf: bytes) -> bytes:
    """The page as poppler draws it at 100 dpi, grey (PGM)."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["pdftoppm", "-r", "100", "-gray", "-singlefile", "-", f"{folder}/page"],
            input=pdf,
            capture_output=True,
            check=True,
        )
        out = Path(folder, "page.pgm").read_bytes()
    assert out.startswith(b"P5") and len(out) > 800_000  # A4 at 100 dpi: 827 × 1169
    return out


@pytest.mark.parametrize("name", DOCS)
def test_the_page_is_the_same(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = DOCS[name]()
    with_preset, plain = render_form(doc), without_preset(monkeypatch, doc)
    assert with_preset != plain
    assert raster(with_preset) == raster(plain)
    for mode in ("-layout", "-raw"):
        assert pdf_text(with_preset, mode) == pdf_text(plain, mode)


def test_the_form_is_the_same_twice() -> None:
    assert render_form(samples.form("zh_HK")) == render_form(samples.form("zh_HK"))


@pytest.mark.parametrize("zh", ["zh_CN", "zh_HK"])
def test_only_the_data_goes_to_the_ordinary_font(zh: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word of the form missing from form.WORDS would be drawn in the ordinary font:
    its characters would show up here beside the customer's data."""
    ordinary: list[str] = []

    def runs(text: str, preset: object) -> list[tuple[str, str]]:
        cut = font_runs(text, preset)  # type: ignore[arg-type]
        ordinary.extend(part for font, part in cut if font == FONT_NAME)
        return cut

    monkeypatch.setattr(draw, "font_runs", runs)
    doc = samples.form(zh)
    render_form(doc)
    data = set(repr(doc))  # every value of the form, and more
    assert ordinary
    assert set("".join(ordinary)) <= data
    assert not any(say(key, zh) in "".join(ordinary) for key in form.WORDS)


def test_a_word_in_no_vocabulary_is_still_printed() -> None:
    pdf = render_form(samples.form("zh_HK", customer_name="龘靐 Dragon"))
    assert "龘靐 Dragon" in pdf_text(pdf, "-raw")


def test_one_subset_holds_the_vocabulary() -> None:
    """The form's words fit one subset of 255 codes: no font switch inside a label."""
    for zh in ("zh_CN", "zh_HK"):
        preset = form._preset(zh)
        assert preset is not None
        assert len(preset._template.subsets) == 1
