"""Small widgets shared by the windows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTableView


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


class RowsView(QTableView):
    """A table of whole rows: Home and End go to the first and the last row, as a clerk
    expects (QTableView's own go to the first and last column of the row, which shows
    nothing when whole rows are selected; Ctrl+Home and Ctrl+End still work)."""

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        ends = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)
        if action in ends and model is not None and model.rowCount() > 0:
            row = 0 if action == QAbstractItemView.CursorAction.MoveHome else model.rowCount() - 1
            return model.index(row, max(self.currentIndex().column(), 0))
        return super().moveCursor(action, modifiers)
