"""The composition root: builds settings, database, services and windows, and passes
them down through constructors. Nothing else in Desk makes these; no global registry.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desk.config import Paths, Settings, load_settings, save_settings
from desk.services import lookup
from desk.services.auth import StaffMember
from desk.services.customer_card import customer_card
from desk.services.stores import StoreInfo, current_store, id_cipher, open_database
from desk.store.db import Database
from desk.store.keys import IdCipher
from desk.ui import msgbox
from desk.ui.i18n import Translations
from desk.ui.login import LoginWindow
from desk.ui.main_window import MainWindow
from desk.ui.pages.lookup import LookupPage
from desk.ui.pages.settings import SettingsPage
from desk.ui.style import STYLE


class DeskApp:
    """One store's Desk on this computer: the login window, then the main window."""

    def __init__(self, qapp: QApplication, paths: Paths, db: Database, store: StoreInfo) -> None:
        self.qapp = qapp
        self.paths = paths
        self.db = db
        self.store = store
        self.settings: Settings = load_settings(paths)
        self.translations = Translations(qapp)
        self.translations.install(self.settings.language)
        qapp.setStyleSheet(STYLE)
        self._cipher: IdCipher | None = None
        self.main: MainWindow | None = None
        self.login = LoginWindow(db, store, self.settings)
        self.login.logged_in.connect(self.open_main)

    def start(self) -> None:
        self.login.resize(1024, 700)
        self.login.show()

    def business_day(self) -> date:
        try:
            return datetime.now(ZoneInfo(self.store.timezone)).date()
        except (KeyError, ValueError):  # no such zone on this machine
            return datetime.now().date()

    def cipher(self) -> IdCipher:
        if self._cipher is None:
            self._cipher = id_cipher(self.db, self.paths)
        return self._cipher

    def set_language(self, language: str) -> None:
        self.settings = replace(self.settings, language=language)
        save_settings(self.paths, self.settings)
        self.translations.install(language)

    def open_main(self, member: StaffMember) -> None:
        search = partial(
            lookup.search,
            self.db,
            self.cipher(),
            region=self.store.region,
            limit=self.settings.lookup_limit,
        )
        page = LookupPage(search, partial(customer_card, self.db))
        self.main = MainWindow(
            store=self.store,
            member=member,
            business_day=self.business_day,
            lookup=page,
            settings=SettingsPage(self.settings.language, self.set_language),
        )
        self.main.logout_requested.connect(self.logout)
        state = QSettings(str(self.paths.window_state), QSettings.Format.IniFormat)
        geometry = state.value("main/geometry")
        if geometry is None or not self.main.restoreGeometry(geometry):
            self.main.resize(1366, 768)
        self.main.show()
        self.login.hide()
        self.main.focus_lookup()

    def logout(self) -> None:
        if self.main is not None:
            state = QSettings(str(self.paths.window_state), QSettings.Format.IniFormat)
            state.setValue("main/geometry", self.main.saveGeometry())
            self.main.close()
            self.main.deleteLater()
            self.main = None
        self.login.reset()
        self.login.show()


def run_gui(paths: Paths) -> int:
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Desk")
    try:
        db = open_database(paths)
        store = current_store(db)
    except Exception as exc:
        msgbox.error(None, "Desk", f"The store's database cannot be opened:\n{exc}")
        return 1
    if store is None:
        msgbox.error(
            None,
            "Desk",
            f"There is no store in {paths.data_dir} yet.\n"
            "Create the demo store with `desk demo`, or start with `make run`.",
        )
        return 1
    desk_app = DeskApp(qapp, paths, db, store)
    desk_app.start()
    code = qapp.exec()
    if desk_app.main is not None:
        desk_app.logout()
    return code
