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

from desk.core.phones import display_phone
from desk.services.lookup import CustomerRow, LookupResult
from desk.ui.i18n import chinese_first
from desk.ui.texts import line_status_text, matched_by_text

_Index = QModelIndex | QPersistentModelIndex
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerResultsModel(QAbstractTableModel):
    """One row per customer: name, masked ID, lines (number, carrier, status)."""

    NAME, ID, LINES = range(3)

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
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            QCoreApplication.translate("CustomerResultsModel", "Name"),
            QCoreApplication.translate("CustomerResultsModel", "ID"),
            QCoreApplication.translate("CustomerResultsModel", "Lines"),
        )
        return titles[section] if 0 <= section < 3 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CUSTOMER_ID_ROLE:
            return str(row.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            col = index.column()
            if col == self.NAME:
                names = [row.name_zh, row.name_en]
                if not chinese_first():
                    names.reverse()
                return "  ".join(n for n in names if n)
            if col == self.ID:
                return row.id_masked
            if col == self.LINES:
                return "\n".join(
                    f"{display_phone(ln.msisdn)}  ·  "
                    f"{ln.carrier_zh if chinese_first() else ln.carrier_en}  ·  "
                    f"{line_status_text(ln.status)}"
                    for ln in row.lines
                )
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            how = matched_by_text(row.matched_by)
            return QCoreApplication.translate("CustomerResultsModel", "Found by {how}").format(
                how=how
            )
        return None
