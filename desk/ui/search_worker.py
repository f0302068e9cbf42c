"""Runs the customer lookup off the GUI thread, so typing never waits for the database.

The GUI thread sends every change of the field; the worker answers only the newest
one (older requests still queued are skipped), and the page shows a result only if it
answers the text that is in the field now.

The same runner loads anything else a page shows (a customer card, the cases queue):
``search`` takes the request's text (an id, a filter) and returns what to show;
:meth:`SearchRunner.cancel` drops an answer still on its way (a scan arriving while a
card loads wins).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


class _Worker(QObject):
    done = Signal(int, object)  # request number, what ``search`` answered
    failed = Signal(int, str)

    def __init__(self, search: Callable[[str], Any], release: Callable[[], None]):
        super().__init__()
        self._search = search
        self._release = release
        self.newest = 0

    @Slot()
    def release(self) -> None:
        self._release()  # in the worker's own thread, which owns what it opened

    @Slot(int, str)
    def run(self, number: int, text: str) -> None:
        if number < self.newest:
            return  # the clerk typed on: a newer request is already queued
        try:
            result = self._search(text)
        except Exception as exc:  # reported on the page, never a crash of the thread
            self.failed.emit(number, f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(number, result)


class SearchRunner(QObject):
    """``request(text)``; ``finished(number, result)`` for the newest request only."""

    finished = Signal(int, object)
    failed = Signal(int, str)
    _submit = Signal(int, str)

    _finish = Signal()

    def __init__(
        self,
        search: Callable[[str], Any],
        release: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
        name: str = "lookupThread",
    ) -> None:
        """``release`` runs in the worker thread when it stops (e.g. closes its
        database connection)."""
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._worker = _Worker(search, release)
        self._worker.moveToThread(self._thread)
        self._finish.connect(self._worker.release, Qt.ConnectionType.BlockingQueuedConnection)
        self._submit.connect(self._worker.run)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self.number = 0

    def request(self, text: str) -> int:
        self.number += 1
        self._worker.newest = self.number
        self._submit.emit(self.number, text)
        return self.number

    def cancel(self) -> None:
        """Forget every request made so far: an answer still on its way is dropped."""
        self.number += 1
        self._worker.newest = self.number

    def _on_done(self, number: int, result: object) -> None:
        if number == self.number:
            self.finished.emit(number, result)

    def _on_failed(self, number: int, message: str) -> None:
        if number == self.number:
            self.failed.emit(number, message)

    def stop(self) -> None:
        if self._thread.isRunning():
            self._finish.emit()  # waits until the worker has released what it holds
        self._thread.quit()
        self._thread.wait()
