"""What the case wizard reads to show (and resume) the case of one line: reads only.

One read transaction gives the line's open case, its checklist so far and what the
fraud guard would say about submitting it now (without recording a decision: only
:func:`desk.services.case_flow.submit` records one). Quick (a few indexed rows), so
the wizard may call it on the GUI thread after each action.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desk.core.cases import OPEN, CaseReason, CaseStatus, Handover
from desk.core.checklist import ChecklistState
from desk.core.guard import Decision, check_replacement
from desk.core.staff import StaffMember
from desk.services.case_checks import checklist_state
from desk.services.case_context import Counter
from desk.services.case_intake import case_guard_facts
from desk.store.case_models import Case
from desk.store.db import Database
from desk.store.models import CardKind, Line, LineStatus
from desk.store.payment_models import Payment, PaymentKind


@dataclass(frozen=True)
class WizardCase:
    """The line's open case as the wizard shows it."""

    id: uuid.UUID
    status: CaseStatus
    reason: CaseReason
    card_kind: CardKind
    proxy: bool
    checklist: ChecklistState
    guard: Decision  # what submitting now would meet
    new_iccid: str | None
    new_eid: str | None
    device_brand: str | None
    device_model: str | None
    activation_code_masked: str | None
    old_device_present: bool | None
    handover: Handover | None
    courier_address: str | None
    application_number: str | None
    receipt_number: str | None = None  # its payment's, unless voided


@dataclass(frozen=True)
class WizardLine:
    status: LineStatus
    sim_change_lock: bool
    case: WizardCase | None  # the line's open case, if it has one


def wizard_line(
    db: Database, counter: Counter, member: StaffMember, line_id: uuid.UUID
) -> WizardLine:
    with db.read() as s:
        line = s.get(Line, line_id)
        if line is None:
            from desk.services.errors import DeskError

            raise DeskError("no_line", "This line is not in this store's records.")
        case = s.scalar(
            select(Case)
            .where(Case.line_id == line.id, Case.status.in_(OPEN))
            .order_by(Case.opened_at.desc())
            .limit(1)
        )
        if case is None:
            return WizardLine(line.status, line.sim_change_lock, None)
        facts = case_guard_facts(s, counter, member, case, line)
        found = WizardCase(
            id=case.id,
            status=case.status,
            reason=case.reason,
            card_kind=case.card_kind,
            proxy=case.proxy,
            checklist=checklist_state(s, case),
            guard=check_replacement(facts, counter.guard),
            new_iccid=case.new_iccid,
            new_eid=case.new_eid,
            device_brand=case.device_brand,
            device_model=case.device_model,
            activation_code_masked=case.activation_code_masked,
            old_device_present=case.old_device_present,
            handover=case.handover,
            courier_address=case.courier_address,
            application_number=case.application_number,
            receipt_number=_receipt(s, case),
        )
        return WizardLine(line.status, line.sim_change_lock, found)


def _receipt(s: Session, case: Case) -> str | None:
    """The receipt of the case's payment still standing (a voided one is not)."""
    reversed_ = aliased(Payment)
    return s.scalar(
        select(Payment.receipt_number)
        .outerjoin(reversed_, reversed_.original_id == Payment.id)
        .where(
            Payment.case_id == case.id,
            Payment.kind == PaymentKind.PAYMENT,
            reversed_.id.is_(None),
        )
        .order_by(Payment.at.desc())
        .limit(1)
    )


def case_line(db: Database, case_id: uuid.UUID) -> uuid.UUID:
    """The line of a case (to show a case just submitted, no longer only "open")."""
    with db.read() as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case.line_id
