"""The Day page (F5): open the business day with the float, a supervisor's cash in and
cash out, and the close — what the drawer should hold, the count, over or short, the
cases carried over, then the Z report and exports written and the day locked.

With no day open the page asks for the float (``dayFloat``, Enter opens the day); the
main window shows this page first after login until a day is open. With a day open:
``dayExpectedCash`` (and the sums behind it), ``dayCountTable`` (type each note's
count, Enter goes down), ``dayCountedTotal`` (or type the total), ``dayOverShort``,
``dayOpenCases``, ``dayCashIn`` / ``dayCashOut`` (Ctrl+I / Ctrl+U) and ``dayClose``
(Ctrl+Enter): a supervisor's PIN, and a reason when the difference is above the limit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.day import CashMoveKind
from desk.core.money import format_money, minor_digits, parse_money
from desk.core.refusal import Refusal
from desk.services.days import DaySummary
from desk.services.errors import DeskError
from desk.ui import msgbox
from desk.ui.background import BackgroundCalls, Busy
from desk.ui.case_texts import status_text
from desk.ui.i18n import current_language
from desk.ui.pages.day_actions import DayActions, DayDone
from desk.ui.pages.day_count import CountTable, TotalField
from desk.ui.pages.day_dialogs import CashMoveDialog, CloseDialog
from desk.ui.print_preview import PrintPreview
from desk.ui.retranslate import Retranslating
from desk.ui.texts import error_text

BIG = "font-size: 20px; font-weight: bold;"  # what the drawer holds, over or short
CLOSE_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return)
CASH_IN_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I)
CASH_OUT_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_U)


def _with_key(title: str, key: QKeySequence) -> str:
    return f"{title}\u2002 {key.toString(QKeySequence.SequenceFormat.NativeText)}"


class DayPage(Retranslating, QWidget):
    day_changed = Signal()  # opened or closed: the status bar reads the day again
    closed = Signal(object)  # DayDone
    backup_done = Signal(str)  # the day's backup, in words (from its own thread)

    def __init__(self, actions: DayActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayPage")
        self.actions = actions
        self.calls = BackgroundCalls(self)
        self.backup_done.connect(self._show_backup)
        self.summary: DaySummary | None = None
        self.title = QLabel(objectName="dayTitle")
        self.title.setProperty("class", "pageTitle")
        self.message = QLabel(objectName="dayMessage", wordWrap=True)
        self.message.setStyleSheet("color: #b3261e;")

        # -- no day open: the float -------------------------------------------------
        self.open_box = QGroupBox(objectName="dayOpenBox")
        self.float_label = QLabel()
        self.float_field = QLineEdit(objectName="dayFloat")
        self.float_field.setAccessibleName("dayFloat")
        self.float_label.setBuddy(self.float_field)
        self.open_button = QPushButton(objectName="dayOpen")
        self.open_button.setDefault(True)
        self.float_field.returnPressed.connect(self.open_day)
        self.open_button.clicked.connect(self.open_day)
        form = QFormLayout(self.open_box)
        form.addRow(self.float_label, self.float_field)
        form.addRow(self.open_button)

        # -- a day open: what the drawer should hold, the count, the close -----------
        self.day_box = QWidget(objectName="dayOpenDay")
        self.sums = QLabel(objectName="daySums", wordWrap=True)
        self.expected_label = QLabel()
        self.expected = QLabel(objectName="dayExpectedCash")
        self.expected.setStyleSheet(BIG)
        self.table = CountTable()
        self.total = TotalField()
        self.total_label = QLabel()
        self.total_label.setBuddy(self.total)
        self.over_short = QLabel(objectName="dayOverShort")
        self.cases_label = QLabel()
        self.cases = QListWidget(objectName="dayOpenCases")
        self.cases.setAccessibleName("dayOpenCases")
        self.cash_in = QPushButton(objectName="dayCashIn")
        self.cash_out = QPushButton(objectName="dayCashOut")
        self.close_button = QPushButton(objectName="dayClose")
        self.cash_in.clicked.connect(lambda: self.move_cash(CashMoveKind.IN))
        self.cash_out.clicked.connect(lambda: self.move_cash(CashMoveKind.OUT))
        self.close_button.clicked.connect(self.close_day)
        for key, slot in (
            (CLOSE_KEY, self.close_day),
            (CASH_IN_KEY, lambda: self.move_cash(CashMoveKind.IN)),
            (CASH_OUT_KEY, lambda: self.move_cash(CashMoveKind.OUT)),
        ):
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.changed.connect(self._rows_changed)
        self.total.typed.connect(self._total_typed)
        self.total.returnPressed.connect(self.close_day)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        totals = QFormLayout()
        totals.addRow(self.total_label, self.total)
        left.addLayout(totals)
        right = QVBoxLayout()
        right.addWidget(self.expected_label)
        right.addWidget(self.expected)
        right.addWidget(self.sums)
        right.addWidget(self.over_short)
        right.addWidget(self.cases_label)
        right.addWidget(self.cases, 1)
        buttons = QHBoxLayout()
        for b in (self.cash_in, self.cash_out):
            buttons.addWidget(b)
        right.addLayout(buttons)
        right.addWidget(self.close_button)
        row = QHBoxLayout(self.day_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 3)
        row.addLayout(right, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.open_box)
        layout.addWidget(self.day_box, 1)
        layout.addWidget(self.message)
        layout.addStretch(0)
        self.retranslate()

    # -- reading ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.summary = self.actions.summary()
        except DeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self._show()

    def _show(self) -> None:
        s, language = self.summary, current_language()
        self.open_box.setVisible(s is None)
        self.day_box.setVisible(s is not None)
        self.setFocusProxy(self.float_field if s is None else self.table)  # F5: here
        if s is None:
            self.title.setText(self.tr("No business day is open at this counter"))
            if not self.float_field.text():
                self.float_field.setText(self._money_text(self.actions.opening_float))
            self.float_field.setFocus()
            self.float_field.selectAll()
            return
        self.title.setText(self.tr("Business day {day}").format(day=s.day.isoformat()))
        f = s.flow

        def money(v: int) -> str:
            return format_money(v, s.currency, language)

        self.sums.setText(
            "\n".join(
                (
                    self.tr("Float: {m}").format(m=money(f.float_minor)),
                    self.tr("Cash taken: {m}").format(m=money(f.cash_taken)),
                    self.tr("Cash voided or refunded: {m}").format(m=money(f.cash_returned)),
                    self.tr("Cash in: {m}").format(m=money(f.cash_in)),
                    self.tr("Cash out: {m}").format(m=money(f.cash_out)),
                )
            )
        )
        self.expected.setText(money(s.expected))
        if self.table.currency != s.currency:
            self.table.set_currency(s.currency)
        self.cases_label.setText(
            self.tr("Cases carried over to the next day: {n}").format(n=len(s.open_cases))
        )
        self.cases.clear()
        for c in s.open_cases:
            number = c.application_number or self.tr("(not submitted)")
            self.cases.addItem(f"{number} · {status_text(c.status)}")
        self._show_difference()
        if not self.table.hasFocus() and not self.total.hasFocus():
            self.table.setFocus()

    def _money_text(self, minor: int) -> str:
        """An amount as a clerk types it: ``1000.00``."""
        return f"{Decimal(minor).scaleb(-minor_digits(self.actions.currency)):f}"

    # -- the count -------------------------------------------------------------------
    def _rows_changed(self) -> None:
        total = self.table.total()
        self.total.setText("" if total is None else self._money_text(total))
        self._show_difference()

    def _total_typed(self) -> None:
        self.table.clear_counts()
        self._show_difference()

    def counted(self) -> int | None:
        if self.summary is None or not self.total.text().strip():
            return None
        try:
            return self.total.amount(self.summary.currency)
        except Refusal:
            return None

    def _show_difference(self) -> None:
        s = self.summary
        counted = self.counted()
        if s is None or counted is None:
            self.over_short.setText(self.tr("Count the drawer"))
            self.over_short.setStyleSheet(BIG)
            return
        diff = counted - s.expected
        amount = format_money(abs(diff), s.currency, current_language())
        if diff == 0:
            text, color = self.tr("Exact"), "#1b5e20"
        elif diff > 0:
            text, color = self.tr("Over by {m}").format(m=amount), "#8a5300"
        else:
            text, color = self.tr("Short by {m}").format(m=amount), "#b3261e"
        self.over_short.setText(text)
        self.over_short.setStyleSheet(f"{BIG} color: {color};")

    # -- doing -----------------------------------------------------------------------
    def open_day(self) -> None:
        try:
            float_minor = parse_money(self.float_field.text(), self.actions.currency)
        except Refusal as exc:
            self.message.setText(error_text(exc))
            self.float_field.setFocus()
            return
        if not self._run(lambda: self.actions.open(float_minor)):
            return
        self.float_field.clear()
        self.refresh()
        self.day_changed.emit()

    def move_cash(self, kind: CashMoveKind) -> None:
        if self.summary is None:
            return
        dialog = CashMoveDialog(self.actions, kind, self.calls, self)
        dialog.accepted.connect(self.refresh)
        self._show_dialog(dialog)

    def close_day(self) -> None:
        s = self.summary
        if s is None:
            return
        counted = self.counted()
        if counted is None:
            try:
                self.total.amount(s.currency)
                self.message.setText(self.tr("Count the drawer first."))
            except Refusal as exc:
                self.message.setText(error_text(exc))
            self.table.setFocus()
            return
        by_note = self.table.quantities()
        rows = by_note if by_note and sum(v * n for v, n in by_note.items()) == counted else None
        dialog = CloseDialog(self.actions, s, counted, rows, self.calls, self)
        dialog.accepted.connect(lambda: self._closed(dialog.result_closed))
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.finished.connect(lambda _r: self.window().activateWindow())
        dialog.open()
        dialog.activateWindow()

    def _closed(self, done: DayDone | None) -> None:
        if done is None:
            return
        self.table.clear_counts()
        self.total.clear()
        self.refresh()
        self.day_changed.emit()
        self.closed.emit(done)
        self.message.setText(
            self.tr("Business day {day} is closed. Z report and exports: {folder}").format(
                day=done.closed.day.isoformat(), folder=done.folder
            )
        )
        # The day's copy of the database, on its own thread: the clerk goes on meanwhile.
        threading.Thread(
            target=self._back_up, args=(done.closed.day,), name="dayBackup", daemon=False
        ).start()
        # After the supervisor's dialog has given the window back: the preview on top.
        QTimer.singleShot(0, lambda: self.show_zreport(done.zreport))

    def _back_up(self, day: date) -> None:
        try:
            path = self.actions.backup(day)
        except DeskError as exc:
            self.backup_done.emit(error_text(exc))
            return
        self.backup_done.emit(self.tr("Backup written: {path}").format(path=path))

    def show_zreport(self, path: Path) -> None:
        """The Z report's real PDF in the preview: Enter prints it, Ctrl+S saves it."""
        try:
            pdf = path.read_bytes()
        except OSError as exc:
            self.message.setText(str(exc))
            return
        preview = PrintPreview(self.tr("Z report"), pdf, lambda: pdf, path.name, self)
        preview.finished.connect(lambda _r: self.window().activateWindow())
        preview.open()
        preview.activateWindow()
        preview.print_button.setFocus()

    def _show_backup(self, text: str) -> None:
        self.message.setText(f"{self.message.text()}\n{text}".strip())

    def _run(self, call: Callable[[], object]) -> bool:
        try:
            self.calls.call(call)
        except Busy:
            return False
        except DeskError as exc:
            self.message.setText(error_text(exc))
            return False
        return True

    def retranslate(self) -> None:
        self.open_box.setTitle(self.tr("Open the business day"))
        self.float_label.setText(self.tr("&Float in the drawer"))
        self.open_button.setText(self.tr("Open the day   Enter"))
        self.expected_label.setText(self.tr("The drawer should hold"))
        self.total_label.setText(self.tr("Counted &total"))
        self.cash_in.setText(_with_key(self.tr("Cash in…"), CASH_IN_KEY))
        self.cash_out.setText(_with_key(self.tr("Cash out…"), CASH_OUT_KEY))
        self.close_button.setText(_with_key(self.tr("Close the day…"), CLOSE_KEY))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Note or coin"), self.tr("How many"), self.tr("Amount")]
        )
        if self.isVisible():
            self._show()

    def error(self, text: str) -> None:
        msgbox.error(self, "Desk", text)
