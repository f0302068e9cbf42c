"""Why the customer needs a new card. Lost and stolen cards are reported lost (the line
suspended) the moment the clerk confirms the reason, in its own transaction, before
the case is opened: the suspension stays even if the customer walks away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout

from desk.core.cases import CaseReason, needs_report_lost
from desk.core.enums import CardKind, LineStatus
from desk.ui.choices import Choice, Tick
from desk.ui.wizard.page import WizardPage, note
from desk.ui.wizard.words import REASONS, reason_text, tr

if TYPE_CHECKING:
    from desk.ui.wizard.wizard import CaseWizard


class ReasonPage(WizardPage):
    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__(wizard, "caseReason")
        self.question = note("caseReasonQuestion")
        self.group = QButtonGroup(self)
        self.choices: dict[CaseReason, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        for reason in CaseReason:
            radio = Choice(objectName=f"caseReason_{reason.value}")
            radio.setAccessibleName(radio.objectName())
            self.group.addButton(radio)
            self.choices[reason] = radio
            layout.addWidget(radio)
        self.choices[CaseReason.LOST].setChecked(True)
        self.proxy = Tick(objectName="caseProxy")
        self.proxy.setAccessibleName("caseProxy")
        layout.addSpacing(12)
        layout.addWidget(self.proxy)
        self.hint = note("caseReasonHint")
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        for radio in self.choices.values():
            radio.toggled.connect(self._show_hint)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reason")

    def retranslate(self) -> None:
        self.question.setText(self.tr("Why does the customer need a new card? (↑/↓, Enter)"))
        for reason, radio in self.choices.items():
            radio.setText(tr(REASONS[reason]))
        self.proxy.setText(self.tr("&Proxy: someone acts for the customer (代办)"))
        self._show_hint()

    def chosen(self) -> CaseReason:
        return next(r for r, b in self.choices.items() if b.isChecked())

    def _show_hint(self) -> None:
        case = self.wizard.state.case
        if case is not None:
            text = self.tr(
                "This line's case is open with the reason “{reason}”. To change the reason, "
                "cancel that case on the Cases page."
            ).format(reason=reason_text(case.reason))
        elif needs_report_lost(self.chosen()):
            text = self.tr(
                "Enter reports the card lost: the line is suspended at once, "
                "even if the customer leaves before the new card."
            )
        else:
            text = self.tr("Enter opens the case.")
        self.hint.setText(text)

    def refresh(self) -> None:
        case = self.wizard.state.case
        if case is not None:
            self.choices[case.reason].setChecked(True)
            self.proxy.setChecked(case.proxy)
        for w in (*self.choices.values(), self.proxy):
            w.setEnabled(case is None)
        self._show_hint()

    def focus_first(self) -> None:
        self.choices[self.chosen()].setFocus()

    def leave(self) -> bool:
        w = self.wizard
        if w.state.case is not None:
            return True
        reason, line_id = self.chosen(), w.line.id
        if needs_report_lost(reason) and w.state.status is not LineStatus.SUSPENDED:
            if w.run(lambda: w.actions.report_lost(line_id, reason)) is None:
                return False
            w.done_something()
        kind = CardKind.ESIM if reason is CaseReason.ESIM_NEW_DEVICE else None
        proxy = self.proxy.isChecked()
        if w.run(lambda: w.actions.open_case(line_id, reason, kind, proxy)) is None:
            return False
        w.done_something()
        return True
