"""A service call on a worker thread, waited for without freezing the window.

The wizard's steps are short transactions (a check, a scanned SIM, a submission), but
each commit waits for the disk: run on the GUI thread, a slow disk would freeze the
window for the clerk. :meth:`BackgroundCalls.call` runs the call on a worker thread and
spins a local event loop until it answers, so the window keeps drawing — and returns
its result (or raises its exception) like a plain call, so a page's code reads in order.

While a call is under way the keys typed are *held*, not lost: a scanner's burst that
arrives mid-commit is replayed, in order, to whichever field has the focus once the
call is done (often the next page's first field). Mouse clicks are dropped: a second
click on a button would otherwise do its step twice. A call made while another is
under way (a shortcut fired mid-commit) is refused with :class:`Busy`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

T = TypeVar("T")

_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_CLICKS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
)


# Keys held while a call is under way, oldest first: one queue for every window, so a
# call made by a replayed key holds newer keys *behind* the older ones still queued.
_pending: deque[QKeyEvent] = deque()
_calls_under_way = 0
_executor: ThreadPoolExecutor | None = None


class Busy(RuntimeError):
    """Another call is still under way."""


class _HoldInput(QObject):
    """Keeps keys (copies, to replay) and drops clicks while a call is under way."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not watched.isWidgetType():
            return False  # the window passes a key on to its focused widget: held there
        if kind in _KEYS and isinstance(event, QKeyEvent):
            _pending.append(event.clone())
            return True
        return kind in _CLICKS


class BackgroundCalls(QObject):
    """Service calls for one window, on Desk's one worker thread (see the module)."""

    _answered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False

    def call(self, call: Callable[[], T]) -> T:
        global _calls_under_way
        if self.busy:
            raise Busy("another step is still being saved")
        loop = QEventLoop()
        self._answered.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        hold = _HoldInput()
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(hold)
        self.busy = True
        _calls_under_way += 1
        try:
            future = _worker().submit(call)
            future.add_done_callback(lambda _f: self._answered.emit())
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeSocketNotifiers)
        finally:
            self.busy = False
            _calls_under_way -= 1
            app.removeEventFilter(hold)
            self._answered.disconnect(loop.quit)
        if _pending:  # once the caller has done with the answer (a new page shown)
            QTimer.singleShot(0, _replay)
        return future.result()


def _worker() -> ThreadPoolExecutor:
    """One thread for every window: calls run one after another, never two at once."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-service")
    return _executor


def _replay() -> None:
    """Deliver the held keys, oldest first, each to the widget that has the focus when
    its turn comes (a replayed Enter may move on to a page with a new field)."""
    while _pending and not _calls_under_way:
        target = QApplication.focusWidget()
        if target is None:
            _pending.clear()
            return
        QCoreApplication.sendEvent(target, _pending.popleft())
