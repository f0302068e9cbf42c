"""Typing or scanning anywhere in a window starts a new lookup.

A barcode scanner is a keyboard: it types the digits of an ICCID (or an ID number)
and Enter into whatever has the keyboard focus. At the counter that may be a
customer card, the results, a navigation button or another page — and the scan
must never go nowhere while the previous customer stays on screen.

The rule, one app-level key filter per window (:class:`TypingRedirect`):

    A key press whose text is printable and not white space, with no Ctrl, Alt or
    Meta held, sent to a widget of this window while **no text field has the
    focus**, is taken from that widget and given to ``redirect(text)`` — the lookup
    field, which clears itself and takes it (the rest of a scan then goes to the
    field, which has the focus by then, and its Enter opens the customer).

A text field is a widget that takes typing: an editable QLineEdit, QTextEdit,
QPlainTextEdit, a spin box, an editable combo box, or any widget with the dynamic
property ``takesTyping`` set to true (for a later page's own key handling). Keys
typed into one stay there. Space is never redirected (it presses the focused
button), nor are Enter, Esc, Tab, arrows and function keys: they keep their meaning.
Other windows (the login, dialogs) are left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TAKES_TYPING = "takesTyping"
_HELD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def takes_typing(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a text field that keeps the keys typed into it."""
    if widget is None:
        return False
    if widget.property(TAKES_TYPING):
        return True
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


def redirectable(event: QKeyEvent) -> str | None:
    """The text of a key press the rule applies to, else None."""
    text = event.text()
    if not text or not text.isprintable() or text.isspace():
        return None
    if event.modifiers() & _HELD:
        return None
    return text


class TypingRedirect(QObject):
    """Installed on the application, acting for ``window`` only (see the module doc)."""

    def __init__(self, window: QWidget, redirect: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._redirect = redirect

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window:
            return False
        assert isinstance(event, QKeyEvent)
        text = redirectable(event)
        if text is None:
            return False
        focus = QApplication.focusWidget()
        if takes_typing(focus) or takes_typing(watched):
            return False
        self._redirect(text)
        return True
