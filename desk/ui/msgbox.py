"""The one seam for dialogs: tests and automation switch it off and read what was said.

On a platform with no screen anyone looks at (offscreen, minimal) a modal dialog would
wait forever, so the message goes to stderr instead.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

# When False (tests), nothing pops up: messages are appended to ``said`` instead, and
# a question is answered from ``answers`` (first in, first out; "no" when it is empty).
interactive = True
said: list[str] = []
answers: list[bool] = []
# Answers to ask_text (first in, first out; None — the clerk cancelled — when empty).
typed: list[str | None] = []


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


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; "no" is the default button (and the answer nobody sees)."""
    if not interactive:
        said.append(text)
        return answers.pop(0) if answers else False
    if _nobody_sees():
        print(f"{title}: {text} -> no", file=sys.stderr)
        return False
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for one line of text (a reason, a tracking number); None when cancelled.
    Blank answers come back as typed: the service says what it needs."""
    if not interactive:
        said.append(label)
        return typed.pop(0) if typed else None
    if _nobody_sees():
        print(f"{title}: {label} -> cancelled", file=sys.stderr)
        return None
    dialog = QInputDialog(parent)
    dialog.setObjectName("askText")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setMinimumWidth(420)
    return dialog.textValue() if dialog.exec() else None
