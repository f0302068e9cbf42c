"""The composition root: builds settings, database, services and windows, and passes
them down through constructors. Nothing else in Desk makes these; no global registry.

Start-up is kept short: the login window needs only the store's name and its staff,
read with plain sqlite3 (:mod:`desk.store.light`). The ORM, the lookup and the main
window are imported and opened right after the login window is painted, while the
clerk types the PIN (:meth:`DeskApp.warm_up`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desk.config import Paths, Settings, load_settings, save_settings
from desk.core.staff import StaffMember, StoreInfo
from desk.store.light import read_active_staff, read_staff_without_pin
from desk.store.problems import store_problem
from desk.ui import msgbox
from desk.ui.first_paint import FirstPaint
from desk.ui.first_pin import FirstPin
from desk.ui.i18n import Translations
from desk.ui.login import LoginWindow
from desk.ui.screens import open_at_first_size
from desk.ui.style import STYLE, apply_font

if TYPE_CHECKING:
    from desk.core.chain import ChainAsk
    from desk.services.case_context import Counter
    from desk.services.customer_card import CustomerCard
    from desk.store.db import Database
    from desk.store.keys import IdCipher
    from desk.sync.runner import SyncRunner
    from desk.ui.main_window import MainWindow
    from desk.ui.outbox import Outbox
    from desk.ui.pages.lookup import LookupPage
    from desk.ui.sync_controller import SyncController
    from desk.ui.sync_schedule import SyncScheduler
    from desk.ui.wizard.actions import CaseActions

LOGIN_SIZE = QSize(1024, 700)
MAIN_SIZE = QSize(1366, 768)


# --- cases page: the app-level signal (DESIGN.md "Operations say what changed") ---
class Changes(QObject):
    """Every case action's CaseChange is emitted here; each view decides to refresh."""

    case_changed = Signal(object)  # desk.services.case_context.CaseChange


