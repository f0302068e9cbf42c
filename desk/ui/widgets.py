"""Small widgets shared by the windows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QLabel


def with_key(title: str, key: QKeySequence) -> str:
    """A button's words with its key after them (``Approve  Ctrl+P``)."""
    return f"{title}\u2002 {key.toString(QKeySequence.SequenceFormat.NativeText)}"


def label_with_key(button: QAbstractButton, title: str, key: QKeySequence) -> None:
    """Words and key on ``button``, and the key as its shortcut again: ``setText()``
    resets the shortcut (to the text's mnemonic)."""
    button.setText(with_key(title, key))
    button.setShortcut(key)


class ElidedLabel(QLabel):
    """One line of text that shrinks with an ellipsis (…) instead of widening its window.

    ``text()`` is always the whole text, which is also the tooltip.
    """

    MIN_CHARS = 8

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * self.MIN_CHARS, hint.height())

    def elided(self) -> str:
        """The text as drawn at the present width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), align, self.elided())
