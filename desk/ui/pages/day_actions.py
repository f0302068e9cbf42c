"""The day services as the Day page calls them: bound once to the store's database, the
counter and the staff member logged in (built by the composition root)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desk.core.day import CashMoveKind
from desk.core.staff import StaffMember
from desk.services import case_intake, days
from desk.services.case_context import Counter
from desk.services.days import DayClosed, DaySummary
from desk.store.day_models import BusinessDay
from desk.store.db import Database

# Writes the closed day's Z report and exports from the closing transaction.
DayFiles = Callable[[Session, BusinessDay], None]


@dataclass(frozen=True)
class DayActions:
    db: Database
    counter: Counter
    member: StaffMember
    pin_pepper: bytes
    staff: Callable[[], list[StaffMember]]
    today: Callable[[], date]  # the store's calendar date: what a new day takes
    opening_float: int = 0  # Settings.opening_float_minor: the float a day starts with
    over_short_limit: int = 0  # Settings.over_short_limit_minor
    day_files: DayFiles | None = None
    day_folder: Callable[[date], Path] | None = field(default=None)
    after_close: Callable[[DayClosed], None] | None = None  # e.g. the backup

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
    ) -> DayClosed:
        approver = self.approver(staff_id, pin)
        closed = days.close_day(
            self.db,
            self.counter,
            approver,
            counted=counted,
            counted_total=counted_total,
            reason=reason,
            limit_minor=self.over_short_limit,
            write_files=self.day_files,
        )
        if self.after_close is not None:
            self.after_close(closed)
        return closed
