"""The login window: a staff member head office added (no PIN yet) gets a first PIN
from a supervisor's approval, then logs in with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.store.case_models import AuditRecord
from tests.factories import SUPERVISOR_PIN, make_store
from tests.services.test_first_pin import NEW_PIN, add_from_head_office


@pytest.fixture
def store(tmp_path):
    """The test store, after a sync brought Ho Ka Yan from head office."""
    made = make_store(tmp_path / "store")
    made.newbie = add_from_head_office(made)
    return made


def fill(qtbot, dialog, approval: str, new: str, again: str) -> None:
    qtbot.keyClicks(dialog.supervisor_pin, approval)
    qtbot.keyClicks(dialog.new_pin, new)
    qtbot.keyClicks(dialog.again, again)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_a_supervisor_lets_new_staff_set_a_first_pin(qtbot, desk, store):
    login = desk.login
    assert all("Ho Ka Yan" not in login.user.itemText(i) for i in range(login.user.count()))
    assert login.first_pin_button.isVisible()
    assert login.first_pin_button.text() == "New staff: set a first PIN…"
    qtbot.mouseClick(login.first_pin_button, Qt.MouseButton.LeftButton)
    dialog = login.first_pin_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.staff.currentText() == "Ho Ka Yan (clerk)"
    assert [dialog.supervisor.itemText(i) for i in range(dialog.supervisor.count())] == [
        "Lee Mei Ling"
    ]
    fill(qtbot, dialog, SUPERVISOR_PIN, NEW_PIN, "1357")
    assert dialog.message.text() == "The two new PINs differ: type them again."
    fill(qtbot, dialog, "0000", NEW_PIN, NEW_PIN)
    assert dialog.message.text().startswith("Wrong PIN for Lee Mei Ling.")
    assert dialog.isVisible() and not dialog.new_pin.text()
    fill(qtbot, dialog, SUPERVISOR_PIN, NEW_PIN, NEW_PIN)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert login.user.currentText().startswith("Ho Ka Yan")
    assert login.message.text() == "Ho Ka Yan can log in now with the new PIN."
    assert not login.first_pin_button.isVisible()  # no one waits for a PIN any more
    with desk.db.read() as s:
        entry = s.scalars(select(AuditRecord).where(AuditRecord.action == "staff.first_pin")).one()
    assert entry.staff_id == store.supervisor.id
    qtbot.keyClicks(login.pin, NEW_PIN)
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    assert desk.main._member.id == store.newbie.id
