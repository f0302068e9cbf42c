"""What a receipt and an application form say, read from the database, and every print
of them (the first is the original; the first reprint any staff; later ones a supervisor).

The documents get the masked ID number only; the eSIM activation code is unsealed for
the customer's copy of the form and for nothing else.
"""

from __future__ import annotations

import uuid
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.phones import display_phone
from desk.core.staff import StaffMember
from desk.core.tenders import TENDER_LABELS
from desk.documents.model import (
    FeeLineText,
    FormDoc,
    Names,
    ReceiptDoc,
    StoreHeading,
    TenderText,
)
from desk.services import document_words as words
from desk.services.case_context import Counter, given_reason, log
from desk.services.errors import DeskError
from desk.services.reversals import find_receipt
from desk.store.case_models import Approval, Case, CaseEvent, Verification
from desk.store.db import Database
from desk.store.models import Carrier, Customer, IdentityDocument, Line, Product, Staff, Store
from desk.store.payment_models import DocumentPrint, Payment, PaymentLine, PrintKind, Tender

__all__ = ["copies_printed", "form_doc", "receipt_doc", "record_print", "store_heading"]

# Reprints up to this copy number need no supervisor (copy 1: the first reprint).
FREE_REPRINTS = 1


def _split_scripts(name: str) -> tuple[str, str]:
    """A store name written in both scripts ("Desk Demo Store 演示门店") as its Latin and
    its Chinese half; a name in one script only is both halves."""
    cut = next((i for i, ch in enumerate(name) if ord(ch) >= 0x2E80), len(name))
    latin, chinese = name[:cut].strip(), name[cut:].strip()
    if not latin or not chinese or any(ord(ch) >= 0x2E80 for ch in latin):
        return name, name
    return latin, chinese


def store_heading(s: Session, store_id: uuid.UUID) -> StoreHeading:
    """The store's name and address in each script, for a document's heading."""
    store = s.get(Store, store_id)
    assert store is not None
    en, hans = _split_scripts(store.name)
    hant = _split_scripts(store.name_zh_hant)[1] if store.name_zh_hant else hans
    address = store.address or store.address_zh_hant or store.address_zh or ""
    return StoreHeading(
        code=store.code,
        name=Names(en, hans, hant),
        address=Names(
            address,
            store.address_zh or store.address_zh_hant or address,
            store.address_zh_hant or store.address_zh or address,
        ),
        phone=store.phone,
    )


def _staff_name(s: Session, staff_id: uuid.UUID | None, language: str) -> str | None:
    if staff_id is None:
        return None
    staff = s.get(Staff, staff_id)
    if staff is None:
        return None
    if language == "zh_HK" and staff.display_name_zh_hant:
        return staff.display_name_zh_hant
    return staff.display_name


def _customer_name(customer: Customer, language: str) -> str:
    if language == "en":
        return customer.name_en or customer.name_zh or ""
    return customer.name_zh or customer.name_en or ""


def _document(s: Session, case: Case) -> IdentityDocument | None:
    """The ID document the case was checked with (else the customer's first)."""
    kind = s.scalar(
        select(Verification.method)
        .where(
            Verification.case_id == case.id,
            Verification.item == "id_document_sighted",
            Verification.passed.is_(True),
        )
        .order_by(Verification.at.desc())
        .limit(1)
    )
    docs = s.scalars(
        select(IdentityDocument)
        .where(IdentityDocument.customer_id == case.customer_id)
        .order_by(IdentityDocument.created_at)
    ).all()
    return next((d for d in docs if d.kind.value == kind), docs[0] if docs else None)


def _names(en: str, zh: str, hant: str) -> Names:
    return Names(en, zh, hant)


