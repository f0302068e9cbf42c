"""A real Desk on a test store: the login window, and a helper to get past it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk.app import DeskApp
from desk.services import days
from desk.services.case_context import Counter
from tests.factories import CLERK_PIN


@pytest.fixture
def open_day() -> bool:
    """Whether the ``desk`` fixture opens the business day (a test may say no)."""
    return True


@pytest.fixture
def desk(qtbot, qapp, store, quiet_dialogs, open_day):
    app = DeskApp(qapp, store.paths, store.store)
    app.set_language("en")  # tests read English; the language tests switch on purpose
    if open_day:  # the counter's business day, opened with a float as each morning
        today = app.calendar_today()
        counter = Counter(store.store, 1, store.cipher, business_day=lambda: today)
        days.open_day(app.db, counter, store.clerk, 50000, today)
    qtbot.addWidget(app.login)
    app.start()
    yield app
    if app.main is not None:
        app.logout()
    app.translations.install("en")  # the translators belong to the shared QApplication


def log_in(qtbot, desk, pin: str = CLERK_PIN):
    desk.login.user.setCurrentIndex(
        desk.login.user.findText("Chan Siu Ming", Qt.MatchFlag.MatchStartsWith)
    )
    qtbot.keyClicks(desk.login.pin, pin)
    qtbot.keyClick(desk.login.pin, Qt.Key.Key_Return)


@pytest.fixture
def main_window(qtbot, desk):
    desk.set_language("en")
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    return desk.main
