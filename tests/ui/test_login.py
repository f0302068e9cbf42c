"""The login window: the right PIN opens the main window; five wrong ones lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from tests.ui.conftest import log_in


def test_login_widgets_have_their_names(desk):
    w = desk.login
    assert isinstance(w.findChild(QComboBox, "loginUser"), QComboBox)
    assert w.findChild(QLineEdit, "loginPin").echoMode() == QLineEdit.EchoMode.Password
    assert isinstance(w.findChild(QPushButton, "loginButton"), QPushButton)
    assert w.user.count() == 2 and "Chan Siu Ming" in w.user.itemText(0)


def test_right_pin_opens_the_main_window(qtbot, desk):
    desk.set_language("en")
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    assert not desk.login.isVisible()
    assert desk.login.pin.text() == ""


def test_wrong_pins_are_counted_then_lock(qtbot, desk):
    desk.set_language("en")
    for left in (4, 3, 2, 1):
        log_in(qtbot, desk, "0000")
        assert desk.login.message.text() == (
            f"Wrong PIN for Chan Siu Ming. Tries left before a lockout: {left}."
        )
        assert desk.main is None and desk.login.pin.text() == ""
    log_in(qtbot, desk, "0000")
    assert "for Chan Siu Ming: locked for 5 min" in desk.login.message.text()
    assert "supervisor" not in desk.login.message.text()  # nothing a supervisor can do yet
    log_in(qtbot, desk)  # the right PIN, but locked
    assert "locked for 5 min" in desk.login.message.text()
    assert desk.main is None


def test_a_pin_of_the_wrong_shape_is_explained(qtbot, desk):
    desk.set_language("en")
    log_in(qtbot, desk, "12ab")
    assert desk.login.message.text() == "A PIN is 4 to 12 digits."


def test_log_out_returns_to_the_login(qtbot, main_window, desk):
    main_window.logout_button.click()
    assert desk.main is None and desk.login.isVisible()


@pytest.mark.parametrize("open_day", [False])  # opening it would have read the key already
def test_a_lost_key_file_is_explained_and_nothing_opens(qtbot, desk, store):
    desk.set_language("en")
    store.paths.key_file.unlink()
    log_in(qtbot, desk)
    assert desk.main is None and desk.login.isVisible()
    assert "The store's key cannot be read" in desk.login.message.text()
    assert desk.login.pin.isEnabled() and desk.login.pin.hasFocus()


def open_database_files(store) -> int:
    import os

    fds = os.listdir("/proc/self/fd")
    return sum(
        1
        for fd in fds
        if os.path.realpath(f"/proc/self/fd/{fd}") == str(store.paths.database.resolve())
    )


def test_logging_in_and_out_all_day_leaves_no_database_files_open(qtbot, desk, store):
    """Each shift's lookup thread opens its own read connection and must close it.

    Measured against a shift with no search, less the ORM's pooled connections, so a
    connection left open counts even when the next lookup thread, given the same
    thread id by the system, would have found and reused it."""

    def shift(search: bool) -> None:
        log_in(qtbot, desk)
        qtbot.waitUntil(lambda: desk.main is not None)
        page = desk.main.lookup
        if search:
            qtbot.keyClicks(page.field, "chan")  # the lookup thread opens its connection
            qtbot.waitUntil(lambda: page.model.rowCount() == 1)
            assert len(desk.db._fast) == 1
        desk.logout()

    def outside_the_pool() -> int:
        # The ORM's pool keeps the connections it made open for the next transaction:
        # one more when two threads happened to read at once. Those are not leaks.
        pool = desk.db.engine.pool
        return open_database_files(store) - pool.checkedin() - pool.checkedout()

    shift(search=False)
    baseline = outside_the_pool()
    for _ in range(3):
        shift(search=True)
        assert desk.db._fast == {}  # released by the thread that opened it
        assert outside_the_pool() == baseline


def test_the_last_to_log_in_here_is_preselected_not_the_first_by_name(qtbot, qapp, store):
    from desk.app import DeskApp

    first = DeskApp(qapp, store.paths, store.store)
    qtbot.addWidget(first.login)
    first.set_language("en")
    # Nobody logged in yet: a clerk, never the supervisor, comes first.
    assert first.login.user.currentData() == store.clerk.id
    first.login.select_staff(store.supervisor.id)
    qtbot.keyClicks(first.login.pin, "5678")
    qtbot.keyClick(first.login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.main is not None)
    first.logout()
    again = DeskApp(qapp, store.paths, store.store)  # the next start on this computer
    qtbot.addWidget(again.login)
    assert again.login.user.currentData() == store.supervisor.id
    again.translations.install("en")  # the translators belong to the shared QApplication


def test_a_long_message_never_moves_or_shrinks_the_form(qtbot, desk):
    desk.set_language("en")
    login = desk.login
    login.resize(1024, 768)
    login.show()
    qtbot.waitExposed(login)
    log_in(qtbot, desk, "0000")  # a one-line message
    QApplication.instance().processEvents()
    before = (login.user.geometry(), login.pin.geometry(), login.button.geometry())
    login.message.setText(login.message.text() + " " + "A long explanation. " * 12)
    qapp = QApplication.instance()
    qapp.processEvents()
    assert (login.user.geometry(), login.pin.geometry(), login.button.geometry()) == before
    assert login.pin.height() >= 40
    # The whole "name (role)" is shown, never "(supervi".
    metrics = login.user.fontMetrics()
    for i in range(login.user.count()):
        assert metrics.horizontalAdvance(login.user.itemText(i)) < login.user.width() - 30


def test_the_language_can_be_chosen_at_the_login(qtbot, desk, store):
    from desk.config import load_settings

    combo = desk.login.language
    assert combo.objectName() == "loginLanguage"
    combo.setCurrentIndex(combo.findData("zh_HK"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: desk.login.button.text() == "登入")
    assert load_settings(store.paths).language == "zh_HK"
    desk.set_language("en")


def test_a_store_that_cannot_be_written_is_explained_at_the_login(qtbot, desk, store):
    """A busy (locked) database: the clerk reads why, the PIN field stays usable."""
    import sqlite3

    import desk.store.db as db_module

    desk.set_language("en")
    desk.warm_up()
    old = db_module.BUSY_TIMEOUT_MS
    holder = sqlite3.connect(store.paths.database, isolation_level=None)
    holder.execute("PRAGMA busy_timeout = 0")
    holder.execute("BEGIN IMMEDIATE")
    try:
        db_module.BUSY_TIMEOUT_MS = 100  # don't wait five seconds in a test
        desk.db.engine.dispose()  # new connections take the short timeout
        log_in(qtbot, desk)
    finally:
        db_module.BUSY_TIMEOUT_MS = old
        holder.execute("ROLLBACK")
        holder.close()
    text = desk.login.message.text()
    assert "busy" in text and desk.main is None
    assert desk.login.pin.isEnabled()
    log_in(qtbot, desk)  # once the other program is done, the same PIN works
    qtbot.waitUntil(lambda: desk.main is not None)
