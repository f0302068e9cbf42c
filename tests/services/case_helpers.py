"""A counter, blank SIMs and a walked-through checklist, for the case tests."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from desk.core.cases import CaseReason, Handover
from desk.core.checklist import ChecklistItem, SecretMethod
from desk.core.enums import DocumentKind
from desk.services import case_card, case_checks, case_intake, line_actions
from desk.services.case_context import Counter
from desk.store.case_models import Case
from desk.store.models import Line, Product, SimStock, StockStatus
from tests.factories import WONG_HKID, TestStore, with_luhn


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.at = start or datetime(2026, 11, 23, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


def counter_for(store: TestStore, clock: Callable[[], datetime] | None = None) -> Counter:
    return Counter(
        store=store.store,
        number=1,
        cipher=store.cipher,
        business_day=lambda: date(2026, 11, 23),
        clock=clock or Clock(),
    )


def add_blank_sims(store: TestStore, product_code: str, count: int = 3) -> list[str]:
    with store.db.write() as s:
        product = s.scalar(select(Product).where(Product.code == product_code))
        assert product is not None
        taken = {i for (i,) in s.execute(select(SimStock.iccid))}
        iccids = [with_luhn(f"8985201999{len(taken) + n:09d}") for n in range(count)]
        for iccid in iccids:
            s.add(
                SimStock(
                    store_id=store.store.id,
                    product_id=product.id,
                    iccid=iccid,
                    status=StockStatus.IN_STOCK,
                )
            )
    return iccids


def line_of(store: TestStore, msisdn: str) -> uuid.UUID:
    with store.db.read() as s:
        line = s.scalar(select(Line).where(Line.msisdn == msisdn))
        assert line is not None
        return line.id


def pass_all_checks(
    store: TestStore, counter: Counter, case_id: uuid.UUID, kind: DocumentKind, number: str
) -> None:
    """Every required item passed, as a clerk would record them (a password for the
    secret: the carrier's system confirmed it)."""
    member = store.clerk
    case_checks.check_id_document(store.db, counter, member, case_id, kind, number)
    with store.db.read() as s:
        case = s.get(Case, case_id)
        assert case is not None
        missing = case_checks.checklist_state(s, case).missing()
    for item in missing:
        method = SecretMethod.SERVICE_PASSWORD.value if item is ChecklistItem.SECRET else None
        if item is ChecklistItem.PROXY_ID:
            method = DocumentKind.HKID.value
        case_checks.record_check(
            store.db, counter, member, case_id, item, passed=True, method=method
        )


def pay_case(store: TestStore, counter: Counter, case_id: uuid.UUID) -> str:
    """The case's fee paid in cash, exactly; returns the receipt number."""
    from desk.core.fees import Urgency
    from desk.core.tenders import TenderInput
    from desk.services import payments

    total = payments.quote_case(store.db, counter, case_id, Urgency.NORMAL).total_minor
    tenders = [TenderInput("cash", total)] if total else []
    done = payments.pay(
        store.db, counter, store.clerk, case_id, urgency=Urgency.NORMAL, tenders=tenders
    )
    return done.receipt_number


CHAN_LINE = "+85251234567"


def verified_case(store, counter, msisdn=CHAN_LINE, handover=Handover.COUNTER):
    number = "A123456(3)" if msisdn == CHAN_LINE else WONG_HKID
    line = line_of(store, msisdn)
    line_actions.report_lost(store.db, counter, store.clerk, line, CaseReason.LOST)
    case_id = case_intake.open_case(store.db, counter, store.clerk, line, CaseReason.LOST).case_id
    pass_all_checks(store, counter, case_id, DocumentKind.HKID, number)
    case_checks.verify(store.db, counter, store.clerk, case_id)
    case_card.choose_sim(
        store.db, counter, store.clerk, case_id, add_blank_sims(store, "CMHK-DATA", 1)[0]
    )
    address = "Flat 1, 2 Nathan Road, Kowloon" if handover is Handover.COURIER else None
    case_card.set_handover(store.db, counter, store.clerk, case_id, handover, address)
    return case_id


def paid_case(store: TestStore, counter: Counter) -> tuple[uuid.UUID, str]:
    """Chan's line reported lost, a case checked, a blank SIM chosen and the fee
    (HK$100.00) paid in cash on ``counter``'s business day; not yet submitted.
    Returns the case and its receipt number."""
    case_id = verified_case(store, counter)
    return case_id, pay_case(store, counter, case_id)
