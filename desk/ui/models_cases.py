"""Item models of cases, apart from their views: the Cases page's queue of open cases.

One row per case, oldest first as the service gives them: application number (or
"not submitted"), customer, line, carrier, reason, state, age and the next step(s).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desk.core.cases import CaseAction
from desk.core.phones import display_phone
from desk.services.case_views import CarrierName, CaseQueue, CaseRow
from desk.ui.case_texts import action_text, age_text, reason_text, resume_text, status_text
from desk.ui.i18n import local_name
from desk.ui.models import RelabelingModel

_Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEPARATOR = " · "


def _now() -> datetime:
    return datetime.now(UTC)


class CasesModel(RelabelingModel):
    # What the clerk acts on first (number, state, age), then who, then the next steps.
    NUMBER, STATUS, AGE, CUSTOMER, LINE, CARRIER, REASON, NEXT = range(8)
    _HEADERS = (
        QT_TRANSLATE_NOOP("CasesModel", "Application number"),
        QT_TRANSLATE_NOOP("CasesModel", "State"),
        QT_TRANSLATE_NOOP("CasesModel", "Age"),
        QT_TRANSLATE_NOOP("CasesModel", "Customer"),
        QT_TRANSLATE_NOOP("CasesModel", "Line"),
        QT_TRANSLATE_NOOP("CasesModel", "Carrier"),
        QT_TRANSLATE_NOOP("CasesModel", "Reason"),
        QT_TRANSLATE_NOOP("CasesModel", "Next step"),
    )
    SHRINKABLE = (CUSTOMER, CARRIER, REASON, NEXT)  # give way (elided) on a small screen

    def __init__(self, parent: Any = None, clock: Callable[[], datetime] = _now) -> None:
        super().__init__(parent)
        self._rows: tuple[CaseRow, ...] = ()
        self._carriers: dict[str, CarrierName] = {}
        self._clock = clock
        self._now = clock()

    def set_queue(self, queue: CaseQueue) -> None:
        self.beginResetModel()
        self._rows = queue.rows
        self._carriers = {c.code: c for c in queue.carriers}
        self._now = self._clock()
        self.endResetModel()

    def case(self, row: int) -> CaseRow:
        return self._rows[row]

    def row_of(self, case_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    def carrier_text(self, code: str) -> str:
        c = self._carriers.get(code)
        return local_name(c.name_en, c.name_zh, c.name_zh_hant) if c else code

    def text(self, row: int, column: int) -> str:
        r = self._rows[row]
        if column == self.NUMBER:
            return r.application_number or QCoreApplication.translate(
                "CasesModel", "(not submitted)"
            )
        if column == self.CUSTOMER:
            return r.customer_name
        if column == self.LINE:
            return display_phone(r.msisdn)
        if column == self.CARRIER:
            return self.carrier_text(r.carrier_code)
        if column == self.REASON:
            return reason_text(r.reason)
        if column == self.STATUS:
            return status_text(r.status)
        if column == self.AGE:
            return age_text(r.opened_at, self._now)
        if r.resumable:  # in the case wizard (cancelling stays open, as to every case)
            return resume_text()
        # Cancelling is open to every case until activation: named only when it is all.
        steps = [a for a in r.next_actions if a is not CaseAction.CANCEL] or r.next_actions
        return SEPARATOR.join(action_text(a) for a in steps)

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # in full what a small screen elides
            if index.column() == self.AGE:
                opened = self._rows[index.row()].opened_at.astimezone()
                return opened.strftime("%Y-%m-%d %H:%M")
            return self.text(index.row(), index.column())
        if role == CASE_ID_ROLE:
            return str(self._rows[index.row()].id)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._HEADERS)
        ):
            return QCoreApplication.translate("CasesModel", self._HEADERS[section])
        return None
