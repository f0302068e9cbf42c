"""The login: pick yourself, type your PIN; the language can be chosen here too.

The staff member who last logged in on this computer is preselected, so that a clerk
typing their PIN never counts wrong PINs against somebody else; every PIN message names
the person it is about. The form keeps its size whatever the message says: the message
has room of its own below it.
"""

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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.core.staff import StaffMember, StoreInfo
from desk.services.errors import DeskError
from desk.ui.first_pin import FirstPin, FirstPinDialog, person_error_text
from desk.ui.i18n import LANGUAGE_NAMES, current_language
from desk.ui.retranslate import Retranslating
from desk.ui.texts import role_text

# (staff id, PIN) -> the staff member, or DeskError (wrong_pin, locked, pin_shape, ...)
LoginCall = Callable[[UUID, str], StaffMember]
FORM_WIDTH = 560
MESSAGE_LINES = 4  # room kept for the longest message, so nothing above it moves


class LoginWindow(Retranslating, QWidget):
    logged_in = Signal(object)  # auth.StaffMember
    language_chosen = Signal(str)  # zh_CN, zh_HK or en

    def __init__(
        self,
        store: StoreInfo,
        staff: list[StaffMember],
        login: LoginCall,
        *,
        last_staff: UUID | None = None,
        first_pin: FirstPin | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("loginWindow")
        self._store = store
        self._staff = staff
        self._login = login
        self._first_pin = first_pin
        self.first_pin_dialog: FirstPinDialog | None = None

        self.title = QLabel(objectName="loginTitle", alignment=Qt.AlignmentFlag.AlignCenter)
        self.store_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.user = QComboBox(objectName="loginUser")
        self.pin = QLineEdit(objectName="loginPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(24)
        self.button = QPushButton(objectName="loginButton")
        self.button.setDefault(True)
        # Staff head office added have no PIN yet: a supervisor lets them set one.
        self.first_pin_button = QPushButton(objectName="loginFirstPin")
        self.first_pin_button.setAutoDefault(False)
        self.language = QComboBox(objectName="loginLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.message = QLabel(objectName="loginMessage", wordWrap=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for w in (self.user, self.pin, self.button, self.message, self.language):
            w.setAccessibleName(w.objectName())
        for w in (self.user, self.pin, self.button, self.language):
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.user_label = QLabel()
        self.pin_label = QLabel()
        self.language_label = QLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.user_label, self.user)
        form.addRow(self.pin_label, self.pin)
        box = QWidget(objectName="loginForm")
        box.setFixedWidth(FORM_WIDTH)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.store_label)
        inner.addSpacing(24)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        inner.addWidget(self.first_pin_button)
        language_row = QFormLayout()
        language_row.addRow(self.language_label, self.language)
        inner.addSpacing(16)
        inner.addLayout(language_row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.button.clicked.connect(self.try_login)
        self.first_pin_button.clicked.connect(self.open_first_pin)
        self._show_first_pin()
        self.pin.returnPressed.connect(self.try_login)
        self.language.activated.connect(self._language_activated)
        self.setTabOrder(self.user, self.pin)
        self.setTabOrder(self.pin, self.button)
        self.setTabOrder(self.button, self.language)
        self._last_error: DeskError | None = None
        self.retranslate()
        self.select_staff(last_staff)
        self.pin.setFocus()

    # -- what is shown --------------------------------------------------------------
    def retranslate(self) -> None:
        language = current_language()
        self.setWindowTitle(self.tr("Desk — log in"))
        self.title.setText(self.tr("Desk 补卡柜台"))
        self.store_label.setText(f"{self._store.code} · {self._store.name_for(language)}")
        self.user_label.setText(self.tr("Staff"))
        self.pin_label.setText(self.tr("PIN"))
        self.button.setText(self.tr("Log in"))
        self.first_pin_button.setText(self.tr("New staff: set a first PIN…"))
        self.language_label.setText(self.tr("Language"))
        current = self.user.currentIndex()
        self.user.clear()
        for member in self._staff:
            self.user.addItem(
                self.tr("{name} ({role})").format(
                    name=member.name_for(language), role=role_text(member.role)
                ),
                member.id,
            )
        self.user.setCurrentIndex(max(0, current))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        # Fields as tall as their text needs, and room for the longest message in this
        # language: a message that wraps never squeezes or moves the form.
        for w in (self.user, self.pin, self.button, self.language, self.message, self.title):
            w.ensurePolished()
        for label in (self.user_label, self.pin_label, self.language_label, self.store_label):
            label.ensurePolished()
        for w in (self.user, self.pin, self.button, self.language):
            w.setFixedHeight(w.sizeHint().height())
        lines = self.message.fontMetrics().lineSpacing()
        self.message.setFixedHeight(MESSAGE_LINES * lines + 4)
        if self._last_error is not None:
            self._say(self._last_error)

    def select_staff(self, staff_id: UUID | None) -> None:
        """Preselect ``staff_id`` (the last to log in here); else the first clerk."""
        ids = [m.id for m in self._staff]  # (findData cannot compare Python UUIDs)
        index = ids.index(staff_id) if staff_id in ids else -1
        if index < 0:
            clerks = [i for i, m in enumerate(self._staff) if not m.is_supervisor]
            index = clerks[0] if clerks else 0
        self.user.setCurrentIndex(index)

    def _say(self, exc: DeskError) -> None:
        self.message.setText(person_error_text(exc))

    def _language_activated(self, _index: int) -> None:
        self.language_chosen.emit(self.language.currentData())
        self.pin.setFocus()

    def reset(self) -> None:
        self.pin.clear()
        self.message.clear()
        self._last_error = None
        self.pin.setFocus()

    # -- a first PIN -----------------------------------------------------------------
    def _show_first_pin(self) -> None:
        self.first_pin_button.setVisible(
            self._first_pin is not None and bool(self._first_pin.waiting())
        )

    def open_first_pin(self) -> None:
        if self._first_pin is None:
            return
        supervisors = [m for m in self._staff if m.is_supervisor]
        dialog = FirstPinDialog(
            self, self._first_pin.waiting(), supervisors, self._first_pin.set_pin
        )
        dialog.accepted.connect(self._first_pin_set)
        self.first_pin_dialog = dialog
        dialog.open()

    def _first_pin_set(self) -> None:
        assert self._first_pin is not None and self.first_pin_dialog is not None
        member = self.first_pin_dialog.member
        self._staff = self._first_pin.staff()
        self.retranslate()
        self._show_first_pin()
        if member is not None:
            self.select_staff(member.id)
            self._last_error = None
            self.message.setText(
                self.tr("{name} can log in now with the new PIN.").format(
                    name=member.name_for(current_language())
                )
            )
        self.pin.setFocus()

    # -- logging in -----------------------------------------------------------------
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
            self._last_error = exc
            self._say(exc)
            self.pin.setFocus()
            return
        except Exception as exc:  # never an empty message: say what happened
            self._last_error = None
            self.message.setText(
                self.tr("The PIN could not be checked: {detail}").format(
                    detail=f"{type(exc).__name__}: {exc}"
                )
            )
            self.pin.setFocus()
            return
        self._last_error = None
        self.message.clear()
        self.logged_in.emit(member)