def receipt_doc(
    db: Database, counter: Counter, receipt_number: str, *, copy_number: int = 0
) -> ReceiptDoc:
    """The receipt (payment, void or refund) ``receipt_number`` says, to print."""
    with db.read() as s:
        payment = find_receipt(s, receipt_number)
        case = s.get(Case, payment.case_id)
        assert case is not None
        customer = s.get(Customer, case.customer_id)
        line = s.get(Line, case.line_id)
        assert customer is not None and line is not None
        language = payment.language
        schedule = counter.fees
        lines = tuple(
            FeeLineText(
                line_row.code,
                _names(*_label(schedule.label(line_row.code))),
                line_row.scheduled_minor,
                line_row.amount_minor,
            )
            for line_row in s.scalars(
                select(PaymentLine)
                .where(PaymentLine.payment_id == payment.id)
                .order_by(PaymentLine.seq)
            )
        )
        tenders = tuple(
            TenderText(
                t.kind,
                _names(*TENDER_LABELS.get(t.kind, (t.kind, t.kind, t.kind))),
                t.amount_minor,
                t.given_minor,
                t.change_minor,
                t.reference,
            )
            for t in s.scalars(
                select(Tender).where(Tender.payment_id == payment.id).order_by(Tender.seq)
            )
        )
        original = s.get(Payment, payment.original_id) if payment.original_id else None
        document = _document(s, case)
        return ReceiptDoc(
            kind=payment.kind.value,
            number=payment.receipt_number,
            issued_at=payment.at,
            timezone=counter.store.timezone,
            currency=payment.currency,
            language=language,
            store=store_heading(s, counter.store.id),
            clerk=_staff_name(s, payment.staff_id, language) or "",
            customer_name=_customer_name(customer, language),
            id_masked=document.number_masked if document else "",
            line_number=display_phone(line.msisdn),
            application_number=case.application_number,
            fee_lines=lines,
            total_minor=payment.total_minor,
            tenders=tenders,
            change_minor=sum(t.change_minor or 0 for t in tenders),
            original_number=original.receipt_number if original else None,
            reason=payment.reason,
            approved_by=_staff_name(s, payment.approved_by, language),
            copy_number=copy_number,
        )


def _label(label: object) -> tuple[str, str, str]:
    en, zh, hant = (getattr(label, k) for k in ("en", "zh_cn", "zh_hk"))
    return str(en), str(zh), str(hant)


def _form_language(counter: Counter, language: str) -> str:
    if language in ("zh_CN", "zh_HK"):
        return language
    return counter.chinese


def form_doc(
    db: Database,
    counter: Counter,
    application_number: str,
    *,
    language: str,
    customer_copy: bool = True,
    copy_number: int = 0,
) -> FormDoc:
    """The application form of a submitted case, to print: bilingual, Chinese in the
    script of ``language`` (English asks for the store's region's script)."""
    script = _form_language(counter, language)
    number = application_number.strip().upper()
    with db.read() as s:
        case = s.scalar(select(Case).where(Case.application_number == number))
        if case is None:
            raise DeskError(
                "no_case", "There is no case with this application number.", number=number
            )
        customer = s.get(Customer, case.customer_id)
        line = s.get(Line, case.line_id)
        assert customer is not None and line is not None
        carrier = s.get(Carrier, line.carrier_id)
        product = s.get(Product, line.product_id)
        assert carrier is not None and product is not None
        submitted = s.execute(
            select(CaseEvent.staff_id, CaseEvent.at)
            .where(CaseEvent.case_id == case.id, CaseEvent.action == "submit")
            .order_by(CaseEvent.seq.desc())
            .limit(1)
        ).first()
        clerk_id, issued_at = submitted if submitted else (case.opened_by, case.changed_at)
        payments = s.scalars(
            select(Payment).where(Payment.case_id == case.id).order_by(Payment.at)
        ).all()
        reversed_ids = {p.original_id for p in payments if p.original_id}
        standing = [p for p in payments if p.kind.value == "payment" and p.id not in reversed_ids]
        supervisor_id = s.scalar(
            select(Approval.supervisor_id)
            .where(Approval.case_id == case.id)
            .order_by(Approval.at)
            .limit(1)
        ) or next((p.approved_by for p in standing if p.approved_by), None)
        checks: list[Names] = []
        seen: set[str] = set()
        for item, method in s.execute(
            select(Verification.item, Verification.method)
            .where(Verification.case_id == case.id, Verification.passed.is_(True))
            .order_by(Verification.at)
        ):
            if item not in seen:
                seen.add(item)
                checks.append(words.check_words(item, method))
        document = _document(s, case)
        activation = None
        if customer_copy and case.activation_code_sealed is not None:
            activation = counter.cipher.unseal("activation_code", case.activation_code_sealed)
        device = " ".join(p for p in (case.device_brand, case.device_model) if p) or None
        return FormDoc(
            application_number=number,
            issued_at=issued_at,
            timezone=counter.store.timezone,
            language=script,
            store=store_heading(s, counter.store.id),
            clerk=_staff_name(s, clerk_id, script) or "",
            supervisor=_staff_name(s, supervisor_id, script),
            customer_name=" ".join(n for n in (customer.name_zh, customer.name_en) if n),
            id_kind=words.DOCUMENT_KINDS[document.kind.value]
            if document
            else words.DOCUMENT_KINDS["other"],
            id_masked=document.number_masked if document else "",
            line_number=display_phone(line.msisdn),
            carrier=Names(carrier.name_en, carrier.name_zh, carrier.name_zh_hant),
            product=Names(product.name_en, product.name_zh, product.name_zh_hant),
            card_kind="esim" if case.card_kind.value == "esim" else "sim",
            old_card=case.old_iccid or case.old_eid,
            new_card=case.new_iccid or case.new_eid,
            device=device,
            reason=words.REASONS[case.reason.value],
            handover=words.HANDOVERS[case.handover.value if case.handover else "counter"],
            courier_address=case.courier_address,
            fee_total_minor=sum(p.total_minor for p in standing),
            currency=counter.store.currency,
            receipt_number=standing[-1].receipt_number if standing else None,
            verification_methods=tuple(checks),
            activation_code=activation,
            customer_copy=customer_copy,
            copy_number=copy_number,
            declarations=words.DECLARATIONS,
        )


