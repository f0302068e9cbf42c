"""Money as a customer reads it: minor units and an ISO 4217 code, formatted by babel."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency, get_currency_precision

# The locale whose conventions a document in each language follows.
LOCALES = {"en": "en_HK", "zh_CN": "zh_Hans_CN", "zh_HK": "zh_Hant_HK"}


def minor_digits(currency: str) -> int:
    """How many digits the currency has after the point (HKD 2, JPY 0)."""
    return int(get_currency_precision(currency))


def format_money(minor: int, currency: str, language: str) -> str:
    """``123450, "HKD", "en"`` -> ``HK$1,234.50``; negative amounts keep their sign."""
    amount = Decimal(minor).scaleb(-minor_digits(currency))
    return str(format_currency(amount, currency, locale=LOCALES.get(language, "en_HK")))
