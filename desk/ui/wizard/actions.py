"""The case services as the wizard calls them: bound once to the store's database, the
counter and the clerk at it (built by the composition root, passed down)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desk.core.cases import CaseReason, Handover
from desk.core.checklist import ChecklistItem
from desk.core.enums import CardKind, DocumentKind
from desk.core.guard import APPROVABLE, GuardCode
from desk.core.one_time_code import CodeOutcome
from desk.core.staff import StaffMember
from desk.services import case_card, case_checks, case_flow, case_intake
from desk.services.case_checks import CheckOutcome, CodeSent
from desk.services.case_context import CaseChange, Counter
from desk.services.case_wizard_reads import WizardLine, wizard_line
from desk.store.db import Database
from desk.store.models import LineStatus


@dataclass(frozen=True)
class CaseActions:
    db: Database
    counter: Counter
    clerk: StaffMember
    pin_pepper: bytes
    staff: Callable[[], list[StaffMember]]  # who works here (the supervisors among them)

    def supervisors(self) -> list[StaffMember]:
        return [m for m in self.staff() if m.is_supervisor]

    def line(self, line_id: uuid.UUID) -> WizardLine:
        return wizard_line(self.db, self.counter, self.clerk, line_id)

    def report_lost(self, line_id: uuid.UUID, reason: CaseReason) -> LineStatus:
        return case_intake.report_lost(self.db, self.counter, self.clerk, line_id, reason)

    def open_case(
        self, line_id: uuid.UUID, reason: CaseReason, card_kind: CardKind | None, proxy: bool
    ) -> CaseChange:
        return case_intake.open_case(
            self.db, self.counter, self.clerk, line_id, reason, card_kind=card_kind, proxy=proxy
        )

    def check_id(self, case_id: uuid.UUID, kind: DocumentKind, typed: str) -> CheckOutcome:
        return case_checks.check_id_document(
            self.db, self.counter, self.clerk, case_id, kind, typed
        )

    def record(
        self,
        case_id: uuid.UUID,
        item: ChecklistItem,
        passed: bool,
        method: str | None = None,
        failure: str | None = None,
    ) -> CheckOutcome:
        return case_checks.record_check(
            self.db,
            self.counter,
            self.clerk,
            case_id,
            item,
            passed=passed,
            method=method,
            failure=failure,
        )

    def send_code(self, case_id: uuid.UUID) -> CodeSent:
        return case_checks.send_code(self.db, self.counter, self.clerk, case_id)

    def enter_code(self, case_id: uuid.UUID, typed: str) -> tuple[CodeOutcome, CheckOutcome | None]:
        return case_checks.enter_code(self.db, self.counter, self.clerk, case_id, typed)

    def verify(self, case_id: uuid.UUID) -> CaseChange:
        return case_checks.verify(self.db, self.counter, self.clerk, case_id)

    def choose_sim(self, case_id: uuid.UUID, scanned: str) -> CaseChange:
        return case_card.choose_sim(self.db, self.counter, self.clerk, case_id, scanned)

    def choose_esim(
        self,
        case_id: uuid.UUID,
        *,
        eid: str,
        brand: str,
        model: str,
        activation_code: str,
        old_device_present: bool,
    ) -> CaseChange:
        return case_card.choose_esim(
            self.db,
            self.counter,
            self.clerk,
            case_id,
            eid=eid,
            brand=brand,
            model=model,
            activation_code=activation_code,
            old_device_present=old_device_present,
        )

    def set_handover(
        self, case_id: uuid.UUID, handover: Handover, address: str | None = None
    ) -> CaseChange:
        return case_card.set_handover(self.db, self.counter, self.clerk, case_id, handover, address)

    def submit(self, case_id: uuid.UUID) -> CaseChange:
        return case_flow.submit(self.db, self.counter, self.clerk, case_id)

    def supervisor_settles(
        self,
        staff_id: uuid.UUID,
        pin: str,
        reason: str,
        *,
        case_id: uuid.UUID,
        line_id: uuid.UUID,
        codes: Iterable[GuardCode],
    ) -> StaffMember:
        """The supervisor's own PIN, then their approval (or clearance) of each finding."""
        approver = case_intake.supervisor(self.db, staff_id, pin, self.pin_pepper)
        for code in codes:
            if code in APPROVABLE:
                case_intake.approve(
                    self.db, self.counter, self.clerk, approver, case_id, code, reason
                )
            elif code is GuardCode.FAILURE_LOCK:
                case_intake.clear_failure_lock(self.db, self.counter, approver, line_id, reason)
            elif code is GuardCode.SIM_CHANGE_LOCK:
                case_intake.lift_sim_change_lock(self.db, self.counter, approver, case_id, reason)
        return approver
