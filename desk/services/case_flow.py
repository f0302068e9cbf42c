"""A case after its checks: submission (with its application number and the notice to
the customer), the carrier's answer, the card's way to the customer, activation, and
cancellation."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.cases import CaseAction, CaseStatus
from desk.core.numbers import format_number
from desk.core.staff import StaffMember
from desk.services import chain_facts
from desk.services.case_card import release_card
from desk.services.case_context import CaseChange, Counter, change_of, load_case, log, move
from desk.services.case_intake import _decide, case_guard_facts
from desk.services.case_notices import queue_for_case
from desk.services.errors import DeskError
from desk.store.case_models import Case, LineEvent
from desk.store.db import Database
from desk.store.models import CardKind, Customer, Line, LineStatus


def _next_sequence(s: Session, counter: Counter, day_text: str) -> int:
    prefix = f"{counter.store.code}-{counter.number}-{day_text}-"
    # A range on the unique index (a LIKE would read every case: it ignores the index).
    numbers = s.scalars(
        select(Case.application_number).where(
            Case.application_number >= prefix, Case.application_number < prefix + "~"
        )
    ).all()
    return max((int(n.rsplit("-", 1)[1]) for n in numbers if n), default=0) + 1


def submit(db: Database, counter: Counter, member: StaffMember, case_id: uuid.UUID) -> CaseChange:
    """Submit the case: the guard once more (approvals in), a new card chosen, the
    handover set, then the application number and the notice, in one transaction.

    An enrolled Desk asks head office about the chain once more first, and keeps its
    answer with the case in a transaction of its own (it stands even if the
    submission is refused: the wizard then shows what the guard met)."""
    look = chain_facts.ask_for_case(db, counter, case_id)
    chain_facts.keep_for_case(db, counter, member, case_id, look)
    with db.write() as s:
        case = load_case(s, case_id)
        line = s.get(Line, case.line_id)
        assert line is not None
        facts = case_guard_facts(s, counter, member, case, line)
        decision = _decide(s, counter, member, f"case:{case.id}", facts)
        if not decision.allowed:
            decision.raise_unless_allowed()
        move(s, counter, member, case, CaseAction.SUBMIT)  # refused unless the table allows
        if case.card_kind is CardKind.SIM and case.new_stock_id is None:
            raise DeskError("card_missing", "Scan the new SIM card before submitting.")
        if case.card_kind is CardKind.ESIM and case.new_eid is None:
            raise DeskError("card_missing", "Enter the new phone's EID before submitting.")
        if case.handover is None:
            raise DeskError("handover_missing", "Choose how the customer gets the new card.")
        day = counter.business_day()
        sequence = _next_sequence(s, counter, day.strftime("%Y%m%d"))
        case.application_number = format_number(counter.store.code, counter.number, day, sequence)
        case.submitted_day = day
        customer = s.get(Customer, case.customer_id)
        assert customer is not None
        if customer.contact_phone or customer.contact_email:
            queue_for_case(s, counter, case, customer, "case_submitted")
        log(
            s,
            counter,
            member,
            "case.submitted",
            f"case:{case.id}",
            application_number=case.application_number,
        )
        return change_of(case)


# The next actions a clerk may take on a submitted case, in the order the queue offers.
FOLLOW_UP = (
    CaseAction.REVIEW,
    CaseAction.APPROVE,
    CaseAction.REJECT,
    CaseAction.ISSUE_CARD,
    CaseAction.SHIP,
    CaseAction.DELIVER,
    CaseAction.ACTIVATE,
)


def advance(
    db: Database,
    counter: Counter,
    member: StaffMember,
    case_id: uuid.UUID,
    action: CaseAction,
    *,
    reason: str | None = None,
    tracking_number: str | None = None,
) -> CaseChange:
    """One step of a submitted case, as the carrier and the courier report it."""
    if action not in FOLLOW_UP:
        raise DeskError("not_a_follow_up", "Use the case's own step for this.")
    with db.write() as s:
        case = load_case(s, case_id)
        if action is CaseAction.SHIP:
            if not (tracking_number or "").strip():
                raise DeskError("tracking_required", "Type the courier's tracking number.")
            case.tracking_number = tracking_number.strip()[:60] if tracking_number else None
        move(s, counter, member, case, action, reason=reason)
        if action is CaseAction.ACTIVATE:
            _activate(s, counter, member, case)
        return change_of(case)


def _activate(s: Session, counter: Counter, member: StaffMember, case: Case) -> None:
    """The new card works: the line points at it, and the customer is told."""
    line = s.get(Line, case.line_id)
    assert line is not None
    if case.card_kind is CardKind.SIM:
        line.iccid, line.eid = case.new_iccid, None
    else:
        line.iccid, line.eid = None, case.new_eid
    from desk.store.models import tail_key

    line.iccid_tail_key, line.eid_tail_key = tail_key(line.iccid), tail_key(line.eid)
    if line.status is LineStatus.SUSPENDED:
        line.status = LineStatus.ACTIVE
    s.add(
        LineEvent(
            line_id=line.id,
            case_id=case.id,
            action="new_card",
            staff_id=member.id,
            at=counter.now(),
        )
    )
    customer = s.get(Customer, case.customer_id)
    if customer is not None and (customer.contact_phone or customer.contact_email):
        queue_for_case(s, counter, case, customer, "case_activated")


def cancel(
    db: Database, counter: Counter, member: StaffMember, case_id: uuid.UUID, reason: str
) -> CaseChange:
    """Cancel the case (any state before activation), with a reason; a blank SIM taken
    for it goes back to stock."""
    with db.write() as s:
        case = load_case(s, case_id)
        done = move(s, counter, member, case, CaseAction.CANCEL, reason=reason)
        if done.source in _CARD_STILL_HERE:
            release_card(s, counter, member, case)
        return change_of(case)


# Until the card is issued to the customer, a cancelled case's blank SIM is still here.
_CARD_STILL_HERE = frozenset(
    {
        CaseStatus.DRAFT,
        CaseStatus.VERIFIED,
        CaseStatus.PAID,
        CaseStatus.SUBMITTED,
        CaseStatus.UNDER_REVIEW,
        CaseStatus.APPROVED,
    }
)
