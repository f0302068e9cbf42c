"""The main window: navigation on the left, one page at a time, the status bar below.

Keys: F2 goes to the lookup field from anywhere; Esc goes back (from a customer card
to the results, from another page to the lookup).
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
from desk.ui.pages.lookup import LookupPage
from desk.ui.pages.placeholder import PlaceholderPage
from desk.ui.pages.settings import SettingsPage
from desk.ui.retranslate import Retranslating
from desk.ui.texts import role_text

NAV = ("lookup", "cases", "stock", "day", "sync", "settings")


class MainWindow(Retranslating, QMainWindow):
    logout_requested = Signal()

    def __init__(
        self,
        *,
        store: StoreInfo,
        member: StaffMember,
        business_day: Callable[[], date],
        lookup: LookupPage,
        settings: SettingsPage,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._store = store
        self._member = member
        self._business_day = business_day
        self.lookup = lookup
        self.pages: dict[str, QWidget] = {"lookup": lookup, "settings": settings}
        for key in ("cases", "stock", "day", "sync"):
            self.pages[key] = PlaceholderPage(key)

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
        self.logout_button.clicked.connect(self.logout_requested)
        nav_layout.addWidget(self.logout_button)
        nav.setFixedWidth(190)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        bar = QStatusBar(objectName="statusBar")
        bar.setAccessibleName("statusBar")
        self.setStatusBar(bar)
        self.status_store = QLabel(objectName="statusStore")
        self.status_clerk = QLabel(objectName="statusClerk")
        self.status_day = QLabel(objectName="statusDay")
        self.status_sync = QLabel(objectName="statusSync")
        for label in (self.status_store, self.status_clerk, self.status_day, self.status_sync):
            bar.addPermanentWidget(label)

        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.focus_lookup)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.go_back)
        self.retranslate()
        self.show_page("lookup")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desk 补卡柜台 — {store}").format(store=self._store.name))
        titles = {
            "lookup": self.tr("Lookup"),
            "cases": self.tr("Cases"),
            "stock": self.tr("Stock"),
            "day": self.tr("Day"),
            "sync": self.tr("Sync"),
            "settings": self.tr("Settings"),
        }
        for key, button in self.nav_buttons.items():
            button.setText(titles[key])
        self.logout_button.setText(self.tr("Log out"))
        self.refresh_status()

    def refresh_status(self) -> None:
        m = self._member
        self.status_store.setText(
            self.tr("Store: {code} {name}").format(code=self._store.code, name=self._store.name)
        )
        self.status_clerk.setText(
            self.tr("Staff: {name} ({role})").format(name=m.display_name, role=role_text(m.role))
        )
        self.status_day.setText(
            self.tr("Business day: {day}").format(day=self._business_day().isoformat())
        )
        self.status_sync.setText(self.tr("Sync: not connected to head office"))

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.pages[key])
        self.nav_buttons[key].setChecked(True)
        if key == "lookup":
            self.lookup.field.setFocus()

    def current_page(self) -> str:
        return next(k for k, w in self.pages.items() if w is self.stack.currentWidget())

    def focus_lookup(self) -> None:
        self.show_page("lookup")
        self.lookup.focus_search()

    def go_back(self) -> None:
        if self.current_page() != "lookup":
            self.focus_lookup()
        elif self.lookup.showing_card():
            self.lookup.back()
            self.lookup.field.setFocus()

    def closeEvent(self, event: QEvent) -> None:
        self.lookup.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]
