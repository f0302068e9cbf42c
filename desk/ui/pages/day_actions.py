"""The day services as the Day page calls them: bound once to the store's database, the
counter and the staff member logged in (built by the composition root)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.config import Paths
from desk.core.day import CashMoveKind
from desk.core.staff import StaffMember
from desk.services import case_intake, days
from desk.services.case_context import Counter
from desk.services.day_files import write_day_files, zreport_name
from desk.services.days import DayClosed, DaySummary
from desk.store.backups import daily_backup
from desk.store.db import Database


@dataclass(frozen=True)
class DayDone:
    """A day closed, and the folder of its Z report and exports."""

    closed: DayClosed
    folder: Path

    @property
    def zreport(self) -> Path:
        return self.folder / zreport_name(self.closed.day)


@dataclass(frozen=True)
class DayActions:
    db: Database
    counter: Counter
    member: StaffMember
    pin_pepper: bytes
    staff: Callable[[], list[StaffMember]]
    today: Callable[[], date]  # the store's calendar date: what a new day takes
    opening_float: int = 0  # Settings.opening_float: the float a day starts with
    over_short_limit: int = 0  # Settings.over_short_limit
    paths: Paths | None = None  # where the day's files and backups go
    language: Callable[[], str] = lambda: "zh_HK"  # the Z report's Chinese

    @property
    def currency(self) -> str:
        return self.counter.store.currency

    def supervisors(self) -> list[StaffMember]:
        return [m for m in self.staff() if m.is_supervisor]

    def summary(self) -> DaySummary | None:
        return days.summary(self.db, self.counter)

    def open(self, float_minor: int) -> date:
        return days.open_day(self.db, self.counter, self.member, float_minor, self.today())

    def approver(self, staff_id: uuid.UUID, pin: str) -> StaffMember:
        return case_intake.supervisor(self.db, staff_id, pin, self.pin_pepper)

    def cash_move(
        self, staff_id: uuid.UUID, pin: str, kind: CashMoveKind, amount: int, reason: str
    ) -> None:
        approver = self.approver(staff_id, pin)
        days.cash_move(self.db, self.counter, approver, kind, amount, reason)

    def close(
        self,
        staff_id: uuid.UUID,
        pin: str,
        *,
        counted: Mapping[int, int] | None,
        counted_total: int | None,
        reason: str,
    ) -> DayDone:
        """The close, with the day's Z report and exports written by its transaction."""
        assert self.paths is not None
        approver = self.approver(staff_id, pin)
        with write_day_files(self.paths, self.counter.store, self.language()) as files:
            closed = days.close_day(
                self.db,
                self.counter,
                approver,
                counted=counted,
                counted_total=counted_total,
                reason=reason,
                limit_minor=self.over_short_limit,
                write_files=files,
            )
        assert files.written is not None
        return DayDone(closed, files.written)

    def backup(self, day: date) -> Path:
        """The closed day's checked copy of the database (after the close, off the
        clerk's way): ``backups/desk-day-YYYY-MM-DD.sqlite3``."""
        assert self.paths is not None
        return daily_backup(self.db, self.paths.backups, day).backup.path
