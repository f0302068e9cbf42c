"""Blank SIMs moving in and out of the store's stock, each move a row of its day.

A movement is written in the transaction of the change that causes it: a case taking a
blank SIM (``issued``), giving it back when the clerk scans another or the case is
cancelled (``returned``), a card received into stock, or one found damaged. The Z
report and ``stock.csv`` count them per business day.

Error codes: ``sim_not_in_stock``, ``sim_not_available`` (a card issued or damaged
already), ``reason_required``.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk.core import identifiers as ids
from desk.core.staff import StaffMember
from desk.services.case_context import Counter, given_reason, log
from desk.services.errors import DeskError
from desk.store.day_models import StockMoveKind, StockMovement
from desk.store.db import Database
from desk.store.models import SimStock, StockStatus

__all__ = ["mark_damaged", "record"]


def record(
    s: Session,
    counter: Counter,
    stock_id: uuid.UUID,
    kind: StockMoveKind,
    *,
    member: StaffMember | None = None,
    case_id: uuid.UUID | None = None,
    reason: str | None = None,
) -> None:
    """One movement of one card, in the caller's transaction and business day."""
    s.add(
        StockMovement(
            store_id=counter.store.id,
            counter=counter.number,
            business_day=counter.business_day(),
            stock_id=stock_id,
            kind=kind,
            case_id=case_id,
            staff_id=member.id if member else None,
            reason=reason,
            at=counter.now(),
        )
    )


def mark_damaged(
    db: Database, counter: Counter, member: StaffMember, scanned: str, reason: str
) -> None:
    """A blank SIM in stock is found damaged: out of stock for good, with a reason."""
    iccid = ids.parse_iccid(scanned)
    why = given_reason(reason, "Please say what is wrong with the card.")
    with db.write() as s:
        stock = s.scalar(select(SimStock).where(SimStock.iccid == iccid))
        if stock is None or stock.store_id != counter.store.id:
            raise DeskError(
                "sim_not_in_stock", "This SIM is not in this store's stock.", iccid=iccid
            )
        done = s.execute(
            update(SimStock)
            .where(SimStock.id == stock.id, SimStock.status == StockStatus.IN_STOCK)
            .values(status=StockStatus.DAMAGED)
        )
        if done.rowcount != 1:  # type: ignore[attr-defined]
            raise DeskError(
                "sim_not_available",
                "This SIM is no longer in stock (given out or damaged already).",
                iccid=iccid,
            )
        record(s, counter, stock.id, StockMoveKind.DAMAGED, member=member, reason=why)
        log(s, counter, member, "stock.damaged", f"stock:{stock.id}", iccid_tail=iccid[-6:])
