"""One sync at a time on its own thread, and the state of the sync for whoever shows it.

The Sync page, the status bar and the schedule (:mod:`desk.ui.sync_schedule`) share one
:class:`SyncController` per logged-in window. A sync may take half a minute on a slow
line, so it never runs on the GUI thread nor on the services' one worker
(:mod:`desk.ui.background`), where it would hold up the clerk's next step: it has a
thread of its own, like the Day page's backup. Reading the state (one row and a count of
the rows waiting) runs there too, after each sync and every few minutes.

Never two at once: a sync asked for while one runs is refused (``sync_now`` answers
False); the client's lock refuses one started by another process (``desk sync`` from
the system's timer), which comes back as a :class:`DeskError` in words.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desk.core.errors import DeskError
from desk.sync.runner import Report, SyncRunner
from desk.sync.status import SyncStatus
from desk.ui.texts import error_text

REFRESH_EVERY_MS = 3 * 60_000  # the status bar's "how long ago" and the rows waiting


class SyncController(QObject):
    started = Signal()
    finished = Signal(object, object)  # Report | None, refusal or failure in words | None
    status_changed = Signal(object)  # SyncStatus
    # From the worker thread: one tuple (run, report, problem, status). A bool of its own
    # in a queued signal has crashed PySide6 at exit (a refcount error on True/False).
    _answered = Signal(object)

    def __init__(
        self,
        runner: SyncRunner,
        parent: QObject | None = None,
        *,
        refresh_every_ms: int = REFRESH_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.status: SyncStatus | None = None
        self.last_report: Report | None = None
        self.last_refusal: str | None = None  # why the last sync asked for did not run
        self._thread: threading.Thread | None = None
        self._syncing = False
        self._sync_wanted = False
        self._read_again = False
        self._stopped = False
        self._answered.connect(self._done)
        self._timer = QTimer(self, interval=refresh_every_ms)
        self._timer.timeout.connect(self.refresh)

    # -- asking ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A sync is under way, or asked for and about to start."""
        return self._syncing or self._sync_wanted

    def start(self) -> None:
        """Read the state now, and again every few minutes."""
        self._timer.start()
        self.refresh()

    def sync_now(self) -> bool:
        """Start a sync; False (and nothing started) while one runs."""
        if self._stopped or self.running:
            return False
        self._sync_wanted = True
        self.started.emit()
        if self._thread is None:  # else it starts when the state being read has come
            self._launch()
        return True

    def refresh(self) -> None:
        """Read the state again on the worker thread (``status_changed`` when read)."""
        if self._stopped:
            return
        if self._thread is not None:
            self._read_again = True
            return
        self._launch()

    def stop(self, wait: float = 35.0) -> None:
        """No more reads or syncs; wait for one under way (the client's timeout)."""
        self._stopped = True
        self._timer.stop()
        thread = self._thread
        if thread is not None:
            thread.join(wait)

    # -- the worker ------------------------------------------------------------------
    def _launch(self) -> None:
        run, self._sync_wanted = self._sync_wanted, False
        self._syncing = run
        self._read_again = False
        self._thread = threading.Thread(
            target=self._work, args=(run,), name="deskSync" if run else "deskSyncStatus"
        )
        self._thread.start()

    def _work(self, run: bool) -> None:
        report: Any = None
        problem: str | None = None
        status: SyncStatus | None = None
        if run:
            try:
                report = self.runner.run()
            except DeskError as exc:
                problem = error_text(exc)
            except Exception as exc:  # the client's promise broken: said, not a dead thread
                problem = f"{type(exc).__name__}: {exc}"
        try:
            status = self.runner.status()
        except DeskError as exc:
            problem = problem or error_text(exc)
        except Exception as exc:
            problem = problem or f"{type(exc).__name__}: {exc}"
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._answered.emit((run, report, problem, status))

    def _done(self, answer: tuple[bool, Report | None, str | None, SyncStatus | None]) -> None:
        run, report, problem, status = answer
        self._thread = None
        self._syncing = False
        if status is not None:
            self.status = status
        if run:
            self.last_report, self.last_refusal = report, problem
            self.finished.emit(report, problem)
        if status is not None:
            self.status_changed.emit(status)
        if self._stopped:
            return
        if self._sync_wanted or self._read_again:
            self._launch()
