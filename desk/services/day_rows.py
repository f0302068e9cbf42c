"""The rows of one counter's business day, read for the exports and the Z report's lists:
every receipt, tender, case event, blank SIM movement and cash movement of the day.

Only facts of the day are read, and only through the day's indexes (payment
``ix_payment_business_day``, case_event ``ix_case_event_day``, stock and cash movement
``ix_*_day``; the rest by primary key), so a store of a million customers reads as
fast as a small one. Rows come in a fixed order: by time, then by id.

What a later day may still change is left out or pinned to the day's close
(``cutoff``), so that a closed day's rows read the same at any time: an application
number shows only if the case was submitted by the close; the masked ID number is that
of the customer's first document of the kind the case was checked with by the close.
Staff appear by login (a display name may change), carriers and products by code.

Speed: a busy day is some 20,000 rows, read inside the closing transaction. They are read
as SQLite stores them (``_raw``: no per-value conversion by SQLAlchemy, at the Core
level) and turned into values here: ids as UUID text, times as aware UTC datetimes.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, case, exists, select, type_coerce
from sqlalchemy.orm import Session, aliased

from desk.core.identifiers import mask
from desk.documents.day_model import CaseEventRow, CashMoveRow, PaymentRow, StockRow, TenderRow
from desk.store.case_models import Case, CaseEvent, Verification
from desk.store.day_models import CashMovement, StockMovement
from desk.store.models import IdentityDocument, Line, Product, SimStock, Staff
from desk.store.payment_models import Payment, Tender

__all__ = [
    "case_event_rows",
    "cash_move_rows",
    "event_day",
    "movement_day",
    "payment_day",
    "payment_rows",
    "stock_rows",
    "tender_rows",
]

_CHUNK = 500  # ids per IN (...) list


def _raw(column: Any) -> Any:
    """``column`` as SQLite stores it: a UUID's 32 hex digits, a time's text, an enum's
    value (SQLAlchemy converts nothing, so a big day reads several times faster)."""
    return type_coerce(column, String())


def _at(text: str) -> datetime:
    """A stored time (naive UTC text) as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _uid(hex32: str | None) -> str | None:
    """A stored UUID as its usual text, ``01a2098c-5a5b-7382-a3d4-5f1ed7009b73``."""
    if hex32 is None:
        return None
    h = hex32
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _rows(s: Session, query: Any) -> list[Any]:
    return list(s.connection().execute(query).all())


def payment_day(store_id: uuid.UUID, counter: int, day: date) -> tuple[Any, ...]:
    """The day's receipts (index ix_payment_business_day)."""
    return (Payment.business_day == day, Payment.counter == counter, Payment.store_id == store_id)


def event_day(store_id: uuid.UUID, counter: int, day: date) -> tuple[Any, ...]:
    """The day's case steps (index ix_case_event_day), joined to their case."""
    return (CaseEvent.business_day == day, CaseEvent.counter == counter, Case.store_id == store_id)


def movement_day(
    model: type[StockMovement] | type[CashMovement], store_id: uuid.UUID, counter: int, day: date
) -> tuple[Any, ...]:
    """The day's blank SIM or cash movements (their ``ix_*_day`` index)."""
    return (model.store_id == store_id, model.counter == counter, model.business_day == day)


def _application(cutoff: datetime | None) -> Any:  # a column or a CASE expression
    """The case's application number, if it was submitted by ``cutoff`` (the close)."""
    if cutoff is None:
        return Case.application_number
    event = aliased(CaseEvent)
    submitted = exists().where(
        event.case_id == Case.id, event.action == "submit", event.at <= cutoff
    )
    return case((submitted, Case.application_number), else_=None)


def payment_rows(
    s: Session, store_id: uuid.UUID, counter: int, day: date, cutoff: datetime | None
) -> tuple[PaymentRow, ...]:
    clerk, approver = aliased(Staff), aliased(Staff)
    original = aliased(Payment)
    query = (
        select(
            Payment.receipt_number,
            _raw(Payment.kind),
            _raw(Payment.at),
            _raw(Payment.case_id),
            _application(cutoff),
            Case.carrier_code,
            _raw(Case.reason),
            _raw(Payment.urgency),
            Payment.scheduled_total_minor,
            Payment.total_minor,
            clerk.login,
            approver.login,
            original.receipt_number,
            Payment.reason,
        )
        .join(Case, Case.id == Payment.case_id)
        .join(clerk, clerk.id == Payment.staff_id)
        .outerjoin(approver, approver.id == Payment.approved_by)
        .outerjoin(original, original.id == Payment.original_id)
        .where(*payment_day(store_id, counter, day))
        .order_by(Payment.at, Payment.id)
    )
    return tuple(
        PaymentRow(r[0], r[1], _at(r[2]), _uid(r[3]) or "", *r[4:]) for r in _rows(s, query)
    )


def tender_rows(s: Session, store_id: uuid.UUID, counter: int, day: date) -> tuple[TenderRow, ...]:
    query = (
        select(
            Payment.receipt_number,
            Tender.seq,
            Tender.kind,
            Tender.amount_minor,
            Tender.given_minor,
            Tender.change_minor,
            Tender.reference,
        )
        .join(Tender, Tender.payment_id == Payment.id)
        .where(*payment_day(store_id, counter, day))
        .order_by(Payment.at, Payment.id, Tender.seq)
    )
    return tuple(TenderRow(*row) for row in _rows(s, query))


