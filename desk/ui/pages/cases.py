"""The Cases page (F3): the queue of open cases, oldest first, and the next step of each.

Filters by state and by carrier (``Alt+S``, ``Alt+A``). ↑/↓ move through the cases;
Enter opens the customer card of the selected case — or, for a case not yet submitted,
goes on with it in the case wizard (:mod:`desk.ui.pages.cases_resume`); the steps it
allows are buttons, each with its key on it (``Approve  Ctrl+P``): a reason or a
tracking number is asked for where the step needs one. A step the service refuses is
said in words, and the queue is read again. A case's payment is voided or refunded by a
supervisor, its receipt and form reprinted, from a row of their own
(:mod:`desk.ui.pages.cases_paper`). The queue is read on a worker thread,
on showing the page, after a filter changes, and whenever any case changes
(:meth:`case_changed`, connected by the composition root to the app's signal).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.cases import CaseAction, CaseStatus
from desk.services.case_context import CaseChange
from desk.services.case_views import CaseQueue, CaseRow
from desk.services.errors import DeskError
from desk.ui import msgbox
from desk.ui.case_texts import action_text, status_text
from desk.ui.i18n import local_name
from desk.ui.models_cases import CasesModel
from desk.ui.pages.cases_columns import fit_columns
from desk.ui.pages.cases_paper import CasePaper
from desk.ui.pages.cases_resume import CaseResume, OpenCard
from desk.ui.retranslate import Retranslating
from desk.ui.search_worker import SearchRunner
from desk.ui.texts import error_text
from desk.ui.widgets import ElidedLabel, RowsView, label_with_key
from desk.ui.wrap_row import WrapRow

if TYPE_CHECKING:
    from desk.ui.wizard.actions import CaseActions

# The states the filter offers, in the order a case goes through them.
FILTER_STATES = (
    CaseStatus.DRAFT,
    CaseStatus.VERIFIED,
    CaseStatus.PAID,
    CaseStatus.SUBMITTED,
    CaseStatus.UNDER_REVIEW,
    CaseStatus.APPROVED,
    CaseStatus.CARD_ISSUED,
    CaseStatus.SHIPPED,
    CaseStatus.DELIVERED,
)
# Each step's key, shown on its button (Ctrl+L logs out, F2-F7 are the pages).
ACTION_KEYS = {
    CaseAction.REVIEW: Qt.Modifier.CTRL | Qt.Key.Key_U,
    CaseAction.APPROVE: Qt.Modifier.CTRL | Qt.Key.Key_P,
    CaseAction.REJECT: Qt.Modifier.CTRL | Qt.Key.Key_J,
    CaseAction.ISSUE_CARD: Qt.Modifier.CTRL | Qt.Key.Key_I,
    CaseAction.SHIP: Qt.Modifier.CTRL | Qt.Key.Key_S,
    CaseAction.DELIVER: Qt.Modifier.CTRL | Qt.Key.Key_D,
    CaseAction.ACTIVATE: Qt.Modifier.CTRL | Qt.Key.Key_T,
    CaseAction.CANCEL: Qt.Modifier.CTRL | Qt.Key.Key_Delete,
}
REFRESH_KEY = Qt.Modifier.CTRL | Qt.Key.Key_R

Load = Callable[[CaseStatus | None, str | None], CaseQueue]
# (case id, step, reason, tracking number) -> what changed; the composition root
# broadcasts it.
Act = Callable[[uuid.UUID, CaseAction, str | None, str | None], CaseChange]


def _object_name(action: CaseAction) -> str:
    return "casesAction" + "".join(p.capitalize() for p in action.value.split("_"))


def _side_by_side(buttons: Sequence[QPushButton]) -> QWidget:
    """Buttons kept together on one line (of a WrapRow)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    return holder


