"""The login window: the right PIN opens the main window; five wrong ones lock."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

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
        assert desk.login.message.text() == f"Wrong PIN. Tries left before a lockout: {left}."
        assert desk.main is None and desk.login.pin.text() == ""
    log_in(qtbot, desk, "0000")
    assert "Minutes until the next try: 5." in desk.login.message.text()
    log_in(qtbot, desk)  # the right PIN, but locked
    assert "Minutes until the next try: 5." in desk.login.message.text()
    assert desk.main is None


def test_a_pin_of_the_wrong_shape_is_explained(qtbot, desk):
    desk.set_language("en")
    log_in(qtbot, desk, "12ab")
    assert desk.login.message.text() == "A PIN is 4 to 12 digits."


def test_log_out_returns_to_the_login(qtbot, main_window, desk):
    main_window.logout_button.click()
    assert desk.main is None and desk.login.isVisible()


def test_a_lost_key_file_is_explained_and_nothing_opens(qtbot, desk, store, quiet_dialogs):
    desk.set_language("en")
    store.paths.key_file.unlink()
    log_in(qtbot, desk)
    assert desk.main is None and desk.login.isVisible()
    assert "key that protects ID numbers cannot be read" in quiet_dialogs[-1]


def open_database_files(store) -> int:
    import os

    fds = os.listdir("/proc/self/fd")
    return sum(
        1
        for fd in fds
        if os.path.realpath(f"/proc/self/fd/{fd}") == str(store.paths.database.resolve())
    )


def test_logging_in_and_out_all_day_leaves_no_database_files_open(qtbot, desk, store):
    def shift() -> None:
        log_in(qtbot, desk)
        qtbot.waitUntil(lambda: desk.main is not None)
        page = desk.main.lookup
        qtbot.keyClicks(page.field, "chan")  # the lookup thread opens its connection
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        desk.logout()

    shift()
    after_one = open_database_files(store)
    for _ in range(3):
        shift()
    assert open_database_files(store) == after_one
