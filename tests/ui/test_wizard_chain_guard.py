"""The case wizard when head office cannot be asked about the chain's other stores: the
case opens, the submit page says why a supervisor is needed, and the supervisor's
approval (their PIN and a reason) lets it through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.core.guard import GuardCode
from desk.hq.pgcluster import free_port
from desk.store.case_models import Approval
from desk.sync.chain_guard import chain_asker
from tests.factories import SUPERVISOR_PIN
from tests.services.case_helpers import add_blank_sims
from tests.sync.harness import Endpoint
from tests.ui.wizard_helpers import (
    focus,
    open_wizard,
    pay_exactly_in_cash,
    press,
    type_text,
)


@pytest.fixture
def head_office_down(desk):
    """This Desk is enrolled, but nothing listens where head office should be."""
    desk.set_chain(chain_asker(Endpoint(f"http://127.0.0.1:{free_port()}", "credential")))


def test_the_wizard_says_head_office_could_not_be_asked_and_a_supervisor_approves(
    qtbot, head_office_down, main_window, store, paper
):
    blank = add_blank_sims(store, "CMHK-DATA")[0]
    wizard = open_wizard(qtbot, main_window, "5123 4567")
    press(qtbot, Qt.Key.Key_Return)  # lost: reported lost, and the case opens all the same
    assert wizard.current().objectName() == "caseChecklist", wizard.message.text()
    type_text(qtbot, "A123456(3)")
    press(qtbot, Qt.Key.Key_Return)
    for expected in ("photo_matches", "name_matches", "secret", "original_card_holder"):
        assert focus().objectName() == f"casePass_{expected}"
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # verified
    type_text(qtbot, blank)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # handed over at the counter
    pay_exactly_in_cash(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.current()
    assert page.objectName() == "caseSubmit", wizard.message.text()

    # What the clerk reads: head office could not be asked, a supervisor must approve.
    findings = page.findings.text()
    assert "Head office could not be asked" in findings
    assert "other stores or counters" in findings and "supervisor" in findings
    assert page.supervisor.isVisible()

    press(qtbot, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    assert "Head office could not be asked" in dialog.needed.text()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focus().objectName() == "supervisorPin"
    type_text(qtbot, SUPERVISOR_PIN)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "network down; customer known")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with store.db.read() as s:
        approval = s.scalars(select(Approval)).one()
    assert approval.code == GuardCode.CHAIN_UNREACHABLE.value
    assert approval.supervisor_id == store.supervisor.id
    assert not page.supervisor.isVisible() and page.findings.text() == ""

    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Submit: head office still down, approval in
    assert "HK01-1-" in page.number.text(), wizard.message.text()
