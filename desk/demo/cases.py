"""The demo store's cases: a shop at work, made through the real case services.

After the bulk build, a :class:`~desk.services.case_context.Counter` on the finished
demo store opens ~30 cases as a clerk would — report lost where the reason asks, the
ID number typed, every checklist item, a blank SIM from stock, the handover, the
submission — and moves each on to where the queue should show it: a few open in every
state (draft … delivered), and finished ones (activated, cancelled, rejected). Every
step leaves its case events and audit entries, as at a real counter.

The clock is fixed (:data:`START`, a few minutes per step) and the lines are drawn by
the seeded generator, so a seed always gives the same cases, states, application
numbers and times. (Their ids are UUIDv7 made by the services from the real clock's
randomness, like every row a clerk makes.)
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from desk.core.cases import CaseAction, CaseReason, CaseStatus, Handover, needs_report_lost
from desk.core.checklist import ChecklistItem, SecretMethod
from desk.core.enums import CardKind, DocumentKind, LineStatus, Role, StockStatus
from desk.core.fees import Urgency
from desk.core.staff import StaffMember
from desk.core.tenders import CASH, DEFAULT_TENDERS, TenderInput
from desk.services import auth, case_card, case_checks, case_flow, case_intake, payments, reversals
from desk.services.case_context import Counter
from desk.services.stores import current_store
from desk.store.case_models import Case
from desk.store.db import Database
from desk.store.keys import IdCipher
from desk.store.models import IdentityDocument, Line, Product, SimStock

START = datetime(2026, 11, 5, 1, 30, tzinfo=UTC)  # the first demo case, 09:30 in HK

# (state to leave it in, how many, handover): ~30 cases.
PLAN: tuple[tuple[CaseStatus, int, Handover], ...] = (
    (CaseStatus.DRAFT, 3, Handover.COUNTER),
    (CaseStatus.VERIFIED, 3, Handover.COUNTER),
    (CaseStatus.PAID, 2, Handover.COURIER),
    (CaseStatus.SUBMITTED, 3, Handover.COUNTER),
    (CaseStatus.UNDER_REVIEW, 3, Handover.COURIER),
    (CaseStatus.APPROVED, 3, Handover.COUNTER),
    (CaseStatus.CARD_ISSUED, 3, Handover.COURIER),
    (CaseStatus.SHIPPED, 3, Handover.COURIER),
    (CaseStatus.DELIVERED, 3, Handover.COUNTER),
    (CaseStatus.ACTIVATED, 3, Handover.COUNTER),
    (CaseStatus.CANCELLED, 2, Handover.COUNTER),
    (CaseStatus.REJECTED, 2, Handover.COURIER),
)
# The way from submitted to each state, for each handover.
_AFTER_SUBMIT = {
    CaseStatus.SUBMITTED: (),
    CaseStatus.UNDER_REVIEW: (CaseAction.REVIEW,),
    CaseStatus.APPROVED: (CaseAction.APPROVE,),
    CaseStatus.CARD_ISSUED: (CaseAction.APPROVE, CaseAction.ISSUE_CARD),
    CaseStatus.SHIPPED: (CaseAction.APPROVE, CaseAction.ISSUE_CARD, CaseAction.SHIP),
    CaseStatus.DELIVERED: (CaseAction.APPROVE, CaseAction.ISSUE_CARD, CaseAction.DELIVER),
    CaseStatus.ACTIVATED: (
        CaseAction.APPROVE,
        CaseAction.ISSUE_CARD,
        CaseAction.DELIVER,
        CaseAction.ACTIVATE,
    ),
    CaseStatus.REJECTED: (CaseAction.REVIEW, CaseAction.REJECT),
    CaseStatus.CANCELLED: (CaseAction.APPROVE, CaseAction.CANCEL),
}
_REASONS = (CaseReason.LOST, CaseReason.DAMAGED, CaseReason.STOLEN, CaseReason.ACCOUNT_ANOMALY)
_WORDS = {
    CaseAction.REJECT: "The carrier could not confirm the registration. 运营商无法核实登记资料。",
    CaseAction.CANCEL: "The customer found the old card. 客户已找回旧卡。",
}
_ADDRESS = "Flat 12B, 88 Nathan Road, Tsim Sha Tsui, Kowloon 九龍尖沙咀彌敦道88號12樓B室"


class _Till:
    """How the demo's customers pay: every tender kind in turn, cash with change, now
    and then two tenders, now and then an emergency; the first payment is voided by the
    supervisor (a wrong urgency) and taken again."""

    def __init__(self, supervisor: StaffMember) -> None:
        self.supervisor = supervisor
        self.turn = 0
        self.voided = False

    def pay(self, db: Database, counter: Counter, clerk: StaffMember, case_id: uuid.UUID) -> None:
        urgency = Urgency.EMERGENCY if self.turn % 6 == 5 else Urgency.NORMAL
        total = payments.quote_case(db, counter, case_id, urgency).total_minor
        tenders: list[TenderInput] = []
        if total:
            kind = DEFAULT_TENDERS[self.turn % len(DEFAULT_TENDERS)]
            self.turn += 1
            if kind == CASH:
                given = (total // 50_000 + 1) * 50_000  # a HK$500 note
                tenders = [TenderInput(CASH, given)]
            elif self.turn % 4 == 0 and total >= 200:
                tenders = [TenderInput(kind, total // 2, f"R{self.turn:05d}")]
                tenders.append(TenderInput(CASH, total - total // 2))
            else:
                tenders = [TenderInput(kind, total, f"R{self.turn:05d}")]
        done = payments.pay(
            db, counter, clerk, case_id, urgency=urgency, tenders=tenders, language="zh_HK"
        )
        if not self.voided:
            self.voided = True
            reversals.void(
                db, counter, self.supervisor, done.receipt_number, "Wrong urgency chosen."
            )
            payments.pay(
                db, counter, clerk, case_id, urgency=urgency, tenders=tenders, language="en"
            )


class DemoClock:
    """The fixed clock the demo counter runs on: a few minutes per step."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at

    def tick(self, minutes: float) -> None:
        self.at += timedelta(minutes=minutes)