class DeskApp:
    """One store's Desk on this computer: the login window, then the main window."""

    def __init__(self, qapp: QApplication, paths: Paths, store: StoreInfo) -> None:
        self.qapp = qapp
        self.paths = paths
        self.store = store
        self.settings: Settings = load_settings(paths)
        self.translations = Translations(qapp)
        self.language = self.settings.language_for(store.region)
        self.translations.install(self.language)
        apply_font(qapp, self.language)
        qapp.setStyleSheet(STYLE)
        self._db: Database | None = None
        self._cipher: IdCipher | None = None
        # How the guard asks head office about the chain (Counter.chain), looked up in
        # the enrolment once, at the first case (set_chain: a test's own).
        self._chain: tuple[ChainAsk | None] | None = None
        self.changes = Changes()  # cases page
        self.main: MainWindow | None = None
        self.outbox: Outbox | None = None  # the notices' sender, while logged in
        # The sync with head office, while logged in (app_pages.sync_runner unless a
        # test gives its own); the system's timer syncs when no one is (packaging/).
        self.make_sync_runner: Callable[[DeskApp], SyncRunner] | None = None
        self.sync: SyncController | None = None
        self.sync_schedule: SyncScheduler | None = None
        self.login = LoginWindow(
            store,
            read_active_staff(paths.database),
            self.check_pin,
            last_staff=self._last_staff(),
            first_pin=FirstPin(
                waiting=lambda: read_staff_without_pin(paths.database),
                staff=lambda: read_active_staff(paths.database),
                set_pin=self.set_first_pin,
            ),
        )
        self.login.logged_in.connect(self.open_main)
        self.login.language_chosen.connect(self.set_language)

    def start(self) -> None:
        open_at_first_size(self.login, LOGIN_SIZE, None)
        self._first_paint = FirstPaint(self.login, self.warm_up, self.qapp.quit)
        self.login.show()

    # -- parts built on first use -------------------------------------------------------
    @property
    def db(self) -> Database:
        if self._db is None:
            from desk.services.stores import open_database

            self._db = open_database(self.paths)
        return self._db

    def cipher(self) -> IdCipher:
        if self._cipher is None:
            from desk.services.stores import id_cipher

            self._cipher = id_cipher(self.db, self.paths)
        return self._cipher

    def warm_up(self) -> None:
        """Import and open what the main window needs while the clerk types the PIN."""
        import desk.services.auth
        import desk.ui.main_window  # noqa: F401

        self.db.engine.connect().close()

    # -- services, as the windows call them -----------------------------------------
    def set_first_pin(
        self, staff_id: UUID, pin: str, supervisor_id: UUID, supervisor_pin: str
    ) -> StaffMember:
        """A supervisor lets a staff member head office added set a first PIN."""
        from desk.services import auth

        return auth.set_first_pin(
            self.db,
            staff_id,
            pin,
            supervisor_id=supervisor_id,
            supervisor_pin=supervisor_pin,
            store_code=self.store.code,
            **self._pin_rules(),
        )

    def _pin_rules(self) -> dict[str, Any]:
        return {
            "pepper": self.cipher().pin_pepper,  # PINs are keyed with the store's key
            "max_failed": self.settings.max_failed_pins,
            "lockout": timedelta(minutes=self.settings.pin_lockout_minutes),
        }

    def check_pin(self, staff_id: UUID, pin: str) -> StaffMember:
        """The login's one call: every failure comes back as a DeskError with words for
        the clerk (a wrong PIN, a lockout, a lost key, a damaged, full or busy store)."""
        from desk.services import auth
        from desk.services.errors import DeskError

        auth.check_pin_shape(pin)
        try:
            return auth.login(self.db, staff_id, pin, **self._pin_rules())
        except DeskError:  # a refusal in words already, a lost or wrong key included
            raise
        except Exception as exc:
            problem = store_problem(exc, self.paths.database)
            if problem is not None:
                raise problem from exc
            detail = f"{type(exc).__name__}: {exc}"
            raise DeskError(
                "login_failed", f"The PIN could not be checked ({detail}).", detail=detail
            ) from exc

    # --- cases page: the counter every case service runs at ---
    def counter(self) -> Counter:
        from desk.services.case_context import Counter
        from desk.services.counter_reference import counter_reference

        # Head office's applied fee schedule, tenders and guard settings, else Desk's.
        reference = counter_reference(self.db, self.settings.tender_kinds())
        return Counter(
            store=self.store,
            number=self.settings.counter_number,  # 1-9, a setting of this Desk
            cipher=self.cipher(),
            business_day=self.business_day,
            tenders=reference.tenders,
            fees=reference.fees,
            guard=reference.guard,
            chain=self.chain(),
        )

    def chain(self) -> ChainAsk | None:
        """The enrolment's head office for the guard; None: this Desk is not enrolled."""
        if self._chain is None:
            from desk.sync.chain_guard import enrolled_chain

            self._chain = (enrolled_chain(self.paths),)
        return self._chain[0]

    def set_chain(self, ask: ChainAsk | None) -> None:
        self._chain = (ask,)

    def business_day(self) -> date:
        """The counter's open business day, which every write belongs to (refused in
        words, ``day_not_open``, while none is open)."""
        from desk.services.days import required_day

        return required_day(self.db, self.store, self.settings.counter_number)

    def open_day(self) -> date | None:
        """The open business day, or None (the status bar, the Day page)."""
        from desk.services.days import open_day_date

        return open_day_date(self.db, self.store, self.settings.counter_number)

    def calendar_today(self) -> date:
        """Today at the store, in its time zone: the date a newly opened day takes."""
        try:
            return datetime.now(ZoneInfo(self.store.timezone)).date()
        except (KeyError, ValueError):  # no such zone on this machine
            return datetime.now().date()

    def set_language(self, language: str) -> None:
        self.language = language
        self.settings = replace(self.settings, language=language)
        save_settings(self.paths, self.settings)
        self.translations.install(language)
        apply_font(self.qapp, language)

    # -- windows ----------------------------------------------------------------------
    def open_main(self, member: StaffMember) -> None:
        from functools import partial

        from desk.store.keys import KeyError_

        try:
            cipher = self.cipher()
        except KeyError_ as exc:  # the key file was lost or damaged: say so, stay here
            msgbox.error(
                self.login,
                "Desk",
                QCoreApplication.translate(
                    "LoginWindow",
                    "The key that protects ID numbers cannot be read, so customers cannot "
                    "be looked up. Restore desk.key from this store's backup, or ask head "
                    "office.\n\n{detail}",
                ).format(detail=exc),
            )
            self.login.reset()
            return

        from desk import app_pages as pages
        from desk.services import lookup
        from desk.services.customer_card import view_customer
        from desk.ui.main_window import MainWindow
        from desk.ui.pages.lookup import LookupPage
        from desk.ui.pages.notice_settings import NoticeSettingsBox
        from desk.ui.pages.settings import SettingsPage

        search = partial(
            lookup.search,
            self.db,
            cipher,
            region=self.store.region,
            limit=self.settings.lookup_limit,
        )
        counter = self.counter()
        # Every card view is audited, with this staff member and store (cases page).
        card = partial(view_customer, self.db, counter, member)
        page = LookupPage(search, card, self.db.release_fast_read)
        actions = pages.case_actions(self, member, cipher)  # the wizard's and the Cases page's
        cases = pages.cases_page(self, counter, member, card, actions)
        day = pages.day_page(self, counter, member)
        runner = (self.make_sync_runner or pages.sync_runner)(self)
        sync, self.sync, self.sync_schedule = pages.sync_page(self, runner)
        self.changes.case_changed.connect(page.case_changed)
        from desk.ui.outbox import Outbox

        self.outbox = Outbox(self.db, self.paths.data_dir, lambda: self.settings, self._status)
        problems = self.outbox.problems_box(member)
        notice_box = NoticeSettingsBox(self.settings, self.save_notice_settings, problems=problems)
        self.main = MainWindow(
            store=self.store,
            member=member,
            business_day=self.open_day,
            lookup=page,
            settings=SettingsPage(self.language, self.set_language, notices=notice_box),
            cases=cases,
            day=day,
            sync=sync,
        )
        day.day_changed.connect(self.main.refresh_status)
        self.main.logout_requested.connect(self.logout)
        self._wire_case_wizard(page, actions)  # issue 7
        self.outbox.start(notice_box)
        self.sync.start()
        self.sync_schedule.start()
        geometry = self._window_state().value("main/geometry")
        if geometry is None or not self.main.restoreGeometry(geometry):
            # The first time on this computer: 1366×768 where the screen has room for
            # it, else maximized (a 1024×768 screen); on the login's screen.
            open_at_first_size(self.main, MAIN_SIZE, self.login.screen())
        self._window_state().setValue("login/last_staff", str(member.id))
        self.main.show()
        self.login.hide()
        if day.summary is None:  # each morning: the float first, then the customers
            self.main.show_page("day")
        else:
            self.main.focus_lookup()
        QTimer.singleShot(500, _warm_up_printing)  # not while the first key is typed

    # -- issue 7: the case wizard, opened from the customer card (caseNew) -----------
    def _wire_case_wizard(self, page: LookupPage, actions: CaseActions) -> None:
        from desk.ui.wizard.opener import WizardOpener

        assert self.main is not None

        def card_changed(card: CustomerCard) -> None:
            # The line may be suspended, a case opened or submitted: the card (read again
            # on its worker, audited) and the queue refresh; what was queued is sent now.
            self.changes.case_changed.emit(SimpleNamespace(customer_id=card.id))
            if self.outbox is not None:
                self.outbox.queued()

        self.case_wizards = WizardOpener(self.main, actions, card_changed)
        page.card.case_requested.connect(self.case_wizards.open)
        if self.main.cases is not None:  # "Go on with this case" on the Cases page
            self.main.cases.resume.wanted.connect(self.case_wizards.open)

    # -- end issue 7 --------------------------------------------------------------------

    def _last_staff(self) -> UUID | None:
        """Who last logged in on this computer (kept in window.ini, never synced)."""
        value = self._window_state().value("login/last_staff")
        try:
            return UUID(str(value)) if value else None
        except ValueError:
            return None

    def _window_state(self) -> QSettings:
        return QSettings(str(self.paths.window_state), QSettings.Format.IniFormat)

    def logout(self) -> None:
        if self.outbox is not None:
            self.outbox.stop()
            self.outbox = None
        if self.sync is not None:  # a sync under way ends first (the client's timeout)
            assert self.sync_schedule is not None
            self.sync_schedule.stop()
            self.sync.stop()
            self.sync = self.sync_schedule = None
        if self.main is not None:
            self._window_state().setValue("main/geometry", self.main.saveGeometry())
            self.main.close()
            self.main.deleteLater()
            self.main = None
        self.login.reset()
        self.login.show()

    def save_notice_settings(self, chosen: Settings) -> None:
        from desk.config import NOTICE_SETTINGS

        notice = {name: getattr(chosen, name) for name in NOTICE_SETTINGS}
        self.settings = replace(self.settings, **notice)  # the language stays as it is now
        save_settings(self.paths, self.settings)
        if self.outbox is not None:
            self.outbox.settings_changed()

    def _status(self, text: str) -> None:
        if self.main is not None:
            self.main.statusBar().showMessage(text, 120_000)


def _warm_up_printing() -> None:
    from desk.ui.printing import warm_up

    warm_up()
