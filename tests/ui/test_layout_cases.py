"""The Cases page on a 1024×768 screen, in every language: choosing a case never makes
the window wider than the screen, its buttons wrap instead, the columns a clerk reads
stay whole; Home and End go to the first and the last case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desk.core.cases import CaseAction, CaseStatus
from desk.services import case_flow
from desk.ui.models_cases import CasesModel
from tests.services.case_helpers import counter_for, paid_case, pay_case, verified_case
from tests.services.day_helpers import WONG_LINE
from tests.ui.test_cases_page import cases_page

M = CasesModel


@pytest.fixture
def two_cases(store):
    """Chan's case under review (three steps), Wong's submitted (four)."""
    counter = counter_for(store)
    chan, _receipt = paid_case(store, counter)
    case_flow.submit(store.db, counter, store.clerk, chan)
    case_flow.advance(store.db, counter, store.clerk, chan, CaseAction.REVIEW)
    wong = verified_case(store, counter, msisdn=WONG_LINE)
    pay_case(store, counter, wong)
    case_flow.submit(store.db, counter, store.clerk, wong)
    return chan, wong


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)


def assert_on_screen(main, page) -> None:
    assert main.minimumSizeHint().width() <= 1024
    assert main.width() <= 1024 and main.height() <= 768
    for button in page.findChildren(QPushButton):
        if button.isVisible():
            rect = QRect(button.mapTo(main, QPoint(0, 0)), button.size())
            assert main.rect().contains(rect), (button.objectName(), rect)
    label = page.selected_label  # the application number and the state, whole
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN", "en"])
def test_choosing_a_case_keeps_the_window_on_a_1024_screen(
    qtbot, two_cases, main_window, desk, language
):
    desk.set_language(language)
    main_window.resize(1024, 768)
    page = cases_page(qtbot, main_window)
    assert page.model.rowCount() == 2
    for _ in range(2):  # from one case to the other and back: 3 steps, 4, 3 …
        for row in (0, 1):
            page.table.selectRow(row)
            settle(qtbot)
            case = page.selected_case()
            assert case is not None
            shown = {a for a, b in page.buttons.items() if b.isVisible()}
            assert shown == set(case.next_actions), case.status
            assert_on_screen(main_window, page)
    statuses = {page.model.case(r).status for r in (0, 1)}
    assert statuses == {CaseStatus.UNDER_REVIEW, CaseStatus.SUBMITTED}
    desk.set_language("en")


def whole(page, row: int, column: int, text: str | None = None) -> bool:
    text = page.model.text(row, column) if text is None else text
    need = page.table.fontMetrics().horizontalAdvance(text)
    return not page.table.isColumnHidden(column) and page.table.columnWidth(column) >= need + 4


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_the_columns_a_clerk_reads_stay_whole_at_1024(
    qtbot, two_cases, main_window, desk, language
):
    desk.set_language(language)
    main_window.resize(1024, 768)
    page = cases_page(qtbot, main_window)
    settle(qtbot)
    columns = [page.table.columnWidth(c) for c in range(M.NEXT + 1)]
    for row in range(page.model.rowCount()):
        for column in (M.NUMBER, M.STATUS, M.AGE, M.LINE, M.CARRIER, M.NEXT):
            assert whole(page, row, column), (row, page.model.text(row, column), columns)
        name = page.model.text(row, M.CUSTOMER).split()[0]  # the Chinese name
        assert whole(page, row, M.CUSTOMER, name + " …"), (name, columns)
    total = sum(page.table.columnWidth(c) for c in range(M.NEXT + 1))
    assert total <= page.table.viewport().width()  # no scrolling sideways
    desk.set_language("en")


def test_every_column_whole_on_a_large_screen(qtbot, two_cases, main_window):
    main_window.resize(1920, 1080)
    page = cases_page(qtbot, main_window)
    settle(qtbot)
    for row in range(page.model.rowCount()):
        for column in range(page.model.columnCount()):
            assert whole(page, row, column), (row, column, page.model.text(row, column))
    # and the spare room at the end, not spread into gaps a screen wide
    assert page.table.columnWidth(M.CARRIER) < 300


def test_home_and_end_go_to_the_first_and_the_last_case(qtbot, two_cases, main_window):
    page = cases_page(qtbot, main_window)
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_End)
    assert page.table.currentIndex().row() == 1
    assert page.selected_case().id == page.model.case(1).id
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == 1  # as before


def test_a_wrap_row_wraps_what_does_not_fit(qtbot):
    from PySide6.QtWidgets import QWidget

    from desk.ui.wrap_row import WrapRow

    holder = QWidget()
    qtbot.addWidget(holder)
    row = WrapRow(holder)
    widgets = []
    for width in (100, 120, 120, 0):  # the last: hidden, takes no room
        w = QWidget()
        w.setFixedSize(width or 50, 30)
        w.setVisible(bool(width))
        row.addWidget(w)
        widgets.append(w)
    assert row.minimumSize().width() == 120  # one widget a line at the narrowest
    assert row.heightForWidth(400) == 30 and row.heightForWidth(300) == 30 + 6 + 30
    row.setGeometry(QRect(0, 0, 300, 66))
    first, second, third = (w.geometry() for w in widgets[:3])
    assert first.topLeft() == QPoint(0, 0)  # the first keeps left …
    assert second.topLeft() == QPoint(300 - 120, 0)  # … the others go right
    assert third.topLeft() == QPoint(300 - 120, 36)  # on the next line
