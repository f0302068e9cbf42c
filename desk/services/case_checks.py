"""The identity checklist of a case (核验清单): each check recorded, never its secret.

Which items a case needs comes from the checklist reference data
(:mod:`desk.core.checklist`). The ID document's number is typed by the clerk from the
original and compared with the customer's record through the keyed hash only: a
mismatch says so without showing the stored number. A one-time code goes to the
registered contact through the notice outbox and is kept only as a keyed hash. Every
failed check is a row (item, method, failure code; for a failed ID, the keyed hash of
the document it was tried on, so failures count per line and per document).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.cases import CaseAction
from desk.core.checklist import (
    ChecklistItem,
    ChecklistState,
    ItemResult,
    SecretMethod,
    default_rules,
)
from desk.core.one_time_code import MAX_WRONG, CodeOutcome, OneTimeCode
from desk.core.roles import StaffAction
from desk.core.staff import StaffMember
from desk.services.case_context import CaseChange, Counter, change_of, load_case, log, move, require
from desk.services.customers import normalise_document
from desk.services.errors import DeskError
from desk.store.case_models import Case, CaseCode, Verification
from desk.store.db import Database
from desk.store.models import Customer, DocumentKind, IdentityDocument

OTP_PURPOSE = "one-time codes"


def checklist_state(s: Session, case: Case) -> ChecklistState:
    """The case's checklist: its required items and every result recorded so far."""
    state = default_rules().new_state(
        case.carrier_code, case.reason, case.card_kind, proxy=case.proxy
    )
    rows = s.scalars(
        select(Verification).where(Verification.case_id == case.id).order_by(Verification.at)
    ).all()
    results = tuple(
        ItemResult(ChecklistItem(r.item), r.passed, r.method, r.failure, r.at, r.staff_id)
        for r in rows
        if r.item in ChecklistItem.__members__.values()
    )
    return ChecklistState(state.required, results)


@dataclass(frozen=True)
class CheckOutcome:
    change: CaseChange
    item: ChecklistItem
    passed: bool
    failure: str | None
    missing: tuple[ChecklistItem, ...]  # what the checklist still needs


def _record(
    s: Session,
    counter: Counter,
    member: StaffMember,
    case: Case,
    result: ItemResult,
    document_hash: bytes | None = None,
) -> CheckOutcome:
    state = checklist_state(s, case).record(result)  # refuses an item or method not asked
    s.add(
        Verification(
            case_id=case.id,
            line_id=case.line_id,
            item=result.item.value,
            passed=result.passed,
            method=result.method,
            failure=result.failure,
            document_hash=document_hash,
            staff_id=member.id,
            at=counter.now(),
        )
    )
    log(
        s,
        counter,
        member,
        "check.passed" if result.passed else "check.failed",
        f"case:{case.id}",
        item=result.item,
        method=result.method,
        failure=result.failure,
    )
    return CheckOutcome(
        change_of(case), result.item, result.passed, result.failure, state.missing()
    )


def _open_draft(s: Session, case_id: uuid.UUID) -> Case:
    case = load_case(s, case_id)
    if case.status.value != "draft":
        raise DeskError("checks_closed", "This case's checks are done; nothing more to check.")
    return case


def record_check(
    db: Database,
    counter: Counter,
    member: StaffMember,
    case_id: uuid.UUID,
    item: ChecklistItem,
    *,
    passed: bool,
    method: str | None = None,
    failure: str | None = None,
) -> CheckOutcome:
    """A check the clerk judged at the counter (photo, name, proof, proxy papers, a
    service password the carrier's system confirmed)."""
    require(member, StaffAction.RECORD_CHECK)
    if item is ChecklistItem.ID_DOCUMENT_SIGHTED:
        raise DeskError("use_id_check", "The ID document is checked by typing its number.")
    with db.write() as s:
        case = _open_draft(s, case_id)
        result = ItemResult(
            item, passed, method, None if passed else failure, counter.now(), member.id
        )
        return _record(s, counter, member, case, result)


