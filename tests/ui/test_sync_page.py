"""The Sync page (F6) and the status bar, on a real store: a Desk not enrolled says how to
enrol; an enrolled one that never synced says so, syncs from the keyboard on its own
thread, and then shows the last good time, the rows waiting and head office's totals; a
failed sync shows its error, in the UI language (an error kept before Desk kept its
code: as kept); 48 hours without a good sync turn the status bar into a
warning; the schedule catches up at start and never starts two syncs at once.

:class:`HeadOffice` stands in for ``desk.sync.client.sync_once`` (the client's own tests
run it against a real head office): it writes ``sync_state`` as the client does, in the
store's database, and answers the client's :class:`SyncReport`.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desk.config import Paths
from desk.store.sync_models import SyncOutbox, SyncState
from desk.sync.client import SyncReport
from desk.sync.runner import StoreSyncRunner
from desk.sync.schedule import Plan, Why
from desk.ui.sync_controller import SyncController
from desk.ui.sync_schedule import SyncScheduler
from tests.ui.conftest import log_in
from tests.ui.wizard_helpers import focus, press

HK = ZoneInfo("Asia/Hong_Kong")


@dataclass
class HeadOffice:
    """``sync_once`` for the test: sends the waiting rows, or fails with ``fail``."""

    db: object
    fail: str | None = None
    hold: threading.Event | None = None  # a slow line: the sync waits for it
    calls: int = 0
    view: dict = field(
        default_factory=lambda: {
            "totals": {  # as desk.sync.client keeps it: [count, sum in minor units]
                "2026-11-26": {"payment": [12, 186000], "replacement_case": [9, 0]},
                "2026-11-27": {"payment": [3, 45000]},
            }
        }
    )

    def sync_once(self, _paths: Paths) -> SyncReport:
        self.calls += 1
        if self.hold is not None:
            assert self.hold.wait(10)
        now = datetime.now(UTC)
        with self.db.write() as s:
            state = s.get(SyncState, 1)
            state.last_attempt_at = now
            if self.fail:
                state.last_error = self.fail
                return SyncReport(ok=False, error=self.fail, elapsed=0.2)
            top = s.scalar(select(func.max(SyncOutbox.seq))) or 0
            pushed = top - state.acked_seq
            state.acked_seq, state.epoch = top, max(state.epoch, 1)
            state.last_good_at, state.last_error = now, None
            state.clock_skew_ms = 200
            state.hq_view = json.dumps(self.view)
        return SyncReport(ok=True, pushed=pushed, batches=1, elapsed=0.4)

    def runner(self, app) -> StoreSyncRunner:
        return StoreSyncRunner(app.db, app.paths, sync_once=self.sync_once, enrolled=lambda: True)


def waiting_rows(store, n: int) -> None:
    """``n`` changes waiting in the outbox, as the triggers write them."""
    with store.db.write() as s:
        for _ in range(n):
            s.add(SyncOutbox(tbl="payment", row_id="0" * 32, op="u"))


def set_state(store, **values) -> None:
    with store.db.write() as s:
        state = s.get(SyncState, 1)
        for name, value in values.items():
            setattr(state, name, value)


@pytest.fixture
def head_office(store, desk) -> HeadOffice:
    office = HeadOffice(store.db)
    desk.make_sync_runner = office.runner
    yield office
    if office.hold is not None:
        office.hold.set()


def sync_page(qtbot, desk):
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    main = desk.main
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_F6)
    assert main.current_page() == "sync"
    page = main.pages["sync"]
    qtbot.waitUntil(lambda: desk.sync.status is not None)
    return main, page


def test_a_desk_not_enrolled_says_how_to_enrol(qtbot, desk):
    main, page = sync_page(qtbot, desk)
    assert page.status.objectName() == "syncStatus"
    assert page.status.text() == (
        "Not enrolled with head office: ask head office for an enrolment token, "
        "then run desk enroll"
    )
    assert not page.button.isEnabled()
    assert main.status_sync.text() == "Sync: not enrolled"
    assert main.sync_warning is False


def test_never_synced_then_synced_from_the_keyboard(qtbot, desk, store, head_office):
    waiting_rows(store, 3)
    head_office.hold = threading.Event()
    main, page = sync_page(qtbot, desk)
    assert page.status.text() == "Never synced"
    assert page.pending.objectName() == "syncPending"
    assert page.pending.text() == "3 rows waiting to be sent to head office"
    assert main.status_sync.text() == "Sync: never synced"
    assert main.sync_warning is True
    assert page.totals.rowCount() == 0

    # F6 gave the page the focus, and the page gives it to Sync now: Ctrl+S syncs.
    assert focus() is page.button and page.button.text().endswith("Ctrl+S")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: head_office.calls == 1)
    assert not page.button.isEnabled()  # while it runs
    assert page.message.text() == "Syncing with head office…"
    assert main.status_sync.text() == "Sync: syncing…"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # never two at once
    assert not desk.sync.sync_now()
    head_office.hold.set()

    qtbot.waitUntil(page.button.isEnabled)
    assert head_office.calls == 1
    assert page.message.text() == "Synced: 3 rows sent in 0.4 s."
    assert page.status.text().endswith("(just now)")
    local = datetime.now(HK).strftime("%Y-%m-%d %H:")
    assert page.status.text().startswith(local[:-1])  # in Hong Kong's time
    assert page.pending.text() == "Nothing waiting"
    assert page.error.text() == "None"
    assert not page.clock.isVisible()  # 0.2 s off: nothing to say
    assert main.status_sync.text().startswith("Sync: last good ")
    assert main.sync_warning is False

    # Head office's view: the newest day first, in a clerk's words, amounts in HK$.
    cells = [
        [page.totals.item(r, c).text() for c in range(4)] for r in range(page.totals.rowCount())
    ]
    assert cells == [
        ["2026-11-27", "Payments", "3", "HK$450.00"],
        ["2026-11-26", "Cases opened", "9", ""],
        ["2026-11-26", "Payments", "12", "HK$1,860.00"],
    ]

    # Space on the focused button syncs again.
    assert focus() is page.button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: head_office.calls == 2 and page.button.isEnabled())
    assert page.message.text() == "Synced: 0 rows sent in 0.4 s."


def test_a_failed_sync_says_why_in_plain_words(qtbot, desk, store, head_office):
    head_office.fail = "Head office cannot be reached: the connection was refused."
    _main, page = sync_page(qtbot, desk)
    page.button.click()
    qtbot.waitUntil(lambda: head_office.calls == 1 and page.button.isEnabled())
    assert page.error.objectName() == "syncError"
    assert page.error.text() == head_office.fail
    assert page.message.text() == f"The sync failed: {head_office.fail}"
    assert page.status.text() == "Never synced"
    assert page.attempt.text().endswith("(just now)")


def real_client(desk, url: str) -> None:
    """The Sync page syncs with the real client, with head office at ``url``."""
    from desk.sync.client import sync_once
    from tests.sync.harness import Endpoint

    desk.make_sync_runner = lambda app: StoreSyncRunner(
        app.db,
        app.paths,
        sync_once=lambda paths: sync_once(paths, Endpoint(url, "credential"), timeout=5),
        enrolled=lambda: True,
    )


def test_an_unreachable_head_office_is_said_in_the_clerk_s_language(qtbot, desk, store):
    """The real client against a closed port: the error follows the UI language."""
    from desk.hq.pgcluster import free_port

    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    real_client(desk, url)
    _main, page = sync_page(qtbot, desk)
    desk.set_language("zh_HK")
    qtbot.waitUntil(lambda: page.error_label.text() == "上次錯誤：")
    assert page.error.text() == "無"
    page.button.click()
    chinese = f"無法連接總部 {url}（ConnectError）。Desk 照常運作，稍後會再嘗試同步。"
    qtbot.waitUntil(lambda: page.error.text() == chinese, timeout=15_000)
    assert page.message.text() == f"同步失敗：{chinese}"
    desk.set_language("zh_CN")
    qtbot.waitUntil(lambda: page.error_label.text() == "上次错误：")
    simplified = f"无法连接总部 {url}（ConnectError）。Desk 照常运行，稍后会再次尝试同步。"
    assert page.error.text() == simplified
    desk.set_language("en")
    qtbot.waitUntil(lambda: page.error_label.text() == "Last error:")
    assert page.error.text() == (
        f"Head office at {url} cannot be reached (ConnectError); Desk works on and will try again."
    )


def test_an_error_kept_without_a_usable_code_is_shown_as_kept(qtbot, desk, store, head_office):
    kept = "Head office at http://hq.example cannot be reached (ConnectError); Desk works on."
    set_state(store, last_error=kept)  # as a Desk before schema 0011 kept it
    _main, page = sync_page(qtbot, desk)
    desk.set_language("zh_HK")
    qtbot.waitUntil(lambda: page.error_label.text() == "上次錯誤：")
    assert page.error.text() == kept
    # A code whose message wants values the row does not hold: the words kept, too.
    set_state(store, last_error_code="sync_refused", last_error_values="{}")
    desk.sync.refresh()
    qtbot.waitUntil(lambda: desk.sync.status.last_error_code == "sync_refused")
    assert page.error.text() == kept
    desk.set_language("en")


def test_the_status_bar_warns_after_48_hours_without_a_good_sync(qtbot, desk, store, head_office):
    three_days = datetime.now(UTC) - timedelta(days=3, minutes=5)
    set_state(store, last_good_at=three_days, last_attempt_at=three_days, epoch=1)
    main, page = sync_page(qtbot, desk)
    assert main.status_sync.text() == "No good sync for 3 days: call head office"
    assert main.sync_warning is True
    assert "background" in main.status_sync.styleSheet()
    assert page.status.text().endswith("(3 days ago)")

    # A good sync puts it right at once.
    page.button.click()
    qtbot.waitUntil(lambda: main.status_sync.text().startswith("Sync: last good "))
    assert main.sync_warning is False


def test_yesterday_s_sync_is_fine_and_shows_its_date(qtbot, desk, store, head_office):
    yesterday = datetime.now(UTC) - timedelta(hours=30)
    set_state(store, last_good_at=yesterday, last_attempt_at=yesterday)
    main, page = sync_page(qtbot, desk)
    when = yesterday.astimezone(HK).strftime("%m-%d %H:%M")
    assert main.status_sync.text() == f"Sync: last good {when}"
    assert main.sync_warning is False
    assert page.status.text().endswith("(30 h ago)")


def test_a_clock_off_by_minutes_is_said(qtbot, desk, store, head_office):
    set_state(store, clock_skew_ms=-4 * 60_000)
    _main, page = sync_page(qtbot, desk)
    assert page.clock.isVisible()
    assert page.clock.text() == "This PC's clock is 4 min behind head office's: set it right."


def test_the_sync_page_fits_1024_by_768(qtbot, desk, store, head_office):
    main, page = sync_page(qtbot, desk)
    main.resize(1024, 768)
    qtbot.wait(50)
    assert main.width() <= 1024 and main.minimumSizeHint().height() <= 768
    assert page.button.isVisible() and page.totals.isVisible()
    for widget in (page.button, page.status, page.pending, page.error, page.totals):
        bottom_right = widget.mapTo(main, widget.rect().bottomRight())
        assert bottom_right.x() <= main.width() and bottom_right.y() <= main.height()


# -- the schedule, on a controller of its own ---------------------------------------------
def test_the_schedule_catches_up_at_start_and_never_starts_two(qtbot, store):
    office = HeadOffice(store.db, hold=threading.Event())
    runner = StoreSyncRunner(
        store.db, store.paths, sync_once=office.sync_once, enrolled=lambda: True
    )
    controller = SyncController(runner)
    plan = Plan.from_settings("02:00", 0, HK)
    scheduler = SyncScheduler(controller, lambda: plan, controller, first_check_ms=0)
    try:
        controller.start()
        scheduler.start()
        qtbot.waitUntil(lambda: office.calls == 1)  # never synced: at once
        assert controller.running and scheduler.next_due.why in (Why.NIGHTLY, Why.CATCH_UP)
        scheduler.check()  # a wake while it runs starts nothing
        assert not controller.sync_now()
        office.hold.set()
        qtbot.waitUntil(
            lambda: not controller.running and controller.status.last_good_at is not None
        )
        # Synced: nothing more until tonight at 02:00 in Hong Kong.
        qtbot.waitUntil(lambda: scheduler.next_due.why is Why.NIGHTLY)
        assert office.calls == 1
        local = scheduler.next_due.at.astimezone(HK)
        assert (local.hour, local.minute) == (2, 0)
        assert scheduler._timer.isActive()
    finally:
        office.hold.set()
        scheduler.stop()
        controller.stop()


def test_the_schedule_starts_nothing_for_a_desk_not_enrolled(qtbot, store):
    office = HeadOffice(store.db)
    runner = StoreSyncRunner(
        store.db, store.paths, sync_once=office.sync_once, enrolled=lambda: False
    )
    controller = SyncController(runner)
    scheduler = SyncScheduler(
        controller, lambda: Plan.from_settings("02:00", 5, HK), controller, first_check_ms=0
    )
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.status is not None)
        scheduler.check()
        assert office.calls == 0 and scheduler.next_due is None and not controller.running
    finally:
        scheduler.stop()
        controller.stop()


# -- the real client, against a real head office (on SQLite, over HTTP) -----------------
@pytest.fixture
def enrolled_store(tmp_path, store):
    """``store`` enrolled with a head office served over HTTP on this machine."""
    from desk.hq import enrolment as hq
    from desk.sync.enrolment import enrol
    from tests.hq.server import running_hq, trial_engine

    engine = trial_engine(tmp_path / "hq")
    with running_hq(engine) as url:
        enrol(store.paths, url, hq.add_store(engine, "HK01", "Store HK01")[1])
        yield store
    engine.dispose()


def test_sync_now_with_the_real_client_and_head_office(qtbot, enrolled_store, desk):
    main, page = sync_page(qtbot, desk)
    assert page.status.text() == "Never synced"
    assert focus() is page.button
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.message.text().startswith("Synced: "), timeout=30_000)
    qtbot.waitUntil(page.button.isEnabled)
    assert page.status.text().endswith("(just now)")
    assert page.pending.text() == "Nothing waiting"
    assert page.error.text() == "None"
    assert main.status_sync.text().startswith("Sync: last good ")
    days = {page.totals.item(r, 0).text() for r in range(page.totals.rowCount())}
    assert desk.business_day().isoformat() in days  # the day opened this morning
