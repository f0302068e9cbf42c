"""Every screen from 1024×768 to 1920×1080: nothing a clerk needs behind a scrollbar."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSize, Qt

from desk.app import MAIN_SIZE
from desk.ui.screens import first_size
from tests.ui.conftest import log_in
from tests.ui.test_lookup_page import wait_for


def widest_line(page, column):
    metrics = page.results.fontMetrics()
    return max(
        metrics.horizontalAdvance(text)
        for row in range(page.model.rowCount())
        for text in page.model.text_lines(row, column)
    )


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_results_columns_fit_their_content(qtbot, main_window, size):
    main_window.resize(*size)
    page = main_window.lookup
    qtbot.keyClicks(page.field, "chan")  # CHAN's second line carries the SIM change lock
    wait_for(qtbot, page, 1)
    qtbot.wait(50)
    lines_width = page.results.columnWidth(1)
    needed = widest_line(page, 1)
    assert needed <= lines_width < needed + 60  # all of it, and not a screen's width more
    total = page.results.columnWidth(0) + lines_width
    assert total <= page.results.viewport().width()
    assert page.results.horizontalScrollBar().maximum() == 0


def test_a_long_store_name_is_elided_not_widening_the_window(qtbot, desk):
    desk.store = replace(desk.store, name="Desk Demo Store " + "Very Long Branch Name " * 12)
    desk.set_language("en")
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    main = desk.main
    main.resize(1024, 768)
    qtbot.wait(50)
    assert main.minimumSizeHint().width() <= 1024 and main.width() <= 1024
    label = main.status_store
    assert label.text().endswith("Very Long Branch Name ")  # the whole text is kept
    assert label.elided().endswith("…") and label.toolTip() == label.text()
    assert main.status_sync.isVisible()
    assert main.status_sync.geometry().right() <= main.statusBar().width()


def test_complete_at_1024_by_768(qtbot, main_window):
    main_window.resize(1024, 768)
    qtbot.wait(50)
    assert main_window.minimumSizeHint().width() <= 1024
    assert main_window.minimumSizeHint().height() <= 768
    for button in [*main_window.nav_buttons.values(), main_window.logout_button]:
        assert button.isVisible() and button.geometry().bottom() < 768
        text = button.fontMetrics().horizontalAdvance(button.text())
        assert text + 32 <= button.width()  # the padding of the navigation buttons
    qtbot.keyClick(main_window, Qt.Key.Key_F2)


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN", "en"])
def test_no_page_makes_the_window_wider_than_1024(qtbot, main_window, desk, language):
    """A hidden page counts too: the stack is as wide as its widest page."""
    desk.set_language(language)
    qtbot.waitUntil(lambda: main_window.minimumSizeHint().width() > 0)
    widths = {k: w.minimumSizeHint().width() for k, w in main_window.pages.items()}
    assert main_window.minimumSizeHint().width() <= 1024, widths
    desk.set_language("en")


@pytest.mark.parametrize(
    ("available", "size", "maximized"),
    [
        ((1920, 1040), (1366, 768), False),  # a large screen: the size Desk prefers
        ((1024, 728), (1008, 688), True),  # 1024×768 less a taskbar: all of it
        ((1366, 728), (1350, 688), True),  # 1366×768 less a taskbar: no room for a frame
    ],
)
def test_the_first_size_fits_the_screen(available, size, maximized):
    assert first_size(MAIN_SIZE, QSize(*available)) == (QSize(*size), maximized)


def test_the_main_window_opens_on_the_screen_then_as_it_was_left(qtbot, desk):
    """The offscreen screen is 800×800: smaller than 1366×768, so the whole of it."""
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    main = desk.main
    screen = main.screen().availableGeometry()
    assert main.isMaximized()
    assert main.width() <= max(screen.width(), main.minimumSizeHint().width())
    assert main.frameGeometry().height() <= screen.height()
    main.showNormal()
    left = QSize(790, 640).expandedTo(main.minimumSizeHint())  # less than the screen
    main.resize(left)
    qtbot.waitUntil(lambda: main.size() == left)
    desk.logout()  # the size it was left at is remembered …
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    assert not desk.main.isMaximized()  # … and it opens at it again
    assert desk.main.size() == left, main.minimumSizeHint()
