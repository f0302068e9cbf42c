"""The Sync page (F6): when this store last synced with head office, what waits to be
sent, the last error in plain words, and head office's view of the store's totals.

``syncNow`` (Ctrl+S, or Space/Enter: the page's focus goes to it) starts a sync on its
own thread (:class:`desk.ui.sync_controller.SyncController`); the button is disabled
while it runs and the page reads the state again after. ``syncStatus`` says when the
last good sync was, in the store's time zone and how long ago (or "Never synced", or
how to enrol a Desk that is not enrolled); ``syncPending`` the rows waiting;
``syncError`` the last error, in the UI language (:mod:`desk.sync.errors`);
``syncClock`` this PC's clock when it is more than a minute off head office's;
``syncTotals`` head office's counts and sums per business day.

:meth:`SyncPage.status_bar` gives the status bar's words: the last good time, "not
enrolled", or a warning after 48 hours without a good sync.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.money import format_money
from desk.sync.errors import stored_error
from desk.sync.hq_totals import day_totals
from desk.sync.runner import Report
from desk.sync.schedule import Due, Why
from desk.sync.status import SyncStatus
from desk.ui.i18n import current_language
from desk.ui.retranslate import Retranslating
from desk.ui.sync_controller import SyncController
from desk.ui.texts import error_text
from desk.ui.widgets import with_key

SYNC_KEY = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_S)
SKEW_SHOWN = timedelta(minutes=1)
RED, GREEN = "#b3261e", "#1b5e20"
_CTX = "SyncPage"
# What head office counted per business day, in a clerk's words (desk.sync.tables).
TABLES = {
    "business_day": QT_TRANSLATE_NOOP("SyncPage", "Day close (over/short)"),
    "replacement_case": QT_TRANSLATE_NOOP("SyncPage", "Cases opened"),
    "case_event": QT_TRANSLATE_NOOP("SyncPage", "Case steps"),
    "payment": QT_TRANSLATE_NOOP("SyncPage", "Payments"),
    "payment_line": QT_TRANSLATE_NOOP("SyncPage", "Fee lines"),
    "tender": QT_TRANSLATE_NOOP("SyncPage", "Tenders"),
    "cash_movement": QT_TRANSLATE_NOOP("SyncPage", "Cash in and out"),
    "stock_movement": QT_TRANSLATE_NOOP("SyncPage", "Stock movements"),
}


def _now() -> datetime:
    return datetime.now(UTC)


class SyncPage(Retranslating, QWidget):
    def __init__(
        self,
        controller: SyncController,
        *,
        zone: tzinfo,
        currency: str,
        next_due: Callable[[], Due | None] = lambda: None,
        now: Callable[[], datetime] = _now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self.controller = controller
        self.zone = zone
        self.currency = currency
        self.next_due = next_due
        self.now = now
        self.title = QLabel(objectName="pageTitle")
        self.status_label = QLabel()
        self.status = QLabel(objectName="syncStatus", wordWrap=True)
        self.status.setStyleSheet("font-size: 19px; font-weight: bold;")
        self.attempt_label = QLabel()
        self.attempt = QLabel(objectName="syncAttempt", wordWrap=True)
        self.pending_label = QLabel()
        self.pending = QLabel(objectName="syncPending", wordWrap=True)
        self.next_label = QLabel()
        self.next = QLabel(objectName="syncNext", wordWrap=True)
        self.error_label = QLabel()
        self.error = QLabel(objectName="syncError", wordWrap=True)
        self.error.setStyleSheet(f"color: {RED};")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clock = QLabel(objectName="syncClock", wordWrap=True)
        self.clock.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.message = QLabel(objectName="syncMessage", wordWrap=True)
        self.button = QPushButton(objectName="syncNow")
        self.button.setAccessibleName("syncNow")
        self.button.setDefault(True)
        self.button.clicked.connect(self.sync_now)
        QShortcut(
            SYNC_KEY, self, self.sync_now, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.setFocusProxy(self.button)  # F6: Space or Enter syncs

        self.totals_title = QLabel(objectName="syncTotalsTitle")
        self.totals_title.setStyleSheet("font-weight: bold;")
        self.totals = QTableWidget(0, 4, objectName="syncTotals")
        self.totals.setAccessibleName("syncTotals")
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.totals.setTabKeyNavigation(False)
        self.totals.verticalHeader().setVisible(False)
        header = self.totals.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for label, value in (
            (self.status_label, self.status),
            (self.attempt_label, self.attempt),
            (self.pending_label, self.pending),
            (self.next_label, self.next),
            (self.error_label, self.error),
        ):
            form.addRow(label, value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.clock)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.totals_title)
        layout.addWidget(self.totals, 1)

        controller.started.connect(self._started)
        controller.finished.connect(self._finished)
        controller.status_changed.connect(self._status_read)
        self.retranslate()

    # -- doing -----------------------------------------------------------------------
    def sync_now(self) -> None:
        if not self.button.isEnabled():
            return
        self.controller.sync_now()

    def _started(self) -> None:
        self.button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Syncing with head office…"))

    def _finished(self, report: Report | None, problem: str | None) -> None:
        self._show_result(report, problem)
        self._show()
        # The disabled button gave the focus away: back to it, for the next Space.
        if self.isVisible() and self.button.isEnabled():
            here = QApplication.focusWidget()
            if here is None or self.isAncestorOf(here):
                self.button.setFocus()

    def _status_read(self, _status: SyncStatus) -> None:
        self._show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.refresh()

    # -- showing ---------------------------------------------------------------------
    def _local(self, moment: datetime) -> str:
        return moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")

    def ago(self, moment: datetime) -> str:
        """How long before now ``moment`` was, in short words."""
        seconds = (self.now() - moment).total_seconds()
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("{n} min ago").format(n=int(seconds // 60))
        if seconds < 48 * 3600:
            return self.tr("{n} h ago").format(n=int(seconds // 3600))
        return self.tr("{n} days ago").format(n=int(seconds // 86400))

    def _show(self) -> None:
        s = self.controller.status
        self.button.setEnabled(
            not self.controller.running and (s is None or s.enrolled)  # None: not read yet
        )
        if s is None:
            self.status.setText(self.tr("Reading…"))
            return
        overdue = s.overdue(self.now())
        self.status.setStyleSheet(
            f"font-size: 19px; font-weight: bold; color: {RED if overdue else GREEN};"
        )
        if not s.enrolled:
            self.status.setText(
                self.tr(
                    "Not enrolled with head office: ask head office for an enrolment token, "
                    "then run desk enroll"
                )
            )
        elif s.last_good_at is None:
            self.status.setText(self.tr("Never synced"))
        else:
            self.status.setText(
                self.tr("{when} ({ago})").format(
                    when=self._local(s.last_good_at), ago=self.ago(s.last_good_at)
                )
            )
        self.attempt.setText(
            self.tr("{when} ({ago})").format(
                when=self._local(s.last_attempt_at), ago=self.ago(s.last_attempt_at)
            )
            if s.last_attempt_at is not None
            else self.tr("None yet")
        )
        self.pending.setText(
            self.tr("{n} rows waiting to be sent to head office").format(n=f"{s.pending_rows:,}")
            if s.pending_rows
            else self.tr("Nothing waiting")
        )
        self.next.setText(self._next_text(s))
        error = s.error
        self.error.setText(error_text(error) if error is not None else self.tr("None"))
        self.error.setStyleSheet(f"color: {RED};" if error is not None else "")
        skew = None if s.clock_skew_ms is None else timedelta(milliseconds=s.clock_skew_ms)
        self.clock.setVisible(skew is not None and abs(skew) > SKEW_SHOWN)
        if skew is not None:
            minutes = max(1, round(abs(skew).total_seconds() / 60))
            self.clock.setText(
                (
                    self.tr("This PC's clock is {n} min ahead of head office's: set it right.")
                    if skew > timedelta(0)
                    else self.tr("This PC's clock is {n} min behind head office's: set it right.")
                ).format(n=minutes)
            )
        self._show_totals(s)

    def _next_text(self, s: SyncStatus) -> str:
        due = self.next_due() if s.enrolled else None
        if due is None:
            return self.tr("Not planned") if not s.enrolled else self.tr("At the set time")
        if due.due(self.now()):
            return self.tr("Now")
        why = {
            Why.NIGHTLY: self.tr("nightly"),
            Why.CATCH_UP: self.tr("to catch up"),
            Why.TRICKLE: self.tr("during the day"),
        }[due.why]
        return self.tr("{when} ({why})").format(when=self._local(due.at), why=why)

    def _show_totals(self, s: SyncStatus) -> None:
        rows = day_totals(s.hq_view)
        language = current_language()
        self.totals.setRowCount(len(rows))
        for n, row in enumerate(rows):
            what = TABLES.get(row.table)
            cells = (
                row.day.isoformat(),
                QCoreApplication.translate(_CTX, what) if what else row.table,
                f"{row.count:,}",
                ""
                if row.sum_minor is None
                else format_money(row.sum_minor, self.currency, language),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.totals.setItem(n, column, item)
        self.totals_title.setText(
            self.tr("Head office's view of this store after the last good sync")
            if rows
            else self.tr("Head office's view of this store: none yet (it comes with a good sync)")
        )

    def _show_result(self, report: Report | None, problem: str | None) -> None:
        if report is None:
            text, color = problem or self.tr("The sync did not run."), RED
        elif not report.ok:
            error = stored_error(report.error, report.error_code, report.error_values)
            text = self.tr("The sync failed: {error}").format(
                error=error_text(error) if error is not None else self.tr("no reason given")
            )
            color = RED
        else:
            text = self.tr("Synced: {n} rows sent in {s:.1f} s.").format(
                n=f"{report.pushed:,}", s=report.elapsed
            )
            color = GREEN
            got = report.records
            if got.added or got.changed:
                text += " " + self.tr(
                    "Customer and line records from head office: {added} new, {changed} changed."
                ).format(added=f"{got.added:,}", changed=f"{got.changed:,}")
            if got.passed_over:
                text += " " + self.tr(
                    "{n} records from head office could not be placed in this store "
                    "(their carrier or product is unknown here, or another line holds "
                    "their number or card)."
                ).format(n=f"{got.passed_over:,}")
                color = RED
            if report.mismatched_days:
                days = ", ".join(str(d) for d in report.mismatched_days)
                text += " " + self.tr(
                    "Head office's totals differed for {days}: those days were sent again."
                ).format(days=days)
                color = RED
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {color};")

    # -- the status bar --------------------------------------------------------------
    def status_bar(self) -> tuple[str, bool]:
        """The status bar's words, and whether they are a warning."""
        s, now = self.controller.status, self.now()
        if self.controller.running:
            return self.tr("Sync: syncing…"), False
        if s is None:
            return self.tr("Sync: …"), False
        if not s.enrolled:
            return self.tr("Sync: not enrolled"), False
        if s.last_good_at is None:
            return self.tr("Sync: never synced"), True
        if s.overdue(now):
            days = int((now - s.last_good_at).total_seconds() // 86400)
            return self.tr("No good sync for {n} days: call head office").format(n=days), True
        local = s.last_good_at.astimezone(self.zone)
        same_day = local.date() == now.astimezone(self.zone).date()
        when = local.strftime("%H:%M" if same_day else "%m-%d %H:%M")
        return self.tr("Sync: last good {when}").format(when=when), False

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync with head office"))
        self.status_label.setText(self.tr("Last good sync:"))
        self.attempt_label.setText(self.tr("Last attempt:"))
        self.pending_label.setText(self.tr("Waiting:"))
        self.next_label.setText(self.tr("Next sync:"))
        self.error_label.setText(self.tr("Last error:"))
        self.button.setText(with_key(self.tr("Sync now"), SYNC_KEY))
        self.totals.setHorizontalHeaderLabels(
            [self.tr("Business day"), self.tr("What"), self.tr("Count"), self.tr("Amount")]
        )
        self._show()
