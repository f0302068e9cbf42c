"""The login: pick yourself, type your PIN. Five wrong PINs lock you for five minutes."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.staff import StaffMember, StoreInfo
from desk.services.errors import DeskError
from desk.ui.retranslate import Retranslating
from desk.ui.texts import error_text, role_text

# (staff id, PIN) -> the staff member, or DeskError (wrong_pin, locked, pin_shape, ...)
LoginCall = Callable[[UUID, str], StaffMember]


class LoginWindow(Retranslating, QWidget):
    logged_in = Signal(object)  # auth.StaffMember

    def __init__(self, store: StoreInfo, staff: list[StaffMember], login: LoginCall) -> None:
        super().__init__()
        self.setObjectName("loginWindow")
        self._store = store
        self._staff = staff
        self._login = login

        self.title = QLabel(objectName="loginTitle", alignment=Qt.AlignmentFlag.AlignCenter)
        self.store_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.user = QComboBox(objectName="loginUser")
        self.pin = QLineEdit(objectName="loginPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(24)
        self.button = QPushButton(objectName="loginButton")
        self.button.setDefault(True)
        self.message = QLabel(objectName="loginMessage", wordWrap=True)
        for w in (self.user, self.pin, self.button, self.message):
            w.setAccessibleName(w.objectName())

        self.user_label = QLabel()
        self.pin_label = QLabel()
        form = QFormLayout()
        form.addRow(self.user_label, self.user)
        form.addRow(self.pin_label, self.pin)
        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.store_label)
        inner.addSpacing(24)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.button.clicked.connect(self.try_login)
        self.pin.returnPressed.connect(self.try_login)
        self.setTabOrder(self.user, self.pin)
        self.setTabOrder(self.pin, self.button)
        self.retranslate()
        self.pin.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desk — log in"))
        self.title.setText(self.tr("Desk 补卡柜台"))
        self.store_label.setText(f"{self._store.code} · {self._store.name}")
        self.user_label.setText(self.tr("Staff"))
        self.pin_label.setText(self.tr("PIN"))
        self.button.setText(self.tr("Log in"))
        current = self.user.currentIndex()
        self.user.clear()
        for member in self._staff:
            self.user.addItem(f"{member.display_name} ({role_text(member.role)})", member.id)
        self.user.setCurrentIndex(max(0, current))

    def reset(self) -> None:
        self.pin.clear()
        self.message.clear()
        self.pin.setFocus()

    def try_login(self) -> None:
        staff_id = self.user.currentData()
        if staff_id is None:
            self.message.setText(self.tr("No staff can log in here yet."))
            return
        pin = self.pin.text()
        self.pin.clear()
        try:
            member = self._login(staff_id, pin)
        except DeskError as exc:
            self.message.setText(error_text(exc))
            self.pin.setFocus()
            return
        self.message.clear()
        self.logged_in.emit(member)
