"""The Day page, keys only: the morning's float, a supervisor's bank drop, the drawer
counted note by note, over/short, and the close with the supervisor's PIN and reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from desk.core.day import DayStatus
from desk.store.day_models import BusinessDay, CashMovement, DayCount
from tests.factories import SUPERVISOR_PIN
from tests.ui.conftest import log_in
from tests.ui.wizard_helpers import focus, press, type_text


@pytest.fixture
def open_day() -> bool:
    return False  # this test opens it, as each morning


def supervisor_confirms(qtbot, page, reason: str, pin: str = SUPERVISOR_PIN) -> QDialog:
    dialog = page.findChild(QDialog, "dayCloseDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: focus() is not None and focus().objectName() == "supervisorPin")
    type_text(qtbot, pin)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, reason)
    press(qtbot, Qt.Key.Key_Return)
    return dialog


def test_a_day_opened_moved_counted_and_closed_with_the_keyboard(qtbot, desk, store):
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    main = desk.main
    assert main.current_page() == "day"  # no day open: the float comes first
    assert "Business day: not open" in main.status_day.text()
    page = main.pages["day"]
    qtbot.waitUntil(lambda: focus() is page.float_field)
    assert page.float_field.text() == "1000.00"  # the setting's usual float, selected
    type_text(qtbot, "800")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.summary is not None)
    assert page.expected.text() == "HK$800.00"
    assert desk.business_day().isoformat() in main.status_day.text()

    # A bank drop of HK$300 by the supervisor: Ctrl+U, the amount, the PIN, a reason.
    press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(QDialog, "dayCashDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isActiveWindow())
    assert focus().objectName() == "dayCashAmount"
    type_text(qtbot, "300")
    press(qtbot, Qt.Key.Key_Tab)  # the supervisor (the only one)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "0000")  # a wrong PIN: said, nothing written
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "bank drop")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text()
    dialog.pin.setFocus()
    type_text(qtbot, SUPERVISOR_PIN)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.expected.text() == "HK$500.00"
    qtbot.waitUntil(main.isActiveWindow)

    # The count: one $500 note and two $1 coins, typed row by row (Enter goes down).
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    page.table.setCurrentCell(1, 1)
    type_text(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(6):  # Enter went down a row: on down to the $1 coin
        press(qtbot, Qt.Key.Key_Down)
    type_text(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert page.total.text() == "502.00"
    assert page.over_short.text() == "Over by HK$2.00"

    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    close = supervisor_confirms(qtbot, page, "coins from yesterday")
    qtbot.waitUntil(lambda: not close.isVisible())
    qtbot.waitUntil(lambda: page.summary is None)
    assert "Business day: not open" in main.status_day.text()
    # The Z report's real PDF is previewed; its exports lie beside it; the backup follows.
    qtbot.waitUntil(lambda: page.findChild(QDialog, "printPreviewDialog") is not None)
    preview = page.findChild(QDialog, "printPreviewDialog")
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.waitUntil(lambda: focus() is preview.print_button)  # Enter prints it
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    folder = next((store.paths.data_dir / "days").iterdir())
    assert {"payments.csv", "tenders.csv", "cases.csv", "stock.csv", "manifest.json"} <= {
        p.name for p in folder.iterdir()
    }
    assert "Z report and exports" in page.message.text()
    qtbot.waitUntil(lambda: "Backup written" in page.message.text(), timeout=20000)
    assert list(store.paths.backups.glob("desk-day-*.sqlite3"))

    with store.db.read() as s:
        day = s.scalars(select(BusinessDay)).one()
        counts = {c.denomination_minor: c.quantity for c in s.scalars(select(DayCount))}
        drop = s.scalars(select(CashMovement)).one()
    assert day.status is DayStatus.CLOSED and day.closed_by == store.supervisor.id
    assert (day.float_minor, day.expected_minor, day.counted_minor) == (80000, 50000, 50200)
    assert day.over_short_minor == 200 and day.close_reason == "coins from yesterday"
    assert counts == {50000: 1, 100: 2}
    assert (drop.kind, drop.amount_minor, drop.reason) == ("out", 30000, "bank drop")


def test_the_close_above_the_limit_needs_a_reason_and_a_typed_total_replaces_the_rows(
    qtbot, desk, store
):
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    page = desk.main.pages["day"]
    qtbot.waitUntil(lambda: focus() is page.float_field)
    press(qtbot, Qt.Key.Key_Return)  # the usual float: HK$1,000
    qtbot.waitUntil(lambda: page.summary is not None)
    page.table.setCurrentCell(0, 1)
    type_text(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return)
    assert page.total.text() == "1000.00"
    page.total.setFocus()
    page.total.selectAll()
    type_text(qtbot, "900")  # typed: the rows give way
    assert page.table.quantities() == {}
    assert page.over_short.text() == "Short by HK$100.00"
    press(qtbot, Qt.Key.Key_Return)  # Enter in the total closes too
    close = supervisor_confirms(qtbot, page, "")  # no reason: refused, stays open
    assert close.isVisible() and close.message.text()
    close.reason.setFocus()
    type_text(qtbot, "change given wrongly")
    close.pin.clear()
    close.pin.setFocus()
    type_text(qtbot, SUPERVISOR_PIN)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not close.isVisible())
    with store.db.read() as s:
        day = s.scalars(select(BusinessDay)).one()
        counted_rows = s.scalars(select(DayCount)).all()
    assert (day.counted_minor, day.over_short_minor) == (90000, -10000)
    assert counted_rows == []  # a typed total: no rows
