"""The last page: what will be submitted, what the fraud guard still needs (and a
supervisor's approval for it), Submit, then the application number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout

from desk.core import identifiers as ids
from desk.core.cases import Handover
from desk.core.guard import REFUSALS, Finding
from desk.services.errors import DeskError
from desk.ui.case_texts import status_text
from desk.ui.texts import card_kind_text, error_text
from desk.ui.wizard.page import WizardPage, button, note
from desk.ui.wizard.supervisor import SupervisorDialog
from desk.ui.wizard.words import handover_text, reason_text

if TYPE_CHECKING:
    import uuid

    from desk.ui.wizard.wizard import CaseWizard

SUPERVISOR_KEY = "F9"


def finding_text(f: Finding) -> str:
    return error_text(DeskError(f.code.value, f.message, **f.values))


class SubmitPage(WizardPage):
    def __init__(self, wizard: CaseWizard) -> None:
        super().__init__(wizard, "caseSubmit")
        self.summary = note("caseSummary")
        self.findings = note("caseFindings")
        self.supervisor = button("caseSupervisor")
        self.supervisor.clicked.connect(self.ask_supervisor)
        QShortcut(QKeySequence(SUPERVISOR_KEY), self, self.ask_supervisor)
        self.number = QLabel(objectName="caseApplicationNumber", wordWrap=True)
        big = QFont(self.number.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.number.setFont(big)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings)
        layout.addWidget(self.supervisor, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.number)
        self.print_form = button("formPrint")
        self.print_form.clicked.connect(self.show_form)
        layout.addWidget(self.print_form, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.dialog: SupervisorDialog | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Submit")

    def retranslate(self) -> None:
        self.supervisor.setText(self.tr("Supervisor &approval   {key}").format(key=SUPERVISOR_KEY))
        self.print_form.setText(self.tr("Application &form…"))
        self.refresh()

    def pending(self) -> list[Finding]:
        case = self.wizard.state.case
        if case is None or case.application_number is not None:
            return []
        return list(case.guard.findings)

    def refresh(self) -> None:
        w, case = self.wizard, self.wizard.state.case
        if case is None:
            self.summary.setText("")
            self.findings.setText("")
            self.supervisor.hide()
            self.number.setText("")
            self.print_form.hide()
            return
        if case.new_iccid:
            card = self.tr("SIM {iccid}").format(iccid=case.new_iccid)
        elif case.new_eid:
            card = self.tr("eSIM for {device} (EID {eid})").format(
                device=f"{case.device_brand or ''} {case.device_model or ''}".strip(),
                eid=ids.mask("eid", case.new_eid),
            )
        else:
            card = self.tr("not chosen yet")
        if case.handover is Handover.COURIER:
            handover = f"{handover_text(case.handover)}: {case.courier_address or ''}"
        elif case.handover is not None:
            handover = handover_text(case.handover)
        else:
            handover = self.tr("not chosen yet")
        rows = [
            (self.tr("Reason"), reason_text(case.reason)),
            (self.tr("Card kind"), card_kind_text(case.card_kind)),
            (self.tr("Identity"), self.tr("verified") if w.verified() else self.tr("not verified")),
            (self.tr("New card"), card),
            (self.tr("Handover"), handover),
            (self.tr("State"), status_text(case.status)),
        ]
        self.summary.setText(
            "<table>"
            + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )
        pending = self.pending()
        approvable = [
            f for f in pending if f.code not in REFUSALS or f.code.value == "sim_change_lock"
        ]
        if pending:
            lines = [self.tr("Before this case can be submitted:")]
            lines += [f"⚠ {finding_text(f)}" for f in pending]
            if approvable:
                lines.append(
                    self.tr("A supervisor approves at this counter: {key}.").format(
                        key=SUPERVISOR_KEY
                    )
                )
            self.findings.setText("\n".join(lines))
        else:
            self.findings.setText("")
        self.supervisor.setVisible(bool(approvable))
        if case.application_number:
            self.number.setText(
                self.tr("Submitted. Application number: {number}").format(
                    number=case.application_number
                )
            )
        else:
            self.number.setText("")
        self.print_form.setVisible(bool(case.application_number))

    def show_form(self) -> None:
        case = self.wizard.state.case
        if case is not None and case.application_number:
            self.wizard.paper.form(case.application_number)

    def focus_first(self) -> None:
        if self.supervisor.isVisible():
            self.supervisor.setFocus()
        else:
            self.wizard.next_button.setFocus()

    def ask_supervisor(self) -> None:
        w, case = self.wizard, self.wizard.state.case
        pending = [
            f for f in self.pending() if f.code not in REFUSALS or f.code.value == "sim_change_lock"
        ]
        if case is None or not pending:
            return
        case_id, line_id = case.id, w.line.id
        codes = [f.code for f in pending]

        def settle(staff_id: uuid.UUID, pin: str, reason: str) -> str | None:
            done = w.run(
                lambda: w.actions.supervisor_settles(
                    staff_id, pin, reason, case_id=case_id, line_id=line_id, codes=codes
                )
            )
            problem = w.message.text()
            w.say()
            return None if done is not None else problem

        self.dialog = SupervisorDialog(
            w.actions.supervisors(), [finding_text(f) for f in pending], settle, w
        )
        self.dialog.accepted.connect(self._approved)
        self.dialog.finished.connect(lambda _r: w.activateWindow())  # back to the wizard
        self.dialog.open()
        self.dialog.activateWindow()
        self.dialog.pin.setFocus()

    def _approved(self) -> None:
        self.wizard.done_something()
        self.refresh()
        self.focus_first()

    def leave(self) -> bool:
        w, case = self.wizard, self.wizard.state.case
        if case is None:
            return False
        if w.run(lambda: w.actions.submit(case.id)) is None:
            return False
        w.done_something()
        self.refresh()
        w.show_steps()
        w.next_button.setFocus()
        self.show_form()  # the form to sign: its preview, Enter prints
        return False
