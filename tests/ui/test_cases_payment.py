"""A case's payment voided or refunded from the Cases page by a supervisor (their own PIN
and a reason, checked off the GUI thread), the void's receipt previewed and printed;
the receipt and the form reprinted from the queue, marked COPY."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import select

from desk.core.cases import CaseStatus
from desk.services import payment_docs
from desk.store.case_models import AuditRecord, Case
from desk.store.payment_models import DocumentPrint, Payment, PaymentKind, PrintKind
from desk.ui.wizard.supervisor import SupervisorDialog
from tests.factories import CLERK_PIN, SUPERVISOR_PIN
from tests.services.case_helpers import counter_for, paid_case
from tests.services.test_case_views_more import submitted_case
from tests.ui.conftest import log_in
from tests.ui.test_cases_page import cases_page
from tests.ui.wizard_helpers import focus, pdf_text, press, type_text

PAID_ON = date(2026, 11, 23)  # the business day of counter_for's payments


class Day:
    """The app's business day, moved by the test (the counter asks it each time)."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def today(desk, monkeypatch):
    day = Day(PAID_ON)
    monkeypatch.setattr(desk, "business_day", day)
    return day


@pytest.fixture
def logged_in(qtbot, desk, today):
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    return desk.main


def ctrl_shift(qtbot, key: Qt.Key) -> None:
    press(qtbot, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def supervisor_dialog(qtbot, page) -> SupervisorDialog:
    ctrl_shift(qtbot, Qt.Key.Key_V)  # the button's shortcut clicks it (animated)
    qtbot.waitUntil(lambda: page.paper.dialog is not None)
    dialog = page.paper.dialog
    assert dialog.objectName() == "supervisorDialog"
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focus().objectName() == "supervisorPin"
    return dialog


def approve(qtbot, pin: str, reason: str) -> None:
    type_text(qtbot, pin)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus().objectName() == "supervisorReason"
    type_text(qtbot, reason)
    press(qtbot, Qt.Key.Key_Return)


def new_preview(qtbot, page, before):
    """The preview opened since ``before`` (the page's last one, or None), in front."""
    qtbot.waitUntil(lambda: page.paper.documents.preview not in (None, before))
    preview = page.paper.documents.preview
    qtbot.waitUntil(preview.isVisible)
    qtbot.waitUntil(preview.isActiveWindow)
    assert focus().objectName() == "printButton"
    return preview


def print_preview(qtbot, page, before=None) -> bytes:
    """The preview that opened: Enter prints it; the PDF that went to the printer."""
    from desk.ui import printing

    preview = new_preview(qtbot, page, before)
    sent = len(printing.sent)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert len(printing.sent) == sent + 1
    qtbot.waitUntil(page.table.hasFocus)  # back to the queue
    return printing.sent[-1]


def payments(store) -> list[Payment]:
    with store.db.read() as s:
        return list(s.scalars(select(Payment).order_by(Payment.business_day, Payment.sequence)))


def test_a_supervisor_voids_a_paid_case_and_its_void_receipt_is_printed(
    qtbot, store, logged_in, paper
):
    case_id, number = paid_case(store, counter_for(store))
    page = cases_page(qtbot, logged_in)
    assert page.model.case(0).status is CaseStatus.PAID
    button = page.paper.void_button
    assert button.objectName() == "paymentVoid" and button.isVisibleTo(page)
    assert button.text().startswith("Void payment…") and "Ctrl+Shift+V" in button.text()
    assert page.paper.receipt_button.isVisibleTo(page)
    assert not page.paper.form_button.isVisibleTo(page)  # not submitted: no form yet

    dialog = supervisor_dialog(qtbot, page)
    assert number in dialog.needed.text() and "HK$100.00" in dialog.needed.text()
    with qtbot.waitSignal(page.loaded, timeout=10000):  # the queue is read again
        approve(qtbot, SUPERVISOR_PIN, "wrong card chosen")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    printed = pdf_text(print_preview(qtbot, page))

    original, void = payments(store)
    assert (original.receipt_number, original.kind) == (number, PaymentKind.PAYMENT)
    assert void.kind is PaymentKind.VOID and void.original_id == original.id
    assert void.total_minor == -original.total_minor == -10000
    assert (void.approved_by, void.reason) == (store.supervisor.id, "wrong card chosen")
    assert void.receipt_number == "HK01-1-20261123-0002"  # the next of the day
    with store.db.read() as s:
        assert s.get(Case, case_id).status is CaseStatus.VERIFIED
    assert "VOID" in printed and void.receipt_number in printed and number in printed
    assert "-HK$100.00" in printed and "wrong card chosen" in printed
    assert page.model.case(0).status is CaseStatus.VERIFIED
    assert not page.paper.void_button.isVisibleTo(page)  # nothing standing to void now
    assert page.paper.receipt_button.isVisibleTo(page)  # the void's receipt, to reprint


def test_a_clerks_pin_is_refused_and_nothing_is_voided(qtbot, store, logged_in, paper):
    case_id, _number = paid_case(store, counter_for(store))
    page = cases_page(qtbot, logged_in)
    dialog = supervisor_dialog(qtbot, page)
    approve(qtbot, CLERK_PIN, "customer changed mind")
    message = dialog.findChild(type(dialog.needed), "supervisorMessage")
    qtbot.waitUntil(lambda: "Wrong PIN for Lee Mei Ling" in message.text())
    assert dialog.isVisible() and focus().objectName() == "supervisorPin"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [p.kind for p in payments(store)] == [PaymentKind.PAYMENT]
    with store.db.read() as s:
        assert s.get(Case, case_id).status is CaseStatus.PAID
    assert page.paper.documents.preview is None


def test_the_day_turned_the_service_refuses_the_void_in_words(
    qtbot, store, logged_in, today, paper
):
    paid_case(store, counter_for(store))
    page = cases_page(qtbot, logged_in)
    dialog = supervisor_dialog(qtbot, page)  # opened as a void: the payment is of today
    today.day = date(2026, 11, 24)  # midnight passed while the supervisor came over
    approve(qtbot, SUPERVISOR_PIN, "wrong card chosen")
    message = dialog.findChild(type(dialog.needed), "supervisorMessage")
    qtbot.waitUntil(lambda: "Only a receipt of today can be voided" in message.text())
    assert [p.kind for p in payments(store)] == [PaymentKind.PAYMENT]


def test_a_later_day_refunds_and_the_submitted_case_keeps_its_state(
    qtbot, store, logged_in, today, paper
):
    application = submitted_case(store, counter_for(store))
    today.day = date(2026, 11, 25)
    page = cases_page(qtbot, logged_in)
    assert page.paper.void_button.text().startswith("Refund payment…")
    assert page.paper.form_button.isVisibleTo(page)
    dialog = supervisor_dialog(qtbot, page)
    assert "Refund receipt HK01-1-20261123-0001" in dialog.needed.text()
    approve(qtbot, SUPERVISOR_PIN, "rejected by the carrier")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    printed = pdf_text(print_preview(qtbot, page))
    original, refund = payments(store)
    assert refund.kind is PaymentKind.REFUND and refund.original_id == original.id
    assert refund.receipt_number == "HK01-1-20261125-0001" and refund.total_minor == -10000
    assert "REFUND" in printed and refund.receipt_number in printed
    with store.db.read() as s:
        case = s.scalars(select(Case)).one()
    assert case.status is CaseStatus.SUBMITTED and case.application_number == application


def test_reprints_from_the_queue_say_copy_and_a_second_needs_a_supervisor(
    qtbot, store, logged_in, paper
):
    counter = counter_for(store)
    application = submitted_case(store, counter)
    receipt = payments(store)[0].receipt_number
    for kind, number in (("receipt", receipt), ("form", application)):  # the originals
        payment_docs.record_print(store.db, counter, store.clerk, kind, number)
    page = cases_page(qtbot, logged_in)
    assert page.paper.receipt_button.objectName() == "receiptReprint"
    assert page.paper.form_button.objectName() == "formReprint"

    ctrl_shift(qtbot, Qt.Key.Key_R)
    text = pdf_text(print_preview(qtbot, page))
    assert "COPY 1" in text and receipt in text
    ctrl_shift(qtbot, Qt.Key.Key_F)
    text = pdf_text(print_preview(qtbot, page, page.paper.documents.preview))
    assert "COPY 1" in text and application in text

    # A second reprint of the receipt: the supervisor's PIN and reason, kept in the audit.
    before = page.paper.documents.preview
    ctrl_shift(qtbot, Qt.Key.Key_R)
    preview = new_preview(qtbot, page, before)
    assert "COPY 2" in pdf_text(preview.pdf)  # what the print will make

    def sign() -> None:  # the dialog is modal: answered from a timer once it is open
        shown = [d for d in preview.findChildren(SupervisorDialog) if d.isVisible()]
        if not shown:
            QTimer.singleShot(50, sign)
            return
        qtbot.keyClicks(shown[0].pin, SUPERVISOR_PIN)
        qtbot.keyClicks(shown[0].reason, "customer lost the copy")
        qtbot.keyClick(shown[0].reason, Qt.Key.Key_Return)

    QTimer.singleShot(0, sign)
    press(qtbot, Qt.Key.Key_Return)  # print: refused without a supervisor, who signs
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=10000)
    assert "COPY 2" in pdf_text(paper.sent[-1])
    with store.db.read() as s:
        copies = s.scalars(
            select(DocumentPrint.copy_number).where(
                DocumentPrint.kind == PrintKind.RECEIPT, DocumentPrint.number == receipt
            )
        ).all()
        entry = s.scalars(
            select(AuditRecord)
            .where(AuditRecord.action == "document.reprint")
            .order_by(AuditRecord.seq.desc())
        ).first()
    assert sorted(copies) == [0, 1, 2]
    assert "customer lost the copy" in str(entry.details)
