"""The payment page, keys only: the schedule's lines and total, two tenders (a card for
part, cash for the rest with change), the payment taken, the receipt's real PDF shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.core.cases import CaseStatus
from desk.store.case_models import Case
from desk.store.payment_models import Payment, PaymentLine, Tender
from tests.documents.reading import pdf_text
from tests.ui.wizard_helpers import focus, press, type_text, walk_to_payment


def test_two_tenders_pay_the_fee_and_the_receipt_is_previewed(qtbot, main_window, store, paper):
    wizard = walk_to_payment(qtbot, main_window, store)
    page = wizard.current()
    lines = page.fee_lines
    assert lines.rowCount() >= 1
    assert page.fee_total.text() == "Total HK$100.00"  # CMHK postpaid SIM, normal service
    assert "Still due: HK$100.00" in page.due.text()
    assert not page.confirm.isEnabled()

    # Part by bank card: the kind is one Shift+Tab away from the amount.
    assert focus().objectName() == "tenderAmount"
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focus().objectName() == "tenderKind"
    press(qtbot, Qt.Key.Key_Down)
    assert page.kind.currentData() == "card"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "120")  # more than is due: a card gives no change
    press(qtbot, Qt.Key.Key_Return)
    assert page.tender_table.rowCount() == 0 and wizard.message.text()
    page.amount.selectAll()
    type_text(qtbot, "40")
    press(qtbot, Qt.Key.Key_Return)
    assert page.tender_table.rowCount() == 1
    assert "Still due: HK$60.00" in page.due.text()

    # The rest in cash: a 100 note, change shown before the payment is taken.
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Up)
    assert page.kind.currentData() == "cash"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "100")
    press(qtbot, Qt.Key.Key_Return)
    assert "Change to give: HK$40.00" in page.due.text()
    assert focus().objectName() == "paymentConfirm"
    press(qtbot, Qt.Key.Key_Return)

    preview = wizard.paper.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    view = preview.findChild(type(preview.view), "printPreview")
    assert view is preview.view and view.document().pageCount() == 1
    assert preview.findChild(type(preview.print_button), "savePdfButton") is not None

    with store.db.read() as s:
        payment = s.scalars(select(Payment)).one()
        tenders = s.scalars(select(Tender).order_by(Tender.seq)).all()
        fee = s.scalars(select(PaymentLine)).all()
        case = s.scalars(select(Case)).one()
    assert payment.total_minor == 10000 and payment.receipt_number == page.paid()
    assert [(t.kind, t.amount_minor) for t in tenders] == [("card", 4000), ("cash", 6000)]
    assert (tenders[1].given_minor, tenders[1].change_minor) == (10000, 4000)
    assert sum(line.amount_minor for line in fee) == 10000
    assert case.status is CaseStatus.PAID

    # Save as PDF from the preview (Ctrl+S): the original, as shown. The preview then
    # shows the copy a print makes next, and Enter prints just that.
    target = paper.print_to[0].with_name("saved.pdf")
    paper.save_to.append(target)
    qtbot.waitUntil(preview.isActiveWindow)
    assert "COPY" not in pdf_text(preview.pdf)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Saved" in preview.message.text(), preview.message.text()
    saved = target.read_bytes()
    assert saved.startswith(b"%PDF") and "COPY" not in pdf_text(saved)
    assert "副本 / COPY 1" in pdf_text(preview.pdf)
    assert view.document() is preview.document and view.document().pageCount() == 1
    shown = preview.pdf
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert paper.sent == [shown]


def test_a_supervisor_waives_the_fee_with_f9_and_both_amounts_are_kept(
    qtbot, main_window, store, paper
):
    from desk.ui.wizard.fee_override import FeeOverrideDialog
    from tests.factories import SUPERVISOR_PIN

    wizard = walk_to_payment(qtbot, main_window, store)
    page = wizard.current()
    press(qtbot, Qt.Key.Key_F9)
    dialog = wizard.findChild(FeeOverrideDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focus().objectName() == "feeOverride_card_fee"
    type_text(qtbot, "0")  # the amount was selected: typed over
    press(qtbot, Qt.Key.Key_Tab)  # the supervisor (the only one)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus().objectName() == "supervisorPin"
    type_text(qtbot, SUPERVISOR_PIN)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "card faulty on delivery")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.fee_total.text() == "Total HK$0.00"
    assert "(was HK$100.00)" in page.fee_lines.item(0, 1).text()
    qtbot.waitUntil(wizard.isActiveWindow)
    assert focus().objectName() == "paymentConfirm"
    press(qtbot, Qt.Key.Key_Return)
    assert page.paid(), wizard.message.text()
    with store.db.read() as s:
        payment = s.scalars(select(Payment)).one()
        line = s.scalars(select(PaymentLine)).one()
    assert (payment.total_minor, payment.approved_by) == (0, store.supervisor.id)
    assert (line.scheduled_minor, line.amount_minor) == (10000, 0)
