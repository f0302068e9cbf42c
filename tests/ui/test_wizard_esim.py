"""An eSIM moved to a new phone without the old one: the guard asks for a supervisor,
who approves at the clerk's counter with their own PIN (keys only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk.core.cases import CaseStatus
from desk.store.case_models import Approval, Case
from tests.factories import SUPERVISOR_PIN
from tests.ui.wizard_helpers import (
    focus,
    new_eid,
    open_wizard,
    pay_exactly_in_cash,
    press,
    tab_to,
    type_chinese,
    type_text,
)

CODE = "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815"


def test_an_esim_move_without_the_old_phone_needs_the_supervisor(qtbot, main_window, store, paper):
    wizard = open_wizard(qtbot, main_window, "9123 4568")
    assert "110105********002X" in wizard.identity.text()
    # reason: eSIM to a new device (↓ four times from "lost")
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Down)
    assert focus().objectName() == "caseReason_esim_new_device"
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current().objectName() == "caseChecklist", wizard.message.text()

    # the mainland ID is the customer's document: its field comes first
    assert focus().objectName() == "fieldCnRicInput"
    type_text(qtbot, "11010519491231002X")
    press(qtbot, Qt.Key.Key_Return)
    for expected in ("photo_matches", "name_matches", "secret"):
        assert focus().objectName() == f"casePass_{expected}", wizard.message.text()
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # Next: verified
    assert wizard.current().objectName() == "caseCard", wizard.message.text()

    # the new phone: EID, brand (Chinese, through the input method), model, code
    assert focus().objectName() == "fieldEidInput"
    type_text(qtbot, new_eid())
    press(qtbot, Qt.Key.Key_Return)
    assert focus().objectName() == "caseBrand"
    type_chinese("华为")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Mate 60")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, CODE)
    press(qtbot, Qt.Key.Key_Return)
    assert focus().objectName() == "caseOldDevice"
    assert not focus().isChecked()  # the old phone is not here
    tab_to(qtbot, "caseNext")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current().objectName() == "caseHandover", wizard.message.text()
    press(qtbot, Qt.Key.Key_Return)  # at the counter
    pay_exactly_in_cash(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.current()
    assert page.objectName() == "caseSubmit", wizard.message.text()
    assert "without the old phone" in page.findings.text()
    assert "华为 Mate 60" in page.summary.text()

    # Submit first: refused in words, the same need named
    tab_to(qtbot, "caseNext")
    press(qtbot, Qt.Key.Key_Return)
    assert "without the old phone" in wizard.message.text()
    assert page.number.text() == ""

    # F9: the supervisor approves with their own PIN; a wrong PIN first
    press(qtbot, Qt.Key.Key_F9)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focus().objectName() == "supervisorPin"
    type_text(qtbot, "0000")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "customer known, phone stolen")
    press(qtbot, Qt.Key.Key_Return)
    assert "Wrong PIN for Lee Mei Ling" in dialog.message.text()
    assert dialog.isVisible()
    assert focus().objectName() == "supervisorPin"
    type_text(qtbot, SUPERVISOR_PIN)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(wizard.isActiveWindow)
    assert page.findings.text() == ""
    with store.db.read() as s:
        approval = s.scalars(select(Approval)).one()
        assert approval.code == "esim_without_old_device"
        assert approval.supervisor_id == store.supervisor.id

    assert QApplication.focusWidget() is wizard.next_button
    press(qtbot, Qt.Key.Key_Return)  # Submit
    assert "Application number: HK01-1-" in page.number.text(), wizard.message.text()
    with store.db.read() as s:
        case = s.scalars(select(Case)).one()
        assert case.status is CaseStatus.SUBMITTED
        assert case.old_device_present is False and case.device_brand == "华为"
