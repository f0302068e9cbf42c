"""The customer card: names, masked ID and contacts, lines, and the history of cases.

What the card masks and what it shows in full is decided in one place,
:mod:`desk.services.customer_card`. Here: a line that is not simply active, and a SIM
change lock, stand out by colour *and* by a mark and a word (``✕ terminated``,
``⚠ SIM change lock``); the line the lookup found is marked ``▶`` and named in words
above the table ("found by …"), so nothing needs the mouse.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.cases import FINISHED, CaseStatus
from desk.core.enums import LineStatus
from desk.core.phones import display_phone
from desk.services.case_views import CaseRow
from desk.services.customer_card import CustomerCard, LineDetail, found_line
from desk.ui.case_texts import reason_text, status_text
from desk.ui.i18n import chinese_first, local_name
from desk.ui.retranslate import Retranslating
from desk.ui.texts import (
    card_kind_text,
    document_kind_text,
    line_status_marked,
    matched_by_text,
    sim_change_lock_text,
)

FOUND_MARK = "▶ "
# Colours go with a mark and a word, never alone (see the module doc).
WARNING_INK, WARNING_PAPER = QColor("#8a4b00"), QColor("#fff1d6")
STOPPED_INK, STOPPED_PAPER = QColor("#b00020"), QColor("#fde7ea")
FOUND_PAPER = QColor("#e3edff")
NUMBER, CARRIER, CARD, STATUS = range(4)
NEW_CASE_KEY = QKeySequence("Ctrl+N")  # issue 7: a case for the highlighted line


def _detail(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name, wordWrap=True)
    label.setProperty("class", "cardDetail")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerCardView(Retranslating, QWidget):
    case_requested = Signal(object, object)  # CustomerCard, LineDetail (issue 7: caseNew)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.setAccessibleName("customerCard")
        self.card: CustomerCard | None = None
        self.found_by = ""  # how the lookup found the customer (lookup row's matched_by)
        self.query = ""
        self.found: uuid.UUID | None = None  # the line it found, if it found a line
        self.name = QLabel(objectName="cardName", wordWrap=True)
        self.documents = _detail("cardDocuments")
        self.contact = _detail("cardContact")
        self.found_label = QLabel(objectName="cardFoundBy", wordWrap=True)
        self.lines_title = QLabel(objectName="cardLinesTitle")
        self.lines = QTableWidget(0, 4, objectName="cardLines")
        self.lines.setAccessibleName("cardLines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setTabKeyNavigation(False)  # Tab leaves the table, never moves a cell
        self.lines.setWordWrap(False)
        self.lines.verticalHeader().hide()
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rows
        header.setStretchLastSection(False)
        # -- issue 7: a new case for the highlighted line (the wizard) --
        self.new_case = QPushButton(objectName="caseNew")
        self.new_case.setAccessibleName("caseNew")
        self.new_case.setAutoDefault(False)
        self.new_case.clicked.connect(self.request_case)
        QShortcut(NEW_CASE_KEY, self, self.request_case).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        # -- end issue 7 --
        self.cases_title = QLabel(objectName="cardCasesTitle")
        self.cases = _detail("cardCases")  # says so when there are none
        self.case_table = QTableWidget(0, 4, objectName="cardCaseTable")
        self.case_table.setAccessibleName("cardCaseTable")
        self.case_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setTabKeyNavigation(False)
        self.case_table.setWordWrap(False)
        self.case_table.verticalHeader().hide()
        case_header = self.case_table.horizontalHeader()
        case_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        case_header.setStretchLastSection(True)
        self.back_hint = QLabel(objectName="cardBackHint")
        layout = QVBoxLayout(self)
        for w in (self.name, self.documents, self.contact, self.lines_title, self.found_label):
            layout.addWidget(w)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.new_case, 0, Qt.AlignmentFlag.AlignLeft)  # issue 7
        layout.addWidget(self.cases_title)
        layout.addWidget(self.cases)
        layout.addWidget(self.case_table, 1)
        layout.addStretch(0)
        layout.addWidget(self.back_hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.lines_title.setText(self.tr("Lines"))
        self.cases_title.setText(self.tr("Replacement cases"))
        self.back_hint.setText(self.tr("Esc: back to the results · F2: new search"))
        self.new_case.setText(
            self.tr("New replacement case for this line   {key}").format(
                key=NEW_CASE_KEY.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Carrier / Product"),
                self.tr("Card"),
                self.tr("Status"),
            ]
        )
        self.case_table.setHorizontalHeaderLabels(
            [
                self.tr("Application number"),
                self.tr("Opened"),
                self.tr("Line · Reason"),
                self.tr("State"),
            ]
        )
        if self.card is not None:
            self.show_card(self.card, self.found_by, self.query)

    def show_card(self, card: CustomerCard, found_by: str = "", query: str = "") -> None:
        """Show ``card``; ``found_by`` and ``query`` say how the lookup found it."""
        self.card, self.found_by, self.query = card, found_by, query
        self.found = found_line(card.lines, found_by, query)
        zh = chinese_first()
        names = [card.name_zh, card.name_en] if zh else [card.name_en, card.name_zh]
        self.name.setText("   ".join(n for n in names if n))
        self.documents.setText(
            "   ".join(
                self.tr("{kind}: {number}").format(kind=document_kind_text(d.kind), number=d.masked)
                for d in card.documents
            )
            or self.tr("No ID document on record.")
        )
        self._show_contact(card)
        self._show_found(card)
        self.lines.setRowCount(len(card.lines))
        line_height = self.lines.fontMetrics().lineSpacing()
        for r, ln in enumerate(card.lines):
            for c, item in enumerate(self._line_items(ln)):
                self.lines.setItem(r, c, item)
            self.lines.setRowHeight(r, 2 * line_height + 10)
        # As tall as its rows (a scrollbar only past the room there is), not a blank page.
        frame = 2 * self.lines.frameWidth() + self.lines.horizontalHeader().sizeHint().height()
        self.lines.setMaximumHeight(
            frame + sum(self.lines.rowHeight(r) for r in range(len(card.lines))) + 4
        )
        self.cases.setText(
            self.tr("No replacement cases for this customer yet.") if not card.cases else ""
        )
        self.cases.setVisible(not card.cases)
        self._show_cases(tuple(c for c in card.cases if isinstance(c, CaseRow)))

        self._highlight_line(card)  # issue 7

    def _show_cases(self, cases: tuple[CaseRow, ...]) -> None:
        """Newest first (as the service gives them): number, when, line and reason, state;
        an open case in bold, so the one still running stands out in words and weight."""
        self.case_table.setVisible(bool(cases))
        self.case_table.setRowCount(len(cases))
        bold = QFont(self.case_table.font())
        bold.setBold(True)
        for r, case in enumerate(cases):
            texts = (
                case.application_number or self.tr("(not submitted)"),
                case.opened_at.astimezone().strftime("%Y-%m-%d"),
                f"{display_phone(case.msisdn)} · {reason_text(case.reason)}",
                status_text(case.status),
            )
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if case.status not in FINISHED:
                    item.setFont(bold)
                if case.status is CaseStatus.REJECTED and c == 3:
                    item.setForeground(QBrush(STOPPED_INK))
                self.case_table.setItem(r, c, item)
        frame = (
            2 * self.case_table.frameWidth()
            + self.case_table.horizontalHeader().sizeHint().height()
        )
        self.case_table.setMaximumHeight(
            frame + sum(self.case_table.rowHeight(r) for r in range(len(cases))) + 4
        )

    def _show_contact(self, card: CustomerCard) -> None:
        contact = []
        if card.contact_phone_masked:
            phone = card.contact_phone_masked
            if card.contact_phone_is_line:  # shown in full, as its line is
                phone = self.tr("{number} (one of the lines)").format(number=display_phone(phone))
            contact.append(phone)
        if card.contact_email_masked:
            contact.append(card.contact_email_masked)
        self.contact.setText(
            self.tr("Registered contact: {contact}").format(contact="   ".join(contact))
            if contact
            else self.tr("No registered contact.")
        )

    def _show_found(self, card: CustomerCard) -> None:
        if not self.found_by:
            self.found_label.hide()
            return
        how = matched_by_text(self.found_by)
        text = QCoreApplication.translate("CustomerResultsModel", "Found by {how}").format(how=how)
        line = next((ln for ln in card.lines if ln.id == self.found), None)
        if line is not None:  # the row marked ▶ below; Chinese puts a full-width colon
            text = QCoreApplication.translate("CustomerResultsModel", "Found by {how}: {line}")
            text = text.format(how=how, line=FOUND_MARK + display_phone(line.msisdn))
        self.found_label.setText(text)
        self.found_label.show()

    def _line_items(self, ln: LineDetail) -> list[QTableWidgetItem]:
        carrier = local_name(ln.carrier_en, ln.carrier_zh, ln.carrier_zh_hant)
        product = local_name(ln.product_en, ln.product_zh, ln.product_zh_hant or ln.product_zh)
        card = card_kind_text(ln.card_kind)
        status = line_status_marked(ln.status)
        if ln.sim_change_lock:
            status += "\n" + sim_change_lock_text()
        found = ln.id == self.found
        texts = {
            NUMBER: (FOUND_MARK if found else "") + display_phone(ln.msisdn),
            CARRIER: f"{carrier}\n{product}",
            CARD: f"{card}\n{ln.card_tail}" if ln.card_tail else card,
            STATUS: status,
        }
        items = [QTableWidgetItem(texts[c]) for c in range(4)]
        if found:
            bold = QFont(self.lines.font())
            bold.setBold(True)
            items[NUMBER].setFont(bold)
            for item in items:
                item.setBackground(QBrush(FOUND_PAPER))
        if ln.status == LineStatus.TERMINATED:
            for item in items:
                item.setForeground(QBrush(STOPPED_INK))
            items[STATUS].setBackground(QBrush(STOPPED_PAPER))
        elif ln.status == LineStatus.SUSPENDED or ln.sim_change_lock:
            items[STATUS].setForeground(QBrush(WARNING_INK))
            items[STATUS].setBackground(QBrush(WARNING_PAPER))
        if ln.sim_change_lock:
            bold = QFont(self.lines.font())
            bold.setBold(True)
            items[STATUS].setFont(bold)
        for item in items:
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return items

    # -- issue 7: the case wizard's way in --------------------------------------------
    def _highlight_line(self, card: CustomerCard) -> None:
        """The found line (else the first) is the highlighted row ↑/↓ move."""
        row = next((r for r, ln in enumerate(card.lines) if ln.id == self.found), 0)
        if card.lines:
            self.lines.setCurrentCell(row, NUMBER)
            self.lines.selectRow(row)
        self.new_case.setEnabled(bool(card.lines))

    def highlighted_line(self) -> LineDetail | None:
        if self.card is None or not self.card.lines:
            return None
        row = self.lines.currentRow()
        return self.card.lines[row if 0 <= row < len(self.card.lines) else 0]

    def request_case(self) -> None:
        line = self.highlighted_line()
        if self.card is not None and line is not None:
            self.case_requested.emit(self.card, line)
