"""The fee and the payment: the schedule's lines for this case, the tenders the
customer pays with, then the receipt.

Nothing is computed by hand: the lines and the total come from the fee schedule
(:func:`desk.services.payments.quote_case`), the running "still due" and the change from
the same rules the service applies (:func:`desk.core.tenders.settle`). Keys: the amount
field has the focus; type what the customer hands over and press Enter (Enter on an
empty field: exactly what is still due); Tab reaches the kind of payment; Delete takes
the selected tender off; F9 asks a supervisor to waive or change the fee. When the
tenders cover the total, Enter takes the payment and the receipt's preview opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.fees import Urgency
from desk.core.money import format_money, parse_money
from desk.core.refusal import Refusal
from desk.core.tenders import CASH, TENDER_LABELS, TenderInput, settle
from desk.services.payments import Override, Quote
from desk.ui.choices import Choice
from desk.ui.i18n import current_language, local_name
from desk.ui.texts import error_text
from desk.ui.wizard.fee_override import FeeOverrideDialog
from desk.ui.wizard.page import WizardPage, button, note

if TYPE_CHECKING:
    from desk.ui.wizard.wizard import CaseWizard

OVERRIDE_KEY = "F9"


def tender_name(kind: str) -> str:
    en, hans, hant = TENDER_LABELS.get(kind, (kind, kind, kind))
    return local_name(en, hans, hant)


def _table(object_name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=object_name)
    table.setAccessibleName(object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, columns):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PaymentPage(WizardPage):
    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__(wizard, "casePayment")
        self.quote: Quote | None = None
        self.override: Override | None = None
        self.tenders: list[TenderInput] = []
        self.urgency_group = QButtonGroup(self)
        self.urgencies: dict[Urgency, QRadioButton] = {}
        urgency_row = QHBoxLayout()
        self.urgency_label = QLabel()
        urgency_row.addWidget(self.urgency_label)
        for u in Urgency:
            radio = Choice(objectName=f"caseUrgency_{u.value}")
            radio.setAccessibleName(radio.objectName())
            self.urgency_group.addButton(radio)
            self.urgencies[u] = radio
            urgency_row.addWidget(radio)
            radio.toggled.connect(lambda on, u=u: on and self._urgency_chosen(u))
        urgency_row.addStretch(1)
        self.urgencies[Urgency.NORMAL].setChecked(True)
        self.fee_lines = _table("feeLines", 2)
        self.fee_lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fee_lines.setMaximumHeight(120)
        self.fee_total = QLabel(objectName="feeTotal")
        self.fee_total.setAccessibleName("feeTotal")
        bold = QFont(self.fee_total.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.fee_total.setFont(bold)
        self.override_button = button("feeOverride")
        self.override_button.clicked.connect(self.ask_override)
        QShortcut(QKeySequence(OVERRIDE_KEY), self, self.ask_override)
        total_row = QHBoxLayout()
        total_row.addWidget(self.fee_total)
        total_row.addStretch(1)
        total_row.addWidget(self.override_button)

        self.kind = QComboBox(objectName="tenderKind")
        self.kind.setAccessibleName("tenderKind")
        self.amount = QLineEdit(objectName="tenderAmount")
        self.amount.setAccessibleName("tenderAmount")
        self.reference = QLineEdit(objectName="tenderReference")
        self.reference.setAccessibleName("tenderReference")
        self.add_button = button("tenderAdd")
        self.add_button.clicked.connect(self.add_tender)
        tender_row = QHBoxLayout()
        self.kind_label, self.amount_label = QLabel(), QLabel()
        self.kind_label.setBuddy(self.kind)
        self.amount_label.setBuddy(self.amount)
        for w in (
            self.kind_label,
            self.kind,
            self.amount_label,
            self.amount,
            self.reference,
            self.add_button,
        ):
            tender_row.addWidget(w)
        self.tender_table = _table("tenderTable", 3)
        self.tender_table.setMaximumHeight(130)
        QShortcut(QKeySequence.StandardKey.Delete, self.tender_table, self.remove_tender)
        self.due = note("paymentDue")
        self.confirm = button("paymentConfirm")
        self.confirm.clicked.connect(self.take_payment)
        self.receipt = note("paymentReceipt")
        self.print_receipt = button("receiptPrint")
        self.print_receipt.clicked.connect(self.show_receipt)
        done_row = QHBoxLayout()
        done_row.addWidget(self.confirm)
        done_row.addWidget(self.receipt, 1)
        done_row.addWidget(self.print_receipt)
        layout = QVBoxLayout(self)
        layout.addLayout(urgency_row)
        layout.addWidget(self.fee_lines)
        layout.addLayout(total_row)
        layout.addLayout(tender_row)
        layout.addWidget(self.tender_table)
        layout.addWidget(self.due)
        layout.addLayout(done_row)
        layout.addStretch(1)
        self.retranslate()

    # -- words --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Payment")

    def retranslate(self) -> None:
        self.urgency_label.setText(self.tr("Service:"))
        self.urgencies[Urgency.NORMAL].setText(self.tr("Normal"))
        self.urgencies[Urgency.EMERGENCY].setText(self.tr("Emergency (same day)"))
        self.fee_lines.setHorizontalHeaderLabels([self.tr("Fee"), self.tr("Amount")])
        self.tender_table.setHorizontalHeaderLabels(
            [self.tr("Paid by"), self.tr("Amount"), self.tr("Received / change")]
        )
        self.override_button.setText(
            self.tr("&Waive or change the fee…   {key}").format(key=OVERRIDE_KEY)
        )
        self.kind_label.setText(self.tr("Pa&id by"))
        self.amount_label.setText(self.tr("A&mount"))
        self.amount.setPlaceholderText(self.tr("Enter: exactly what is due"))
        self.reference.setPlaceholderText(self.tr("Reference (optional)"))
        self.add_button.setText(self.tr("&Add   Enter"))
        self.confirm.setText(self.tr("&Take payment   Enter"))
        self.print_receipt.setText(self.tr("&Receipt…"))
        kinds = self.wizard.actions.counter.tenders
        current = self.kind.currentData()
        self.kind.clear()
        for kind in kinds:
            self.kind.addItem(tender_name(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current or CASH)))
        self.show_fee()

    # -- what is shown ------------------------------------------------------------------
    def money(self, minor: int) -> str:
        currency = self.quote.currency if self.quote else self.wizard.actions.currency()
        return format_money(minor, currency, current_language())

    def charged(self) -> list[int]:
        if self.quote is None:
            return []
        lines = self.quote.lines
        if self.override is None:
            return [line.amount_minor for line in lines]
        amounts = self.override.amounts
        if amounts is None:
            return [0 for _ in lines]
        return [amounts.get(line.code, line.amount_minor) for line in lines]

    def total(self) -> int:
        return sum(self.charged())

    def paid(self) -> str | None:
        case = self.wizard.state.case
        return case.receipt_number if case is not None else None

    def show_fee(self) -> None:
        q = self.quote
        self.fee_lines.setRowCount(0)
        if q is None:
            self.fee_total.setText("")
            return
        language = current_language()
        for line, amount in zip(q.lines, self.charged(), strict=True):
            label = line.label.for_language(language)
            text = self.money(amount)
            if amount != line.amount_minor:
                text = self.tr("{amount} (was {scheduled})").format(
                    amount=text, scheduled=self.money(line.amount_minor)
                )
            row = self.fee_lines.rowCount()
            self.fee_lines.insertRow(row)
            self.fee_lines.setItem(row, 0, _cell(label))
            self.fee_lines.setItem(row, 1, _cell(text, right=True))
        self.fee_total.setText(self.tr("Total {amount}").format(amount=self.money(self.total())))
        self.show_tenders()

    def settled(self) -> tuple[int, int, str | None]:
        """(still due, change, what is wrong) for the tenders taken so far."""
        total = self.total()
        try:
            done = settle(total, self.tenders, self.wizard.actions.counter.tenders)
        except Refusal as exc:
            if exc.code == "tender_short":
                return int(exc.values["due"]), 0, None
            return total, 0, error_text(exc)
        return 0, sum(t.change_minor or 0 for t in done), None

    def show_tenders(self) -> None:
        self.tender_table.setRowCount(0)
        still = self.total()
        for t in self.tenders:
            row = self.tender_table.rowCount()
            self.tender_table.insertRow(row)
            name = tender_name(t.kind) + (f" · {t.reference}" if t.reference else "")
            paid_here = min(t.amount_minor, max(still, 0))
            still -= paid_here
            given = ""
            if t.kind == CASH and t.amount_minor > paid_here:
                given = f"{self.money(t.amount_minor)} / {self.money(t.amount_minor - paid_here)}"
            self.tender_table.setItem(row, 0, _cell(name))
            self.tender_table.setItem(row, 1, _cell(self.money(paid_here), right=True))
            self.tender_table.setItem(row, 2, _cell(given, right=True))
        due, change, wrong = self.settled()
        paid = self.paid()
        if paid:
            self.due.setText("")
        elif wrong:
            self.due.setText(wrong)
        elif due:
            self.due.setText(self.tr("Still due: {amount}").format(amount=self.money(due)))
        elif change:
            self.due.setText(
                self.tr("Paid in full. Change to give: {amount}").format(amount=self.money(change))
            )
        else:
            self.due.setText(self.tr("Paid in full."))
        self.confirm.setEnabled(not paid and due == 0 and wrong is None)
        self.receipt.setText(self.tr("Receipt {number}").format(number=paid) if paid else "")
        self.print_receipt.setVisible(bool(paid))
        for w in (self.kind, self.amount, self.reference, self.add_button, self.override_button):
            w.setEnabled(not paid)
        for radio in self.urgencies.values():
            radio.setEnabled(not paid)

    def refresh(self) -> None:
        case = self.wizard.state.case
        if case is None or self.paid():
            self.show_tenders()
            return
        self.tenders.clear()
        self.override = None
        self.requote()

    def requote(self) -> None:
        w, case = self.wizard, self.wizard.state.case
        if case is None:
            return
        urgency = next(u for u, r in self.urgencies.items() if r.isChecked())
        self.quote = w.run(lambda: w.actions.quote(case.id, urgency))
        self.show_fee()

    def _urgency_chosen(self, _urgency: Urgency) -> None:
        self.override = None  # a supervisor agreed to a change of *that* fee
        self.requote()

    def focus_first(self) -> None:
        if self.paid():
            self.wizard.next_button.setFocus()
        elif self.confirm.isEnabled():
            self.confirm.setFocus()
        else:
            self.amount.setFocus()

    # -- doing --------------------------------------------------------------------------
    def enter(self, focus: QWidget | None) -> bool:
        if focus in (self.amount, self.reference, self.kind):
            self.add_tender()
            return True
        return False

    def add_tender(self) -> None:
        if self.paid() or self.quote is None:
            return
        kind = self.kind.currentData() or CASH
        due, _change, _wrong = self.settled()
        text = self.amount.text().strip()
        try:
            amount = parse_money(text, self.quote.currency) if text else due
        except Refusal as exc:
            self.wizard.say(error_text(exc))
            self.amount.selectAll()
            return
        if amount <= 0 and due == 0 and self.confirm.isEnabled():
            self.take_payment()  # Enter on an empty field once all is paid: take it
            return
        tender = TenderInput(kind, amount, self.reference.text().strip() or None)
        try:
            settle(self.total(), [*self.tenders, tender], self.wizard.actions.counter.tenders)
        except Refusal as exc:
            if exc.code != "tender_short":
                self.wizard.say(error_text(exc))
                self.amount.selectAll()
                return
        self.wizard.say()
        self.tenders.append(tender)
        self.amount.clear()
        self.reference.clear()
        self.show_tenders()
        self.focus_first()

    def remove_tender(self) -> None:
        row = self.tender_table.currentRow()
        if 0 <= row < len(self.tenders) and not self.paid():
            del self.tenders[row]
            self.show_tenders()

    def ask_override(self) -> None:
        w = self.wizard
        if self.quote is None or self.paid():
            return
        dialog = FeeOverrideDialog(w.actions, self.quote, w.background, w)
        dialog.accepted.connect(lambda: self._overridden(dialog.override))
        dialog.finished.connect(lambda _r: w.activateWindow())  # back to the wizard
        dialog.open()
        dialog.activateWindow()

    def _overridden(self, override: Override | None) -> None:
        self.override = override
        self.tenders.clear()
        self.show_fee()
        self.focus_first()

    def take_payment(self) -> None:
        w, case = self.wizard, self.wizard.state.case
        if case is None or self.paid() or not self.confirm.isEnabled():
            return
        urgency = next(u for u, r in self.urgencies.items() if r.isChecked())
        tenders, override = list(self.tenders), self.override
        done = w.run(lambda: w.actions.pay(case.id, urgency, tenders, override))
        if done is None:
            return
        w.done_something()
        self.show_tenders()
        w.show_steps()
        self.show_receipt()

    def show_receipt(self) -> None:
        number = self.paid()
        if number:
            self.wizard.paper.receipt(number)
        self.focus_first()

    def leave(self) -> bool:
        if self.paid():
            return True
        if self.confirm.isEnabled():
            self.take_payment()
            return False
        self.wizard.say(self.due.text() or self.tr("Take the payment first."))
        self.amount.setFocus()
        return False
