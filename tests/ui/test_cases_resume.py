"""Going on with a case not yet submitted from the Cases page: the queue offers it as
the next step, Enter (or Ctrl+O) reads the customer's card off the GUI thread and opens
the case wizard where the case was left; closing the wizard comes back to the queue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.core.cases import CaseAction, CaseReason, CaseStatus
from desk.core.checklist import ChecklistItem
from desk.core.enums import DocumentKind
from desk.services import case_checks, case_intake, line_actions
from desk.store.case_models import AuditRecord
from desk.ui.models_cases import CasesModel
from desk.ui.wizard.wizard import CaseWizard
from tests.services.case_helpers import counter_for, line_of, pass_all_checks
from tests.ui.test_cases_page import cases_page
from tests.ui.wizard_helpers import focus, press

CHAN_LINE = "+85251234567"


def open_draft(store, *, verified: bool = False):
    counter = counter_for(store)
    line = line_of(store, CHAN_LINE)
    line_actions.report_lost(store.db, counter, store.clerk, line, CaseReason.LOST)
    case_id = case_intake.open_case(store.db, counter, store.clerk, line, CaseReason.LOST).case_id
    if verified:
        pass_all_checks(store, counter, case_id, DocumentKind.HKID, "A123456(3)")
        case_checks.verify(store.db, counter, store.clerk, case_id)
    else:  # the ID number checked, the rest still to do
        case_checks.check_id_document(
            store.db, counter, store.clerk, case_id, DocumentKind.HKID, "A123456(3)"
        )
    return case_id


@pytest.fixture
def draft(store):
    return open_draft(store)


def the_wizard(qtbot, main_window) -> CaseWizard:
    def shown():
        return any(w.isVisible() for w in main_window.findChildren(CaseWizard))

    qtbot.waitUntil(shown, timeout=5000)
    wizard = next(w for w in main_window.findChildren(CaseWizard) if w.isVisible())
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_a_draft_offers_to_go_on_and_cancel(qtbot, draft, main_window):
    page = cases_page(qtbot, main_window)
    assert page.model.case(0).status is CaseStatus.DRAFT
    assert page.model.text(0, CasesModel.NEXT) == "Go on with this case"
    assert page.resume.button.objectName() == "caseResume"
    assert page.resume.button.isVisibleTo(page)
    assert page.resume.button.text().startswith("Go on with this case")
    assert "Ctrl+O" in page.resume.button.text()
    visible = {a for a, b in page.buttons.items() if b.isVisibleTo(page)}
    assert visible == {CaseAction.CANCEL}  # cancelling stays open


def test_enter_on_a_draft_opens_the_wizard_at_its_checklist(qtbot, store, draft, main_window):
    page = cases_page(qtbot, main_window)
    assert page.table.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    wizard = the_wizard(qtbot, main_window)
    assert wizard.state.case is not None and wizard.state.case.id == draft
    assert wizard.current().objectName() == "caseChecklist"
    shown = wizard.current().results[ChecklistItem.ID_DOCUMENT_SIGHTED].text()
    assert shown == "✓ matches the customer's record"  # where it was left
    assert focus().objectName() == "casePass_photo_matches"  # the next check to do
    assert main_window.current_page() == "cases"  # the queue stays under the wizard
    with store.db.read() as s:  # the card was read as a card view is: audited
        views = s.scalars(select(AuditRecord).where(AuditRecord.action == "customer.view"))
        assert [v.staff_id for v in views] == [store.clerk.id]
    press(qtbot, Qt.Key.Key_Escape)  # back to the reason
    press(qtbot, Qt.Key.Key_Escape)  # closed, the draft kept
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert main_window.current_page() == "cases" and page.model.rowCount() == 1


def test_ctrl_o_on_a_verified_case_opens_the_wizard_at_the_card(qtbot, store, main_window):
    case_id = open_draft(store, verified=True)
    page = cases_page(qtbot, main_window)
    assert page.model.case(0).status is CaseStatus.VERIFIED
    assert page.model.text(0, CasesModel.NEXT) == "Go on with this case"
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    wizard = the_wizard(qtbot, main_window)
    assert wizard.state.case is not None and wizard.state.case.id == case_id
    assert wizard.current().objectName() == "caseCard"  # the new SIM comes next


def test_a_submitted_case_is_not_resumed_enter_opens_its_card(qtbot, store, main_window):
    from tests.services.test_case_views_more import submitted_case

    submitted_case(store, counter_for(store))
    page = cases_page(qtbot, main_window)
    assert not page.resume.button.isVisibleTo(page)
    assert not page.model.case(0).resumable
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(main_window.lookup.showing_card)
    assert not main_window.findChildren(CaseWizard)
