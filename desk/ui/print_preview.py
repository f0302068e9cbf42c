"""The preview of a document before it is printed: the real PDF, shown with QtPdf.

What the clerk sees is the very PDF that goes to the printer or into the saved file
(:mod:`desk.ui.printing`). Printing or saving *is* issuing a copy: ``issue()`` records
it (the original, or a reprint marked 副本 / COPY — a later reprint needs a supervisor,
which ``issue`` asks for and refuses in words) and returns the PDF to put on paper, or
None with the reason said. Once a copy is issued and the preview stays open (a PDF
saved, a printer that did not start), ``following()`` gives the copy the next print or
save makes, and the preview shows it: saved as the original, the paper printed after is
marked 副本 / COPY 1, and the preview says so before it is printed.

Keys: Enter prints (the focus starts on Print), Ctrl+S saves, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.config import write_atomic
from desk.ui import printing
from desk.ui.background import BackgroundCalls, Busy
from desk.ui.retranslate import Retranslating
from desk.ui.screens import open_within_screen

ROLL_WIDTH_POINTS = 300  # an 80 mm roll is 227 pt wide, A4 595 pt

# Records one more copy of the document; returns its PDF, or a refusal in words.
Issue = Callable[[], "bytes | str"]
# The PDF of the copy the next issue makes (None: it could not be made; the view stays).
Following = Callable[[], "bytes | None"]


def _button(object_name: str) -> QPushButton:
    b = QPushButton(objectName=object_name)
    b.setAccessibleName(object_name)
    b.setAutoDefault(True)  # Enter presses the focused button
    return b


class PrintPreview(Retranslating, QDialog):
    def __init__(
        self,
        title: str,
        pdf: bytes,
        issue: Issue,
        file_name: str,
        parent: QWidget | None = None,
        following: Following | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.setModal(True)
        self._title, self._issue, self._file_name = title, issue, file_name
        self._following = following
        self.background = BackgroundCalls(self)
        self.view = QPdfView(self)
        self.view.setObjectName("printPreview")
        self.view.setAccessibleName("printPreview")
        self._show_pdf(pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        if self.document.pagePointSize(0).width() < ROLL_WIDTH_POINTS:
            # A receipt roll: at its printed size, a little larger, not the view's width.
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(1.5)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel(objectName="printMessage", wordWrap=True)
        self.print_button = _button("printButton")
        self.save_button = _button("savePdfButton")
        self.close_button = _button("printClose")
        self.print_button.setDefault(True)  # Enter prints, wherever the focus is
        self.print_button.clicked.connect(self.print_it)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMaximumWidth(1000)
        open_within_screen(self, QSize(760, 700))  # 1024×768: less a taskbar
        self.retranslate()
        self.print_button.setFocus()

    def _show_pdf(self, pdf: bytes) -> None:
        self.pdf = pdf  # what is shown: the copy the next print or save makes
        self.document, self._buffer = printing.load(pdf, self)
        self.view.setDocument(self.document)

    def _show_following(self) -> None:
        """After a copy was issued: show the one the next print or save makes."""
        if self._following is None:
            return
        old = self.document, self._buffer
        pdf = self._following()
        if pdf is not None:
            self._show_pdf(pdf)
            for part in old:
                part.deleteLater()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title)
        self.print_button.setText(self.tr("&Print   Enter"))
        self.save_button.setText(self.tr("&Save as PDF   Ctrl+S"))
        self.close_button.setText(self.tr("Close   Esc"))

    def _issued(self) -> bytes | None:
        answer = self._issue()
        if isinstance(answer, str):
            self.message.setText(answer)
            return None
        self.message.setText("")
        return answer

    def print_it(self) -> None:
        printer = printing.choose_printer(self)
        if printer is None:
            return
        pdf = self._issued()
        if pdf is None:
            return
        # Drawing the pages for the printer takes a while: off the GUI thread. The
        # preview goes first — its view would wait on the same PDF engine meanwhile.
        self.hide()
        try:
            started = self.background.call(lambda: printing.print_pdf(pdf, printer))
        except Busy:
            started = False
        if started:
            self.accept()
            return
        self.show()
        self._show_following()
        self.message.setText(self.tr("The printer could not be started: nothing printed."))

    def save(self) -> None:
        path = printing.choose_save_path(self, self.tr("Save as PDF"), self._file_name)
        if path is None:
            return
        pdf = self._issued()
        if pdf is None:
            return
        try:
            write_atomic(path, pdf, mode=0o644)  # a file for the customer, not a secret
        except OSError as exc:
            self.message.setText(
                self.tr("The file could not be saved: {detail}").format(detail=exc.strerror)
            )
            return
        self.message.setText(self.tr("Saved: {path}").format(path=str(path)))
        self._show_following()
