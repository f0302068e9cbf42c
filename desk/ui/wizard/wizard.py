"""The case wizard: one dialog over the main window, a page per step.

    reason → checklist → card → handover → payment (and receipt) → submit (and form)

A modal dialog rather than a page of the main window: typing in it never starts a
lookup (:mod:`desk.ui.keys` leaves other windows alone) and its keys are its own.
Keys: Enter goes on (or presses the focused button, or does what the focused field
asks: check an ID number, choose a scanned SIM); Esc goes back a page, and on the
first page closes the wizard. Closing never loses anything: every step is saved when
it is done, and opening the wizard again for the line resumes its open case at the
right page (:func:`desk.services.case_wizard_reads.wizard_line`).

Until the checklist has passed, the header shows only the customer's name, the masked
ID number and the masked phone number (PRODUCT.md: privacy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core import identifiers as ids
from desk.core.cases import CaseStatus
from desk.core.identifiers import InvalidIdentifier
from desk.core.phones import display_phone
from desk.core.wording import carrier_and_product
from desk.services.case_wizard_reads import WizardLine
from desk.services.customer_card import CustomerCard, LineDetail
from desk.services.errors import DeskError
from desk.ui.background import BackgroundCalls, Busy
from desk.ui.i18n import chinese_first, local_name
from desk.ui.identifier_messages import named_message_for
from desk.ui.retranslate import Retranslating
from desk.ui.screens import FRAME, open_within_screen
from desk.ui.texts import card_kind_text, document_kind_text, error_text
from desk.ui.wizard.actions import CaseActions
from desk.ui.wizard.page import WizardPage, button, note

T = TypeVar("T")
REASON, CHECKLIST, CARD, HANDOVER, PAYMENT, SUBMIT = range(6)
# As wide as a 1024×768 screen allows (the fewer lines the results wrap onto, the
# lower the checklist), and a little lower than its height less a taskbar and a
# title bar; taller when wrapped words need it (fit_height).
OPENING = QSize(1000, 660)


class CaseWizard(Retranslating, QDialog):
    changed = Signal()  # something was saved: the customer card may refresh

    def __init__(
        self,
        actions: CaseActions,
        card: CustomerCard,
        line: LineDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from desk.ui.wizard.card_page import CardPage
        from desk.ui.wizard.checklist_page import ChecklistPage
        from desk.ui.wizard.handover_page import HandoverPage
        from desk.ui.wizard.paper import Paper
        from desk.ui.wizard.payment_page import PaymentPage
        from desk.ui.wizard.reason_page import ReasonPage
        from desk.ui.wizard.submit_page import SubmitPage

        self.setObjectName("caseWizard")
        self.setModal(True)
        self.actions, self.card, self.line = actions, card, line
        self.state = WizardLine(line.status, line.sim_change_lock, None)
        # Every service call on a worker: a commit waiting for the disk never freezes
        # the window, and keys typed meanwhile are held for the next field.
        self.background = BackgroundCalls(self)
        self.paper = Paper(self, actions, self.background, self.run)  # the previews
        self.customer_name = QLabel(objectName="caseCustomer")
        bold = QFont(self.customer_name.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.customer_name.setFont(bold)
        self.identity = note("caseIdentity")
        self.line_label = note("caseLine")
        self.steps = QLabel(objectName="caseSteps", wordWrap=True)
        self.stack = QStackedWidget()
        self.pages: list[WizardPage] = [
            ReasonPage(self),
            ChecklistPage(self),
            CardPage(self),
            HandoverPage(self),
            PaymentPage(self),
            SubmitPage(self),
        ]
        for page in self.pages:
            self.stack.addWidget(page)
        self.message = note("caseMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.back_button = button("caseBack")
        self.next_button = button("caseNext")
        self.close_button = button("caseClose")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close)
        for b in (self.back_button, self.next_button, self.close_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        head = QVBoxLayout()
        head.setSpacing(2)
        papers = QHBoxLayout()  # the ID and the line side by side: one row less
        papers.setSpacing(24)
        papers.addWidget(self.identity)
        papers.addWidget(self.line_label, 1)
        head.addWidget(self.customer_name)
        head.addLayout(papers)
        head.addWidget(self.steps)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMaximumWidth(1000)  # fits the smallest screen Desk supports, 1024×768
        open_within_screen(self, OPENING)
        self.retranslate()

    # -- what is shown ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Replacement case"))
        self.back_button.setText(self.tr("‹ &Back   Esc"))
        self.show_header()
        self.show_steps()

    def verified(self) -> bool:
        case = self.state.case
        return case is not None and case.status is not CaseStatus.DRAFT

    def show_header(self) -> None:
        c, zh = self.card, chinese_first()
        names = [c.name_zh, c.name_en] if zh else [c.name_en, c.name_zh]
        self.customer_name.setText("   ".join(n for n in names if n))
        self.identity.setText(
            "   ".join(
                self.tr("{kind}: {number}").format(kind=document_kind_text(d.kind), number=d.masked)
                for d in c.documents
            )
        )
        ln = self.line
        carrier = local_name(ln.carrier_en, ln.carrier_zh, ln.carrier_zh_hant)
        product = local_name(ln.product_en, ln.product_zh, ln.product_zh_hant or ln.product_zh)
        if self.verified():  # identity checked: the line in full
            text = self.tr("Line {number} · {carrier_and_product} · {card}").format(
                number=display_phone(ln.msisdn),
                carrier_and_product=carrier_and_product(carrier, product, ln.carrier_en),
                card=card_kind_text(ln.card_kind),
            )
        else:
            text = self.tr("Line {number} (shown in full once identity is verified)").format(
                number=ids.mask("phone", ln.msisdn)
            )
        self.line_label.setText(text)

    def show_steps(self) -> None:
        now = self.stack.currentIndex()
        parts = []
        for i, page in enumerate(self.pages):
            if i == PAYMENT and not self.actions.counter.payment_required:
                continue
            title = page.title()
            parts.append(f"<b>▶ {title}</b>" if i == now else title)
        self.steps.setText("  ›  ".join(parts))
        self.back_button.setEnabled(now > REASON)
        submitted = self.submitted()
        # Once submitted there is no draft left to keep.
        self.close_button.setText(
            self.tr("Close") if submitted else self.tr("Close, keep the draft")
        )
        self.next_button.setText(
            self.tr("&Finish   Enter")
            if submitted
            else self.tr("&Submit   Enter")
            if now == SUBMIT
            else self.tr("&Next ›   Enter")
        )

    def submitted(self) -> bool:
        case = self.state.case
        return case is not None and case.application_number is not None

    def say(self, text: str = "") -> None:
        self.message.setText(text)

    # -- the case ---------------------------------------------------------------------
    def reload(self) -> bool:
        state = self.run(lambda: self.actions.line(self.line.id))
        if state is None:
            return False
        self.state = state
        self.show_header()
        return True

    def start(self) -> None:
        """Open at the page the line's case has reached (a new case: the reason)."""
        self.reload()
        case = self.state.case
        if case is None:
            page = REASON
        elif case.status is CaseStatus.DRAFT:
            page = CHECKLIST
        elif case.application_number is not None:
            page = SUBMIT
        elif not (case.new_iccid or case.new_eid):
            page = CARD
        elif case.handover is None:
            page = HANDOVER
        elif case.status is CaseStatus.VERIFIED and self.actions.counter.payment_required:
            page = PAYMENT
        else:
            page = SUBMIT
        self.go(page)

    def run(self, call: Callable[[], T]) -> T | None:
        """A service call; a refusal is said in words on the wizard (None returned)."""
        try:
            result = self.background.call(call)
        except Busy:
            return None  # a key fired mid-save: the step under way answers
        except InvalidIdentifier as exc:
            self.say(named_message_for(exc))
            return None
        except DeskError as exc:
            self.say(error_text(exc))
            return None
        except Exception as exc:  # never a traceback in the clerk's face
            self.say(self.tr("This could not be done: {detail}").format(detail=exc))
            return None
        self.say()
        return result

    def done_something(self) -> None:
        self.reload()
        self.changed.emit()

    # -- moving -----------------------------------------------------------------------
    def go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        page.refresh()
        self.show_steps()
        page.focus_first()

    def _step(self, index: int, by: int) -> int:
        index += by
        if index == PAYMENT and not self.actions.counter.payment_required:
            index += by
        return max(REASON, min(SUBMIT, index))

    def next(self) -> None:
        now = self.stack.currentIndex()
        if self.submitted() and now == SUBMIT:
            self.close()
            return
        if self.pages[now].leave() and now < SUBMIT:
            self.go(self._step(now, +1))

    def back(self) -> None:
        now = self.stack.currentIndex()
        if now == REASON:
            self.close()
        else:
            self.say()
            self.go(self._step(now, -1))

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the layout has just been redone
            self.fit_height()
        return done

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_height()  # narrower: more lines

    def fit_height(self) -> None:
        """No lower than its words need at its width: a window does not follow its
        layout's height-for-width by itself, and a text that wrapped onto more lines
        (a long result, the list still to check) would be cut. Taller then, never
        wider, within the screen; and the clerk cannot make it lower than that."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().height() - self.height() or FRAME.height()  # (unknown)
        need = min(layout.totalHeightForWidth(self.width()), screen.height() - frame)
        need = max(need, layout.totalMinimumSize().height())
        if need == self.minimumHeight():
            return
        self.setMinimumHeight(need)  # taller at once if lower
        over = self.frameGeometry().bottom() - screen.bottom()
        if over > 0 and self.isVisible():  # grown past the bottom: up, to stay on it
            self.move(self.x(), max(screen.top(), self.y() - over))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton) and not isinstance(
                focus, QRadioButton | QCheckBox
            ):
                if focus.isEnabled():
                    focus.click()
                return
            if not self.pages[self.stack.currentIndex()].enter(focus):
                self.next()
            return
        if key == Qt.Key.Key_Escape:
            if self.submitted() or self.stack.currentIndex() == REASON:
                self.close()
            else:
                self.back()
            return
        super().keyPressEvent(event)

    def current(self) -> WizardPage:
        return self.pages[self.stack.currentIndex()]

    def next_text(self) -> QPushButton:
        return self.next_button
