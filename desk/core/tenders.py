"""How a customer pays: tenders (支付方式) against a total, and the change.

The rules (:func:`settle`), in the order the tenders are given:

- each tender is of a kind the store takes (a setting: cash, card, alipay, wechat,
  octopus by default) and more than zero;
- a non-cash tender (card, wallet, Octopus) pays at most what is still due: a terminal
  charges an exact amount, it gives no change;
- cash may be more than what is still due: the excess is the change; only cash gives
  change, so nothing may follow a tender that covered the total;
- together the tenders cover the total exactly (a total of zero: no tender at all).

Refusal codes (:class:`~desk.core.refusal.Refusal`):

==================  ===========================================  ======================
code                meaning                                      values
==================  ===========================================  ======================
tender_kind         a kind the store does not take               kind, allowed
tender_amount       zero or less                                 kind
tender_exceeds      a non-cash tender over what is still due     kind, due, found
tender_surplus      a tender after the total was already paid    kind
tender_short        the tenders do not cover the total           due, paid
tender_reference    a reference over 40 characters               max
==================  ===========================================  ======================
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from desk.core.refusal import Refusal

__all__ = [
    "CASH",
    "DEFAULT_TENDERS",
    "TENDER_LABELS",
    "SettledTender",
    "TenderInput",
    "settle",
]

CASH: Final = "cash"
DEFAULT_TENDERS: Final = ("cash", "card", "alipay", "wechat", "octopus")
MAX_REFERENCE: Final = 40
# Every kind Desk knows, in en / zh_CN / zh_HK: what a receipt prints.
TENDER_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "cash": ("Cash", "现金", "現金"),
    "card": ("Bank card", "银行卡", "銀行卡"),
    "alipay": ("Alipay", "支付宝", "支付寶"),
    "wechat": ("WeChat Pay", "微信支付", "微信支付"),
    "octopus": ("Octopus", "八达通", "八達通"),
    "fps": ("FPS", "转数快", "轉數快"),
    "payme": ("PayMe", "PayMe", "PayMe"),
}


@dataclass(frozen=True)
class TenderInput:
    """What the clerk enters for one tender: for cash, what the customer hands over."""

    kind: str
    amount_minor: int
    reference: str | None = None  # terminal approval code, wallet transaction id, ...


@dataclass(frozen=True)
class SettledTender:
    kind: str
    amount_minor: int  # what it paid towards the total
    given_minor: int | None = None  # cash: what was handed over
    change_minor: int | None = None  # cash: what was handed back
    reference: str | None = None


def _amount(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("a tender's amount is an int of minor units, never a float")
    return value


def settle(
    total_minor: int, tenders: Sequence[TenderInput], allowed: Sequence[str]
) -> tuple[SettledTender, ...]:
    """The tenders as they settle ``total_minor`` (see the module doc), or a Refusal."""
    due = _amount(total_minor)
    if due < 0:
        raise ValueError("a total to pay is never negative")
    out: list[SettledTender] = []
    for t in tenders:
        amount = _amount(t.amount_minor)
        if t.kind not in allowed:
            raise Refusal(
                "tender_kind",
                f"This store does not take {TENDER_LABELS.get(t.kind, (t.kind,))[0]}.",
                kind=t.kind,
                allowed=list(allowed),
            )
        if amount <= 0:
            raise Refusal("tender_amount", "Each payment must be more than zero.", kind=t.kind)
        if due == 0:
            raise Refusal("tender_surplus", "The total is already paid: take no more.", kind=t.kind)
        reference = " ".join((t.reference or "").split()) or None
        if reference is not None and len(reference) > MAX_REFERENCE:
            raise Refusal(
                "tender_reference",
                f"Please keep the reference under {MAX_REFERENCE} characters.",
                max=MAX_REFERENCE,
            )
        if t.kind == CASH:
            paid = min(amount, due)
            out.append(SettledTender(CASH, paid, amount, amount - paid, reference))
        else:
            if amount > due:
                raise Refusal(
                    "tender_exceeds",
                    "A card or wallet payment cannot be more than what is still due; only "
                    "cash gives change.",
                    kind=t.kind,
                    due=due,
                    found=amount,
                )
            paid = amount
            out.append(SettledTender(t.kind, paid, reference=reference))
        due -= paid
    if due > 0:
        raise Refusal(
            "tender_short",
            "The payments do not cover the total yet.",
            due=due,
            paid=sum(t.amount_minor for t in out),
        )
    return tuple(out)
