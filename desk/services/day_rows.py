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
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, exists, select
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
    "payment_rows",
    "stock_rows",
    "tender_rows",
]

_CHUNK = 500  # ids per IN (...) list


def _application(cutoff: datetime | None) -> Any:  # a column or a CASE expression
    """The case's application number, if it was submitted by ``cutoff`` (the close)."""
    if cutoff is None:
        return Case.application_number
    event = aliased(CaseEvent)
    submitted = exists().where(
        event.case_id == Case.id, event.action == "submit", event.at <= cutoff
    )
    return case((submitted, Case.application_number), else_=None)


def _value(x: Any) -> Any:
    """An enum column's plain value."""
    return getattr(x, "value", x)


def payment_rows(
    s: Session, store_id: uuid.UUID, counter: int, day: date, cutoff: datetime | None
) -> tuple[PaymentRow, ...]:
    clerk, approver = aliased(Staff), aliased(Staff)
    original = aliased(Payment)
    query = (
        select(
            Payment.receipt_number,
            Payment.kind,
            Payment.at,
            Payment.case_id,
            _application(cutoff),
            Case.carrier_code,
            Case.reason,
            Payment.urgency,
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
        .where(
            Payment.business_day == day, Payment.counter == counter, Payment.store_id == store_id
        )
        .order_by(Payment.at, Payment.id)
    )
    return tuple(PaymentRow(*(_value(v) for v in row)) for row in s.execute(query))


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
        .where(
            Payment.business_day == day, Payment.counter == counter, Payment.store_id == store_id
        )
        .order_by(Payment.at, Payment.id, Tender.seq)
    )
    return tuple(TenderRow(*row) for row in s.execute(query))


def case_event_rows(
    s: Session, store_id: uuid.UUID, counter: int, day: date, cutoff: datetime | None
) -> tuple[CaseEventRow, ...]:
    query = (
        select(
            CaseEvent.at,
            CaseEvent.case_id,
            CaseEvent.seq,
            CaseEvent.action,
            CaseEvent.from_status,
            CaseEvent.to_status,
            _application(cutoff),
            Case.carrier_code,
            Case.reason,
            Case.card_kind,
            Line.msisdn,
            Staff.login,
            CaseEvent.reason,
            Case.customer_id,
        )
        .join(Case, Case.id == CaseEvent.case_id)
        .join(Line, Line.id == Case.line_id)
        .join(Staff, Staff.id == CaseEvent.staff_id)
        .where(
            CaseEvent.business_day == day, CaseEvent.counter == counter, Case.store_id == store_id
        )
        .order_by(CaseEvent.at, CaseEvent.id)
    )
    rows = s.execute(query).all()
    masked = _masked_ids(s, {r.case_id: r.customer_id for r in rows}, cutoff)
    return tuple(
        CaseEventRow(
            at=r[0],
            case_id=r[1],
            seq=r[2],
            action=r[3],
            from_status=_value(r[4]),
            to_status=_value(r[5]),
            application_number=r[6],
            carrier=r[7],
            reason=_value(r[8]),
            card_kind=_value(r[9]),
            id_masked=masked.get(r.case_id, ""),
            line_masked=mask("phone", r.msisdn),
            clerk=r.login,
            note=r[12],  # the event's own reason
        )
        for r in rows
    )


def stock_rows(
    s: Session, store_id: uuid.UUID, counter: int, day: date, cutoff: datetime | None
) -> tuple[StockRow, ...]:
    query = (
        select(
            StockMovement.at,
            StockMovement.kind,
            SimStock.iccid,
            Product.code,
            StockMovement.case_id,
            _application(cutoff),
            Staff.login,
            StockMovement.reason,
        )
        .join(SimStock, SimStock.id == StockMovement.stock_id)
        .join(Product, Product.id == SimStock.product_id)
        .outerjoin(Case, Case.id == StockMovement.case_id)
        .outerjoin(Staff, Staff.id == StockMovement.staff_id)
        .where(
            StockMovement.store_id == store_id,
            StockMovement.counter == counter,
            StockMovement.business_day == day,
        )
        .order_by(StockMovement.at, StockMovement.id)
    )
    return tuple(StockRow(*(_value(v) for v in row)) for row in s.execute(query))


def cash_move_rows(
    s: Session, store_id: uuid.UUID, counter: int, day: date
) -> tuple[CashMoveRow, ...]:
    query = (
        select(
            CashMovement.at,
            CashMovement.kind,
            CashMovement.amount_minor,
            CashMovement.reason,
            Staff.login,
            Staff.id,
        )
        .join(Staff, Staff.id == CashMovement.staff_id)
        .where(
            CashMovement.store_id == store_id,
            CashMovement.counter == counter,
            CashMovement.business_day == day,
        )
        .order_by(CashMovement.at, CashMovement.id)
    )
    return tuple(CashMoveRow(*(_value(v) for v in row)) for row in s.execute(query))


def _chunks(ids: Sequence[uuid.UUID]) -> Iterator[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _masked_ids(
    s: Session, customers: dict[uuid.UUID, uuid.UUID], cutoff: datetime | None
) -> dict[uuid.UUID, str]:
    """Case id -> the masked number of the ID document the case was checked with (as
    the receipt picks it: the kind of the last passed sighting, else the first document)."""
    kinds: dict[uuid.UUID, str | None] = {}
    for chunk in _chunks(sorted(customers)):
        checks = (
            select(Verification.case_id, Verification.method)
            .where(
                Verification.case_id.in_(chunk),
                Verification.item == "id_document_sighted",
                Verification.passed.is_(True),
            )
            .order_by(Verification.at, Verification.id)
        )
        if cutoff is not None:
            checks = checks.where(Verification.at <= cutoff)
        for case_id, method in s.execute(checks):
            kinds[case_id] = method  # the last one of each case wins
    documents: dict[uuid.UUID, list[tuple[Any, str]]] = defaultdict(list)
    for chunk in _chunks(sorted(set(customers.values()))):
        held = (
            select(
                IdentityDocument.customer_id,
                IdentityDocument.kind,
                IdentityDocument.number_masked,
            )
            .where(IdentityDocument.customer_id.in_(chunk))
            .order_by(IdentityDocument.created_at, IdentityDocument.id)
        )
        for customer_id, kind, masked in s.execute(held):
            documents[customer_id].append((_value(kind), masked))
    out: dict[uuid.UUID, str] = {}
    for case_id, customer_id in customers.items():
        docs = documents.get(customer_id, [])
        checked = kinds.get(case_id)
        chosen = next((m for k, m in docs if k == checked), docs[0][1] if docs else "")
        out[case_id] = chosen
    return out
