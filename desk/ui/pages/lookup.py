"""The customer lookup page: one field, results as the clerk types, then the card.

Keys: Enter opens the selected customer (a scanner's ICCID + Enter lands on its
customer); ↓/↑, PageUp/PageDown and Home/End in the field move the selection through
the results; Esc goes back from the card, and in the field clears it (the main
window's Esc). Tab moves between widgets only: never between cells, never changing
the selected customer. Typing into the field while a card is shown goes back to the
results, so a card is never left up looking like the answer to a new search.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
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
from desk.ui.identifier_messages import named_message_for, need_text
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
        """``release`` runs in the search and card threads when the page shuts down."""
        super().__init__(parent)
        self.setObjectName("lookupPage")
        self._open_card = open_card
        self._runner = SearchRunner(search, release, self)
        self._runner.finished.connect(self._show_result)
        self._runner.failed.connect(self._show_failure)
        self._cards = SearchRunner(self._read_card, release, self, name="cardThread")
        self._cards.finished.connect(self._show_card)
        self._cards.failed.connect(self._show_failure)
        self._card_found_by = ("", "")  # (matched_by, query) of the card being read
        self._answered = ""  # the text the shown results answer
        self._need: str | None = None  # what more to type, when nothing was found
        self._open_when_answered = False
        self._hint_text: Callable[[], str] | None = None  # re-read on a language change

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
        self.results.setTabKeyNavigation(False)  # Tab leaves the table; it never moves rows
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        # Widths come from the texts' advance in the font (see _fit_columns), never from
        # the view's resizeColumnsToContents: with results arriving on every key,
        # laying out 50 rows' cells would stall the GUI thread.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.results.viewport().installEventFilter(self)  # its width: _fit_columns
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
        self.model.relabel()
        self._fit_columns()
        if self._hint_text is not None:
            self.hint.setText(self._hint_text())

    def _say(self, text: Callable[[], str] | None) -> None:
        """Show (or with None, hide) the hint under the count, kept across languages."""
        self._hint_text = text
        self.hint.setText(text() if text else "")
        self.hint.setVisible(text is not None)

    # -- typing and results -----------------------------------------------------------
    def focus_search(self) -> None:
        self.back()
        self.field.setFocus()
        self.field.selectAll()

    def start_typing(self, text: str) -> None:
        """A new lookup that starts with ``text`` (typed or scanned elsewhere)."""
        self.back()
        self.field.setFocus()
        self.field.setText(text)
        self.field.end(False)

    def _typed(self, text: str) -> None:
        self._open_when_answered = False
        self._cards.cancel()  # a card still being read is not the answer any more
        self.back()
        self._say(None)
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
        self._say(None)
        self._need = result.need
        self.model.set_result(result)
        self._size_rows()
        if result.rows:
            self.results.selectRow(0)
        self._update_count()
        problem = result.problem
        if problem is not None:
            self._say(lambda: named_message_for(problem))
        if self._open_when_answered:
            self._open_when_answered = False
            self._enter()

    def _size_rows(self) -> None:
        line = self.results.fontMetrics().lineSpacing()
        for row in range(self.model.rowCount()):
            lines = max(2, len(self.model.customer(row).lines))  # name over ID: 2 at least
            self.results.setRowHeight(row, lines * line + 8)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text; if both do not fit, the lines keep
        theirs (number, carrier, status, lock: what the clerk needs) and the names give
        way, down to a minimum."""
        metrics = self.results.fontMetrics()
        pad = 2 * metrics.averageCharWidth() + 8
        widths = []
        for col in range(self.model.columnCount()):
            texts = [self.model.headerData(col, Qt.Orientation.Horizontal) or ""]
            for row in range(self.model.rowCount()):
                texts += self.model.text_lines(row, col)
            widths.append(max(metrics.horizontalAdvance(t) for t in texts) + pad)
        room = self.results.viewport().width()
        if sum(widths) > room:
            widths[0] = max(9 * metrics.horizontalAdvance("中"), room - widths[1])
        for col, width in enumerate(widths):
            self.results.setColumnWidth(col, width)

    def _show_failure(self, _number: int, message: str) -> None:
        self._say(lambda: self.tr("The search failed: {message}").format(message=message))

    def _update_count(self) -> None:
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
                self.tr("Matching customers: {total} (showing the first {shown}).").format(
                    total=total, shown=shown
                )
            )
        else:
            self.count.setText(self.tr("Matching customers: {total}.").format(total=total))

    # -- keys ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            target = self._row_for_key(event)
            if target is not None:
                self.results.selectRow(target)
                return True
        if watched is self.results.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _row_for_key(self, event: QKeyEvent) -> int | None:
        """The row a key typed in the field selects: ↓/↑ one, PageDown/PageUp a page,
        Home/End the first/last (unmodified keys, and only when there are results)."""
        count = self.model.rowCount()
        if not count or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        row = self.results.currentIndex().row()
        visible = self.results.rowAt(self.results.viewport().height() - 1)
        first = self.results.rowAt(0)
        page = max(1, (visible if visible >= 0 else count - 1) - max(first, 0))
        moves = {
            Qt.Key.Key_Down: row + 1,
            Qt.Key.Key_Up: row - 1,
            Qt.Key.Key_PageDown: row + page,
            Qt.Key.Key_PageUp: row - page,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        target = moves.get(Qt.Key(event.key()))
        return None if target is None else max(0, min(target, count - 1))

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
        self.open_customer(row.id, row.matched_by, self._answered)

    def open_customer(self, customer_id: UUID, found_by: str = "", query: str = "") -> None:
        """Read the card on the card thread; it is shown when it arrives, unless the
        clerk typed or scanned meanwhile."""
        self._card_found_by = (found_by, query)
        self._cards.request(customer_id.hex)

    def _read_card(self, text: str) -> CustomerCard | DeskError:  # in the card thread
        try:
            return self._open_card(UUID(hex=text))
        except DeskError as exc:  # a refusal in words, not a failure of the thread
            return exc

    def _show_card(self, _number: int, answer: CustomerCard | DeskError) -> None:
        if isinstance(answer, DeskError):
            refusal = answer
            self._say(lambda: error_text(refusal))
            return
        found_by, query = self._card_found_by
        self.card.show_card(answer, found_by, query)
        self.stack.setCurrentWidget(self.card)
        self.card.setFocus()
        self.customer_opened.emit(answer)

    def case_changed(self, change: object) -> None:
        """A case changed: the card shown is read again if it is that customer's."""
        shown = self.card.card
        if (
            self.showing_card()
            and shown is not None
            and getattr(change, "customer_id", None) == shown.id
        ):
            self._card_found_by = (self.card.found_by, self.card.query)
            self._cards.request(shown.id.hex)

    def back(self) -> None:
        self.stack.setCurrentIndex(0)

    def showing_card(self) -> bool:
        return self.stack.currentWidget() is self.card

    def shutdown(self) -> None:
        self._runner.stop()
        self._cards.stop()
