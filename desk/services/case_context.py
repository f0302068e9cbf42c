"""What every case service needs: the counter it runs at, and the case's own rows.

A :class:`Counter` is built once by the composition root (or a test, or the CLI) and
passed to every case call with the acting staff member; each call is one transaction
and returns what changed. Roles are enforced here, by the services, whatever the UI
offers (:func:`desk.core.roles.require_role`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.cases import MAX_REASON_LENGTH, CaseAction, CaseStatus, Transition, transition
from desk.core.chain import ChainAsk
from desk.core.fees import FeeSchedule, default_schedule
from desk.core.guard import GuardSettings
from desk.core.roles import StaffAction, require_role
from desk.core.staff import StaffMember, StoreInfo
from desk.core.tenders import DEFAULT_TENDERS
from desk.services import audit
from desk.services.errors import DeskError
from desk.store.case_models import Case, CaseEvent
from desk.store.keys import IdCipher
from desk.store.models import utcnow


@dataclass(frozen=True)
class Counter:
    """One Desk at one store's counter."""

    store: StoreInfo
    number: int  # 1-9, a store setting: two counters never make the same number
    cipher: IdCipher
    business_day: Callable[[], date]
    guard: GuardSettings = field(default_factory=GuardSettings)
    # A verified case is paid (desk.services.payments) before it is submitted.
    payment_required: bool = True
    clock: Callable[[], datetime] = utcnow
    # The tender kinds this store takes (Settings.tenders), and the fee schedule.
    tenders: tuple[str, ...] = DEFAULT_TENDERS
    fees: FeeSchedule = field(default_factory=default_schedule, repr=False)
    # Head office's view of the chain's other stores and counters for the guard
    # (desk.sync.chain_guard.chain_asker over the enrolment); None: not enrolled, the
    # guard works on this counter's rows alone.
    chain: ChainAsk | None = field(default=None, repr=False)

    def now(self) -> datetime:
        return self.clock()

    @property
    def chinese(self) -> str:
        """The Chinese this store's customers read: traditional characters (zh_HK) in
        Hong Kong, simplified (zh_CN) on the mainland — for forms and notices."""
        return "zh_CN" if self.store.region.upper() == "CN" else "zh_HK"


@dataclass(frozen=True)
class CaseChange:
    """What a case action changed: the app broadcasts it, views refresh."""

    case_id: uuid.UUID
    status: CaseStatus
    application_number: str | None = None
    customer_id: uuid.UUID | None = None
    line_id: uuid.UUID | None = None


def require(member: StaffMember, action: StaffAction | CaseAction) -> None:
    require_role(member.role, action)


def load_case(s: Session, case_id: uuid.UUID) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise DeskError("no_case", "This case is not in this store's records.")
    return case


def change_of(case: Case) -> CaseChange:
    return CaseChange(case.id, case.status, case.application_number, case.customer_id, case.line_id)


def log(
    s: Session,
    counter: Counter,
    member: StaffMember | None,
    action: str,
    subject: str,
    **details: Any,
) -> None:
    """One audit entry, in the caller's transaction."""
    audit.record(
        s,
        store_code=counter.store.code,
        staff_id=member.id if member else None,
        action=action,
        subject=subject,
        details=details,
        now=counter.now(),
    )


def given_reason(text: str | None, message: str, code: str = "reason_required") -> str:
    """A reason a person typed (a cancellation, an approval, a void), on one line;
    refused when empty (``code``, in ``message``'s words) or too long."""
    why = " ".join((text or "").split())
    if not why:
        raise DeskError(code, message)
    if len(why) > MAX_REASON_LENGTH:
        raise DeskError(
            "reason_too_long",
            f"Please keep the reason under {MAX_REASON_LENGTH} characters.",
            max=MAX_REASON_LENGTH,
            found=len(why),
        )
    return why


def move(
    s: Session,
    counter: Counter,
    member: StaffMember,
    case: Case,
    action: CaseAction,
    *,
    reason: str | None = None,
) -> Transition:
    """Apply one transition of the state machine to ``case``: refused unless the table
    allows it; recorded as a case event and in the audit trail."""
    require(member, action)
    done = transition(
        case.status,
        action,
        staff_id=member.id,
        at=counter.now(),
        reason=reason,
        handover=case.handover,
        payment_required=counter.payment_required,
    )
    seq = (s.scalar(select(func.max(CaseEvent.seq)).where(CaseEvent.case_id == case.id)) or 0) + 1
    s.add(
        CaseEvent(
            case_id=case.id,
            seq=seq,
            action=action.value,
            from_status=done.source,
            to_status=done.target,
            staff_id=member.id,
            reason=done.reason,
            at=done.at,
            counter=counter.number,
            business_day=counter.business_day(),
        )
    )
    case.status = done.target
    case.changed_at = done.at
    log(
        s,
        counter,
        member,
        "case.transition",
        f"case:{case.id}",
        move=action,
        source=done.source,
        target=done.target,
        reason=done.reason,
    )
    return done
