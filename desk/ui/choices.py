"""Radio buttons and check boxes whose Alt+letter takes effect at once.

Qt answers a button's mnemonic (Alt+D for "&Damaged") with an *animated* click: the
button is pressed at once and released, checked, 100 ms later. A clerk who types Alt+D
and Enter faster than that moved on with the old choice — a card reported lost that
was only damaged, its line suspended. These check (or tick) on the key itself, as a
click with the mouse does, and take the focus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShortcutEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton


class _AtOnce(QObject):
    """The event filter of one button: an unambiguous mnemonic clicks it now."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Shortcut or not isinstance(watched, QAbstractButton):
            return False
        assert isinstance(event, QShortcutEvent)
        if event.isAmbiguous() or not watched.isEnabled():
            return False  # two buttons share the letter: Qt moves the focus between them
        watched.setFocus(Qt.FocusReason.ShortcutFocusReason)
        watched.click()
        return True


class Choice(QRadioButton):
    """A radio button whose mnemonic checks it at once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.installEventFilter(_AtOnce(self))


class Tick(QCheckBox):
    """A check box whose mnemonic ticks (or clears) it at once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.installEventFilter(_AtOnce(self))
