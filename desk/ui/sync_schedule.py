"""The GUI's own nightly, catch-up and trickle syncs (:mod:`desk.sync.schedule` decides
when; this only keeps a timer and asks the controller).

The timer wakes at least every few minutes and asks again, so a PC that slept through
the night, a clock set right, or a sync made by hand all count at the next wake. Nothing
is started while a sync runs or before the first state is read, nor for a Desk that is
not enrolled with head office. A sync that will not start (another process holds the
lock) is not retried before :data:`desk.sync.schedule.RETRY_AFTER` or the next reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer

from desk.sync.schedule import Due, Plan, next_sync
from desk.ui.sync_controller import SyncController

FIRST_CHECK_MS = 20_000  # after login: the clerk's first customer first
WAKE_EVERY_MS = 5 * 60_000


def _now() -> datetime:
    return datetime.now(UTC)


class SyncScheduler(QObject):
    def __init__(
        self,
        controller: SyncController,
        plan: Callable[[], Plan],
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = _now,
        first_check_ms: int = FIRST_CHECK_MS,
        wake_every_ms: int = WAKE_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plan = plan
        self.now = now
        self.first_check_ms = first_check_ms
        self.wake_every_ms = wake_every_ms
        self.next_due: Due | None = None  # what the last check found (the page shows it)
        self._started_at: datetime | None = None  # the last sync this timer started
        self._timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check)
        controller.finished.connect(lambda *_: self._arm(1_000))
        # Before the page hears of it (connected first): the page shows the next sync.
        controller.status_changed.connect(self._status_read)

    def start(self) -> None:
        self._arm(self.first_check_ms)

    def stop(self) -> None:
        self._timer.stop()

    def _arm(self, ms: int) -> None:
        self._timer.start(max(0, min(ms, self.wake_every_ms)))

    def _due(self, now: datetime) -> Due | None:
        """The next sync (None: nothing to plan, not enrolled or not read yet)."""
        status = self.controller.status
        if status is None or not status.enrolled:
            return None
        attempts = [t for t in (status.last_attempt_at, self._started_at) if t is not None]
        return next_sync(
            now,
            self.plan(),
            last_good_at=status.last_good_at,
            last_attempt_at=max(attempts) if attempts else None,
        )

    def _status_read(self, _status: object) -> None:
        self.next_due = self._due(self.now())  # for the page; the timer decides

    def check(self) -> None:
        """Start the sync that is due, or wait for it."""
        now = self.now()
        due = self.next_due = self._due(now)
        if due is None:  # not read yet: ask again soon; not enrolled: at the next wake
            self._arm(1_000 if self.controller.status is None else self.wake_every_ms)
            return
        if self.controller.running:  # its end arms the timer again
            return
        if due.due(now):
            self._started_at = now
            self.controller.sync_now()
            return
        self._arm(int((due.at - now).total_seconds() * 1000) + 1)
