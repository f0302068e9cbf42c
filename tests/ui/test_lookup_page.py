"""The lookup as the clerk uses it: type, see results, Enter for the card, Esc back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.factories import ICCIDS


def type_cjk(widget, text):
    """What an input method does: commit the composed text (keyClicks can't type CJK)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def shown(page):
    """The customers' names as listed (the first text line of the first column)."""
    m = page.model
    return [m.data(m.index(r, 0)).split("\n")[0] for r in range(m.rowCount())]


def wait_for(qtbot, page, count):
    qtbot.waitUntil(lambda: page._answered == page.field.text() and page.model.rowCount() == count)


def test_latin_name_as_typed(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "chan tai")
    wait_for(qtbot, page, 1)
    assert shown(page) == ["CHAN Tai Man  陳大文"]
    assert page.model.data(page.model.index(0, 0)).split("\n")[1] == "A123***(3)"
    lines = page.model.data(page.model.index(0, 1)).split("\n")
    assert lines == [
        "+852 5123 4567 · China Mobile Hong Kong",
        "+852 6123 0001 · China Mobile Hong Kong · ⚠ SIM change lock",
    ]
    assert page.count.text() == "Matching customers: 1."


def test_chinese_through_an_input_method(qtbot, main_window):
    page = main_window.lookup
    type_cjk(page.field, "大文")
    assert page.field.text() == "大文"
    wait_for(qtbot, page, 2)
    assert sorted(shown(page)) == ["CHAN Tai Man  陳大文", "WONG Tai Man  黃大文"]


def test_enter_opens_the_card_and_esc_goes_back(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "A123456(3)")
    wait_for(qtbot, page, 1)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(page.showing_card)
    card = page.card
    assert card.isVisible() and "CHAN Tai Man" in card.name.text()
    assert "A123***(3)" in card.documents.text()
    assert card.lines.rowCount() == 2
    assert card.lines.item(1, 3).text() == "active\n⚠ SIM change lock"
    assert card.cases.text() == "No replacement cases for this customer yet."
    qtbot.keyClick(main_window, Qt.Key.Key_Escape)
    assert not page.showing_card() and page.field.text() == "A123456(3)"


def test_a_scanner_typing_an_iccid_and_enter_lands_on_the_customer(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, ICCIDS[1])
    qtbot.keyClick(page.field, Qt.Key.Key_Return)  # before the search has answered
    qtbot.waitUntil(page.showing_card)
    assert "CHEN Xiaohong" in page.card.name.text()


def test_arrow_keys_choose_the_row_enter_opens(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "tai man")
    wait_for(qtbot, page, 2)
    second = page.model.customer(1).name_en
    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(page.showing_card)
    assert second in page.card.name.text()


def test_no_match_and_clearing(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "zzzz")
    wait_for(qtbot, page, 0)
    assert page.count.text() == "No customer matches."
    page.field.clear()
    assert page.model.rowCount() == 0 and page.count.text() == "Type to find a customer."


@pytest.mark.parametrize("typed", ["5123 4567", "+852 5123-4567"])
def test_phone_as_typed(qtbot, main_window, typed):
    page = main_window.lookup
    qtbot.keyClicks(page.field, typed)
    wait_for(qtbot, page, 1)
    assert shown(page) == ["CHAN Tai Man  陳大文"]


def test_results_model_passes_the_model_tester(qtbot, qtmodeltester, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "tai")
    wait_for(qtbot, page, 2)
    qtmodeltester.check(page.model)


def test_a_misread_scan_is_explained_under_the_field(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "89014103211118510721")  # CHAN's, but for the last digit
    wait_for(qtbot, page, 1)
    qtbot.waitUntil(page.hint.isVisible)
    assert page.hint.text() == "ICCID: Check digit should be 0, not 1."
    page.field.clear()
    qtbot.keyClicks(page.field, "89014103211118510821")  # any digit may be the wrong one
    wait_for(qtbot, page, 0)
    qtbot.waitUntil(page.hint.isVisible)
    assert page.hint.text() == "ICCID: This number is not valid: check every digit."
    assert page.count.text() == "No customer matches."


def test_a_stopped_line_says_so_in_the_results(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "eriksson")
    wait_for(qtbot, page, 1)
    assert (
        page.model.data(page.model.index(0, 1))
        == "+852 5234 5678 · China Mobile Hong Kong · ⚠ suspended"
    )


def test_a_number_being_typed_says_what_is_needed_and_stays_steady(qtbot, main_window):
    page = main_window.lookup
    seen = []
    page._runner.finished.connect(lambda *_: seen.append((page.count.text(), page.hint.text())))
    page.hint.setText("")
    for i, _ in enumerate("A123456", start=1):
        page.field.setText("A123456"[:i])
        qtbot.waitUntil(lambda: page._answered == page.field.text())
    letters = "Type at least 2 letters of a name, or a whole ID number."
    whole_id = (
        "Type the whole ID number: an HKID has 1 or 2 letters, 6 digits and a check character."
    )
    assert [text for text, _ in seen] == [letters] + [whole_id] * 5 + ["Matching customers: 1."]
    assert not page.hint.isVisible() and {hint for _, hint in seen} == {""}
    assert shown(page) == ["CHAN Tai Man  陳大文"]  # found without typing the check digit
    seen.clear()
    for typed in ("5", "51", "512"):
        page.field.setText(typed)
        qtbot.waitUntil(lambda: page._answered == page.field.text())
    assert [text for text, _ in seen] == ["Type at least 4 digits of a phone number."] * 3
