"""How the demo's customers pay, and how the supervisor takes a payment back.

Every tender kind in turn, cash with change (a HK$500 note), now and then two tenders,
now and then an emergency. The first payment of a fee is voided by the supervisor (a
wrong urgency) and taken again; a payment is taken back later by a void the same business
day, or by a refund on a later one (:func:`desk.services.reversals`).
"""

from __future__ import annotations

import uuid
from datetime import date

from desk.core.fees import Urgency
from desk.core.staff import StaffMember
from desk.core.tenders import CASH, DEFAULT_TENDERS, TenderInput
from desk.services import payments, reversals
from desk.services.case_context import Counter
from desk.store.db import Database

__all__ = ["Till"]


class Till:
    """The counter's payments, and the receipt standing for each paid case."""

    def __init__(self, supervisor: StaffMember) -> None:
        self.supervisor = supervisor
        self.turn = 0
        self.voided = False
        self.standing: dict[uuid.UUID, tuple[str, date]] = {}  # case → (receipt, day)

    def _tenders(self, total: int) -> list[TenderInput]:
        if not total:
            return []
        kind = DEFAULT_TENDERS[self.turn % len(DEFAULT_TENDERS)]
        self.turn += 1
        if kind == CASH:
            given = (total // 50_000 + 1) * 50_000  # a HK$500 note
            return [TenderInput(CASH, given)]
        if self.turn % 4 == 0 and total >= 200:
            half = total // 2
            return [TenderInput(kind, half, f"R{self.turn:05d}"), TenderInput(CASH, total - half)]
        return [TenderInput(kind, total, f"R{self.turn:05d}")]

    def pay(self, db: Database, counter: Counter, clerk: StaffMember, case_id: uuid.UUID) -> None:
        urgency = Urgency.EMERGENCY if self.turn % 6 == 5 else Urgency.NORMAL
        total = payments.quote_case(db, counter, case_id, urgency).total_minor
        tenders = self._tenders(total)
        done = payments.pay(
            db, counter, clerk, case_id, urgency=urgency, tenders=tenders, language="zh_HK"
        )
        if not self.voided and done.total_minor:
            self.voided = True
            reversals.void(
                db, counter, self.supervisor, done.receipt_number, "Wrong urgency chosen."
            )
            done = payments.pay(
                db, counter, clerk, case_id, urgency=urgency, tenders=tenders, language="en"
            )
        self.standing[case_id] = (done.receipt_number, counter.business_day())

    def take_back(self, db: Database, counter: Counter, case_id: uuid.UUID, reason: str) -> None:
        """The supervisor voids the case's payment (today's) or refunds it (an earlier
        day's, now locked in its closed day)."""
        receipt, day = self.standing.pop(case_id)
        if day == counter.business_day():
            reversals.void(db, counter, self.supervisor, receipt, reason)
        else:
            reversals.refund(db, counter, self.supervisor, receipt, reason)
