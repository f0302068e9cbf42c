"""Set a first PIN: staff head office added arrive with none (desk.sync.reference).

PRODUCT.md: the supervisor approves what a clerk may not do alone. So on the login
window a supervisor picks the new staff member and types their own PIN; the new staff
member then types the PIN they chose, twice (the supervisor never needs to know it).
Audited (desk.services.auth.set_first_pin). Only a first PIN: a PIN once set is not
changed here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import Qt
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
from desk.services.errors import DeskError
from desk.ui.i18n import current_language
from desk.ui.texts import error_text, role_text

# (staff id, new PIN, supervisor id, supervisor's PIN) -> the staff member, or DeskError
SetFirstPin = Callable[[UUID, str, UUID, str], StaffMember]


@dataclass(frozen=True)
class FirstPin:
    """What the login window needs for first PINs: who is waiting for one, who can log
    in now (read again after a PIN is set), and the call that sets it."""

    waiting: Callable[[], list[StaffMember]]
    staff: Callable[[], list[StaffMember]]
    set_pin: SetFirstPin


def person_error_text(exc: DeskError) -> str:
    """``exc`` in words, the person it names in the script of the UI."""
    values = dict(exc.values)
    if "name" in values and current_language() == "zh_HK" and values.get("name_zh_hant"):
        values["name"] = values["name_zh_hant"]
    return error_text(DeskError(exc.code, str(exc), **values))


class FirstPinDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        waiting: list[StaffMember],
        supervisors: list[StaffMember],
        set_pin: SetFirstPin,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstPinDialog")
        self.setWindowTitle(self.tr("Set a first PIN"))
        self._set_pin = set_pin
        self.member: StaffMember | None = None  # set once the PIN is
        language = current_language()
        self.staff = QComboBox(objectName="firstPinStaff")
        for m in waiting:
            self.staff.addItem(f"{m.name_for(language)} ({role_text(m.role)})", m.id)
        self.supervisor = QComboBox(objectName="firstPinSupervisor")
        for m in supervisors:
            self.supervisor.addItem(m.name_for(language), m.id)
        self.supervisor_pin = self._pin_field("firstPinSupervisorPin")
        self.new_pin = self._pin_field("firstPinNew")
        self.again = self._pin_field("firstPinAgain")
        self.message = QLabel(objectName="firstPinMessage", wordWrap=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        intro = QLabel(
            self.tr(
                "A supervisor approves with their own PIN; then the new staff member types "
                "the PIN they chose, twice."
            ),
            wordWrap=True,
        )
        form = QFormLayout()
        form.addRow(self.tr("New staff"), self.staff)
        form.addRow(self.tr("Supervisor"), self.supervisor)
        form.addRow(self.tr("Supervisor's PIN"), self.supervisor_pin)
        form.addRow(self.tr("New PIN"), self.new_pin)
        form.addRow(self.tr("New PIN again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("firstPinOk")
        self.ok.setText(self.tr("Set PIN"))
        buttons.accepted.connect(self.try_set)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if not supervisors:
            self.message.setText(
                self.tr("No supervisor can log in here to approve it: ask head office.")
            )
            self.ok.setEnabled(False)
        self.supervisor_pin.setFocus()

    def _pin_field(self, name: str) -> QLineEdit:
        field = QLineEdit(objectName=name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(24)
        field.setAccessibleName(name)
        return field

    def try_set(self) -> None:
        staff_id, supervisor_id = self.staff.currentData(), self.supervisor.currentData()
        new, again, approval = self.new_pin.text(), self.again.text(), self.supervisor_pin.text()
        for field in (self.supervisor_pin, self.new_pin, self.again):
            field.clear()
        if staff_id is None or supervisor_id is None:
            return
        if new != again:
            self.message.setText(self.tr("The two new PINs differ: type them again."))
            self.new_pin.setFocus()
            return
        try:
            self.member = self._set_pin(staff_id, new, supervisor_id, approval)
        except DeskError as exc:
            self.message.setText(person_error_text(exc))
            self.supervisor_pin.setFocus()
            return
        self.accept()
