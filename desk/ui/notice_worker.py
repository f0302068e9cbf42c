"""Sends the notice outbox off the GUI thread: every 30 s, and at once when asked
(right after a notice is queued). A request while a run is under way runs once more
after it, never twice at the same time.

``run`` does the work in the worker thread (``deliver_due`` then ``pending_summary``)
and returns the summary, handed to ``summary_changed`` in the GUI thread. A demo
store's channel calls :meth:`NoticeRunner.show_demo` from the worker thread; the
notice reaches ``demo_shown`` in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from desk.notify.channels import OutgoingNotice
from desk.services.notices import PendingSummary

INTERVAL_MS = 30_000


class _Worker(QObject):
    done = Signal(object)  # PendingSummary
    failed = Signal(str)

    def __init__(self, run: Callable[[], PendingSummary]) -> None:
        super().__init__()
        self._run = run

    @Slot()
    def run(self) -> None:
        try:
            summary = self._run()
        except Exception as exc:  # a locked or full store: said, tried again next time
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(summary)


class NoticeRunner(QObject):
    summary_changed = Signal(object)  # PendingSummary
    failed = Signal(str)
    demo_shown = Signal(object)  # OutgoingNotice, in the GUI thread
    _kick = Signal()
    _demo = Signal(object)  # from the worker thread, queued to this (GUI) thread

    def __init__(
        self,
        run: Callable[[], PendingSummary],
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("noticeThread")
        self._worker = _Worker(run)
        self._worker.moveToThread(self._thread)
        self._kick.connect(self._worker.run)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._demo.connect(self._on_demo)
        self._busy = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.request)
        self._thread.start()
        self.timer.start()

    def request(self) -> None:
        """Run the outbox now (or right after the run under way)."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._kick.emit()

    def show_demo(self, notice: OutgoingNotice) -> None:
        """The demo channel's callback: safe to call from any thread."""
        self._demo.emit(notice)

    @Slot(object)
    def _on_demo(self, notice: OutgoingNotice) -> None:
        self.demo_shown.emit(notice)

    def _finished(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.request()

    @Slot(object)
    def _on_done(self, summary: PendingSummary) -> None:
        self.summary_changed.emit(summary)
        self._finished()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)
        self._finished()

    def stop(self) -> None:
        self.timer.stop()
        self._thread.quit()
        self._thread.wait()