def case_event_rows(
    s: Session, store_id: uuid.UUID, counter: int, day: date, cutoff: datetime | None
) -> tuple[CaseEventRow, ...]:
    query = (
        select(
            _raw(CaseEvent.at),
            _raw(CaseEvent.case_id),
            CaseEvent.seq,
            CaseEvent.action,
            _raw(CaseEvent.from_status),
            _raw(CaseEvent.to_status),
            _application(cutoff),
            Case.carrier_code,
            _raw(Case.reason),
            _raw(Case.card_kind),
            Line.msisdn,
            Staff.login,
            CaseEvent.reason,
            _raw(Case.customer_id),
        )
        .join(Case, Case.id == CaseEvent.case_id)
        .join(Line, Line.id == Case.line_id)
        .join(Staff, Staff.id == CaseEvent.staff_id)
        .where(*event_day(store_id, counter, day))
        .order_by(CaseEvent.at, CaseEvent.id)
    )
    rows = _rows(s, query)
    masked = _masked_ids(s, {r[1]: r[13] for r in rows}, cutoff)
    lines: dict[str, str] = {}  # a case has several steps: each line masked once
    for r in rows:
        if r[10] not in lines:
            lines[r[10]] = mask("phone", r[10])
    return tuple(
        CaseEventRow(
            at=_at(r[0]),
            case_id=_uid(r[1]) or "",
            seq=r[2],
            action=r[3],
            from_status=r[4],
            to_status=r[5],
            application_number=r[6],
            carrier=r[7],
            reason=r[8],
            card_kind=r[9],
            id_masked=masked.get(r[1], ""),
            line_masked=lines[r[10]],
            clerk=r[11],
            note=r[12],  # the event's own reason
        )
        for r in rows
    )


def stock_rows(
    s: Session, store_id: uuid.UUID, counter: int, day: date, cutoff: datetime | None
) -> tuple[StockRow, ...]:
    query = (
        select(
            _raw(StockMovement.at),
            _raw(StockMovement.kind),
            SimStock.iccid,
            Product.code,
            _raw(StockMovement.case_id),
            _application(cutoff),
            Staff.login,
            StockMovement.reason,
        )
        .join(SimStock, SimStock.id == StockMovement.stock_id)
        .join(Product, Product.id == SimStock.product_id)
        .outerjoin(Case, Case.id == StockMovement.case_id)
        .outerjoin(Staff, Staff.id == StockMovement.staff_id)
        .where(*movement_day(StockMovement, store_id, counter, day))
        .order_by(StockMovement.at, StockMovement.id)
    )
    return tuple(StockRow(_at(r[0]), r[1], r[2], r[3], _uid(r[4]), *r[5:]) for r in _rows(s, query))


def cash_move_rows(
    s: Session, store_id: uuid.UUID, counter: int, day: date
) -> tuple[CashMoveRow, ...]:
    query = (
        select(
            _raw(CashMovement.at),
            _raw(CashMovement.kind),
            CashMovement.amount_minor,
            CashMovement.reason,
            Staff.login,
        )
        .join(Staff, Staff.id == CashMovement.staff_id)
        .where(*movement_day(CashMovement, store_id, counter, day))
        .order_by(CashMovement.at, CashMovement.id)
    )
    return tuple(CashMoveRow(_at(r[0]), *r[1:]) for r in _rows(s, query))


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _masked_ids(s: Session, customers: dict[str, str], cutoff: datetime | None) -> dict[str, str]:
    """Case id -> the masked number of the ID document the case was checked with (as
    the receipt picks it: the kind of the last passed sighting, else the first document);
    ids as stored (hex)."""
    kinds: dict[str, str | None] = {}
    for chunk in _chunks(sorted(customers)):
        checks = (
            select(_raw(Verification.case_id), Verification.method)
            .where(
                _raw(Verification.case_id).in_(chunk),
                Verification.item == "id_document_sighted",
                Verification.passed.is_(True),
            )
            .order_by(Verification.at, Verification.id)
        )
        if cutoff is not None:
            checks = checks.where(Verification.at <= cutoff)
        for case_id, method in _rows(s, checks):
            kinds[case_id] = method  # the last one of each case wins
    documents: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for chunk in _chunks(sorted(set(customers.values()))):
        held = (
            select(
                _raw(IdentityDocument.customer_id),
                _raw(IdentityDocument.kind),
                IdentityDocument.number_masked,
            )
            .where(_raw(IdentityDocument.customer_id).in_(chunk))
            .order_by(IdentityDocument.created_at, IdentityDocument.id)
        )
        for customer_id, kind, masked in _rows(s, held):
            documents[customer_id].append((kind, masked))
    out: dict[str, str] = {}
    for case_id, customer_id in customers.items():
        docs = documents.get(customer_id, [])
        checked = kinds.get(case_id)
        out[case_id] = next((m for k, m in docs if k == checked), docs[0][1] if docs else "")
    return out