def _exists(s: Session, kind: PrintKind, number: str) -> bool:
    if kind is PrintKind.RECEIPT:
        return s.scalar(select(Payment.id).where(Payment.receipt_number == number)) is not None
    return s.scalar(select(Case.id).where(Case.application_number == number)) is not None


def copies_printed(db: Database, kind: Literal["receipt", "form"] | PrintKind, number: str) -> int:
    """How many times a document was printed: the copy number its next print gets."""
    with db.read() as s:
        found = s.scalar(
            select(func.count())
            .select_from(DocumentPrint)
            .where(DocumentPrint.kind == PrintKind(kind), DocumentPrint.number == number)
        )
        return int(found or 0)


def record_print(
    db: Database,
    counter: Counter,
    member: StaffMember,
    kind: Literal["receipt", "form"] | PrintKind,
    number: str,
    approver: StaffMember | None = None,
    reason: str | None = None,
) -> int:
    """Record one print of a receipt or form and return its copy number: 0 the original,
    1 the first reprint (any staff), 2+ only with a supervisor (``member`` or
    ``approver``, whose PIN the UI checked with ``case_intake.supervisor``). The
    supervisor's ``reason``, when given, is kept in the audit entry."""
    what = PrintKind(kind)
    number = number.strip().upper()
    why = given_reason(reason, "Please give a reason for the reprint.") if reason else None
    with db.write() as s:
        if not _exists(s, what, number):
            raise DeskError(
                "no_document",
                f"There is no {'receipt' if what is PrintKind.RECEIPT else 'application'} "
                "with this number.",
                number=number,
            )
        copy = s.scalar(
            select(func.count())
            .select_from(DocumentPrint)
            .where(DocumentPrint.kind == what, DocumentPrint.number == number)
        )
        copy = int(copy or 0)
        approved_by = None
        if copy > FREE_REPRINTS:
            who = approver or member
            if not who.is_supervisor:
                raise DeskError(
                    "reprint_needs_supervisor",
                    "This has been reprinted already: another copy needs a supervisor.",
                    number=number,
                    copies=copy,
                )
            approved_by = who.id
        s.add(
            DocumentPrint(
                store_id=counter.store.id,
                kind=what,
                number=number,
                copy_number=copy,
                staff_id=member.id,
                approved_by=approved_by,
                at=counter.now(),
            )
        )
        log(
            s,
            counter,
            member,
            "document.print" if copy == 0 else "document.reprint",
            f"{what.value}:{number}",
            copy=copy,
            approved_by=approved_by,
            **({"reason": why} if why else {}),
        )
        return copy
