"""The main window: navigation on the left, one page at a time, the status bar below.

Keys (each shown on its button): F2 lookup, F3 cases, F4 stock, F5 day, F6 sync,
F7 settings, Ctrl+L log out. Esc goes back (from a customer card to the results, from
another page to the lookup; in the lookup field it clears the field). Typing or
scanning while no text field has the focus starts a new lookup
(:mod:`desk.ui.keys`).

Log out asks first when a page is busy: any page may have a ``busy_reason()`` method
answering None, or why logging out now would lose work (a case in progress).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from desk.core.staff import StaffMember, StoreInfo
from desk.ui import msgbox
from desk.ui.i18n import current_language
from desk.ui.keys import TypingRedirect
from desk.ui.pages.cases import CasesPage
from desk.ui.pages.lookup import LookupPage
from desk.ui.pages.placeholder import PlaceholderPage
from desk.ui.pages.settings import SettingsPage
from desk.ui.pages.sync import SyncPage
from desk.ui.retranslate import Retranslating
from desk.ui.texts import role_text
from desk.ui.widgets import ElidedLabel, with_key

NAV = ("lookup", "cases", "stock", "day", "sync", "settings")
# Keys every counter keyboard has; shown on the buttons in the platform's words.
NAV_KEYS = {
    "lookup": Qt.Key.Key_F2,
    "cases": Qt.Key.Key_F3,
    "stock": Qt.Key.Key_F4,
    "day": Qt.Key.Key_F5,
    "sync": Qt.Key.Key_F6,
    "settings": Qt.Key.Key_F7,
}
LOGOUT_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L)
NAV_WIDTH = 180
SYNC_WARNING = "background: #b3261e; color: white; font-weight: bold; padding: 0 6px;"


class MainWindow(Retranslating, QMainWindow):
    logout_requested = Signal()

    def __init__(
        self,
        *,
        store: StoreInfo,
        member: StaffMember,
        business_day: Callable[[], date | None],
        lookup: LookupPage,
        settings: SettingsPage,
        cases: CasesPage | None = None,
        day: QWidget | None = None,
        sync: SyncPage | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._store = store
        self._member = member
        self._business_day = business_day
        self.lookup = lookup
        self.pages: dict[str, QWidget] = {"lookup": lookup, "settings": settings}
        self.cases = cases
        if cases is not None:  # Enter on a case: its customer's card, on the lookup page
            self.pages["cases"] = cases
            cases.customer_wanted.connect(self.open_customer)
        if day is not None:
            self.pages["day"] = day
        self.sync = sync
        if sync is not None:  # the status bar follows what the Sync page knows
            self.pages["sync"] = sync
            sync.controller.started.connect(self.refresh_sync_status)
            sync.controller.finished.connect(self.refresh_sync_status)
            sync.controller.status_changed.connect(self.refresh_sync_status)
        for key in ("cases", "stock", "day", "sync"):
            self.pages.setdefault(key, PlaceholderPage(key))

        self.stack = QStackedWidget()
        nav = QWidget(objectName="navigation")
        nav_layout = QVBoxLayout(nav)
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[str, QPushButton] = {}
        for key in NAV:
            button = QPushButton(objectName="nav" + key.capitalize(), checkable=True)
            button.setAccessibleName(button.objectName())
            self.nav_group.addButton(button)
            nav_layout.addWidget(button)
            self.nav_buttons[key] = button
            self.stack.addWidget(self.pages[key])
            button.clicked.connect(lambda _=False, k=key: self.show_page(k))
        nav_layout.addStretch(1)
        self.logout_button = QPushButton(objectName="navLogout")
        self.logout_button.setAccessibleName("navLogout")
        self.logout_button.clicked.connect(self.request_logout)
        nav_layout.addWidget(self.logout_button)
        nav.setFixedWidth(NAV_WIDTH)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        bar = QStatusBar(objectName="statusBar")
        bar.setAccessibleName("statusBar")
        self.setStatusBar(bar)
        self.status_store = ElidedLabel(objectName="statusStore")
        self.status_clerk = ElidedLabel(objectName="statusClerk")  # a long name: cut, not wider
        self.status_day = QLabel(objectName="statusDay")
        self.status_sync = QLabel(objectName="statusSync")
        # The store's name gives way (elided) so that a long one never widens the window.
        bar.addPermanentWidget(self.status_store, 1)
        for label in (self.status_clerk, self.status_day, self.status_sync):
            bar.addPermanentWidget(label)

        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.focus_lookup)
        for key in NAV[1:]:
            QShortcut(QKeySequence(NAV_KEYS[key]), self, lambda k=key: self.show_page(k))
        QShortcut(LOGOUT_KEY, self, self.request_logout)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.go_back)
        self._typing = TypingRedirect(self, self.start_lookup)
        self._typing.install()
        self.retranslate()
        self.show_page("lookup")

    def retranslate(self) -> None:
        store = self._store.name_for(current_language())
        self.setWindowTitle(self.tr("Desk 补卡柜台 — {store}").format(store=store))
        titles = {
            "lookup": self.tr("Lookup"),
            "cases": self.tr("Cases"),
            "stock": self.tr("Stock"),
            "day": self.tr("Day"),
            "sync": self.tr("Sync"),
            "settings": self.tr("Settings"),
        }
        for key, button in self.nav_buttons.items():
            button.setText(with_key(titles[key], QKeySequence(NAV_KEYS[key])))
        self.logout_button.setText(with_key(self.tr("Log out"), LOGOUT_KEY))
        self.refresh_status()

    def refresh_status(self) -> None:
        m, language = self._member, current_language()
        self.status_store.setText(
            self.tr("Store: {code} {name}").format(
                code=self._store.code, name=self._store.name_for(language)
            )
        )
        self.status_clerk.setText(
            self.tr("Staff: {name} ({role})").format(
                name=m.name_for(language), role=role_text(m.role)
            )
        )
        day = self._business_day()
        self.status_day.setText(
            self.tr("Business day: {day}").format(day=day.isoformat())
            if day is not None
            else self.tr("Business day: not open")
        )
        self.refresh_sync_status()

    def refresh_sync_status(self, *_: object) -> None:
        """The sync's words in the status bar; a warning after 48 h without a good sync."""
        if self.sync is None:
            text, warning = self.tr("Sync: not connected to head office"), False
        else:
            text, warning = self.sync.status_bar()
        self.status_sync.setText(text)
        self.sync_warning = warning  # (a bool Qt property crashes PySide6 on reading it)
        self.status_sync.setStyleSheet(SYNC_WARNING if warning else "")

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.pages[key])
        self.nav_buttons[key].setChecked(True)
        if key == "lookup":
            self.lookup.field.setFocus()
        else:
            self.pages[key].setFocus()  # a page's focus proxy: the cases table

    def current_page(self) -> str:
        return next(k for k, w in self.pages.items() if w is self.stack.currentWidget())

    def focus_lookup(self) -> None:
        self.show_page("lookup")
        self.lookup.focus_search()

    def open_customer(self, customer_id: object) -> None:
        """The customer card of ``customer_id`` (from a case), on the lookup page."""
        from uuid import UUID

        assert isinstance(customer_id, UUID)
        self.show_page("lookup")
        self.lookup.open_customer(customer_id)

    def start_lookup(self, text: str) -> None:
        """A scan or typing that no text field took: a new lookup of ``text``."""
        self.show_page("lookup")
        self.lookup.start_typing(text)

    def go_back(self) -> None:
        if self.current_page() != "lookup":
            self.focus_lookup()
        elif self.lookup.showing_card():
            self.lookup.back()
            self.lookup.field.setFocus()
        else:
            self.lookup.field.clear()
            self.lookup.field.setFocus()

    # -- logging out ------------------------------------------------------------------
    def busy_reason(self) -> str | None:
        """Why logging out now would lose work, from the first page that says so."""
        for page in self.pages.values():
            ask = getattr(page, "busy_reason", None)
            reason = ask() if callable(ask) else None
            if reason:
                return str(reason)
        return None

    def request_logout(self) -> None:
        reason = self.busy_reason()
        if reason is not None:
            question = self.tr("{reason}\n\nLog out anyway?").format(reason=reason)
            if not msgbox.confirm(self, self.tr("Log out"), question):
                return
        self.logout_requested.emit()

    def closeEvent(self, event: QEvent) -> None:
        self._typing.remove()
        self.lookup.shutdown()
        if self.cases is not None:
            self.cases.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]
