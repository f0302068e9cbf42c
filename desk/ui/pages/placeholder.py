"""Pages whose work comes in a later version of Desk: they say so, and show nothing fake."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.ui.retranslate import Retranslating

_CTX = "PlaceholderPage"
# (title, what the page will hold) per page key; translated when shown.
PAGES = {
    "cases": (
        QT_TRANSLATE_NOOP("PlaceholderPage", "Cases"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "The queue of open replacement cases will be here: draft, verified, paid, "
            "submitted, under review, approved, card issued, shipped, activated.",
        ),
    ),
    "stock": (
        QT_TRANSLATE_NOOP("PlaceholderPage", "Stock"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "Receiving blank SIMs, stock movements and stock counts will be here.",
        ),
    ),
    "day": (
        QT_TRANSLATE_NOOP("PlaceholderPage", "Day"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "The business day will be here: opening float, cash in and out, day close "
            "with the Z report and the export files.",
        ),
    ),
    "sync": (
        QT_TRANSLATE_NOOP("PlaceholderPage", "Sync"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "Synchronisation with head office will be here. This store is not connected "
            "to head office yet.",
        ),
    ),
}


class PlaceholderPage(Retranslating, QWidget):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"{key}Page")
        self.title = QLabel(objectName="pageTitle")
        self.body = QLabel(wordWrap=True, objectName=f"{key}PageText")
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        title, body = PAGES[self.key]
        later = QCoreApplication.translate(
            "PlaceholderPage", "This part of Desk is not available in this version yet."
        )
        self.title.setText(QCoreApplication.translate(_CTX, title))
        self.body.setText(QCoreApplication.translate(_CTX, body) + "\n\n" + later)
