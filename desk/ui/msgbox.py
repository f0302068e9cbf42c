"""The one seam for dialogs: tests and automation switch it off and read what was said."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

# When False (tests), nothing pops up: messages are appended to ``said`` instead.
interactive = True
said: list[str] = []


def information(parent: QWidget | None, title: str, text: str) -> None:
    if not interactive:
        said.append(text)
        return
    QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    if not interactive:
        said.append(text)
        return
    QMessageBox.critical(parent, title, text)
