"""A supervisor's approval at the clerk's counter: who, their own PIN, and why.

Wrong PINs count toward that supervisor's lockout (as at the login) and are said in
words here; the approval is tied to the findings listed, for this one case.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.core.staff import StaffMember
from desk.ui.i18n import current_language
from desk.ui.retranslate import Retranslating

# (staff id, PIN, reason) -> None when done, else what went wrong, in words
Settle = Callable[[uuid.UUID, str, str], str | None]


class SupervisorDialog(Retranslating, QDialog):
    def __init__(
        self,
        supervisors: list[StaffMember],
        needed: list[str],
        settle: Settle,
        parent: QWidget | None = None,
        *,
        reason_required: bool = True,
    ) -> None:
        super().__init__(parent)
        self._reason_required = reason_required
        self.setObjectName("supervisorDialog")
        self.setModal(True)
        self._settle = settle
        self._supervisors = supervisors
        self.needed = QLabel("\n".join(f"• {n}" for n in needed), wordWrap=True)
        self.needed.setObjectName("supervisorNeeded")
        self.staff = QComboBox(objectName="supervisorStaff")
        self.staff.setAccessibleName("supervisorStaff")
        self.pin = QLineEdit(objectName="supervisorPin")
        self.pin.setAccessibleName("supervisorPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit(objectName="supervisorReason")
        self.reason.setAccessibleName("supervisorReason")
        self.message = QLabel(objectName="supervisorMessage", wordWrap=True)
        self.message.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._approve)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.labels, (self.staff, self.pin, self.reason), strict=True):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.needed)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.staff.addItems([m.name_for(current_language()) for m in supervisors])
        self.pin.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supervisor approval"))
        for label, text in zip(
            self.labels,
            (self.tr("&Supervisor"), self.tr("&PIN"), self.tr("&Reason")),
            strict=True,
        ):
            label.setText(text)
        self.labels[0].setBuddy(self.staff)
        self.labels[1].setBuddy(self.pin)
        self.labels[2].setBuddy(self.reason)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Approve   Enter"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel   Esc"))
        self.reason.setPlaceholderText(self.tr("Why the supervisor agrees"))

    def _approve(self) -> None:
        if not self._supervisors:
            self.message.setText(self.tr("No supervisor works at this store."))
            return
        if self._reason_required and not self.reason.text().strip():
            self.message.setText(self.tr("A supervisor's approval needs a reason."))
            self.reason.setFocus()
            return
        member = self._supervisors[self.staff.currentIndex()]
        problem = self._settle(member.id, self.pin.text(), self.reason.text())
        self.pin.clear()
        if problem is None:
            self.accept()
        else:
            self.message.setText(problem)
            self.pin.setFocus()
