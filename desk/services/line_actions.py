"""What is done to a line outside a case's own steps, each in its own transaction with
its line event and audit entry: reported lost (挂失, before anything else: the customer
may walk away and the suspension stays), the suspension lifted, the lock after failed
checks cleared, the customer's SIM-change lock lifted."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.cases import OPEN, CaseReason
from desk.core.roles import StaffAction, check_lift_sim_change_lock
from desk.core.staff import StaffMember
from desk.services.case_context import (
    CaseChange,
    Counter,
    change_of,
    given_reason,
    load_case,
    log,
    require,
)
from desk.services.errors import DeskError
from desk.store.case_models import Case, LineEvent
from desk.store.db import Database
from desk.store.models import Line, LineStatus

REPORT_LOST, LIFT_SUSPENSION = "report_lost", "lift_suspension"
CLEAR_FAILURES, LIFT_LOCK = "clear_failure_lock", "lift_sim_change_lock"


def line_of(s: Session, line_id: uuid.UUID) -> Line:
    line = s.get(Line, line_id)
    if line is None:
        raise DeskError("no_line", "This line is not in this store's records.")
    return line


def report_lost(
    db: Database, counter: Counter, member: StaffMember, line_id: uuid.UUID, reason: CaseReason
) -> LineStatus:
    """挂失: suspend the line at once, in its own transaction."""
    require(member, StaffAction.REPORT_LOST)
    with db.write() as s:
        line = line_of(s, line_id)
        if line.status is LineStatus.TERMINATED:
            raise DeskError("line_terminated", "This line has been terminated: no new card.")
        if line.status is not LineStatus.SUSPENDED:
            line.status = LineStatus.SUSPENDED
            _line_event(s, counter, member, line, REPORT_LOST, reason.value)
        return line.status


def lift_suspension(
    db: Database, counter: Counter, member: StaffMember, line_id: uuid.UUID, reason: str
) -> LineStatus:
    """The card was found after all: the line works again, without a replacement."""
    require(member, StaffAction.LIFT_SUSPENSION)
    why = given_reason(reason, "Say why the suspension is lifted.")
    with db.write() as s:
        line = line_of(s, line_id)
        if line.status is not LineStatus.SUSPENDED:
            raise DeskError("not_suspended", "This line is not suspended.")
        open_case = s.scalar(
            select(Case.id).where(Case.line_id == line.id, Case.status.in_(OPEN)).limit(1)
        )
        if open_case is not None:
            raise DeskError(
                "case_open", "Cancel this line's open case before lifting its suspension."
            )
        line.status = LineStatus.ACTIVE
        _line_event(s, counter, member, line, LIFT_SUSPENSION, why)
        return line.status


def _line_event(
    s: Session,
    counter: Counter,
    member: StaffMember,
    line: Line,
    action: str,
    reason: str,
    *,
    case: Case | None = None,
    supervisor: bool = False,
) -> None:
    """A line event and its audit entry (``line.<action>``)."""
    s.add(
        LineEvent(
            line_id=line.id,
            case_id=case.id if case else None,
            action=action,
            staff_id=member.id,
            approved_by=member.id if supervisor else None,
            reason=reason,
            at=counter.now(),
        )
    )
    extra = {"case": case.id} if case else {}
    log(s, counter, member, f"line.{action}", f"line:{line.id}", reason=reason, **extra)


def clear_failure_lock(
    db: Database, counter: Counter, approver: StaffMember, line_id: uuid.UUID, reason: str
) -> None:
    """A supervisor clears a line's lock after failed checks: older failures stop counting."""
    require(approver, StaffAction.CLEAR_FAILURE_LOCK)
    why = given_reason(reason, "Say why the lock is cleared.")
    with db.write() as s:
        _line_event(s, counter, approver, line_of(s, line_id), CLEAR_FAILURES, why, supervisor=True)


def lift_sim_change_lock(
    db: Database, counter: Counter, approver: StaffMember, case_id: uuid.UUID, reason: str
) -> CaseChange:
    """A supervisor lifts the customer's SIM-change lock on the case's line, once every
    check of the case's checklist has passed."""
    from desk.services.case_checks import checklist_state

    why = given_reason(reason, "Say why the SIM-change lock is lifted.")
    with db.write() as s:
        case = load_case(s, case_id)
        line = line_of(s, case.line_id)
        check_lift_sim_change_lock(approver.role, checklist_state(s, case).is_complete())
        line.sim_change_lock = False
        _line_event(s, counter, approver, line, LIFT_LOCK, why, case=case, supervisor=True)
        return change_of(case)
