"""Item model of the notices that need a person (the Settings page's Notices group),
apart from its view: one row per unknown or failed notice, newest first as the service
gives them. The notice's text is not in it: the service never reads it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desk.core.notices import NoticeChannel, NoticeKind, NoticeStatus
from desk.services.notice_problems import NoticeProblem
from desk.ui.models import RelabelingModel

_Index = QModelIndex | QPersistentModelIndex
_CTX = "NoticeProblemsModel"
NOTICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_KIND = {
    NoticeKind.ONE_TIME_CODE: QT_TRANSLATE_NOOP("NoticeProblemsModel", "one-time code"),
    NoticeKind.CASE_SUBMITTED: QT_TRANSLATE_NOOP("NoticeProblemsModel", "case submitted"),
    NoticeKind.CASE_ACTIVATED: QT_TRANSLATE_NOOP("NoticeProblemsModel", "card activated"),
}
_CHANNEL = {
    NoticeChannel.SMS: QT_TRANSLATE_NOOP("NoticeProblemsModel", "SMS"),
    NoticeChannel.EMAIL: QT_TRANSLATE_NOOP("NoticeProblemsModel", "e-mail"),
    NoticeChannel.DEMO: QT_TRANSLATE_NOOP("NoticeProblemsModel", "demo"),
}
# A mark and a word, never a colour alone (as the customer card does).
_STATUS = {
    NoticeStatus.UNKNOWN: QT_TRANSLATE_NOOP("NoticeProblemsModel", "? maybe sent"),
    NoticeStatus.FAILED: QT_TRANSLATE_NOOP("NoticeProblemsModel", "✕ refused"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class NoticeProblemsModel(RelabelingModel):
    QUEUED, STATUS, KIND, TO, CASE, ERROR = range(6)
    _HEADERS = (
        QT_TRANSLATE_NOOP("NoticeProblemsModel", "Queued"),
        QT_TRANSLATE_NOOP("NoticeProblemsModel", "State"),
        QT_TRANSLATE_NOOP("NoticeProblemsModel", "Notice"),
        QT_TRANSLATE_NOOP("NoticeProblemsModel", "To"),
        QT_TRANSLATE_NOOP("NoticeProblemsModel", "Case"),
        QT_TRANSLATE_NOOP("NoticeProblemsModel", "Last error"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[NoticeProblem, ...] = ()

    def set_problems(self, rows: tuple[NoticeProblem, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def problem(self, row: int) -> NoticeProblem:
        return self._rows[row]

    def row_of(self, notice_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == notice_id), None)

    def text(self, row: int, column: int) -> str:
        p = self._rows[row]
        if column == self.QUEUED:
            return p.queued_at.astimezone().strftime("%m-%d %H:%M")  # the year: in the tip
        if column == self.STATUS:
            return _tr(_STATUS.get(p.status, p.status.value))
        if column == self.KIND:
            return _tr(_KIND.get(p.kind, p.kind.value))
        if column == self.TO:
            return f"{p.recipient_masked} ({_tr(_CHANNEL.get(p.channel, p.channel.value))})"
        if column == self.CASE:
            return p.application_number or "—"
        return " ".join((p.last_error or "").split())  # the server's words, on one line

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.QUEUED:
            return self._rows[index.row()].queued_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())  # the tip: in full what is elided
        if role == NOTICE_ID_ROLE:
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
            return _tr(self._HEADERS[section])
        return None
