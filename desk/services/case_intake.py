"""At the start of a case: open it through the fraud guard, and the supervisor's
decisions at the clerk's counter (what is done to a line itself, such as reporting it
lost, is :mod:`desk.services.line_actions`).

Reporting a line lost is its own transaction, done before anything else: the customer
may walk away and the suspension stays. The guard (:mod:`desk.core.guard`) is asked
with the facts read in the same transaction that opens the case, and its decision is
in the audit trail either way.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.cases import OPEN, CaseReason, CaseStatus
from desk.core.guard import (
    APPROVABLE,
    REFUSALS,
    Decision,
    GuardCode,
    GuardFacts,
    OpenCase,
    check_replacement,
)
from desk.core.roles import StaffAction
from desk.core.staff import StaffMember
from desk.services import auth, chain_facts
from desk.services.case_context import (
    CaseChange,
    Counter,
    change_of,
    load_case,
    log,
    require,
)
from desk.services.errors import DeskError
from desk.services.line_actions import CLEAR_FAILURES
from desk.services.line_actions import line_of as _line
from desk.store.case_models import Approval, Case, CaseEvent, LineEvent, Verification
from desk.store.db import Database
from desk.store.models import CardKind, Carrier, IdentityDocument, Line, Role


def guard_facts(
    s: Session,
    counter: Counter,
    member: StaffMember,
    line: Line,
    *,
    reason: CaseReason,
    card_kind: CardKind,
    proxy: bool = False,
    esim_move_without_old_device: bool = False,
    case: Case | None = None,
    chain: chain_facts.ChainLook | None = None,
) -> GuardFacts:
    """Everything the guard rules need, read in the caller's transaction; what head
    office said about the chain's other counters is ``chain`` (asked just now) or, for
    an existing case, the answer kept with it."""
    now = counter.now()
    since = now - counter.guard.failure_window - timedelta(hours=1)
    others = s.execute(
        select(Case.id, Case.status, Case.application_number).where(
            Case.line_id == line.id, Case.status.in_(OPEN)
        )
    ).all()
    activated = s.scalar(
        select(CaseEvent.at)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(Case.line_id == line.id, CaseEvent.to_status == CaseStatus.ACTIVATED)
        .order_by(CaseEvent.at.desc())
        .limit(1)
    )
    line_failures = s.scalars(
        select(Verification.at).where(
            Verification.line_id == line.id,
            Verification.passed.is_(False),
            Verification.at > since,
        )
    ).all()
    hashes = s.scalars(
        select(IdentityDocument.number_hash).where(IdentityDocument.customer_id == line.customer_id)
    ).all()
    document_failures = (
        s.scalars(
            select(Verification.at).where(
                Verification.document_hash.in_(hashes),
                Verification.passed.is_(False),
                Verification.at > since,
            )
        ).all()
        if hashes
        else []
    )
    cleared = s.scalar(
        select(LineEvent.at)
        .where(LineEvent.line_id == line.id, LineEvent.action == CLEAR_FAILURES)
        .order_by(LineEvent.at.desc())
        .limit(1)
    )
    approvals: frozenset[GuardCode] = frozenset()
    if case is not None:
        codes = s.scalars(select(Approval.code).where(Approval.case_id == case.id)).all()
        approvals = frozenset(GuardCode(c) for c in codes if c in GuardCode.__members__.values())
    if chain is None:
        chain = chain_facts.kept(s, case.id) if case is not None else chain_facts.NOT_ASKED
    return GuardFacts(
        now=now,
        staff_role=member.role,
        reason=reason,
        card_kind=card_kind,
        line_status=line.status,
        open_cases=tuple(
            OpenCase(i, st, no) for i, st, no in others if case is None or i != case.id
        ),
        last_activated_at=activated,
        line_failures=tuple(line_failures),
        document_failures=tuple(document_failures),
        failures_cleared_at=cleared,
        sim_change_lock=line.sim_change_lock,
        proxy=proxy,
        esim_move_without_old_device=esim_move_without_old_device,
        approvals=approvals,
        chain=chain.counts,
        chain_unreachable=chain.unreachable,
    )


def case_guard_facts(
    s: Session, counter: Counter, member: StaffMember, case: Case, line: Line
) -> GuardFacts:
    """The guard's facts for an existing case (its approvals in, itself left out)."""
    return guard_facts(
        s,
        counter,
        member,
        line,
        reason=case.reason,
        card_kind=case.card_kind,
        proxy=case.proxy,
        case=case,
        esim_move_without_old_device=(
            case.card_kind is CardKind.ESIM and case.old_device_present is False
        ),
    )


