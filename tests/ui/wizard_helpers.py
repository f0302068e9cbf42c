"""Driving the case wizard as a clerk would: keys only (Chinese through an input method)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desk.ui.wizard.wizard import CaseWizard
from tests.ui.test_keyboard import open_customer


def focus():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key to whatever has the keyboard focus now."""
    target = focus()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text: str) -> None:
    """ASCII typed key by key into the focused widget."""
    qtbot.keyClicks(focus(), text)


def type_chinese(text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(focus(), event)


def tab_to(qtbot, object_name: str, limit: int = 40) -> None:
    """Tab until the widget named ``object_name`` (or its input) has the focus."""
    for _ in range(limit):
        w = focus()
        if w is not None and object_name in (w.objectName(), w.objectName().removesuffix("Input")):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {object_name}; focus on {focus().objectName()}")


def open_wizard(qtbot, main_window, query: str) -> CaseWizard:
    page = main_window.lookup
    open_customer(qtbot, page, query)
    qtbot.waitUntil(page.card.hasFocus)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = main_window.findChild(CaseWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def new_eid() -> str:
    """A valid EID that is no one's yet (check digits: ISO 7064 mod 97-10)."""
    body = "890490320000000000000000001234"
    check = 98 - int(body + "00") % 97
    return f"{body}{check:02d}"


def pdf_text(pdf: bytes) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def print_the_preview(qtbot, wizard: CaseWizard) -> None:
    """The preview that opened: Enter prints it (to the test's next PDF), it closes."""
    preview = wizard.paper.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    qtbot.waitUntil(preview.isActiveWindow)
    assert focus().objectName() == "printButton"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(wizard.isActiveWindow)


def pay_exactly_in_cash(qtbot, wizard: CaseWizard) -> str:
    """On the payment page: Enter (exactly what is due, cash), Enter (take it), Enter
    (print the receipt). Returns the receipt number."""
    assert wizard.current().objectName() == "casePayment", wizard.message.text()
    page = wizard.current()
    if page.total():  # (a free replacement: nothing to hand over, straight to "take")
        assert focus().objectName() == "tenderAmount"
        press(qtbot, Qt.Key.Key_Return)
    assert focus().objectName() == "paymentConfirm", wizard.message.text()
    press(qtbot, Qt.Key.Key_Return)
    number = page.paid()
    assert number, wizard.message.text()
    print_the_preview(qtbot, wizard)
    assert focus() is wizard.next_button
    return number


def walk_to_payment(qtbot, main_window, store) -> CaseWizard:
    """A lost SIM, keys only, up to the payment page (ID typed, a blank SIM scanned)."""
    from tests.services.case_helpers import add_blank_sims

    blank = add_blank_sims(store, "CMHK-DATA")[0]
    wizard = open_wizard(qtbot, main_window, "5123 4567")
    press(qtbot, Qt.Key.Key_Return)  # lost
    type_text(qtbot, "A123456(3)")
    for _ in range(6):  # the ID number, four checks, verified
        press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, blank)
    for _ in range(3):  # scanned, on, at the counter
        press(qtbot, Qt.Key.Key_Return)
    assert wizard.current().objectName() == "casePayment", wizard.message.text()
    return wizard
