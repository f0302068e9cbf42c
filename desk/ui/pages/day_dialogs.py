"""The supervisor's dialogs of the Day page: cash in / cash out (an amount and a reason)
and the close (the count confirmed with a PIN; a reason when over or short beyond the
limit). Each checks the PIN and runs the service off the GUI thread, and says what went
wrong in words, staying open."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desk.core.day import CashMoveKind
from desk.core.money import format_money, parse_money
from desk.core.refusal import Refusal
from desk.services.days import DaySummary
from desk.services.errors import DeskError
from desk.ui.background import BackgroundCalls, Busy
from desk.ui.i18n import current_language
from desk.ui.pages.day_actions import DayActions, DayDone
from desk.ui.texts import error_text
from desk.ui.wizard.supervisor import SupervisorDialog


class CashMoveDialog(SupervisorDialog):
    def __init__(
        self,
        actions: DayActions,
        kind: CashMoveKind,
        calls: BackgroundCalls,
        parent: QWidget | None = None,
    ) -> None:
        self._actions, self._kind, self._calls = actions, kind, calls
        super().__init__(actions.supervisors(), [], self._settle, parent)
        self.setObjectName("dayCashDialog")
        self.amount = QLineEdit(objectName="dayCashAmount")
        self.amount.setAccessibleName("dayCashAmount")
        label = QLabel(self.tr("&Amount"))
        label.setBuddy(self.amount)
        self.form.insertRow(0, label, self.amount)
        self.needed.setText(
            self.tr("Cash into the drawer (e.g. change from the safe):")
            if kind is CashMoveKind.IN
            else self.tr("Cash out of the drawer (e.g. a bank drop):")
        )
        self.reason.setPlaceholderText(self.tr("What the cash is for"))
        self.amount.setFocus()

    def _settle(self, staff_id: uuid.UUID, pin: str, reason: str) -> str | None:
        try:
            amount = parse_money(self.amount.text(), self._actions.currency)
        except Refusal as exc:
            self.amount.setFocus()
            return error_text(exc)
        try:
            self._calls.call(
                lambda: self._actions.cash_move(staff_id, pin, self._kind, amount, reason)
            )
        except Busy:
            return self.tr("Wait a moment: the last step is still being saved.")
        except DeskError as exc:
            return error_text(exc)
        return None


class CloseDialog(SupervisorDialog):
    """The close, confirmed by a supervisor: what was counted and the difference shown."""

    def __init__(
        self,
        actions: DayActions,
        summary: DaySummary,
        counted: int,
        by_note: Mapping[int, int] | None,
        calls: BackgroundCalls,
        parent: QWidget | None = None,
    ) -> None:
        self._actions, self._calls = actions, calls
        self._counted, self._by_note = counted, by_note
        self.result_closed: DayDone | None = None
        difference = counted - summary.expected
        above = abs(difference) > actions.over_short_limit
        super().__init__(actions.supervisors(), [], self._settle, parent, reason_required=above)
        self.setObjectName("dayCloseDialog")
        language = current_language()

        def money(v: int) -> str:
            return format_money(v, summary.currency, language)

        lines = [
            self.tr("Close business day {day}: nothing of it can change afterwards.").format(
                day=summary.day.isoformat()
            ),
            self.tr("Expected {e}, counted {c}, difference {d}.").format(
                e=money(summary.expected), c=money(counted), d=money(difference)
            ),
        ]
        if above:
            lines.append(self.tr("The difference is above the limit: give a reason."))
        self.needed.setText("\n".join(lines))
        self.reason.setPlaceholderText(
            self.tr("Why the drawer is over or short") if difference else self.tr("(optional)")
        )
        self.pin.setFocus()

    def _settle(self, staff_id: uuid.UUID, pin: str, reason: str) -> str | None:
        counted = None if self._by_note else self._counted
        try:
            self.result_closed = self._calls.call(
                lambda: self._actions.close(
                    staff_id, pin, counted=self._by_note, counted_total=counted, reason=reason
                )
            )
        except Busy:
            return self.tr("Wait a moment: the last step is still being saved.")
        except DeskError as exc:
            return error_text(exc)
        return None
