"""The drawer's count: one row per note and coin of the store's currency (how many), or
one typed total.

Type a number and press Enter (or ↓): the next row. The total below follows the rows;
typing a total instead clears the rows, so the close takes one or the other, never a
mix of both. A row that is not a whole number is shown in red and left out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk.core.day import denominations
from desk.core.money import format_money, parse_money
from desk.core.refusal import Refusal
from desk.ui.i18n import current_language
from desk.ui.keys import TAKES_TYPING

QUANTITY = 1


class CountTable(QTableWidget):
    """Notes and coins, each row's quantity typed; emits :attr:`changed` with the sum."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("dayCountTable")
        self.setAccessibleName("dayCountTable")
        self.setProperty(TAKES_TYPING, True)  # a count typed here is no lookup
        self.currency = ""
        self.values: tuple[int, ...] = ()
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(_EnterCommits(self))
        self.itemChanged.connect(self._item_changed)

    def set_currency(self, currency: str) -> None:
        self.blockSignals(True)
        self.currency = currency
        self.values = denominations(currency)
        self.setRowCount(len(self.values))
        language = current_language()
        for row, value in enumerate(self.values):
            note = QTableWidgetItem(format_money(value, currency, language))
            note.setFlags(Qt.ItemFlag.ItemIsEnabled)
            quantity = QTableWidgetItem("")
            quantity.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount = QTableWidgetItem("")
            amount.setFlags(Qt.ItemFlag.ItemIsEnabled)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, 0, note)
            self.setItem(row, QUANTITY, quantity)
            self.setItem(row, 2, amount)
        self.blockSignals(False)
        if self.values:
            self.setCurrentCell(0, QUANTITY)

    def clear_counts(self) -> None:
        self.blockSignals(True)
        for row in range(self.rowCount()):
            for column in (QUANTITY, 2):
                item = self.item(row, column)
                if item is not None:
                    item.setText("")
                    item.setBackground(Qt.GlobalColor.transparent)
        self.blockSignals(False)

    def quantities(self) -> dict[int, int] | None:
        """Each note's count (rows left empty: none); None if a row is not a number."""
        out: dict[int, int] = {}
        for row, value in enumerate(self.values):
            item = self.item(row, QUANTITY)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            number = _whole(text)
            if number is None:
                return None
            out[value] = number
        return out

    def total(self) -> int | None:
        counts = self.quantities()
        return None if counts is None else sum(v * n for v, n in counts.items())

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != QUANTITY:
            return
        self.blockSignals(True)
        number = _whole(item.text().strip()) if item.text().strip() else 0
        amount = self.item(item.row(), 2)
        if number is None:
            item.setBackground(Qt.GlobalColor.red)
            amount.setText("")
        else:
            item.setBackground(Qt.GlobalColor.transparent)
            value = self.values[item.row()] * number
            amount.setText(format_money(value, self.currency, current_language()) if number else "")
        self.blockSignals(False)
        self.changed.emit()

    def _next_row(self) -> None:
        self.setCurrentCell(min(self.currentRow() + 1, self.rowCount() - 1), QUANTITY)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: go down
            self._next_row()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() != QAbstractItemView.State.EditingState:
            self._next_row()
            return
        super().keyPressEvent(event)


class _EnterCommits(QStyledItemDelegate):
    """Enter commits the typed count at once (Qt's own delegate does it later, queued,
    behind the next keys already typed) and closes the editor: the view goes down."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(editor, QWidget)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


def _whole(text: str) -> int | None:
    digits = text.translate(_FULL_WIDTH)
    return int(digits) if digits.isdigit() and len(digits) <= 6 else None


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


class TotalField(QLineEdit):
    """The counted total: follows the rows, or is typed (then the rows are cleared)."""

    typed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayCountedTotal")
        self.setAccessibleName("dayCountedTotal")
        self.textEdited.connect(lambda _t: self.typed.emit())

    def amount(self, currency: str) -> int:
        """The total typed or summed; a :class:`Refusal` in words when it is no amount."""
        return parse_money(self.text(), currency)


__all__ = ["CountTable", "Refusal", "TotalField"]
