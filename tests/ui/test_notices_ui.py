"""The outbox in the running Desk: sent off the GUI thread once logged in, configured
on the Settings page, and a demo store's notice shown on screen."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from desk.core.notices import NoticeKind, NoticeStatus
from desk.services.notices import queue_notice
from desk.services.stores import mark_demo_store
from desk.store.models import Notice
from tests.notify.servers import SmsGateway, sms_gateway


def queue(store, recipient: str, body: str) -> uuid.UUID:
    with store.db.write() as s:
        return queue_notice(
            s,
            store_id=store.store.id,
            customer_id=store.customers["chan"],
            case_id=None,
            kind=NoticeKind.ONE_TIME_CODE,
            recipient=recipient,
            subject="Desk code",
            body=body,
            now=datetime.now(UTC),
        ).id


def status(store, notice_id) -> NoticeStatus:
    with store.db.read() as s:
        found = s.get(Notice, notice_id)
        assert found is not None
        return found.status


def test_a_demo_store_shows_the_code_in_the_status_bar(qtbot, store, desk):
    from tests.ui.conftest import log_in

    mark_demo_store(store.db)
    n = queue(store, "+85251234567", "Desk 验证码 / code: 482913")
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    qtbot.waitUntil(lambda: "482913" in desk.main.statusBar().currentMessage(), timeout=10_000)
    qtbot.waitUntil(lambda: status(store, n) == NoticeStatus.SENT, timeout=10_000)
    assert desk.outbox is not None and desk.outbox.runner._thread.isRunning()  # its own thread
    assert "482913" in (store.paths.data_dir / "notices.log").read_text(encoding="utf-8")


def test_the_sms_gateway_set_on_the_settings_page_sends_what_waited(
    qtbot, store, desk, main_window
):
    n = queue(store, "+85251234567", "Your replacement was submitted.")
    desk.outbox.queued()
    box = main_window.pages["settings"].notices
    main_window.nav_buttons["settings"].click()
    qtbot.waitUntil(lambda: "no SMS gateway configured" in box.pending.text(), timeout=10_000)
    with sms_gateway() as (gateway, url):
        box.edits["sms_url"].setFocus()
        qtbot.keyClicks(box.edits["sms_url"], url)
        qtbot.keyClicks(box.edits["sms_token"], SmsGateway.TOKEN)
        qtbot.keyClick(box.edits["sms_token"], Qt.Key.Key_Return)  # Enter saves
        qtbot.waitUntil(lambda: status(store, n) == NoticeStatus.SENT, timeout=10_000)
        qtbot.waitUntil(lambda: "nothing waiting" in box.pending.text(), timeout=10_000)
    assert [d["to"] for d in gateway.deliveries] == ["+85251234567"]
    saved = json.loads(store.paths.settings.read_text())
    assert saved["sms_url"] == url and saved["language"] == "en"


def test_a_wrong_value_is_refused_and_not_saved(qtbot, store, desk, main_window, quiet_dialogs):
    box = main_window.pages["settings"].notices
    qtbot.keyClicks(box.edits["sms_url"], "gateway.example.com/send")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert quiet_dialogs and "SMS gateway URL" in quiet_dialogs[-1]
    assert "sms_url" not in json.loads(store.paths.settings.read_text())