def _decide(
    s: Session, counter: Counter, member: StaffMember, subject: str, facts: GuardFacts
) -> Decision:
    decision = check_replacement(facts, counter.guard)
    extra: dict[str, object] = {}
    if facts.chain is not None or facts.chain_unreachable:
        # What head office said: where anything was found (store codes), or that it
        # could not be asked.
        extra["chain"] = list(facts.chain.stores) if facts.chain else "unreachable"
    log(
        s,
        counter,
        member,
        "guard.decision",
        subject,
        verdict=decision.verdict,
        findings=[f.code for f in decision.findings],
        approved=[f.code for f in decision.approved],
        **extra,
    )
    return decision


def open_case(
    db: Database,
    counter: Counter,
    member: StaffMember,
    line_id: uuid.UUID,
    reason: CaseReason,
    *,
    card_kind: CardKind | None = None,
    proxy: bool = False,
) -> CaseChange:
    """A new draft case for the line, if the guard allows one at all.

    Refusals (an open case, here or at another store or counter, a SIM-change lock, a
    terminated line, lost not yet reported) stop here. What a supervisor may approve
    (cooling period, proxy, the failure lock, head office not reachable) is asked again
    at submission, once the approvals are in.

    An enrolled Desk first asks head office about the chain's other counters (about a
    second at most, before the transaction); its answer is kept with the case.
    """
    require(member, StaffAction.OPEN_CASE)
    look = chain_facts.ask(db, counter, line_id)
    with db.write() as s:
        line = _line(s, line_id)
        kind = card_kind or line.product.card_kind
        facts = guard_facts(
            s, counter, member, line, reason=reason, card_kind=kind, proxy=proxy, chain=look
        )
        decision = _decide(s, counter, member, f"line:{line.id}", facts)
        # A SIM-change lock still lets the draft open: its full verification is what a
        # supervisor needs to lift the lock (lift_sim_change_lock); it can't be submitted
        # before.
        blocking = [
            f
            for f in decision.findings
            if f.code in REFUSALS and f.code is not GuardCode.SIM_CHANGE_LOCK
        ]
        if blocking:
            raise blocking[0].refusal()
        carrier = s.get(Carrier, line.carrier_id)
        assert carrier is not None
        now = counter.now()
        case = Case(
            store_id=counter.store.id,
            counter=counter.number,
            customer_id=line.customer_id,
            line_id=line.id,
            carrier_code=carrier.code,
            reason=reason,
            status=CaseStatus.DRAFT,
            card_kind=kind,
            proxy=proxy,
            old_iccid=line.iccid,
            old_eid=line.eid,
            opened_day=counter.business_day(),
            opened_by=member.id,
            opened_at=now,
            changed_at=now,
        )
        s.add(case)
        s.flush()
        s.add(
            CaseEvent(
                case_id=case.id,
                seq=1,
                action="open",
                from_status=None,
                to_status=CaseStatus.DRAFT,
                staff_id=member.id,
                at=now,
                counter=counter.number,
                business_day=case.opened_day,
            )
        )
        chain_facts.keep(s, counter, member, line.id, case.id, look)
        log(
            s,
            counter,
            member,
            "case.open",
            f"case:{case.id}",
            line=line.id,
            reason=reason,
            card_kind=kind,
            proxy=proxy,
        )
        return change_of(case)


def supervisor(
    db: Database, staff_id: uuid.UUID, pin: str, pepper: bytes, now: datetime | None = None
) -> StaffMember:
    """The supervisor whose own PIN was typed at the counter (wrong PINs count toward
    that supervisor's lockout, like at the login)."""
    member = auth.login(db, staff_id, pin, pepper=pepper, now=now)
    if member.role not in (Role.SUPERVISOR, Role.ADMIN):
        raise DeskError("supervisor_required", "Only a supervisor may approve this.")
    return member


def approve(
    db: Database,
    counter: Counter,
    clerk: StaffMember,
    approver: StaffMember,
    case_id: uuid.UUID,
    code: GuardCode,
    reason: str,
) -> CaseChange:
    """A supervisor's approval of one guard finding, for this one case."""
    if code not in APPROVABLE:
        raise DeskError("not_approvable", "This cannot be approved; it must be cleared.")
    require(approver, StaffAction.APPROVE_GUARD)
    if not reason.strip():
        raise DeskError("reason_required", "A supervisor's approval needs a reason.")
    with db.write() as s:
        case = load_case(s, case_id)
        s.add(
            Approval(
                case_id=case.id,
                code=code.value,
                supervisor_id=approver.id,
                requested_by=clerk.id,
                reason=reason.strip(),
                at=counter.now(),
            )
        )
        log(
            s,
            counter,
            approver,
            "guard.approve",
            f"case:{case.id}",
            finding=code,
            clerk=clerk.id,
            reason=reason.strip(),
        )
        return change_of(case)
