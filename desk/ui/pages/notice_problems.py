"""The notices that need a person, in the Settings page's Notices group: a table of the
unknown and failed ones (newest first, the recipient masked, never the text) and, for
an *unknown* one (an e-mail interrupted mid-send), the decision: send it again, or the
customer has it.

The list is read on a worker thread (on showing, when the outbox's summary changes,
after a decision); a decision is one short transaction on Desk's service thread
(:class:`desk.ui.background.BackgroundCalls`), audited with the staff member logged in,
then the outbox is asked to run at once. Keys: Tab into the table, ↑/↓ to choose, Tab to
a button, Enter or Space on it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.errors import DeskError
from desk.services.notice_problems import NoticeProblem
from desk.ui import msgbox
from desk.ui.background import BackgroundCalls, Busy
from desk.ui.models_notices import NoticeProblemsModel
from desk.ui.retranslate import Retranslating
from desk.ui.search_worker import SearchRunner
from desk.ui.texts import error_text

Load = Callable[[], tuple[NoticeProblem, ...]]
Decide = Callable[[uuid.UUID, bool], object]  # (notice id, resend) -> its new status


class NoticeProblemsBox(Retranslating, QWidget):
    loaded = Signal()  # a list was shown (tests wait on it)
    decided = Signal()  # a decision was saved: the outbox may send what is due

    def __init__(
        self,
        load: Load,
        decide: Decide,
        release: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noticeProblemsBox")
        self._load = load
        self._decide = decide
        self._runner = SearchRunner(lambda _t: self._load(), release, self, name="noticeList")
        self._runner.finished.connect(self._show)
        self._runner.failed.connect(self._show_failure)
        self._calls = BackgroundCalls(self)
        self._read_once = False

        self.title = QLabel(objectName="noticeProblemsTitle", wordWrap=True)
        self.hint = QLabel(objectName="noticeProblemsHint", wordWrap=True)
        self.model = NoticeProblemsModel(self)
        self.table = QTableView(objectName="noticeProblems")
        self.table.setAccessibleName("noticeProblems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, to the buttons
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rows
        header.setSectionResizeMode(NoticeProblemsModel.ERROR, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.setMinimumHeight(5 * self.table.fontMetrics().lineSpacing())
        self.table.selectionModel().currentRowChanged.connect(self._selected)

        self.resend = QPushButton(objectName="noticeResend")
        self.received = QPushButton(objectName="noticeMarkReceived")
        for b in (self.resend, self.received):
            b.setAccessibleName(b.objectName())
            b.setAutoDefault(True)  # Enter presses it (Space does anyway)
            b.setEnabled(False)
        self.resend.clicked.connect(lambda: self.decide(resend=True))
        self.received.clicked.connect(lambda: self.decide(resend=False))

        buttons = QHBoxLayout()
        buttons.addWidget(self.resend)
        buttons.addWidget(self.received)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.setTabOrder(self.table, self.resend)
        self.setTabOrder(self.resend, self.received)
        self.retranslate()

    def retranslate(self) -> None:
        self._say_count()
        self.hint.setText(
            self.tr(
                "An e-mail interrupted while the server was taking it may have been sent: "
                "ask the customer, then send it again or record that they have it. A refused "
                "notice cannot be sent: check the customer's registered contact."
            )
        )
        self.resend.setText(self.tr("Send again"))
        self.received.setText(self.tr("The customer has it"))
        self.model.relabel()

    def _say_count(self) -> None:
        if not self._read_once:
            self.title.setText(self.tr("Notices that need a person: reading …"))
        elif not self.model.rowCount():
            self.title.setText(self.tr("No notice needs a person."))
        else:
            self.title.setText(
                self.tr("Notices that need a person: {count}").format(count=self.model.rowCount())
            )

    # -- reading ----------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        self._runner.request("")

    def summary_changed(self, *_args: object) -> None:
        """The outbox ran: read the list again if it is on screen (else when shown)."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _show(self, _number: int, problems: tuple[NoticeProblem, ...]) -> None:
        chosen = self.selected()
        row_before = self.table.currentIndex().row()
        had_focus = self.table.hasFocus()
        self._read_once = True
        self.model.set_problems(problems)
        if problems:
            row = self.model.row_of(chosen.id) if chosen else None
            if row is None:
                row = min(max(row_before, 0), len(problems) - 1)
            self.table.selectRow(row)
        if had_focus:
            self.table.setFocus()
        self._say_count()
        self._selected()
        self.loaded.emit()

    def _show_failure(self, _number: int, message: str) -> None:
        self.title.setText(
            self.tr("The notices could not be read: {message}").format(message=message)
        )

    # -- deciding ---------------------------------------------------------------------
    def selected(self) -> NoticeProblem | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.problem(index.row())

    def _selected(self, *_args: object) -> None:
        chosen = self.selected()
        decidable = chosen is not None and chosen.decidable
        self.resend.setEnabled(decidable)
        self.received.setEnabled(decidable)

    def decide(self, *, resend: bool) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.decidable:
            return
        title = self.resend.text() if resend else self.received.text()
        try:
            self._calls.call(lambda: self._decide(chosen.id, resend))
        except Busy:
            return
        except DeskError as exc:  # decided meanwhile at another counter: said, re-read
            msgbox.error(self, title, error_text(exc))
        except Exception as exc:  # a busy or full store: said, never a traceback
            msgbox.error(
                self, title, self.tr("This could not be done: {detail}").format(detail=exc)
            )
        else:
            self.decided.emit()
        self.table.setFocus()  # the row leaves the list: its buttons are disabled
        self.refresh()

    def shutdown(self) -> None:
        self._runner.stop()
