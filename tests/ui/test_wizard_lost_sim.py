"""The case wizard, keys only: a lost physical SIM from the customer card to the
application number, a wrong ID number, and a draft resumed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.core.cases import CaseReason, CaseStatus
from desk.core.checklist import ChecklistItem
from desk.core.enums import LineStatus
from desk.store.case_models import Case
from desk.store.models import Line, SimStock, StockStatus
from tests.factories import WONG_HKID
from tests.services.case_helpers import add_blank_sims
from tests.ui.wizard_helpers import (
    focus,
    open_wizard,
    pay_exactly_in_cash,
    pdf_text,
    press,
    print_the_preview,
    tab_to,
    type_text,
)

CHAN_LINE = "+85251234567"


def line_row(store, msisdn=CHAN_LINE):
    with store.db.read() as s:
        line = s.scalar(select(Line).where(Line.msisdn == msisdn))
        return line.status, line.id


def the_case(store):
    with store.db.read() as s:
        return s.scalars(select(Case)).one()


def test_a_lost_sim_from_the_card_to_the_application_number(qtbot, main_window, store, paper):
    blank = add_blank_sims(store, "CMHK-DATA")[0]
    wrong = add_blank_sims(store, "CMHK-PURPLE")[0]
    wizard = open_wizard(qtbot, main_window, "5123 4567")
    assert wizard.current().objectName() == "caseReason"
    # privacy: only the name, the masked ID and the masked number before the checks
    assert "A123***(3)" in wizard.identity.text()
    assert "+852 5123 ****" in wizard.line_label.text()
    assert "5123 4567" not in wizard.line_label.text()
    assert wizard.close_button.text() == "Close, keep the draft"

    assert focus().objectName() == "caseReason_lost"  # lost is the first choice
    press(qtbot, Qt.Key.Key_Return)  # confirm: the line is reported lost at once
    assert line_row(store)[0] is LineStatus.SUSPENDED
    assert wizard.current().objectName() == "caseChecklist", wizard.message.text()

    # the ID number, typed from the original document
    assert focus().objectName() == "fieldHkidInput"
    type_text(qtbot, "A123456(3)")
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.current()
    assert (
        page.results[ChecklistItem.ID_DOCUMENT_SIGHTED].text() == "✓ matches the customer's record"
    )
    # photo, name, secret (password), card holder: Enter on each Pass in turn
    for expected in ("photo_matches", "name_matches", "secret", "original_card_holder"):
        assert focus().objectName() == f"casePass_{expected}"
        press(qtbot, Qt.Key.Key_Return)
    assert focus() is wizard.next_button
    press(qtbot, Qt.Key.Key_Return)  # verified
    assert wizard.current().objectName() == "caseCard", wizard.message.text()
    assert "+852 5123 4567" in wizard.line_label.text()  # verified: shown in full
    assert "· China Mobile Hong Kong " in wizard.line_label.text()  # carrier, then product

    # the scanner: digits, then Enter — first a blank of another product, refused and
    # selected, so that the right card's scan replaces it
    assert focus().objectName() == "fieldIccidInput"
    type_text(qtbot, wrong)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current().objectName() == "caseCard" and wizard.message.text()
    assert focus().selectedText() == wrong
    type_text(qtbot, blank)
    press(qtbot, Qt.Key.Key_Return)
    assert blank in wizard.current().sim_chosen.text(), wizard.message.text()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current().objectName() == "caseHandover"
    assert focus().objectName() == "caseHandover_counter"
    press(qtbot, Qt.Key.Key_Return)
    receipt = pay_exactly_in_cash(qtbot, wizard)
    assert receipt.startswith("HK01-1-")
    printed = pdf_text(paper.sent[0])
    assert paper.printed[0].stat().st_size > 10_000  # a page drawn for the printer
    assert receipt in printed and "A123***(3)" in printed and "A123456" not in printed
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current().objectName() == "caseSubmit", wizard.message.text()
    assert not wizard.current().supervisor.isVisible()
    press(qtbot, Qt.Key.Key_Return)  # Submit
    number = wizard.current().number.text()
    assert "HK01-1-" in number, wizard.message.text()
    assert wizard.close_button.text() == "Close"  # submitted: no draft left to keep
    print_the_preview(qtbot, wizard)  # the form to sign opened by itself
    form = pdf_text(paper.sent[1])
    assert the_case(store).application_number in form and receipt in form

    case = the_case(store)
    assert case.status is CaseStatus.SUBMITTED and case.application_number in number
    assert case.new_iccid == blank
    with store.db.read() as s:
        stock = s.scalar(select(SimStock).where(SimStock.iccid == blank))
        assert stock.status is StockStatus.ISSUED
    press(qtbot, Qt.Key.Key_Return)  # Finish
    qtbot.waitUntil(lambda: not wizard.isVisible())


def test_a_wrong_id_number_says_mismatch_without_the_stored_number(qtbot, main_window, store):
    wizard = open_wizard(qtbot, main_window, "5123 4567")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current().objectName() == "caseChecklist"
    type_text(qtbot, WONG_HKID)  # a valid HKID, but another person's
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.current()
    shown = page.results[ChecklistItem.ID_DOCUMENT_SIGHTED].text()
    assert shown == "✕ failed: this number is not the customer's registered ID number"
    everything = " ".join(
        w.text() for w in wizard.findChildren(type(wizard.message)) if hasattr(w, "text")
    )
    assert "A123456" not in everything and "A123***(3)" in everything  # only masked
    # a typo the check digit catches: said in words, nothing recorded
    type_text(qtbot, "A123456(4)")
    press(qtbot, Qt.Key.Key_Return)
    assert "Check digit should be 3, not 4" in wizard.message.text()
    press(qtbot, Qt.Key.Key_Tab)
    tab_to(qtbot, "caseNext")
    press(qtbot, Qt.Key.Key_Return)  # Next refused: the checks are not done
    assert wizard.current().objectName() == "caseChecklist"
    assert "Still to check" in wizard.message.text()
    assert the_case(store).status is CaseStatus.DRAFT


def test_a_draft_is_resumed_after_closing_and_reopening(qtbot, main_window, store):
    wizard = open_wizard(qtbot, main_window, "5123 4567")
    press(qtbot, Qt.Key.Key_Return)  # lost: reported, case opened
    type_text(qtbot, "A123456(3)")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # photo passes
    press(qtbot, Qt.Key.Key_Escape)  # back to the reason (read only now)
    assert wizard.current().objectName() == "caseReason"
    assert not wizard.current().choices[wizard.current().chosen()].isEnabled()
    press(qtbot, Qt.Key.Key_Escape)  # closes, the draft kept
    qtbot.waitUntil(lambda: not wizard.isVisible())
    card = main_window.lookup.card
    qtbot.waitUntil(main_window.isActiveWindow)
    assert main_window.lookup.showing_card()
    # the card is read again on its worker and shows the report
    qtbot.waitUntil(lambda: "⚠ suspended" in card.lines.item(0, 3).text())
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    from desk.ui.wizard.wizard import CaseWizard

    again = next(w for w in main_window.findChildren(CaseWizard) if w.isVisible())
    assert again is not wizard
    qtbot.waitUntil(again.isActiveWindow)
    assert again.current().objectName() == "caseChecklist"  # where it was left
    page = again.current()
    assert (
        page.results[ChecklistItem.ID_DOCUMENT_SIGHTED].text() == "✓ matches the customer's record"
    )
    assert focus().objectName() == "casePass_name_matches"  # the next check to do
    assert len([the_case(store)]) == 1


def test_a_one_time_code_is_sent_and_typed_back_at_the_checklist(qtbot, main_window, store):
    """The code reaches the outbox for the registered contact; what the customer reads
    out is typed into the code field; a wrong code leaves the secret unchecked."""
    from desk.store.models import Notice

    wizard = open_wizard(qtbot, main_window, "5123 4567")
    press(qtbot, Qt.Key.Key_Return)  # lost
    type_text(qtbot, "A123456(3)")
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.current()
    tab_to(qtbot, "caseSendCode")
    press(qtbot, Qt.Key.Key_Space)
    assert focus().objectName() == "caseCode"
    assert "+852 5123 ****" in page.results[ChecklistItem.SECRET].text()
    with store.db.read() as s:
        body = s.scalar(select(Notice.body).where(Notice.kind == "one_time_code"))
    code = next(w for w in body.replace("，", " ").split() if w.isdigit() and len(w) == 6)
    type_text(qtbot, "000000" if code != "000000" else "111111")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.message.text()  # the wrong code is said, and nothing passed
    with store.db.read() as s:
        from desk.store.case_models import Verification

        assert s.scalar(select(Verification).where(Verification.item == "secret")) is None
    page.code.setFocus()
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    with store.db.read() as s:
        results = s.execute(
            select(Verification.item, Verification.passed, Verification.method)
        ).all()
    assert ("secret", True, "one_time_code") in results


def test_alt_and_a_letter_then_enter_at_once_opens_the_case_for_that_reason(
    qtbot, main_window, store, paper
):
    # Alt+D and Enter typed faster than Qt's 100 ms animated click: damaged, not lost.
    wizard = open_wizard(qtbot, main_window, "5123 4567")
    assert focus().objectName() == "caseReason_lost"
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert wizard.current().choices[CaseReason.DAMAGED].isChecked()
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # a proxy, ticked at once
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current().objectName() == "caseChecklist", wizard.message.text()
    assert line_row(store)[0] is LineStatus.ACTIVE  # a damaged card is not reported lost
    case = the_case(store)
    assert (case.reason, case.proxy) == (CaseReason.DAMAGED, True)
