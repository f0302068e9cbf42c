"""The login window's first paint: where start-up ends and the warm-up begins.

With ``DESK_STARTUP_PROBE=report`` Desk prints ``desk-painted <unix time>`` to stderr
at that moment; with ``=exit`` it then quits (bench/startup.py, the start-up test).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

ENV_STARTUP_PROBE = "DESK_STARTUP_PROBE"


class FirstPaint(QObject):
    """Calls ``then`` once, soon after ``widget`` is first painted (``quit`` instead
    under ``DESK_STARTUP_PROBE=exit``). Keep a reference to it."""

    def __init__(self, widget: QObject, then: Callable[[], None], quit: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then: Callable[[], None] | None = then
        self.quit = quit
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.then is not None and event.type() == QEvent.Type.Paint:
            then, self.then = self.then, None
            probe = os.environ.get(ENV_STARTUP_PROBE)
            if probe:
                print(f"desk-painted {time.time():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self.quit if probe == "exit" else then)
        return False
