"""Every character Desk may print has a glyph; the rest is refused, not dropped."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources

import pytest

from desk.core.errors import DeskError
from desk.documents.fonts import FONT_FILE, missing_glyphs, require_glyphs
from desk.documents.form import render_form
from desk.documents.labels import WORDS
from desk.documents.receipt import render_receipt
from tests.documents import samples
from tests.documents.reading import pdf_text, squash


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def demo_names() -> list[str]:
    """Every string of the demo people and catalogue: names in all their scripts."""
    found: list[str] = []
    for name in ("people.json", "catalog.json"):
        data = json.loads(resources.files("desk.demo").joinpath(name).read_text("utf-8"))
        found.extend(_strings(data))
    return found


def test_the_font_ships_with_desk() -> None:
    assert FONT_FILE.is_file()
    assert FONT_FILE.with_name("README.md").read_text().count("Apache") >= 1


def test_every_demo_name_and_label_has_a_glyph() -> None:
    labels = [word for words in WORDS.values() for word in words]
    assert missing_glyphs("".join(demo_names() + labels)) == set()


def test_every_demo_name_prints_and_reads_back() -> None:
    chinese = sorted({ch for text in demo_names() for ch in text if ord(ch) > 0x2E80})
    assert len(chinese) > 100
    text = "".join(chinese)
    receipt = render_receipt(samples.receipt("zh_HK", reason=text), "a4")
    form = render_form(samples.form("zh_CN", customer_name=text))
    for pdf in (receipt, form):
        assert set(chinese) <= set(squash(pdf_text(pdf, "-raw")))


@pytest.mark.parametrize("rare", ["😀", "\U00020000", "\U0002a6d6"])
def test_a_character_the_font_lacks_is_refused(rare: str) -> None:
    assert missing_glyphs(f"陳{rare}文") == {rare}
    with pytest.raises(DeskError) as refused:
        require_glyphs(f"陳{rare}文")
    assert refused.value.code == "document_missing_glyph"
    with pytest.raises(DeskError):
        render_form(samples.form(proxy_name=f"陳{rare}文"))


def test_newlines_are_layout_not_glyphs() -> None:
    assert missing_glyphs("收據\nReceipt") == set()
