"""A window's first size on this computer's screen (later, the size it was left at).

Desk runs on screens from 1024×768 up. A main window opens at the size it prefers where
the screen has room for it and its frame (title bar, borders); on a smaller screen it
opens maximized, the whole screen less the taskbar. A dialog opens at the size it
prefers, less what the screen has not. Qt only: the login imports it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

# About what a title bar and borders take on the desktops Desk runs on (Windows: 31 px
# and 1 px; GNOME and KDE: a little more). The frame is known only once a window is
# shown, and a first size is chosen before.
FRAME = QSize(16, 40)


def first_size(preferred: QSize, available: QSize) -> tuple[QSize, bool]:
    """The size to open at and whether to open maximized, for a screen whose available
    area (less its taskbar) is ``available``."""
    room = available - FRAME
    if preferred.width() <= room.width() and preferred.height() <= room.height():
        return preferred, False
    return preferred.boundedTo(room), True


def open_at_first_size(window: QWidget, preferred: QSize, screen: QScreen | None) -> None:
    """Size ``window`` for ``screen`` (None: the window's own) before it is shown."""
    screen = screen or window.screen()
    size, maximized = first_size(preferred, screen.availableGeometry().size())
    window.resize(size)  # also the size it comes back to from maximized
    if maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def open_within_screen(window: QWidget, preferred: QSize) -> None:
    """Size a dialog ``window`` before it is shown: ``preferred``, or less, to fit with
    its frame in its screen's available area."""
    available = window.screen().availableGeometry().size()
    window.resize(preferred.boundedTo(available - FRAME))
