"""The demo store's past and present: ``N`` closed business days, and today open.

Each day runs through the real services on a counter of its own (its business day,
the shop's clock): opened at 09:30 with the float, the carrier's and the courier's
news on cases carried over, new cases through the day, now and then a box of blank
SIMs, a damaged card, the supervisor's cash in and bank drop; closed at 19:45 with the
drawer counted by notes and coins (:mod:`desk.demo.drawer`). Today is opened the same
way and left open, so that the counter is at work when Desk starts.

The agenda of each day is drawn by the seeded generator; the days are those before
``today`` at the store, so a seed and a today always give the same days, cases,
receipts and counts.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from desk.core.enums import Role
from desk.core.staff import StoreInfo
from desk.demo import deliveries, drawer
from desk.demo.cases import Candidates, Shop, follow_up, intake
from desk.demo.clock import store_zone
from desk.demo.plan import MAX_HISTORY_DAYS, Journey, plan_journeys
from desk.demo.shop_clock import ShopClock
from desk.demo.till import Till
from desk.services import auth, days
from desk.services.case_context import Counter
from desk.services.stores import current_store
from desk.store.db import Database
from desk.store.keys import IdCipher

__all__ = ["History", "add_history"]

# Once a week (counted from the first day), or on the last closed day of a shorter past.
WEEKLY = {"cash_in": 1, "delivery": 2, "damaged": 3, "bank_drop": 5}
# The day's agenda, store time (hour, minute).
OPEN_AT, CASH_IN_AT, FIRST_NEWS, DELIVERY_AT = (9, 30), (9, 40), (10, 0), (11, 15)
FIRST_CUSTOMER, LAST_CUSTOMER = (10, 45), (18, 30)
DAMAGED_AT, BANK_DROP_AT, CLOSE_AT = (13, 30), (17, 30), (19, 45)


def _minute(at: tuple[int, int]) -> int:
    return at[0] * 60 + at[1]


@dataclass(frozen=True)
class History:
    closed_days: int
    cases: int
    received: int  # blank SIMs that came into stock during the days


def _weekly(what: str, index: int, history_days: int) -> bool:
    nth = WEEKLY[what]
    if index >= history_days:
        return False
    return index % 7 == nth or (history_days <= nth and index == history_days - 1)


def _the_day(
    shop: Shop,
    rng: random.Random,
    index: int,
    history_days: int,
    journeys: list[Journey],
    candidates: Candidates,
) -> None:
    """One business day's agenda, from the opening to the last customer."""
    clock, day = shop.clock, shop.counter.business_day()
    clock.wait_until(clock.moment(day, *OPEN_AT))
    days.open_day(shop.db, shop.counter, shop.clerk, drawer.FLOAT, day)
    agenda: list[tuple[float, int, Callable[[], None]]] = []

    def at(minute: float, event: Callable[[], None]) -> None:
        agenda.append((minute, len(agenda), event))

    if _weekly("cash_in", index, history_days):
        at(_minute(CASH_IN_AT), partial(drawer.cash_in, shop))
    news = [
        (j.case_id, action)
        for j in journeys
        if j.start < index and j.case_id is not None
        for d, action in j.steps
        if d == index
    ]
    for n, (case_id, action) in enumerate(news):
        at(_minute(FIRST_NEWS) + 8 * n, partial(follow_up, shop, case_id, action))
    if _weekly("delivery", index, history_days) or deliveries.running_low(shop):
        at(_minute(DELIVERY_AT), partial(deliveries.receive_box, shop, rng))
    if _weekly("damaged", index, history_days):
        at(_minute(DAMAGED_AT), partial(deliveries.report_damaged, shop))
    if _weekly("bank_drop", index, history_days):
        at(_minute(BANK_DROP_AT), partial(drawer.bank_drop, shop))
    new = [j for j in journeys if j.start == index]
    first = _minute(FIRST_CUSTOMER)
    spread = (_minute(LAST_CUSTOMER) - first) / max(1, len(new))
    for n, j in enumerate(new):
        at(
            int(first + spread * n) + rng.randrange(int(spread * 0.6) + 1),
            partial(_customer, shop, j, candidates, index),
        )
    for minute, _, event in sorted(agenda, key=lambda e: (e[0], e[1])):
        clock.wait_until(clock.moment(day, 0, minute))
        event()
        clock.tick(rng.randrange(2, 6))


def _customer(shop: Shop, j: Journey, candidates: Candidates, index: int) -> None:
    """A customer at the counter: the case opened and walked, and the carrier's steps
    squeezed into this day when the past is too short for them."""
    j.case_id = intake(shop, j, candidates)
    if j.case_id is None:
        return
    for d, action in j.steps:
        if d == index:
            shop.clock.tick(2)
            follow_up(shop, j.case_id, action)


def add_history(
    db: Database,
    cipher: IdCipher,
    seed: int,
    today: date,
    history_days: int,
    say: Callable[[str], None] = lambda _t: None,
) -> History:
    """``history_days`` closed days before ``today``, then today opened (see the module
    doc); returns how many days were closed and cases opened."""
    if not 0 <= history_days <= MAX_HISTORY_DAYS:
        raise ValueError(f"history_days must be from 0 to {MAX_HISTORY_DAYS}")
    store = current_store(db)
    assert store is not None
    staff = auth.active_staff(db)
    clerk = next(m for m in staff if m.role is Role.CLERK)
    supervisor = next(m for m in staff if m.role is Role.SUPERVISOR)
    rng = random.Random(f"desk-demo:{seed}:cases")
    journeys = plan_journeys(rng, history_days)
    first = today - timedelta(days=history_days)
    clock = ShopClock(store_zone(), first)
    candidates = Candidates(db, cipher, rng, len(journeys), clock())
    shop = Shop(
        db, clerk, supervisor, Till(supervisor), clock, _counter(store, cipher, first, clock)
    )
    for index in range(history_days + 1):
        day = first + timedelta(days=index)
        shop.counter = _counter(store, cipher, day, clock)
        _the_day(shop, rng, index, history_days, journeys, candidates)
        if index < history_days:
            clock.wait_until(clock.moment(day, *CLOSE_AT))
            drawer.close(shop, rng, index)
        if index % 30 == 29:
            say(f"business days {index + 1}/{history_days}")
    made = sum(1 for j in journeys if j.case_id is not None)
    say(f"business days: {history_days} closed, today open; cases {made}")
    return History(closed_days=history_days, cases=made, received=shop.received)


def _counter(store: StoreInfo, cipher: IdCipher, day: date, clock: ShopClock) -> Counter:
    """The counter of one business day: its writes belong to ``day``."""
    return Counter(store=store, number=1, cipher=cipher, business_day=lambda: day, clock=clock)
