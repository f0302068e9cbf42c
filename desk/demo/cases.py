"""The demo store's cases, walked through the real case services as a clerk would.

A case is opened on its day (:class:`~desk.demo.plan.Journey`): report lost where the
reason asks, the ID number typed, every checklist item, a blank SIM from the stock of
that moment, the handover, the payment, the submission — each step a few minutes on
the shop's clock. The carrier's and the courier's steps come on later days
(:func:`follow_up`). Every step leaves its case events and audit entries, as at a real
counter.

The lines are drawn by the seeded generator from customers who were already the
store's before the demo's first day, so a seed (and a today) always gives the same
cases, states, application numbers and times. (Their ids are UUIDv7 made by the
services from the real clock's randomness, like every row a clerk makes.)
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk.core.cases import CaseAction, CaseStatus, Handover, needs_report_lost
from desk.core.checklist import ChecklistItem, SecretMethod
from desk.core.enums import CardKind, DocumentKind, LineStatus, StockStatus
from desk.core.staff import StaffMember
from desk.demo.plan import Journey
from desk.demo.shop_clock import ShopClock
from desk.demo.till import Till
from desk.services import case_card, case_checks, case_flow, case_intake, line_actions
from desk.services.case_context import Counter
from desk.store.case_models import Case
from desk.store.db import Database
from desk.store.keys import IdCipher
from desk.store.models import IdentityDocument, Line, Product, SimStock

__all__ = ["Candidates", "Shop", "blank_sim", "follow_up", "intake"]

_WORDS = {
    CaseAction.REJECT: "The carrier could not confirm the registration. 运营商无法核实登记资料。",
    CaseAction.CANCEL: "The customer found the old card. 客户已找回旧卡。",
}
_CHANGED_MIND = "The customer changed their mind at the counter. 客户改变主意。"
_REFUND = "Case cancelled: fee returned to the customer. 申请已取消，退回费用。"
_ADDRESS = "Flat 12B, 88 Nathan Road, Tsim Sha Tsui, Kowloon 九龍尖沙咀彌敦道88號12樓B室"


@dataclass
class Shop:
    """The counter the demo works at: its clerk and supervisor, the till, the clock,
    and the counter of the business day in progress."""

    db: Database
    clerk: StaffMember
    supervisor: StaffMember
    till: Till
    clock: ShopClock
    counter: Counter
    received: int = 0  # blank SIMs received into stock


@dataclass(frozen=True)
class _Candidate:
    line_id: uuid.UUID
    product_id: uuid.UUID
    kind: DocumentKind
    sealed: bytes  # the ID number, encrypted: opened only for a case


def blank_sim(db: Database, now: datetime, product_id: uuid.UUID | None = None) -> str | None:
    """The first blank SIM (of ``product_id``) in stock at ``now``, by ICCID."""
    query = select(SimStock.iccid).where(
        SimStock.status == StockStatus.IN_STOCK, SimStock.received_at <= now
    )
    if product_id is not None:
        query = query.where(SimStock.product_id == product_id)
    with db.read() as s:
        return s.scalar(query.order_by(SimStock.iccid).limit(1))


class Candidates:
    """Active, unlocked SIM lines of customers with an HKID or mainland ID, born before
    ``before`` and never replaced here, in an order drawn by the seeded generator; one
    case each at most."""

    def __init__(
        self, db: Database, cipher: IdCipher, rng: random.Random, wanted: int, before: datetime
    ) -> None:
        self.cipher = cipher
        with db.read() as s:
            rows = s.execute(
                select(
                    Line.id,
                    Line.product_id,
                    IdentityDocument.kind,
                    IdentityDocument.number_encrypted,
                )
                .join(Product, Product.id == Line.product_id)
                .join(IdentityDocument, IdentityDocument.customer_id == Line.customer_id)
                .where(
                    Line.status == LineStatus.ACTIVE,
                    Line.sim_change_lock.is_(False),
                    Line.created_at < before,
                    ~select(Case.id).where(Case.line_id == Line.id).exists(),
                    Product.card_kind == CardKind.SIM,
                    IdentityDocument.kind.in_([DocumentKind.HKID, DocumentKind.CN_RIC]),
                )
                .order_by(Line.id)
                .limit(wanted * 20)
            ).all()
        rows = list(rows)
        rng.shuffle(rows)
        seen: set[uuid.UUID] = set()
        self.waiting: list[_Candidate] = []
        for line_id, product_id, kind, sealed in rows:
            if line_id not in seen:
                seen.add(line_id)
                self.waiting.append(_Candidate(line_id, product_id, kind, sealed))

    def take(self, db: Database, now: datetime) -> tuple[_Candidate, str] | None:
        """The next line whose product has a blank SIM in stock now, with that SIM."""
        empty: set[uuid.UUID] = set()
        for i, c in enumerate(self.waiting):
            if c.product_id in empty:
                continue
            iccid = blank_sim(db, now, c.product_id)
            if iccid is None:
                empty.add(c.product_id)
                continue
            del self.waiting[i]
            return c, iccid
        return None

    def number(self, c: _Candidate) -> str:
        """The full ID number, as the clerk types it from the document."""
        return self.cipher.decrypt(c.kind.value, c.sealed)


def intake(shop: Shop, j: Journey, candidates: Candidates) -> uuid.UUID | None:
    """Open the case and walk it at the counter as far as ``j.target``; None when no
    line with a blank SIM of its product is left."""
    db, counter, clerk, step = shop.db, shop.counter, shop.clerk, shop.clock.tick
    taken = candidates.take(db, shop.clock())
    if taken is None:
        return None
    c, iccid = taken
    number = candidates.number(c)
    if needs_report_lost(j.reason):
        line_actions.report_lost(db, counter, clerk, c.line_id, j.reason)
        step(1)
    case_id = case_intake.open_case(db, counter, clerk, c.line_id, j.reason).case_id
    step(2)
    case_checks.check_id_document(db, counter, clerk, case_id, c.kind, number)
    if j.target is CaseStatus.DRAFT:
        return case_id
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
    if j.target is CaseStatus.VERIFIED:
        return case_id
    case_card.choose_sim(db, counter, clerk, case_id, iccid)
    address = _ADDRESS if j.handover is Handover.COURIER else None
    case_card.set_handover(db, counter, clerk, case_id, j.handover, address)
    step(2)
    shop.till.pay(db, counter, clerk, case_id)
    step(2)
    if j.void_then_cancel:
        shop.till.take_back(db, counter, case_id, _CHANGED_MIND)
        step(1)
        case_flow.cancel(db, counter, clerk, case_id, _WORDS[CaseAction.CANCEL])
        return case_id
    if j.target is CaseStatus.PAID:
        return case_id
    case_flow.submit(db, counter, clerk, case_id)
    return case_id


def follow_up(shop: Shop, case_id: uuid.UUID, action: CaseAction) -> None:
    """One step of a submitted case, as the carrier and the courier report it; a case
    cancelled after its payment gets its fee back."""
    db, counter, clerk = shop.db, shop.counter, shop.clerk
    if action is CaseAction.CANCEL:
        case_flow.cancel(db, counter, clerk, case_id, _WORDS[action])
        if case_id in shop.till.standing:
            shop.clock.tick(3)
            shop.till.take_back(db, counter, case_id, _REFUND)
        return
    tracking = None
    if action is CaseAction.SHIP:
        tracking = f"SF{1000000000 + int(shop.clock().timestamp()) % 899999999}"
    case_flow.advance(
        db,
        counter,
        clerk,
        case_id,
        action,
        reason=_WORDS.get(action),
        tracking_number=tracking,
    )