class CasesPage(Retranslating, QWidget):
    customer_wanted = Signal(object)  # uuid.UUID: Enter on a case opens its customer
    loaded = Signal()  # a queue was shown (tests wait on it)

    def __init__(
        self,
        load: Load,
        act: Act,
        release: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
        *,
        open_card: OpenCard | None = None,
        actions: CaseActions | None = None,
    ) -> None:
        """``actions``: the wizard's, for a payment's void or refund and the reprints."""
        super().__init__(parent)
        self.setObjectName("casesPage")
        self._load = load
        self._act = act
        self._runner = SearchRunner(self._read, release, self, name="casesThread")
        self._runner.finished.connect(self._show_queue)
        self._runner.failed.connect(self._show_failure)
        self._queue: CaseQueue | None = None
        self._failure: str | None = None

        self.title = QLabel(objectName="casesTitle")
        self.title.setProperty("class", "pageTitle")
        self.count = QLabel(objectName="casesCount")
        self.status_label = QLabel(objectName="casesStatusLabel")
        self.status_filter = QComboBox(objectName="casesStatus")
        self.status_filter.setAccessibleName("casesStatus")
        self.carrier_label = QLabel(objectName="casesCarrierLabel")
        self.carrier_filter = QComboBox(objectName="casesCarrier")
        self.carrier_filter.setAccessibleName("casesCarrier")
        # The filters give way on a narrow screen (1024 px): never the reason for a wider
        # window. Their full text is in the list when it opens.
        for combo in (self.status_filter, self.carrier_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.status_label.setBuddy(self.status_filter)
        self.carrier_label.setBuddy(self.carrier_filter)
        self.refresh_button = QPushButton(objectName="casesRefresh")
        self.refresh_button.setShortcut(QKeySequence(REFRESH_KEY))
        self.refresh_button.clicked.connect(self.refresh)

        self.model = CasesModel(self)
        self.table = RowsView(objectName="casesTable")  # Home/End: first/last case
        self.table.setAccessibleName("casesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # see _fit_columns
        header.setStretchLastSection(True)
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(self._open_customer)
        self.table.selectionModel().currentRowChanged.connect(self._selected)

        self.buttons: dict[CaseAction, QPushButton] = {}
        self.selected_label = ElidedLabel(objectName="casesSelected")
        self.resume = CaseResume(self, self.selected_case, open_card, release)
        steps = [self.resume.button]
        for action, key in ACTION_KEYS.items():
            button = QPushButton(objectName=_object_name(action))
            button.setAccessibleName(button.objectName())
            button.setShortcut(QKeySequence(key))
            button.clicked.connect(lambda _=False, a=action: self.take(a))
            button.hide()
            steps.append(button)
            self.buttons[action] = button
        self.paper = CasePaper(self, self.selected_case, actions)  # void, refund, reprints
        # The chosen case, its steps' buttons and its paper's: on one line where they fit,
        # else the buttons wrap onto the next (never a window wider than a 1024 px screen).
        self.chosen_row = WrapRow()
        self.chosen_row.addWidget(self.selected_label)
        for group in (steps, self.paper.buttons):
            self.chosen_row.addWidget(_side_by_side(group))
        self.open_hint = QLabel(objectName="casesHint", wordWrap=True)

        # The title and the count on a row of their own: the filters' row then fits a
        # 1024 px screen in every language.
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(16)
        heading.addWidget(self.count, 1)
        filters = QHBoxLayout()
        filters.addStretch(1)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_filter)
        filters.addSpacing(8)
        filters.addWidget(self.carrier_label)
        filters.addWidget(self.carrier_filter)
        filters.addSpacing(8)
        filters.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.chosen_row)
        layout.addWidget(self.open_hint)

        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.carrier_filter.currentIndexChanged.connect(self.refresh)
        self.setFocusProxy(self.table)
        self.setTabOrder(self.table, self.status_filter)
        self.setTabOrder(self.status_filter, self.carrier_filter)
        self.retranslate()

    # -- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Open cases"))
        self.status_label.setText(self.tr("&State:"))
        self.carrier_label.setText(self.tr("C&arrier:"))
        label_with_key(self.refresh_button, self.tr("Refresh"), QKeySequence(REFRESH_KEY))
        self.open_hint.setText(
            self.tr(
                "↑/↓: choose a case · Enter: go on with a case not yet submitted, "
                "else the customer's card · Tab: the filters"
            )
        )
        self.resume.retranslate()
        self.paper.retranslate()
        for action, button in self.buttons.items():
            label_with_key(button, action_text(action), QKeySequence(ACTION_KEYS[action]))
        self._fill_status_filter()
        self._fill_carrier_filter()
        self.model.relabel()
        self._fit_columns()
        self._update_count()
        self._selected()

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All open states"), None)
        for status in FILTER_STATES:
            self.status_filter.addItem(status_text(status), status.value)
        found = self.status_filter.findData(current)
        self.status_filter.setCurrentIndex(max(found, 0))
        self.status_filter.blockSignals(False)

    def _fill_carrier_filter(self) -> None:
        current = self.carrier_filter.currentData()
        self.carrier_filter.blockSignals(True)
        self.carrier_filter.clear()
        self.carrier_filter.addItem(self.tr("All carriers"), None)
        carriers = self._queue.carriers if self._queue else ()
        for c in carriers:
            self.carrier_filter.addItem(local_name(c.name_en, c.name_zh, c.name_zh_hant), c.code)
        if current is not None and self.carrier_filter.findData(current) < 0:
            self.carrier_filter.addItem(current, current)  # no open cases left: kept
        self.carrier_filter.setCurrentIndex(max(self.carrier_filter.findData(current), 0))
        self.carrier_filter.blockSignals(False)

    def _fit_columns(self) -> None:
        fit_columns(self.table, self.model)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        if self._failure is not None:
            self.count.setText(
                self.tr("The cases could not be read: {message}").format(message=self._failure)
            )
        elif self._queue is None:
            self.count.setText(self.tr("Reading the cases …"))
        elif not self._queue.rows:
            filtered = self._queue.status is not None or self._queue.carrier is not None
            self.count.setText(
                self.tr("No open case matches the filters.")
                if filtered
                else self.tr("No open cases.")
            )
        else:
            self.count.setText(self.tr("{count} open").format(count=len(self._queue.rows)))

    # -- reading ----------------------------------------------------------------------
    def filters(self) -> tuple[CaseStatus | None, str | None]:
        status = self.status_filter.currentData()
        return (CaseStatus(status) if status else None, self.carrier_filter.currentData())

    def refresh(self) -> None:
        status, carrier = self.filters()
        self._runner.request(f"{status.value if status else ''}\t{carrier or ''}")

    def _read(self, text: str) -> CaseQueue:  # in the worker thread
        status, _, carrier = text.partition("\t")
        return self._load(CaseStatus(status) if status else None, carrier or None)

    def case_changed(self, _change: CaseChange) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _show_queue(self, _number: int, queue: CaseQueue) -> None:
        chosen = self.selected_case()
        row_before = self.table.currentIndex().row()
        self._failure = None
        self._queue = queue
        self.model.set_queue(queue)
        self.paper.set_receipts(queue.receipts)
        self._fit_columns()
        self._fill_carrier_filter()
        if self.model.rowCount():
            row = self.model.row_of(chosen.id) if chosen else None
            if row is None:
                row = min(max(row_before, 0), self.model.rowCount() - 1)
            self.table.selectRow(row)
        self._update_count()
        self._selected()
        self.loaded.emit()

    def _show_failure(self, _number: int, message: str) -> None:
        self._failure = message
        self._update_count()

    # -- the selected case ------------------------------------------------------------
    def selected_case(self) -> CaseRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.case(index.row())

    def _selected(self, *_args: object) -> None:
        case = self.selected_case()
        allowed = case.next_actions if case else ()
        # Hidden first, then shown: showing a button lays the window out at once, and
        # the buttons of two cases side by side would widen it for good.
        for action, button in self.buttons.items():
            if action not in allowed:
                button.hide()
        self.resume.show_for(case)
        self.paper.show_for(case)
        for action in allowed:
            if action in self.buttons:
                self.buttons[action].show()
        if case is None:
            self.selected_label.setText("")
            return
        self.selected_label.setText(
            self.tr("{number} — {state}").format(
                number=case.application_number or case.customer_name,
                state=status_text(case.status),
            )
        )

    def _open_customer(self, index: QModelIndex) -> None:
        if index.isValid() and not self.resume.take(self.model.case(index.row())):
            self.customer_wanted.emit(self.model.case(index.row()).customer_id)

    def take(self, action: CaseAction) -> None:
        """One step of the selected case, asking first for what it needs."""
        case = self.selected_case()
        if case is None or action not in case.next_actions:
            return
        reason = tracking = None
        if action is CaseAction.REJECT:
            reason = msgbox.ask_text(
                self, action_text(action), self.tr("Why did the carrier reject the case?")
            )
            if reason is None:
                return
        elif action is CaseAction.CANCEL:
            reason = msgbox.ask_text(
                self, action_text(action), self.tr("Why is the case cancelled?")
            )
            if reason is None:
                return
        elif action is CaseAction.SHIP:
            tracking = msgbox.ask_text(
                self, action_text(action), self.tr("The courier's tracking number:")
            )
            if tracking is None:
                return
        try:
            self._act(case.id, action, reason, tracking)
        except DeskError as exc:
            msgbox.error(self, action_text(action), error_text(exc))
        self.refresh()

    def shutdown(self) -> None:
        self._runner.stop()
        self.resume.shutdown()
