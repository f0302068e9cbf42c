"""The customer lookup page: one field, results as the clerk types, then the card.

Keys: Enter opens the selected customer (a scanner's ICCID + Enter lands on its
customer); ↓/↑ in the field move through the results; Esc goes back from the card.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.customer_card import CustomerCard
from desk.services.errors import DeskError
from desk.services.lookup import LookupResult
from desk.ui.identifier_messages import NAMES, message_for, need_text, translate
from desk.ui.models import CustomerResultsModel
from desk.ui.pages.customer_card import CustomerCardView
from desk.ui.retranslate import Retranslating
from desk.ui.search_worker import SearchRunner
from desk.ui.texts import error_text


class LookupPage(Retranslating, QWidget):
    customer_opened = Signal(object)  # CustomerCard

    def __init__(
        self,
        search: Callable[[str], LookupResult],
        open_card: Callable[[UUID], CustomerCard],
        release: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        """``release`` runs in the search thread when the page shuts down."""
        super().__init__(parent)
        self.setObjectName("lookupPage")
        self._open_card = open_card
        self._runner = SearchRunner(search, release, self)
        self._runner.finished.connect(self._show_result)
        self._runner.failed.connect(self._show_failure)
        self._answered = ""  # the text the shown results answer
        self._need: str | None = None  # what more to type, when nothing was found
        self._open_when_answered = False

        self.field = QLineEdit(objectName="lookupField")
        self.field.setAccessibleName("lookupField")
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(objectName="lookupCount")
        self.hint = QLabel(objectName="lookupHint", wordWrap=True)
        self.model = CustomerResultsModel(self)
        self.results = QTableView(objectName="lookupResults")
        self.results.setAccessibleName("lookupResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(False)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        # Widths and heights are set from the font, never measured cell by cell: with
        # results arriving on every key, measuring 50 rows would stall the GUI thread.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.card = CustomerCardView()
        self.card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        results_box = QWidget()
        col = QVBoxLayout(results_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.count)
        col.addWidget(self.hint)
        col.addWidget(self.results, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(results_box)
        self.stack.addWidget(self.card)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.stack, 1)
        self.hint.hide()

        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._enter)
        self.field.installEventFilter(self)
        self.results.activated.connect(self._open_index)
        self.setFocusProxy(self.field)
        self.setTabOrder(self.field, self.results)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(
            self.tr("Phone, name, ID number, ICCID or EID — F2 to come back here")
        )
        self._update_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    # -- typing and results -----------------------------------------------------------
    def focus_search(self) -> None:
        self.back()
        self.field.setFocus()
        self.field.selectAll()

    def _typed(self, text: str) -> None:
        self._open_when_answered = False
        if not text.strip():
            self._answered = ""
            self._need = None
            self.model.set_result(LookupResult("", (), 0))
            self._update_count()
            self._runner.request("")
            return
        self._runner.request(text)

    def _show_result(self, _number: int, result: LookupResult) -> None:
        self._answered = self.field.text()
        self._need = result.need
        self.model.set_result(result)
        self._size_rows()
        if result.rows:
            self.results.selectRow(0)
        self._update_count()
        if result.problem is not None:
            kind = translate(NAMES[result.problem.kind])
            self.hint.setText(f"{kind}: {message_for(result.problem)}")
            self.hint.show()
        if self._open_when_answered:
            self._open_when_answered = False
            self._enter()

    def _size_rows(self) -> None:
        metrics = self.results.fontMetrics()
        line = metrics.lineSpacing()
        for row in range(self.model.rowCount()):
            lines = max(1, len(self.model.customer(row).lines))
            self.results.setRowHeight(row, lines * line + 8)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        char = self.results.fontMetrics().horizontalAdvance("中")
        self.results.setColumnWidth(0, 17 * char)  # 陳大文  CHAN Tai Man
        self.results.setColumnWidth(1, 10 * char)  # 110105********002X

    def _show_failure(self, _number: int, message: str) -> None:
        self.hint.setText(self.tr("The search failed: {message}").format(message=message))
        self.hint.show()

    def _update_count(self) -> None:
        self.hint.hide()
        shown, total = self.model.rowCount(), self.model.total
        if not self.field.text().strip():
            self.count.setText(self.tr("Type to find a customer."))
        elif total == 0 and self._need:
            # Steady while a number is still being typed: no "nothing found" on each key.
            self.count.setText(need_text(self._need))
        elif total == 0:
            self.count.setText(self.tr("No customer matches."))
        elif shown < total:
            self.count.setText(
                self.tr("{total} customers match; the first {shown} are shown.").format(
                    total=total, shown=shown
                )
            )
        else:
            self.count.setText(self.tr("{total} matching.").format(total=total))

    # -- keys ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = self.results.currentIndex().row() + step
                self.results.selectRow(max(0, min(row, self.model.rowCount() - 1)))
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.hasFocus():
            self._open_index(self.results.currentIndex())
            return
        super().keyPressEvent(event)

    def _enter(self) -> None:
        if self._answered != self.field.text():
            # A scanner is faster than the search: open when the answer arrives.
            self._open_when_answered = True
            return
        self._open_index(self.results.currentIndex())

    # -- the card --------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.customer(index.row())
        try:
            card = self._open_card(row.id)
        except DeskError as exc:
            self.hint.setText(error_text(exc))
            self.hint.show()
            return
        self.card.show_card(card)
        self.stack.setCurrentWidget(self.card)
        self.card.setFocus()
        self.customer_opened.emit(card)

    def back(self) -> None:
        self.stack.setCurrentIndex(0)

    def showing_card(self) -> bool:
        return self.stack.currentWidget() is self.card

    def shutdown(self) -> None:
        self._runner.stop()
