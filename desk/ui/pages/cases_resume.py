"""Going on with a case not yet submitted, from the Cases page: "Go on with this case"
(button ``caseResume``, ``Ctrl+O``, or Enter on its row).

The case's customer card is read on a worker thread (the audited card view, as the
lookup reads it), then :attr:`CaseResume.wanted` hands the card and the case's line to
the composition root, which opens the case wizard on them
(:class:`desk.ui.wizard.opener.WizardOpener`): the wizard resumes the line's open case
at the page it has reached. Closing the wizard comes back to the queue.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from desk.services.case_views import CaseRow
from desk.services.customer_card import CustomerCard
from desk.services.errors import DeskError
from desk.ui import msgbox
from desk.ui.case_texts import resume_text
from desk.ui.search_worker import SearchRunner
from desk.ui.texts import error_text
from desk.ui.widgets import label_with_key

RESUME_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_O)

OpenCard = Callable[[uuid.UUID], CustomerCard]  # the audited card view


class CaseResume(QObject):
    wanted = Signal(object, object)  # CustomerCard, LineDetail: open the wizard on them

    def __init__(
        self,
        page: QWidget,
        selected: Callable[[], CaseRow | None],
        open_card: OpenCard | None,
        release: Callable[[], None] = lambda: None,
    ) -> None:
        """``open_card`` None: nothing is resumed from here (Enter opens the card)."""
        super().__init__(page)
        self._page = page
        self._selected = selected
        self._open_card = open_card
        self._runner = SearchRunner(self._read, release, self, name="resumeThread")
        self._runner.finished.connect(self._card_read)
        self._runner.failed.connect(lambda _n, message: self._refused(message))
        self.button = QPushButton(objectName="caseResume")
        self.button.setAccessibleName("caseResume")
        self.button.setShortcut(RESUME_KEY)
        self.button.clicked.connect(lambda: self.take(self._selected()))
        self.button.hide()

    def retranslate(self) -> None:
        label_with_key(self.button, resume_text(), RESUME_KEY)

    def offers(self, case: CaseRow | None) -> bool:
        return self._open_card is not None and case is not None and case.resumable

    def show_for(self, case: CaseRow | None) -> None:
        self.button.setVisible(self.offers(case))

    def take(self, case: CaseRow | None) -> bool:
        """Go on with ``case`` if it can be; False if it is not one to go on with."""
        if case is None or not self.offers(case):
            return False
        self._runner.request(f"{case.customer_id.hex}\t{case.line_id.hex}")
        return True

    def _read(self, text: str) -> tuple[CustomerCard, uuid.UUID] | DeskError:  # worker
        assert self._open_card is not None
        customer, _, line = text.partition("\t")
        try:
            return self._open_card(uuid.UUID(hex=customer)), uuid.UUID(hex=line)
        except DeskError as exc:  # a refusal in words, not a failure of the thread
            return exc

    def _card_read(self, _number: int, answer: tuple[CustomerCard, uuid.UUID] | DeskError) -> None:
        if isinstance(answer, DeskError):
            self._refused(error_text(answer))
            return
        card, line_id = answer
        line = next((ln for ln in card.lines if ln.id == line_id), None)
        if line is None:
            self._refused(self.tr("This line is no longer on the customer's card."))
            return
        self.wanted.emit(card, line)

    def _refused(self, message: str) -> None:
        msgbox.error(self._page, resume_text(), message)

    def shutdown(self) -> None:
        self._runner.stop()