@dataclass(frozen=True)
class _Candidate:
    line_id: uuid.UUID
    kind: DocumentKind
    number: str  # the full ID number, as the clerk types it from the document
    stock: str  # a blank SIM of the line's product


def _candidates(
    db: Database, cipher: IdCipher, rng: random.Random, wanted: int
) -> list[_Candidate]:
    """Active, unlocked SIM lines of customers with an HKID or mainland ID, each with a
    blank SIM of its product still in stock; drawn by the seeded generator."""
    with db.read() as s:
        stock: dict[uuid.UUID, list[str]] = {}
        for product_id, iccid in s.execute(
            select(SimStock.product_id, SimStock.iccid)
            .where(SimStock.status == StockStatus.IN_STOCK)
            .order_by(SimStock.iccid)
            .limit(2000)
        ):
            stock.setdefault(product_id, []).append(iccid)
        rows = s.execute(
            select(
                Line.id, Line.product_id, IdentityDocument.kind, IdentityDocument.number_encrypted
            )
            .join(Product, Product.id == Line.product_id)
            .join(IdentityDocument, IdentityDocument.customer_id == Line.customer_id)
            .where(
                Line.status == LineStatus.ACTIVE,
                Line.sim_change_lock.is_(False),
                Product.card_kind == CardKind.SIM,
                Line.product_id.in_(list(stock)),
                IdentityDocument.kind.in_([DocumentKind.HKID, DocumentKind.CN_RIC]),
            )
            .order_by(Line.id)
            .limit(wanted * 20)
        ).all()
    rows = list(rows)
    rng.shuffle(rows)
    chosen: list[_Candidate] = []
    seen: set[uuid.UUID] = set()
    for line_id, product_id, kind, sealed in rows:
        if line_id in seen or not stock.get(product_id):
            continue
        seen.add(line_id)
        number = cipher.decrypt(kind.value, sealed)
        chosen.append(_Candidate(line_id, kind, number, stock[product_id].pop(0)))
        if len(chosen) == wanted:
            break
    return chosen


def _walk(
    db: Database,
    counter: Counter,
    clerk: StaffMember,
    clock: DemoClock,
    c: _Candidate,
    reason: CaseReason,
    target: CaseStatus,
    handover: Handover,
    till: _Till,
) -> None:
    step = clock.tick
    if needs_report_lost(reason):
        case_intake.report_lost(db, counter, clerk, c.line_id, reason)
        step(1)
    case_id = case_intake.open_case(db, counter, clerk, c.line_id, reason).case_id
    step(2)
    if target is CaseStatus.DRAFT:
        case_checks.check_id_document(db, counter, clerk, case_id, c.kind, c.number)
        return
    case_checks.check_id_document(db, counter, clerk, case_id, c.kind, c.number)
    with db.read() as s:
        case = s.get(Case, case_id)
        assert case is not None
        missing = case_checks.checklist_state(s, case).missing()
    for item in missing:
        step(1)
        method = SecretMethod.SERVICE_PASSWORD.value if item is ChecklistItem.SECRET else None
        case_checks.record_check(db, counter, clerk, case_id, item, passed=True, method=method)
    case_checks.verify(db, counter, clerk, case_id)
    step(2)
    if target is CaseStatus.VERIFIED:
        return
    case_card.choose_sim(db, counter, clerk, case_id, c.stock)
    address = _ADDRESS if handover is Handover.COURIER else None
    case_card.set_handover(db, counter, clerk, case_id, handover, address)
    step(2)
    till.pay(db, counter, clerk, case_id)
    step(2)
    if target is CaseStatus.PAID:
        return
    case_flow.submit(db, counter, clerk, case_id)
    for action in _AFTER_SUBMIT[target]:
        step(60 * 5)  # the carrier and the courier take their time
        if action is CaseAction.CANCEL:
            case_flow.cancel(db, counter, clerk, case_id, _WORDS[action])
        else:
            case_flow.advance(
                db,
                counter,
                clerk,
                case_id,
                action,
                reason=_WORDS.get(action),
                tracking_number=f"SF{1000000000 + int(clock().timestamp()) % 899999999}"
                if action is CaseAction.SHIP
                else None,
            )


def add_demo_cases(
    db: Database, cipher: IdCipher, seed: int, say: Callable[[str], None] = lambda _t: None
) -> int:
    """The demo's cases (see the module doc); returns how many were made."""
    store = current_store(db)
    assert store is not None
    staff = auth.active_staff(db)
    clerk = next(m for m in staff if m.role is Role.CLERK)
    till = _Till(next(m for m in staff if m.role is Role.SUPERVISOR))
    clock = DemoClock(START)
    counter = Counter(
        store=store, number=1, cipher=cipher, business_day=lambda: clock().date(), clock=clock
    )
    rng = random.Random(f"desk-demo:{seed}:cases")
    plan = [(status, handover) for status, n, handover in PLAN for _ in range(n)]
    candidates = _candidates(db, cipher, rng, len(plan))
    # Finished cases first (they are the oldest), then the open ones, oldest state last.
    made = 0
    for (target, handover), candidate in zip(plan[::-1], candidates, strict=False):
        reason = _REASONS[rng.randrange(len(_REASONS))]
        _walk(db, counter, clerk, clock, candidate, reason, target, handover, till)
        clock.tick(rng.randrange(60, 240))
        made += 1
    say(f"cases {made}")
    return made
