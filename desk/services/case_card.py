"""The new card of a case, and how it reaches the customer.

A physical SIM is scanned from the store's blank stock: it must be in stock, of the
line's product and not given to another case. It is taken in the same transaction
(``UPDATE … WHERE status = 'in_stock'`` under SQLite's write lock, and a unique
``replacement_case.new_stock_id``), so two counters scanning the same card at once
never both get it. An eSIM is for a device: its EID (checked), brand and model, and
the activation code (checked, kept sealed like an ID number, shown masked).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk.core import identifiers as ids
from desk.core.cases import Handover
from desk.core.roles import StaffAction
from desk.core.staff import StaffMember
from desk.services import stock as stock_moves
from desk.services.case_context import CaseChange, Counter, change_of, load_case, log, require
from desk.services.errors import DeskError
from desk.store.case_models import Case
from desk.store.day_models import StockMoveKind
from desk.store.db import Database
from desk.store.models import CardKind, Line, SimStock, StockStatus

ISSUED, RETURNED = StockMoveKind.ISSUED, StockMoveKind.RETURNED
_CHOOSING = ("draft", "verified", "paid")  # the card may change until submission


def _choosing(s: Session, case_id: uuid.UUID) -> Case:
    case = load_case(s, case_id)
    if case.status.value not in _CHOOSING:
        raise DeskError("card_fixed", "This case is submitted: its new card cannot change.")
    return case


def _release_stock(s: Session, counter: Counter, member: StaffMember, case: Case) -> None:
    if case.new_stock_id is not None:
        back = s.execute(
            update(SimStock)
            .where(SimStock.id == case.new_stock_id, SimStock.status == StockStatus.ISSUED)
            .values(status=StockStatus.IN_STOCK)
        )
        if back.rowcount == 1:  # type: ignore[attr-defined]
            moved = case.new_stock_id
            stock_moves.record(s, counter, moved, RETURNED, member=member, case_id=case.id)
        case.new_stock_id = None
        case.new_iccid = None


def choose_sim(
    db: Database, counter: Counter, member: StaffMember, case_id: uuid.UUID, scanned: str
) -> CaseChange:
    """The blank SIM the clerk scanned becomes this case's new card."""
    require(member, StaffAction.OPEN_CASE)
    iccid = ids.parse_iccid(scanned)  # InvalidIdentifier: the scan is refused as it is
    with db.write() as s:
        case = _choosing(s, case_id)
        line = s.get(Line, case.line_id)
        assert line is not None
        if case.card_kind is not CardKind.SIM:
            raise DeskError("not_a_sim_case", "This case replaces an eSIM: scan the phone's EID.")
        stock = s.scalar(select(SimStock).where(SimStock.iccid == iccid))
        if stock is None or stock.store_id != counter.store.id:
            raise DeskError(
                "sim_not_in_stock", "This SIM is not in this store's stock.", iccid=iccid
            )
        if stock.product_id != line.product_id:
            raise DeskError(
                "sim_wrong_product",
                "This blank SIM is for another product than this line's.",
                iccid=iccid,
            )
        if case.new_stock_id == stock.id:
            return change_of(case)
        _release_stock(s, counter, member, case)
        taken = s.execute(
            update(SimStock)
            .where(SimStock.id == stock.id, SimStock.status == StockStatus.IN_STOCK)
            .values(status=StockStatus.ISSUED)
        )
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            raise DeskError("sim_taken", "This SIM has already been given out.", iccid=iccid)
        case.new_stock_id, case.new_iccid = stock.id, iccid
        stock_moves.record(s, counter, stock.id, ISSUED, member=member, case_id=case.id)
        case.changed_at = counter.now()
        log(s, counter, member, "case.card", f"case:{case.id}", kind="sim", iccid_tail=iccid[-6:])
        return change_of(case)


def choose_esim(
    db: Database,
    counter: Counter,
    member: StaffMember,
    case_id: uuid.UUID,
    *,
    eid: str,
    brand: str,
    model: str,
    activation_code: str,
    old_device_present: bool,
) -> CaseChange:
    """The eSIM's new device and its activation code."""
    require(member, StaffAction.OPEN_CASE)
    checked_eid = ids.parse_eid(eid)
    code = ids.parse_activation_code(activation_code)
    if not brand.strip() or not model.strip():
        raise DeskError("device_required", "Type the new phone's brand and model.")
    with db.write() as s:
        case = _choosing(s, case_id)
        if case.card_kind is not CardKind.ESIM:
            raise DeskError("not_an_esim_case", "This case replaces a SIM card: scan a blank SIM.")
        case.new_eid = checked_eid
        case.device_brand, case.device_model = brand.strip()[:40], model.strip()[:60]
        case.old_device_present = old_device_present
        case.activation_code_sealed = counter.cipher.seal("activation_code", str(code))
        case.activation_code_masked = ids.mask("activation_code", str(code))
        case.changed_at = counter.now()
        log(
            s,
            counter,
            member,
            "case.card",
            f"case:{case.id}",
            kind="esim",
            eid_tail=checked_eid[-6:],
            old_device_present=old_device_present,
        )
        return change_of(case)


def set_handover(
    db: Database,
    counter: Counter,
    member: StaffMember,
    case_id: uuid.UUID,
    handover: Handover,
    address: str | None = None,
) -> CaseChange:
    """At the counter now, or by courier to an address (carriers quote 3-7 days)."""
    require(member, StaffAction.OPEN_CASE)
    address = (address or "").strip()
    if handover is Handover.COURIER and len(address) < 8:
        raise DeskError("address_required", "Type the address the courier delivers to.")
    with db.write() as s:
        case = _choosing(s, case_id)
        courier_before = case.handover is Handover.COURIER
        if case.status.value == "paid" and courier_before != (handover is Handover.COURIER):
            # The courier's fee was (or was not) paid: the fee would no longer match.
            raise DeskError(
                "handover_paid",
                "The fee is paid for this way of handing over the card: a supervisor must "
                "void the payment before it changes.",
            )
        case.handover = handover
        case.courier_address = address if handover is Handover.COURIER else None
        case.changed_at = counter.now()
        log(s, counter, member, "case.handover", f"case:{case.id}", handover=handover)
        return change_of(case)


def release_card(s: Session, counter: Counter, member: StaffMember, case: Case) -> None:
    """A cancelled case gives its blank SIM back to stock."""
    _release_stock(s, counter, member, case)
