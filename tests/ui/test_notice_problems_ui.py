"""The notices that need a person, on the Settings page: listed (masked, never their
text), and an interrupted e-mail decided by keys — sent again, or marked received —
by the staff member logged in."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.core.notices import NoticeStatus
from desk.services.notice_problems import notices_needing_a_person
from desk.store.case_models import AuditRecord
from desk.ui.models_notices import NoticeProblemsModel
from tests.services.test_notice_problems import CODE_BODY, add
from tests.ui.test_notices_ui import status
from tests.ui.wizard_helpers import focus, press, tab_to


@pytest.fixture
def problems(store):
    """Newest first: two interrupted e-mails, then an SMS refused for good."""
    return (
        add(store, "taiman@example.com", NoticeStatus.UNKNOWN, minutes=20, error="stopped"),
        add(store, "siuming@example.com", NoticeStatus.UNKNOWN, minutes=10, error="stopped"),
        add(store, "+85251234567", NoticeStatus.FAILED, error="400 invalid number"),
    )


def settings_box(qtbot, main_window):
    box = main_window.pages["settings"].notices.problems
    with qtbot.waitSignal(box.loaded, timeout=5000):
        qtbot.keyClick(main_window, Qt.Key.Key_F7)
    return box


def every_text(box) -> str:
    m = box.model
    cells = [m.text(r, c) for r in range(m.rowCount()) for c in range(m.columnCount())]
    tips = [
        m.data(m.index(r, c), Qt.ItemDataRole.ToolTipRole)
        for r in range(m.rowCount())
        for c in range(m.columnCount())
    ]
    return " ".join([*cells, *tips, box.title.text()])


def test_the_list_shows_what_needs_a_person_masked(qtbot, store, problems, main_window):
    box = settings_box(qtbot, main_window)
    assert box.table.objectName() == "noticeProblems"
    assert box.model.rowCount() == 3 and "3" in box.title.text()
    m = NoticeProblemsModel
    assert box.model.text(0, m.TO) == "t***@example.com (e-mail)"
    assert box.model.text(0, m.STATUS) == "? maybe sent"
    assert box.model.text(0, m.KIND) == "one-time code"
    when = box.model.index(0, m.QUEUED)
    assert box.model.data(when, Qt.ItemDataRole.ToolTipRole).startswith("2026-11-2")
    assert box.model.text(2, m.TO) == "+852 5123 **** (SMS)"
    assert box.model.text(2, m.STATUS) == "✕ refused"
    assert box.model.text(2, m.ERROR) == "400 invalid number"
    text = every_text(box)
    assert "482913" not in text and CODE_BODY not in text  # never the code
    assert "taiman@" not in text and "5123 4567" not in text
    # Only an unknown row offers the decision.
    assert box.resend.text() == "Send again" and box.received.text() == "The customer has it"
    assert box.resend.isEnabled() and box.received.isEnabled()
    box.table.selectRow(2)
    assert not box.resend.isEnabled() and not box.received.isEnabled()


def test_decided_by_keys_and_audited_with_the_clerk(qtbot, store, problems, main_window):
    first, second, refused = problems
    box = settings_box(qtbot, main_window)
    main_window.pages["settings"].language.setFocus()
    tab_to(qtbot, "noticeProblems")
    for key, enabled in ((Qt.Key.Key_Down, True), (Qt.Key.Key_Down, False)):
        press(qtbot, key)
        assert box.resend.isEnabled() is enabled  # the refused SMS: nothing to decide
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert box.selected().id == first
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is box.resend
    with qtbot.waitSignal(box.loaded, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)  # Send again
    assert status(store, first) == NoticeStatus.QUEUED  # no e-mail server: it waits
    assert [p.id for p in notices_needing_a_person(store.db)] == [second, refused]
    qtbot.waitUntil(lambda: box.model.rowCount() == 2)
    assert box.table.hasFocus() and box.selected().id == second
    tab_to(qtbot, "noticeMarkReceived")
    with qtbot.waitSignal(box.loaded, timeout=5000):
        press(qtbot, Qt.Key.Key_Space)  # The customer has it
    assert status(store, second) == NoticeStatus.SENT
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    assert not box.resend.isEnabled()
    with store.db.read() as s:
        decisions = [
            (r.action, json.loads(r.details)["notice"], r.staff_id)
            for r in s.scalars(
                select(AuditRecord)
                .where(AuditRecord.action.in_(("notice.resend", "notice.marked_received")))
                .order_by(AuditRecord.seq)
            )
        ]
    assert decisions == [
        ("notice.resend", str(first), store.clerk.id),
        ("notice.marked_received", str(second), store.clerk.id),
    ]


def test_a_notice_decided_meanwhile_is_said_and_the_list_read_again(
    qtbot, store, problems, main_window, quiet_dialogs
):
    from datetime import UTC, datetime

    from desk.services.notices import decide_unknown

    box = settings_box(qtbot, main_window)
    decide_unknown(store.db, store.supervisor, problems[0], resend=False, now=datetime.now(UTC))
    with qtbot.waitSignal(box.loaded, timeout=5000):
        box.resend.click()
    assert "no longer waiting for a decision" in quiet_dialogs[-1]
    assert box.model.rowCount() == 2
    assert status(store, problems[0]) == NoticeStatus.SENT


def test_the_model_passes_the_model_tester(qtmodeltester, store, problems):
    model = NoticeProblemsModel()
    model.set_problems(notices_needing_a_person(store.db))
    assert model.rowCount() == 3
    qtmodeltester.check(model)
