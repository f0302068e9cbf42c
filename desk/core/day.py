"""The business day's cash, in pure functions: what the drawer should hold, what was
counted, and whether the difference needs a reason.

A counter (one Desk) has one open business day at a time. The drawer starts with the
*float*; cash payments add to it (what was handed over less the change given back is
the cash tender's amount), cash voids and refunds take from it (their tenders are
negative), and a supervisor's cash in / cash out (a bank drop, more change from the
safe) move it by hand. At the close the supervisor counts the drawer, by denomination
or as one total, and Desk shows over (+) or short (−).

Refusal codes (:class:`~desk.core.refusal.Refusal`): ``count_quantity`` (a count that
is not a whole number of notes or coins), ``count_denomination`` (a note this currency
does not have), ``over_short_reason`` (a difference above the limit, no reason).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from desk.core.refusal import Refusal

__all__ = [
    "DENOMINATIONS",
    "CashFlow",
    "CashMoveKind",
    "DayStatus",
    "check_difference",
    "count_total",
    "denominations",
    "next_day",
]


class DayStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CashMoveKind(enum.StrEnum):
    """A supervisor's cash movement that is no payment: into or out of the drawer."""

    IN = "in"  # e.g. more change from the safe
    OUT = "out"  # e.g. a bank drop


# Notes and coins in minor units, largest first, per currency (the count's rows).
DENOMINATIONS: Final[Mapping[str, tuple[int, ...]]] = {
    # HK$1000, 500, 100, 50, 20, 10 notes; $10, 5, 2, 1 coins; 50, 20, 10 cents.
    "HKD": (100000, 50000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10),
    # ¥100, 50, 20, 10, 5, 1; 5 and 1 jiao.
    "CNY": (10000, 5000, 2000, 1000, 500, 100, 50, 10),
    # MOP 1000, 500, 100, 50, 20, 10, 5, 2, 1; 50, 20, 10 avos.
    "MOP": (100000, 50000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10),
}


def denominations(currency: str) -> tuple[int, ...]:
    """The count's rows for ``currency``; none (a total only) for one Desk doesn't know."""
    return DENOMINATIONS.get(currency.upper(), ())


def count_total(currency: str, counted: Mapping[int, int]) -> int:
    """The drawer's total from a count by denomination (minor unit -> quantity)."""
    known = set(denominations(currency))
    total = 0
    for value, quantity in counted.items():
        if value not in known:
            raise Refusal(
                "count_denomination",
                f"{currency} has no note or coin of {value} minor units.",
                found=value,
            )
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 0:
            raise Refusal(
                "count_quantity",
                "Count whole notes and coins: a number from 0 up.",
                found=quantity,
            )
        total += value * quantity
    return total


@dataclass(frozen=True)
class CashFlow:
    """What moved through the drawer in one business day, in minor units."""

    float_minor: int
    cash_taken: int = 0  # cash tenders of payments (given − change)
    cash_returned: int = 0  # cash tenders of voids and refunds, as a positive amount
    cash_in: int = 0
    cash_out: int = 0

    @property
    def expected(self) -> int:
        """Float + cash taken − cash voided or refunded + cash in − cash out."""
        taken = self.cash_taken - self.cash_returned
        return self.float_minor + taken + self.cash_in - self.cash_out

    @classmethod
    def of(
        cls,
        float_minor: int,
        cash_tenders: Iterable[int],
        moves: Iterable[tuple[CashMoveKind, int]] = (),
    ) -> CashFlow:
        """From the day's signed cash tender amounts and its cash movements."""
        amounts = list(cash_tenders)
        kinds = list(moves)
        return cls(
            float_minor=float_minor,
            cash_taken=sum(a for a in amounts if a > 0),
            cash_returned=-sum(a for a in amounts if a < 0),
            cash_in=sum(a for k, a in kinds if k is CashMoveKind.IN),
            cash_out=sum(a for k, a in kinds if k is CashMoveKind.OUT),
        )


def check_difference(expected: int, counted: int, limit: int, reason: str | None) -> int:
    """Over (+) or short (−); above ``limit`` either way it needs a reason."""
    difference = counted - expected
    if abs(difference) > limit and not (reason or "").strip():
        raise Refusal(
            "over_short_reason",
            "The drawer is over or short by more than the limit: please give a reason.",
            difference=difference,
            limit=limit,
        )
    return difference


def next_day(today: date, last_closed: date | None) -> date:
    """The date a new business day takes: today, or the day after the last one closed
    (a day closed before midnight and a new one opened the same evening)."""
    if last_closed is not None and last_closed >= today:
        return last_closed + timedelta(days=1)
    return today
