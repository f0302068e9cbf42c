"""The payment and the paper of the case chosen on the Cases page: a supervisor's void
or refund of its payment ("Void payment…" / "Refund payment…", button ``paymentVoid``,
``Ctrl+Shift+V``), and reprints of its receipt (``receiptReprint``, ``Ctrl+Shift+R``)
and of its application form (``formReprint``, ``Ctrl+Shift+F``).

The button says *void* when the payment's business day is today's and *refund* when it
is earlier; the service decides all the same (:mod:`desk.services.reversals`): a day
that turned meanwhile, a receipt already reversed, a clerk's PIN are refused in words
in the supervisor's dialog, which stays open. The dialog asks for the supervisor, their
own PIN and a reason; the PIN is checked and the reversal saved in one call off the
GUI thread. Then the queue is read again (a paid case is back to *verified*) and the
void's or the refund's receipt is previewed, to print.

Reprints go through the case wizard's :class:`~desk.ui.wizard.paper.Paper`: the preview
shows the copy the print will make (副本 / COPY n); the first reprint any staff, later
ones with a supervisor's PIN and reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from desk.core.money import format_money
from desk.services.case_context import CaseChange
from desk.services.case_receipts import CaseReceipts
from desk.services.case_views import CaseRow
from desk.services.errors import DeskError
from desk.services.payments import PaymentChange
from desk.ui import msgbox
from desk.ui.background import BackgroundCalls, Busy
from desk.ui.i18n import current_language
from desk.ui.texts import error_text
from desk.ui.widgets import label_with_key
from desk.ui.wizard.paper import Paper
from desk.ui.wizard.supervisor import SupervisorDialog

if TYPE_CHECKING:
    from desk.ui.wizard.actions import CaseActions

T = TypeVar("T")
SHIFT_CTRL = Qt.Modifier.CTRL | Qt.Modifier.SHIFT
VOID_KEY = QKeySequence(SHIFT_CTRL | Qt.Key.Key_V)
RECEIPT_KEY = QKeySequence(SHIFT_CTRL | Qt.Key.Key_R)
FORM_KEY = QKeySequence(SHIFT_CTRL | Qt.Key.Key_F)


def _button(name: str, key: QKeySequence, clicked: Callable[[], None]) -> QPushButton:
    button = QPushButton(objectName=name)
    button.setAccessibleName(name)
    button.setShortcut(key)
    button.clicked.connect(clicked)
    button.hide()
    return button


class CasePaper(QObject):
    changed = Signal(object)  # CaseChange of a void or refund: the app broadcasts it

    def __init__(
        self,
        page: QWidget,
        selected: Callable[[], CaseRow | None],
        actions: CaseActions | None,
    ) -> None:
        """``actions`` None: nothing is voided or reprinted from here (buttons hidden)."""
        super().__init__(page)
        self._page, self._selected, self._actions = page, selected, actions
        self._receipts: Mapping[uuid.UUID, CaseReceipts] = {}
        self.background = BackgroundCalls(self)
        self.documents = Paper(page, actions, self.background, self._run) if actions else None
        self.dialog: SupervisorDialog | None = None
        self.void_button = _button("paymentVoid", VOID_KEY, self.reverse)
        self.receipt_button = _button("receiptReprint", RECEIPT_KEY, self.reprint_receipt)
        self.form_button = _button("formReprint", FORM_KEY, self.reprint_form)
        self.buttons = (self.void_button, self.receipt_button, self.form_button)

    # -- what the chosen case offers ------------------------------------------------------
    def set_receipts(self, receipts: Mapping[uuid.UUID, CaseReceipts]) -> None:
        self._receipts = receipts

    def receipts(self, case: CaseRow | None) -> CaseReceipts | None:
        if case is None or self._actions is None:
            return None
        return self._receipts.get(case.id)

    def refund(self, receipts: CaseReceipts) -> bool:
        """Whether the standing payment is of an earlier business day than today's."""
        assert self._actions is not None and receipts.standing_day is not None
        return receipts.standing_day < self._actions.counter.business_day()

    def show_for(self, case: CaseRow | None) -> None:
        receipts = self.receipts(case)
        standing = receipts is not None and receipts.standing is not None
        self.void_button.setVisible(standing)
        self.receipt_button.setVisible(receipts is not None and bool(receipts.newest))
        self.form_button.setVisible(
            self._actions is not None and case is not None and bool(case.application_number)
        )
        if receipts is not None and receipts.standing is not None:
            refund = self.refund(receipts)
            text = self.tr("Refund payment…") if refund else self.tr("Void payment…")
            label_with_key(self.void_button, text, VOID_KEY)

    def retranslate(self) -> None:
        label_with_key(self.void_button, self.tr("Void payment…"), VOID_KEY)
        label_with_key(self.receipt_button, self.tr("Reprint receipt"), RECEIPT_KEY)
        label_with_key(self.form_button, self.tr("Reprint form"), FORM_KEY)
        self.show_for(self._selected())

    # -- doing it -----------------------------------------------------------------------
    def reverse(self) -> None:
        """The supervisor's dialog for a void or refund of the chosen case's payment."""
        case = self._selected()
        receipts = self.receipts(case)
        actions = self._actions
        if case is None or receipts is None or receipts.standing is None or actions is None:
            return
        number, refund = receipts.standing, self.refund(receipts)
        amount = format_money(receipts.standing_total_minor, receipts.currency, current_language())
        needed = (
            self.tr(
                "Refund receipt {number} ({amount}), paid on an earlier day, the way it was paid."
            )
            if refund
            else self.tr("Void receipt {number} ({amount}), paid today.")
        ).format(number=number, amount=amount)
        done: list[PaymentChange] = []

        def settle(staff_id: uuid.UUID, pin: str, reason: str) -> str | None:
            def call() -> PaymentChange:
                return actions.reverse(
                    number, refund=refund, staff_id=staff_id, pin=pin, reason=reason
                )

            try:
                done.append(self.background.call(call))
            except Busy:
                return self.tr("Wait a moment: the last step is still being saved.")
            except DeskError as exc:  # a wrong PIN, another day, reversed already ...
                return error_text(exc)
            return None

        self.dialog = SupervisorDialog(actions.supervisors(), [needed], settle, self._page)
        self.dialog.accepted.connect(lambda: self._reversed(case, done[0]))  # its preview
        self.dialog.rejected.connect(self._page.activateWindow)  # back to the queue
        self.dialog.open()
        self.dialog.activateWindow()

    def _reversed(self, case: CaseRow, change: PaymentChange) -> None:
        self.changed.emit(
            CaseChange(
                change.case_id,
                change.status,
                application_number=case.application_number,
                customer_id=case.customer_id,
                line_id=case.line_id,
            )
        )
        if self.documents is not None:
            self.documents.receipt(change.receipt_number)

    def reprint_receipt(self) -> None:
        receipts = self.receipts(self._selected())
        if self.documents is not None and receipts is not None and receipts.newest:
            self.documents.receipt(receipts.newest)

    def reprint_form(self) -> None:
        case = self._selected()
        if self.documents is not None and case is not None and case.application_number:
            self.documents.form(case.application_number)

    def _run(self, call: Callable[[], T]) -> T | None:
        """A document read and drawn off the GUI thread; a refusal said in a message."""
        try:
            return self.background.call(call)
        except Busy:
            return None
        except DeskError as exc:
            msgbox.error(self._page, self.tr("Print preview"), error_text(exc))
            return None
