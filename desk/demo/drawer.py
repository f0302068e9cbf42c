"""The demo's cash drawer: the float each morning, the supervisor's cash in and bank
drop, and the count at the close — by notes and coins, exact on most days, a little
over or short on some, and now and then by more than the limit, with the reason.
"""

from __future__ import annotations

import random
from typing import Final

from desk.core.day import CashMoveKind, denominations
from desk.demo.cases import Shop
from desk.services import days
from desk.services.days import DayClosed

__all__ = ["FLOAT", "FLOAT_MIX", "LIMIT", "bank_drop", "cash_in", "close", "count_by_denomination"]

FLOAT: Final = 100_000  # HK$1,000.00 in the drawer each morning
LIMIT: Final = 1_000  # over or short by more than HK$10.00 needs a reason
CASH_IN: Final = 50_000  # HK$500 of coins and small notes from the safe
# The close of each day in turn: (kind, smallest, largest difference in minor units).
CLOSES: Final = (
    ("exact", 0, 0),
    ("short", 10, 500),
    ("exact", 0, 0),
    ("over", 2_000, 5_000),
    ("exact", 0, 0),
    ("short", 2_000, 10_000),
    ("over", 10, 300),
)
REASONS: Final = {
    "short": "Change given twice to one customer, seen on the camera. 找错零钱，已查看录像。",
    "over": "A customer left their change on the counter; kept for them. 客户遗留找零，代为保管。",
}
# Shops keep no HK$1,000 notes in the drawer: the supervisor takes them to the safe.
_DRAWER = tuple(v for v in denominations("HKD") if v < 100_000)
# The float as the drawer gets it each morning: small notes and coins for change.
FLOAT_MIX: Final = {
    10_000: 4,
    5_000: 4,
    2_000: 10,
    1_000: 10,
    500: 10,
    200: 10,
    100: 20,
    50: 10,
    20: 15,
    10: 20,
}


def count_by_denomination(total: int) -> dict[int, int]:
    """``total`` (rounded down to 10 cents) as the drawer holds it: the float's notes
    and coins, and the takings in the fewest notes and coins, HK$500 the largest."""
    rest = total - total % _DRAWER[-1]
    counted: dict[int, int] = {}
    if rest >= FLOAT:
        counted.update(FLOAT_MIX)
        rest -= FLOAT
    for value in _DRAWER:
        quantity, rest = divmod(rest, value)
        if quantity:
            counted[value] = counted.get(value, 0) + quantity
    return counted


def cash_in(shop: Shop) -> None:
    days.cash_move(
        shop.db,
        shop.counter,
        shop.supervisor,
        CashMoveKind.IN,
        CASH_IN,
        "Coins and small notes from the safe for change. 从保险箱取零钱。",
    )


def bank_drop(shop: Shop) -> None:
    """The takings above the float in HK$100s go to the bank (HK$500 of the float on a
    quiet day), leaving the drawer at least HK$200."""
    summary = days.summary(shop.db, shop.counter)
    assert summary is not None
    takings = (summary.expected - FLOAT) // 10_000 * 10_000
    amount = min(max(takings, 50_000), summary.expected - 20_000)
    if amount > 0:
        days.cash_move(
            shop.db,
            shop.counter,
            shop.supervisor,
            CashMoveKind.OUT,
            amount,
            "Bank drop: notes to the bank. 现金存入银行。",
        )


def close(shop: Shop, rng: random.Random, index: int) -> DayClosed:
    """The supervisor counts the drawer and closes the day (the Z report and exports
    are written by the caller's ``write_files``; the demo writes none)."""
    summary = days.summary(shop.db, shop.counter)
    assert summary is not None
    kind, low, high = CLOSES[index % len(CLOSES)]
    difference = rng.randint(low // 10, high // 10) * 10
    if kind == "short":
        difference = -min(difference, summary.expected)
    counted = count_by_denomination(summary.expected + difference)
    reason = REASONS[kind] if abs(difference) > LIMIT else None
    return days.close_day(
        shop.db,
        shop.counter,
        shop.supervisor,
        counted=counted,
        reason=reason,
        limit_minor=LIMIT,
        write_files=None,
    )
