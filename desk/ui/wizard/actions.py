"""The case services as the wizard calls them: bound once to the store's database, the
counter and the clerk at it (built by the composition root, passed down)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from desk.core.cases import CaseReason, Handover
from desk.core.checklist import ChecklistItem
from desk.core.enums import CardKind, DocumentKind
from desk.core.fees import Urgency
from desk.core.guard import APPROVABLE, GuardCode
from desk.core.one_time_code import CodeOutcome
from desk.core.staff import StaffMember
from desk.core.tenders import TenderInput
from desk.documents.form import render_form
from desk.documents.model import Layout
from desk.documents.receipt import render_receipt
from desk.services import (
    case_card,
    case_checks,
    case_flow,
    case_intake,
    line_actions,
    payment_docs,
    payments,
    reversals,
)
from desk.services.case_checks import CheckOutcome, CodeSent
from desk.services.case_context import CaseChange, Counter
from desk.services.case_wizard_reads import WizardLine, wizard_line
from desk.services.errors import DeskError
from desk.services.payments import Override, PaymentChange, Quote
from desk.store.db import Database
from desk.store.models import LineStatus
from desk.store.payment_models import PrintKind
from desk.ui.i18n import current_language
from desk.ui.texts import error_text


@dataclass(frozen=True)
class CaseActions:
    db: Database
    counter: Counter
    clerk: StaffMember
    pin_pepper: bytes
    staff: Callable[[], list[StaffMember]]  # who works here (the supervisors among them)
    receipt_layout: Layout = "80mm"  # Settings.receipt_layout
    form_language: str = "zh_HK"  # the form's Chinese when the UI is English (by region)

    def supervisors(self) -> list[StaffMember]:
        return [m for m in self.staff() if m.is_supervisor]

    def line(self, line_id: uuid.UUID) -> WizardLine:
        return wizard_line(self.db, self.counter, self.clerk, line_id)

    def report_lost(self, line_id: uuid.UUID, reason: CaseReason) -> LineStatus:
        return line_actions.report_lost(self.db, self.counter, self.clerk, line_id, reason)

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

    # -- the fee, the payment and the paper (desk.services.payments, payment_docs) -------
    def currency(self) -> str:
        return self.counter.store.currency

    def quote(self, case_id: uuid.UUID, urgency: Urgency) -> Quote:
        return payments.quote_case(self.db, self.counter, case_id, urgency)

    def pay(
        self,
        case_id: uuid.UUID,
        urgency: Urgency,
        tenders: Sequence[TenderInput],
        override: Override | None,
    ) -> PaymentChange:
        return payments.pay(
            self.db,
            self.counter,
            self.clerk,
            case_id,
            urgency=urgency,
            tenders=tenders,
            override=override,
            language=current_language(),
        )

    def check_supervisor(self, staff_id: uuid.UUID, pin: str) -> str | None:
        """None when the PIN is this supervisor's; else what is wrong, in words."""
        try:
            case_intake.supervisor(self.db, staff_id, pin, self.pin_pepper)
        except DeskError as exc:
            return error_text(exc)
        return None

    def receipt_pdf(self, number: str, copy_number: int) -> bytes:
        doc = payment_docs.receipt_doc(self.db, self.counter, number, copy_number=copy_number)
        return render_receipt(doc, self.receipt_layout)

    def form_pdf(self, application_number: str, copy_number: int) -> bytes:
        language = current_language()
        doc = payment_docs.form_doc(
            self.db,
            self.counter,
            application_number,
            language=language if language.startswith("zh") else self.form_language,
            copy_number=copy_number,
        )
        return render_form(doc)

    def copies(self, kind: PrintKind, number: str) -> int:
        """How many times it was printed so far: the next print's copy number."""
        return payment_docs.copies_printed(self.db, kind, number)

    def record_print(
        self,
        kind: PrintKind,
        number: str,
        approver: StaffMember | None = None,
        reason: str | None = None,
    ) -> int:
        return payment_docs.record_print(
            self.db, self.counter, self.clerk, kind, number, approver=approver, reason=reason
        )

    def reverse(
        self, number: str, *, refund: bool, staff_id: uuid.UUID, pin: str, reason: str
    ) -> PaymentChange:
        """A supervisor's void (``refund`` False) or refund of receipt ``number``: their
        own PIN first (a wrong one counts toward their lockout), then the reversal, which
        is theirs (:mod:`desk.services.reversals` decides whether it may be done)."""
        approver = case_intake.supervisor(self.db, staff_id, pin, self.pin_pepper)
        reverse = reversals.refund if refund else reversals.void
        return reverse(self.db, self.counter, approver, number, reason)

    def approver(self, staff_id: uuid.UUID, pin: str) -> StaffMember:
        return case_intake.supervisor(self.db, staff_id, pin, self.pin_pepper)

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
                line_actions.clear_failure_lock(self.db, self.counter, approver, line_id, reason)
            elif code is GuardCode.SIM_CHANGE_LOCK:
                line_actions.lift_sim_change_lock(self.db, self.counter, approver, case_id, reason)
        return approver
