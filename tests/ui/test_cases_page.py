"""The Cases page as a clerk uses it: the queue, filters, steps by key, refusals in
words, Enter to the customer's card; and its item model through the model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk.core.cases import CaseAction, CaseStatus
from desk.services import case_views
from desk.ui.models_cases import CasesModel
from tests.services.case_helpers import counter_for
from tests.services.test_case_views_more import submitted_case


@pytest.fixture
def with_case(store):
    return submitted_case(store, counter_for(store))


def cases_page(qtbot, main_window):
    page = main_window.pages["cases"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(main_window, Qt.Key.Key_F3)
    return page


def test_the_queue_shows_the_case_and_its_next_steps(qtbot, with_case, main_window):
    page = cases_page(qtbot, main_window)
    assert page.table.objectName() == "casesTable" and page.table.hasFocus()
    assert page.model.rowCount() == 1
    texts = [page.model.text(0, c) for c in range(page.model.columnCount())]
    m = CasesModel
    assert texts[m.NUMBER] == with_case and "CHAN Tai Man" in texts[m.CUSTOMER]
    assert texts[m.REASON] == "lost" and texts[m.STATUS] == "submitted"
    assert texts[m.NEXT] == "Under review · Approve · Reject"
    visible = {a for a, b in page.buttons.items() if b.isVisibleTo(page)}
    assert visible == {CaseAction.REVIEW, CaseAction.APPROVE, CaseAction.REJECT, CaseAction.CANCEL}
    assert page.buttons[CaseAction.APPROVE].text().startswith("Approve")
    assert "Ctrl+P" in page.buttons[CaseAction.APPROVE].text()


def test_steps_by_key_move_the_case_on(qtbot, with_case, main_window):
    page = cases_page(qtbot, main_window)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert page.model.case(0).status is CaseStatus.APPROVED
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert page.model.case(0).status is CaseStatus.CARD_ISSUED
    assert page.model.text(0, CasesModel.NEXT) == "Delivered"


def test_a_reason_is_asked_and_a_blank_one_is_refused_in_words(
    qtbot, with_case, main_window, quiet_dialogs
):
    from desk.ui import msgbox

    page = cases_page(qtbot, main_window)
    msgbox.typed.append("  ")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert "Say why: a reason is needed." in quiet_dialogs
    assert page.model.case(0).status is CaseStatus.SUBMITTED
    msgbox.typed.append("ID not confirmed by the carrier")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 0  # rejected: finished, off the queue
    assert page.count.text() == "No open cases."


def test_cancelling_the_dialog_changes_nothing(qtbot, with_case, main_window, quiet_dialogs):
    page = cases_page(qtbot, main_window)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Why is the case cancelled?" in quiet_dialogs)
    assert page.model.case(0).status is CaseStatus.SUBMITTED


def test_filters_by_state_and_carrier(qtbot, with_case, main_window):
    page = cases_page(qtbot, main_window)
    assert page.carrier_filter.count() == 2  # all, and the one carrier with open cases
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.status_filter.setCurrentIndex(page.status_filter.findData("approved"))
    assert page.model.rowCount() == 0 and page.count.text() == "No open case matches the filters."
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.status_filter.setCurrentIndex(page.status_filter.findData("submitted"))
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.carrier_filter.setCurrentIndex(1)
    assert page.model.rowCount() == 1


def test_enter_opens_the_customer_card_with_its_cases(qtbot, with_case, main_window):
    page = cases_page(qtbot, main_window)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    lookup = main_window.lookup
    qtbot.waitUntil(lookup.showing_card)
    assert main_window.current_page() == "lookup"
    card = lookup.card
    assert "CHAN Tai Man" in card.name.text()
    assert card.case_table.rowCount() == 1
    assert card.case_table.item(0, 0).text() == with_case
    assert card.case_table.item(0, 3).text() == "submitted"


def test_a_scanned_application_number_lands_on_the_card(qtbot, with_case, main_window):
    from PySide6.QtWidgets import QApplication

    lookup = main_window.lookup
    main_window.lookup.card.setFocus()
    for ch in with_case:  # a scanner's burst into no text field, then Enter
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lookup.showing_card)
    assert "CHAN Tai Man" in lookup.card.name.text()
    assert "application number" in lookup.card.found_label.text()


def test_the_model_passes_the_model_tester(qtmodeltester, store, with_case):
    model = CasesModel()
    model.set_queue(case_views.case_queue(store.db))
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    model.set_queue(case_views.case_queue(store.db, status=CaseStatus.DRAFT))
    qtmodeltester.check(model)
