"""What the Z report (日结报表) and the day's exports say: plain values, filled by
:mod:`desk.services.day_report` from the database, drawn by :mod:`desk.documents.zreport`
and written by :mod:`desk.services.exports`. Staff appear in rows by login, carriers and
products by code; ID and phone numbers only masked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from desk.core.day import CashFlow
from desk.core.wording import Names
from desk.documents.model import StoreHeading

__all__ = [
    "CaseEventRow",
    "CashMoveRow",
    "Count",
    "DayReport",
    "PaymentRow",
    "StockRow",
    "TenderRow",
    "Total",
]


@dataclass(frozen=True)
class PaymentRow:
    """One receipt of the day: a payment, or a void or refund of one."""

    receipt_number: str
    kind: str  # payment | void | refund
    at: datetime
    case_id: str  # the case's UUID, as text
    application_number: str | None
    carrier: str  # carrier code
    reason: str  # the case's reason code
    urgency: str
    scheduled_total_minor: int
    total_minor: int  # negative for a void or refund
    clerk: str  # staff login
    approved_by: str | None  # staff login
    original_receipt: str | None
    note: str | None  # why a waiver, a void or a refund


@dataclass(frozen=True)
class TenderRow:
    receipt_number: str
    seq: int
    kind: str
    amount_minor: int
    given_minor: int | None
    change_minor: int | None
    reference: str | None


@dataclass(frozen=True)
class CaseEventRow:
    """One step of a case taken on the day."""

    at: datetime
    case_id: str  # the case's UUID, as text
    seq: int
    action: str
    from_status: str | None
    to_status: str
    application_number: str | None
    carrier: str
    reason: str
    card_kind: str
    id_masked: str
    line_masked: str
    clerk: str
    note: str | None


@dataclass(frozen=True)
class StockRow:
    at: datetime
    kind: str  # received | issued | returned | damaged
    iccid: str
    product: str  # product code
    case_id: str | None  # the case's UUID, as text
    application_number: str | None
    clerk: str | None
    note: str | None


@dataclass(frozen=True)
class CashMoveRow:
    at: datetime
    kind: str  # in | out
    amount_minor: int
    reason: str
    staff: str  # login


@dataclass(frozen=True)
class Total:
    """One line of a total: a tender kind, carrier, reason, clerk or kind of receipt."""

    key: str  # the code (tender kind, carrier code, reason, staff login, receipt kind)
    label: Names
    count: int
    amount_minor: int


@dataclass(frozen=True)
class Count:
    """How many of something happened: case steps, blank SIM movements."""

    key: str
    label: Names
    count: int


@dataclass(frozen=True)
class DayReport:
    store: StoreHeading
    timezone: str  # the store's, for the times printed
    currency: str
    counter: int
    day: date
    status: str  # open | closed
    opened_at: datetime
    opened_by: Names
    closed_at: datetime | None
    closed_by: Names | None
    flow: CashFlow
    expected_minor: int | None  # as recorded at the close (None while open)
    counted_minor: int | None
    over_short_minor: int | None
    close_reason: str | None
    count: tuple[tuple[int, int], ...]  # (note or coin in minor units, how many), largest first
    cash_moves: tuple[CashMoveRow, ...]
    by_kind: tuple[Total, ...]  # payment, void, refund: count and total of each
    by_tender: tuple[Total, ...]
    by_carrier: tuple[Total, ...]
    by_reason: tuple[Total, ...]
    by_clerk: tuple[Total, ...]
    case_events: tuple[Count, ...]
    stock: tuple[Count, ...]
    payments: tuple[PaymentRow, ...]
    tenders: tuple[TenderRow, ...]
    cases: tuple[CaseEventRow, ...]
    stock_moves: tuple[StockRow, ...]
    staff_names: Mapping[str, Names]  # login -> name, for the lists

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    @property
    def reversals(self) -> tuple[PaymentRow, ...]:
        return tuple(p for p in self.payments if p.kind != "payment")
