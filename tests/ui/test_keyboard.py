"""The keyboard at the counter: scans from anywhere, Tab, the page keys, Esc, paging."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.factories import ICCIDS
from tests.ui.test_lookup_page import wait_for


def scan(qtbot, text: str) -> None:
    """What a scanner does: each key to whatever has the focus then, and Enter."""
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def open_customer(qtbot, page, query: str) -> None:
    qtbot.keyClicks(page.field, query)
    wait_for(qtbot, page, 1)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(page.showing_card)  # the card is read on its own thread


def test_a_scan_over_an_open_card_lands_on_the_scanned_customer(qtbot, main_window):
    page = main_window.lookup
    open_customer(qtbot, page, "chan tai")
    qtbot.waitUntil(page.card.hasFocus)
    scan(qtbot, ICCIDS[1])
    assert page.field.text() == ICCIDS[1]  # the old query was replaced, not added to
    qtbot.waitUntil(lambda: page.showing_card() and "CHEN Xiaohong" in page.card.name.text())
    assert "CHAN Tai Man" not in page.card.name.text()


def test_typing_on_another_page_starts_a_lookup(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_F4)
    assert main_window.current_page() == "stock"
    qtbot.keyClick(QApplication.focusWidget() or main_window, "w")
    assert main_window.current_page() == "lookup"
    assert main_window.lookup.field.hasFocus() and main_window.lookup.field.text() == "w"


def test_the_card_never_stays_up_while_a_new_search_is_typed(qtbot, main_window):
    page = main_window.lookup
    open_customer(qtbot, page, "chan tai")
    page.field.setFocus()
    qtbot.keyClick(page.field, "x")
    assert not page.showing_card()


def test_a_text_field_elsewhere_keeps_its_keys(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_F3)
    own = QLineEdit(main_window.pages["cases"])
    own.show()
    own.setFocus()
    qtbot.waitUntil(own.hasFocus)
    for ch in "5123":
        qtbot.keyClick(QApplication.focusWidget(), ch)
    assert own.text() == "5123"
    assert main_window.current_page() == "cases" and main_window.lookup.field.text() == ""


def test_space_and_ctrl_keys_are_not_taken(qtbot, main_window):
    page = main_window.lookup
    open_customer(qtbot, page, "chan tai")
    qtbot.keyClick(page.card, Qt.Key.Key_Space)
    qtbot.keyClick(page.card, "c", Qt.KeyboardModifier.ControlModifier)
    assert page.showing_card() and page.field.text() == "chan tai"


def test_tab_leaves_the_results_without_changing_the_customer(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "tai man")
    wait_for(qtbot, page, 2)
    assert not page.results.tabKeyNavigation()
    page.results.setFocus()
    qtbot.waitUntil(page.results.hasFocus)
    chosen = page.results.currentIndex().row()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert page.results.currentIndex().row() == chosen
    assert not page.results.hasFocus()


def test_tab_leaves_the_lines_of_the_card(qtbot, main_window):
    page = main_window.lookup
    open_customer(qtbot, page, "chan tai")
    lines = page.card.lines
    assert not lines.tabKeyNavigation()
    lines.setFocus()
    lines.selectRow(0)
    qtbot.keyClick(lines, Qt.Key.Key_Tab)
    assert not lines.hasFocus() and lines.currentRow() == 0


def test_every_page_and_log_out_have_a_key_shown_beside_them(qtbot, main_window, desk):
    keys = {"lookup": "F2", "cases": "F3", "stock": "F4", "day": "F5", "sync": "F6"}
    keys["settings"] = "F7"
    for page, key in keys.items():
        assert main_window.nav_buttons[page].text().endswith(key)
        qtbot.keyClick(main_window, getattr(Qt.Key, f"Key_{key}"))
        assert main_window.current_page() == page
    assert main_window.logout_button.text().endswith("Ctrl+L")
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert desk.main is None and desk.login.isVisible()


def test_log_out_asks_first_when_a_page_is_busy(qtbot, main_window, desk, quiet_dialogs):
    from desk.ui import msgbox

    main_window.pages["cases"].busy_reason = lambda: "A replacement case is in progress."
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert desk.main is main_window  # answered no
    assert quiet_dialogs[-1].startswith("A replacement case is in progress.")
    msgbox.answers.append(True)
    main_window.logout_button.click()
    assert desk.main is None


def test_esc_in_the_field_clears_it(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "tai")
    wait_for(qtbot, page, 2)
    qtbot.keyClick(page.field, Qt.Key.Key_Escape)
    assert page.field.text() == "" and page.model.rowCount() == 0
    assert page.field.hasFocus()


def test_page_keys_move_the_selection_from_the_field(qtbot, main_window):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "tai man")
    wait_for(qtbot, page, 2)
    qtbot.keyClick(page.field, Qt.Key.Key_End)
    assert page.results.currentIndex().row() == 1
    qtbot.keyClick(page.field, Qt.Key.Key_Home)
    assert page.results.currentIndex().row() == 0
    qtbot.keyClick(page.field, Qt.Key.Key_PageDown)
    assert page.results.currentIndex().row() == 1
    qtbot.keyClick(page.field, Qt.Key.Key_PageUp)
    assert page.results.currentIndex().row() == 0
    assert page.field.hasFocus()
    last = page.model.customer(1).name_en
    qtbot.keyClick(page.field, Qt.Key.Key_End)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(page.showing_card)
    assert last in page.card.name.text()
