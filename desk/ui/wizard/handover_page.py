"""How the customer gets the new card: at the counter now, or by courier to an address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from desk.core.cases import Handover
from desk.ui.choices import Choice
from desk.ui.wizard.page import WizardPage, note
from desk.ui.wizard.words import HANDOVERS, tr

if TYPE_CHECKING:
    from desk.ui.wizard.wizard import CaseWizard


class HandoverPage(WizardPage):
    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__(wizard, "caseHandover")
        self.question = note("caseHandoverQuestion")
        self.group = QButtonGroup(self)
        self.choices: dict[Handover, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        for h in Handover:
            radio = Choice(objectName=f"caseHandover_{h.value}")
            radio.setAccessibleName(radio.objectName())
            self.group.addButton(radio)
            self.choices[h] = radio
            layout.addWidget(radio)
        self.choices[Handover.COUNTER].setChecked(True)
        self.address = QLineEdit(objectName="caseAddress")
        self.address.setAccessibleName("caseAddress")
        layout.addWidget(self.address)
        layout.addStretch(1)
        self.choices[Handover.COURIER].toggled.connect(self._courier)
        self._courier(False)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Handover")

    def retranslate(self) -> None:
        self.question.setText(self.tr("How does the customer get the new card? (↑/↓, Enter)"))
        for h, radio in self.choices.items():
            radio.setText(tr(HANDOVERS[h]))
        self.address.setPlaceholderText(self.tr("Delivery address, with a contact number"))

    def _courier(self, on: bool) -> None:
        self.address.setEnabled(on)
        if on:
            self.address.setFocus()

    def refresh(self) -> None:
        case = self.wizard.state.case
        if case is not None and case.handover is not None:
            self.choices[case.handover].setChecked(True)
            self.address.setText(case.courier_address or "")

    def focus_first(self) -> None:
        chosen = next(r for r in self.choices.values() if r.isChecked())
        chosen.setFocus()

    def enter(self, focus: QWidget | None) -> bool:
        return False

    def leave(self) -> bool:
        w = self.wizard
        case = w.state.case
        if case is None:
            return False
        handover = next(h for h, r in self.choices.items() if r.isChecked())
        address = self.address.text() if handover is Handover.COURIER else None
        if w.run(lambda: w.actions.set_handover(case.id, handover, address)) is None:
            return False
        w.done_something()
        return True
