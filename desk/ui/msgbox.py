"""The one seam for dialogs: tests and automation switch it off and read what was said.

On a platform with no screen anyone looks at (offscreen, minimal) a modal dialog would
wait forever, so the message goes to stderr instead.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# When False (tests), nothing pops up: messages are appended to ``said`` instead.
interactive = True
said: list[str] = []


def _nobody_sees() -> bool:
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def _show(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon) -> None:
    if not interactive:
        said.append(text)
    elif _nobody_sees():
        print(f"{title}: {text}", file=sys.stderr)
    else:
        QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent).exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, title, text, QMessageBox.Icon.Information)


def error(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, title, text, QMessageBox.Icon.Critical)
