"""Radio buttons and check boxes whose Alt+letter takes effect at once.

Qt answers a button's mnemonic (Alt+D for "&Damaged") with an *animated* click: the
button is pressed at once and released, checked, 100 ms later. A clerk who types Alt+D
and Enter faster than that moved on with the old choice — a card reported lost that
was only damaged, its line suspended. These check (or tick) on the key itself, as a
click with the mouse does, and take the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShortcutEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton


def _clicked_at_once(button: QAbstractButton, event: QEvent) -> bool:
    """Answer an unambiguous mnemonic with a click now; False for any other event."""
    if event.type() != QEvent.Type.Shortcut or not button.isEnabled():
        return False
    assert isinstance(event, QShortcutEvent)
    if event.isAmbiguous():  # two buttons share the letter: Qt moves the focus between them
        return False
    button.setFocus(Qt.FocusReason.ShortcutFocusReason)
    button.click()
    return True


class Choice(QRadioButton):
    """A radio button whose mnemonic checks it at once."""

    def event(self, event: QEvent) -> bool:
        return _clicked_at_once(self, event) or super().event(event)


class Tick(QCheckBox):
    """A check box whose mnemonic ticks (or clears) it at once."""

    def event(self, event: QEvent) -> bool:
        return _clicked_at_once(self, event) or super().event(event)
