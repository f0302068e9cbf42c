"""A supervisor waives or changes the fee: the amount to charge for each line (blank or
0: waived), their own PIN and a reason — the supervisor's dialog with the amounts on
top. The PIN is checked here (a wrong one counts toward their lockout); the payment
checks it again when it commits, and keeps both the schedule's and the charged amounts.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desk.core.money import format_money, minor_digits, parse_money
from desk.core.refusal import Refusal
from desk.services.payments import Override, Quote
from desk.ui.background import BackgroundCalls, Busy
from desk.ui.i18n import current_language
from desk.ui.texts import error_text
from desk.ui.wizard.supervisor import SupervisorDialog

if TYPE_CHECKING:
    from desk.ui.wizard.actions import CaseActions


class FeeOverrideDialog(SupervisorDialog):
    def __init__(
        self,
        actions: CaseActions,
        quote: Quote,
        calls: BackgroundCalls,
        parent: QWidget | None = None,
    ) -> None:
        """``calls``: where the PIN is checked (Argon2: off the GUI thread)."""
        self._actions, self._quote, self._calls = actions, quote, calls
        self.override: Override | None = None
        super().__init__(actions.supervisors(), [], self._settle, parent)
        self.setObjectName("feeOverrideDialog")
        language = current_language()
        self.amounts: dict[str, QLineEdit] = {}
        for row, line in enumerate(quote.lines):
            edit = QLineEdit(objectName=f"feeOverride_{line.code}")
            edit.setAccessibleName(edit.objectName())
            edit.setText(to_minor_text(line.amount_minor, quote.currency))
            label = QLabel(
                f"{line.label.for_language(language)} "
                f"({format_money(line.amount_minor, quote.currency, language)})"
            )
            label.setBuddy(edit)
            self.form.insertRow(row, label, edit)
            self.amounts[line.code] = edit
        self.needed.setText(self.tr("Charge for each line (0: waived):"))
        first = next(iter(self.amounts.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def _settle(self, staff_id: uuid.UUID, pin: str, reason: str) -> str | None:
        amounts: dict[str, int] = {}
        for code, edit in self.amounts.items():
            text = edit.text().strip()
            try:
                amounts[code] = parse_money(text, self._quote.currency) if text else 0
            except Refusal as exc:
                edit.setFocus()
                return error_text(exc)
        scheduled = {line.code: line.amount_minor for line in self._quote.lines}
        if amounts == scheduled:
            return self.tr("Type the amount to charge: it is the schedule's now.")
        if any(amounts[c] > scheduled[c] for c in amounts):
            return self.tr("A supervisor may lower a fee, never raise it.")
        try:
            problem = self._calls.call(lambda: self._actions.check_supervisor(staff_id, pin))
        except Busy:
            return self.tr("Wait a moment: the last step is still being saved.")
        if problem is not None:
            return problem
        waived = not any(amounts.values())
        self.override = Override(staff_id, pin, reason, None if waived else amounts)
        return None


def to_minor_text(minor: int, currency: str) -> str:
    """An amount as a clerk types it (``100.00`` for HK$, ``100`` for ¥ with no cents)."""
    digits = minor_digits(currency)
    if digits == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    whole, part = divmod(abs(minor), 10**digits)
    return f"{sign}{whole}.{part:0{digits}d}"
