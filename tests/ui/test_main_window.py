"""The main window: navigation, honest placeholder pages, the status bar, F2 and Esc."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QStatusBar, QTableView, QWidget

NAMES = ["navLookup", "navCases", "navStock", "navDay", "navSync", "navSettings"]


def test_automation_names(main_window):
    for name in NAMES:
        button = main_window.findChild(QPushButton, name)
        assert button is not None and button.accessibleName() == name
    assert main_window.findChild(QLineEdit, "lookupField") is not None
    assert main_window.findChild(QTableView, "lookupResults") is not None
    assert main_window.findChild(QWidget, "customerCard") is not None
    assert main_window.findChild(QStatusBar, "statusBar") is not None


def test_status_bar_shows_store_clerk_day_and_sync(qtbot, main_window, desk):
    # The sync's state is read on its own thread, right after login.
    qtbot.waitUntil(lambda: "not enrolled" in main_window.status_sync.text())
    bar = main_window.findChild(QStatusBar, "statusBar")
    text = " | ".join(w.text() for w in bar.findChildren(type(main_window.status_day)))
    assert "HK01" in text and "Chan Siu Ming" in text and "clerk" in text
    assert desk.business_day().isoformat() in text
    assert abs((desk.business_day() - date.today()).days) <= 1
    assert "Sync: not enrolled" in text  # until head office enrols this Desk


def test_pages_that_come_later_say_so(qtbot, main_window):
    for key in ("stock",):
        qtbot.mouseClick(main_window.nav_buttons[key], Qt.MouseButton.LeftButton)
        page = main_window.stack.currentWidget()
        assert page is main_window.pages[key]
        assert "not available in this version yet" in page.body.text()


def test_f2_from_anywhere_and_esc_back(qtbot, main_window):
    qtbot.mouseClick(main_window.nav_buttons["settings"], Qt.MouseButton.LeftButton)
    assert main_window.current_page() == "settings"
    qtbot.keyClick(main_window, Qt.Key.Key_F2)
    assert main_window.current_page() == "lookup"
    qtbot.waitUntil(lambda: main_window.lookup.field.hasFocus())
    qtbot.mouseClick(main_window.nav_buttons["day"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(main_window, Qt.Key.Key_Escape)
    assert main_window.current_page() == "lookup"


def test_complete_at_1366_by_768(qtbot, main_window):
    main_window.resize(1366, 768)
    assert main_window.minimumSizeHint().width() <= 1366
    assert main_window.minimumSizeHint().height() <= 768
    for button in main_window.nav_buttons.values():
        assert button.isVisible() and button.geometry().bottom() < 768
