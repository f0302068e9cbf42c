"""The customer card: names, masked ID and contacts, lines, and the history of cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.phones import display_phone
from desk.services.customer_card import CustomerCard
from desk.ui.i18n import chinese_first
from desk.ui.retranslate import Retranslating
from desk.ui.texts import card_kind_text, document_kind_text, line_status_text


def _detail(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name, wordWrap=True)
    label.setProperty("class", "cardDetail")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerCardView(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.setAccessibleName("customerCard")
        self.card: CustomerCard | None = None
        self.name = QLabel(objectName="cardName", wordWrap=True)
        self.documents = _detail("cardDocuments")
        self.contact = _detail("cardContact")
        self.lines_title = QLabel(objectName="cardLinesTitle")
        self.lines = QTableWidget(0, 6, objectName="cardLines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.cases_title = QLabel(objectName="cardCasesTitle")
        self.cases = _detail("cardCases")
        self.back_hint = QLabel(objectName="cardBackHint")
        layout = QVBoxLayout(self)
        for w in (self.name, self.documents, self.contact, self.lines_title):
            layout.addWidget(w)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.cases_title)
        layout.addWidget(self.cases)
        layout.addWidget(self.back_hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.lines_title.setText(self.tr("Lines"))
        self.cases_title.setText(self.tr("Replacement cases"))
        self.back_hint.setText(self.tr("Esc: back to the results · F2: new search"))
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Carrier"),
                self.tr("Product"),
                self.tr("Card"),
                self.tr("Status"),
                self.tr("SIM change lock"),
            ]
        )
        if self.card is not None:
            self.show_card(self.card)

    def show_card(self, card: CustomerCard) -> None:
        self.card = card
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
        contact = [c for c in (card.contact_phone_masked, card.contact_email_masked) if c]
        self.contact.setText(
            self.tr("Registered contact: {contact}").format(contact="   ".join(contact))
            if contact
            else self.tr("No registered contact.")
        )
        self.lines.setRowCount(len(card.lines))
        for r, ln in enumerate(card.lines):
            cells = [
                display_phone(ln.msisdn),
                ln.carrier_zh if zh else ln.carrier_en,
                ln.product_zh if zh else ln.product_en,
                card_kind_text(ln.card_kind),
                line_status_text(ln.status),
                self.tr("locked") if ln.sim_change_lock else "",
            ]
            for c, value in enumerate(cells):
                self.lines.setItem(r, c, QTableWidgetItem(value))
        self.lines.resizeColumnsToContents()
        self.cases.setText(
            self.tr("No replacement cases for this customer yet.") if not card.cases else ""
        )
