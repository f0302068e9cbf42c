"""Money: integer minor units and a currency, formatted and parsed at the edges.

Desk never holds an amount as a float: the database, the fee schedule and every
service speak integer *minor units* (cents: HK$1,234.50 is ``123450`` with ``"HKD"``);
:class:`~decimal.Decimal` appears only here, to format with babel and to read what a
clerk types. One currency per store.

:func:`parse_money` takes what a clerk types: ``100``, ``100.5``, ``1,234.50``,
full-width digits (``１００``), a ``HK$`` / ``$`` / ``HKD`` prefix, spaces. It raises
:class:`~desk.core.refusal.Refusal` with one of these codes:

================  ==============================================  ==================
code              meaning                                         values
================  ==============================================  ==================
money_empty       nothing typed                                   —
money_negative    a minus sign                                    found
money_format      not a number                                    found
money_decimals    more decimals than the currency has             found, digits
money_too_large   more than :data:`MAX_MAJOR` (a typing slip)     found, max
================  ==============================================  ==================
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache
from typing import Final

from babel.numbers import format_currency, get_currency_precision, get_currency_symbol

from desk.core.refusal import Refusal

__all__ = ["LOCALES", "MAX_MAJOR", "format_money", "minor_digits", "parse_money", "to_minor"]

# The babel locale of each Desk language: HK$1,234.50 in all three for Hong Kong dollars.
LOCALES: Final = {"en": "en_HK", "zh_CN": "zh_Hans_CN", "zh_HK": "zh_Hant_HK"}
# No SIM replacement costs a million dollars: more is a slip of the finger.
MAX_MAJOR: Final = 1_000_000
_NUMBER = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]*))?|\.([0-9]+)")


@cache
def minor_digits(currency: str) -> int:
    """How many decimals ``currency`` has (HKD 2, JPY 0), after babel (ISO 4217)."""
    return int(get_currency_precision(currency.upper()))


def _locale(language: str) -> str:
    return LOCALES.get(language, LOCALES["en"])


def format_money(minor: int, currency: str, language: str = "en") -> str:
    """``format_money(123450, "HKD", "en") == "HK$1,234.50"``; negative with a minus."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError("money is an int of minor units, never a float")
    value = Decimal(minor).scaleb(-minor_digits(currency))
    return str(format_currency(value, currency.upper(), locale=_locale(language)))


def to_minor(amount: Decimal | int | str, currency: str) -> int:
    """An exact amount in major units (``Decimal("12.50")``) as minor units; ``ValueError``
    if it has more decimals than the currency allows."""
    value = Decimal(amount) if not isinstance(amount, Decimal) else amount
    minor = value.scaleb(minor_digits(currency))
    if minor != minor.to_integral_value():
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(minor)


@cache
def _prefixes(currency: str) -> tuple[str, ...]:
    code = currency.upper()
    found = {code, "$", "＄", "¥", "￥", "元", "圓", "圆"}
    for locale in LOCALES.values():
        found.add(str(get_currency_symbol(code, locale=locale)).upper())
    found.add(code[:2] + "$")  # HK$, US$
    return tuple(sorted(found, key=len, reverse=True))


def _strip_currency(s: str, currency: str) -> str:
    """``HK$100``, ``HKD 100``, ``100 HKD``, ``100元`` → ``100``."""
    for p in _prefixes(currency):
        if s.startswith(p):
            s = s[len(p) :]
            break
    for p in _prefixes(currency):
        if (len(p) > 1 or p in "元圓圆") and s.endswith(p):
            s = s[: -len(p)]
            break
    return s


def parse_money(text: str, currency: str) -> int:
    """The amount a clerk typed, in minor units of ``currency``; or a :class:`Refusal`."""
    s = unicodedata.normalize("NFKC", text or "").strip().upper()
    s = "".join(s.split())  # "1 234.50", "HK$ 100"
    if not s:
        raise Refusal("money_empty", "Please type an amount.")
    if s.startswith("-") or s.startswith("−") or s.endswith("-"):
        raise Refusal("money_negative", "The amount cannot be negative.", found=text)
    s = _strip_currency(s, currency)
    if s.startswith("-"):
        raise Refusal("money_negative", "The amount cannot be negative.", found=text)
    match = _NUMBER.fullmatch(s)
    if match is None:
        raise Refusal(
            "money_format", "Please type the amount as a number, like 100.50.", found=text
        )
    decimals = match.group(1) or match.group(2) or ""
    digits = minor_digits(currency)
    significant = decimals.rstrip("0")
    if len(significant) > digits:
        message = (
            f"{currency.upper()} amounts have no decimals."
            if digits == 0
            else f"{currency.upper()} amounts have at most {digits} decimals."
        )
        raise Refusal("money_decimals", message, found=text, digits=digits)
    value = Decimal(s.replace(",", "") if not s.startswith(".") else "0" + s)
    if value > MAX_MAJOR:
        raise Refusal(
            "money_too_large",
            "That is far more than any fee: please check the amount.",
            found=text,
            max=MAX_MAJOR,
        )
    return int(value.scaleb(digits))
