"""Item models, apart from their views: the lookup results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desk.core.enums import LineStatus
from desk.core.phones import display_phone
from desk.services.lookup import CustomerRow, LineSummary, LookupResult
from desk.ui.i18n import chinese_first, local_name
from desk.ui.texts import line_status_marked, matched_by_text, sim_change_lock_text

_Index = QModelIndex | QPersistentModelIndex
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEPARATOR = " · "


def line_text(ln: LineSummary) -> str:
    """One line of a customer in the results: number · carrier [· status] [· lock].

    Only what is not normal is said — ``⚠ suspended``, ``✕ terminated``, ``⚠ SIM change
    lock`` — so it stands out among the active lines, and a line fits at 1024 px; the
    card says "active" in full."""
    parts = [display_phone(ln.msisdn), local_name(ln.carrier_en, ln.carrier_zh, ln.carrier_zh_hant)]
    if ln.status != LineStatus.ACTIVE:
        parts.append(line_status_marked(ln.status))
    if ln.sim_change_lock:
        parts.append(sim_change_lock_text())
    return SEPARATOR.join(parts)


class RelabelingModel(QAbstractTableModel):
    """A table model whose texts follow the UI language: :meth:`relabel` after a switch."""

    def relabel(self) -> None:
        """The UI language changed: every header and cell says it anew."""
        columns = self.columnCount()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, columns - 1))


class CustomerResultsModel(RelabelingModel):
    """One row per customer: the name over the masked ID; the lines, one per text line
    (number, carrier, status and the SIM change lock)."""

    CUSTOMER, LINES = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CustomerRow, ...] = ()
        self.total = 0

    def set_result(self, result: LookupResult) -> None:
        self.beginResetModel()
        self._rows = result.rows
        self.total = result.total
        self.endResetModel()

    def customer(self, row: int) -> CustomerRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            QCoreApplication.translate("CustomerResultsModel", "Name")
            + " / "
            + QCoreApplication.translate("CustomerResultsModel", "ID"),
            QCoreApplication.translate("CustomerResultsModel", "Lines"),
        )
        return titles[section] if 0 <= section < 2 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CUSTOMER_ID_ROLE:
            return str(row.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.CUSTOMER:
                names = [row.name_zh, row.name_en]
                if not chinese_first():
                    names.reverse()
                name = "  ".join(n for n in names if n)
                return f"{name}\n{row.id_masked}" if row.id_masked else name
            if index.column() == self.LINES:
                return "\n".join(line_text(ln) for ln in row.lines)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.CUSTOMER:
            how = matched_by_text(row.matched_by)
            return QCoreApplication.translate("CustomerResultsModel", "Found by {how}").format(
                how=how
            )
        return None

    def text_lines(self, row: int, column: int) -> list[str]:
        """The text lines of a cell, to measure it."""
        text = self.data(self.index(row, column))
        return str(text).split("\n") if text else []