def check_id_document(
    db: Database,
    counter: Counter,
    member: StaffMember,
    case_id: uuid.UUID,
    kind: DocumentKind,
    typed: str,
) -> CheckOutcome:
    """The original ID document sighted, its number typed: does it match the record?

    A number that is not valid (a typo the check digit catches) is refused without a
    record, so that the clerk retypes it; a valid number that isn't the customer's is a
    failed check."""
    require(member, StaffAction.RECORD_CHECK)
    number = normalise_document(kind, typed)  # raises InvalidIdentifier: say, record nothing
    typed_hash = counter.cipher.hash(kind.value, number)
    with db.write() as s:
        case = _open_draft(s, case_id)
        hashes = set(
            s.scalars(
                select(IdentityDocument.number_hash).where(
                    IdentityDocument.customer_id == case.customer_id,
                    IdentityDocument.kind == kind,
                )
            ).all()
        )
        matched = typed_hash in hashes
        result = ItemResult(
            ChecklistItem.ID_DOCUMENT_SIGHTED,
            matched,
            kind.value,
            None if matched else "number_mismatch",
            counter.now(),
            member.id,
        )
        return _record(s, counter, member, case, result, None if matched else typed_hash)


@dataclass(frozen=True)
class CodeSent:
    change: CaseChange
    sent_to: str  # the contact, masked
    expires_minutes: int


def send_code(db: Database, counter: Counter, member: StaffMember, case_id: uuid.UUID) -> CodeSent:
    """A 6-digit code to the customer's registered contact, through the notice outbox."""
    from desk.services.case_notices import queue_for_case

    require(member, StaffAction.RECORD_CHECK)
    with db.write() as s:
        case = _open_draft(s, case_id)
        customer = s.get(Customer, case.customer_id)
        assert customer is not None
        if not (customer.contact_phone or customer.contact_email):
            raise DeskError("no_contact", "This customer has no registered contact for a code.")
        code, kept = OneTimeCode.issue(counter.cipher.derived_key(OTP_PURPOSE), counter.now())
        s.add(
            CaseCode(case_id=case.id, digest=kept.digest, salt=kept.salt, issued_at=kept.issued_at)
        )
        sent_to = queue_for_case(s, counter, case, customer, "one_time_code", code=code)
        log(s, counter, member, "check.code_sent", f"case:{case.id}", sent_to=sent_to)
        return CodeSent(change_of(case), sent_to, 10)


def enter_code(
    db: Database, counter: Counter, member: StaffMember, case_id: uuid.UUID, typed: str
) -> tuple[CodeOutcome, CheckOutcome | None]:
    """What the customer reads out: accepted, wrong (tries left), or a failed check
    (expired, or the third wrong entry)."""
    require(member, StaffAction.RECORD_CHECK)
    key = counter.cipher.derived_key(OTP_PURPOSE)
    with db.write() as s:
        case = _open_draft(s, case_id)
        row = s.scalar(
            select(CaseCode).where(CaseCode.case_id == case.id).order_by(CaseCode.issued_at.desc())
        )
        if row is None:
            raise DeskError("no_code", "Send a code first.")
        kept = OneTimeCode(row.digest, row.salt, row.issued_at, row.wrong, row.used)
        outcome, after = kept.check(typed, key, counter.now())
        already_failed = kept.wrong >= MAX_WRONG or row.used
        row.wrong, row.used = after.wrong, after.used
        if outcome is CodeOutcome.EXPIRED:
            row.used = True  # one failed check per code: the next entry asks for a new one
        method = SecretMethod.ONE_TIME_CODE.value
        if outcome is CodeOutcome.ACCEPTED:
            result = ItemResult(ChecklistItem.SECRET, True, method, None, counter.now(), member.id)
            return outcome, _record(s, counter, member, case, result)
        if outcome.failure is not None and not already_failed:
            result = ItemResult(
                ChecklistItem.SECRET, False, method, outcome.failure, counter.now(), member.id
            )
            return outcome, _record(s, counter, member, case, result)
        log(
            s,
            counter,
            member,
            "check.code_entry",
            f"case:{case.id}",
            outcome=outcome,
            tries_left=after.tries_left,
        )
        return outcome, None


def verify(db: Database, counter: Counter, member: StaffMember, case_id: uuid.UUID) -> CaseChange:
    """Every required check passed: the case is verified (and account details may show)."""
    with db.write() as s:
        case = load_case(s, case_id)
        missing = checklist_state(s, case).missing()
        if missing:
            raise DeskError(
                "checks_missing",
                "These checks have not passed yet: " + ", ".join(i.value for i in missing),
                items=[i.value for i in missing],
            )
        move(s, counter, member, case, CaseAction.VERIFY)
        return change_of(case)
