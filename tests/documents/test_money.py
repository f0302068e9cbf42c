"""Amounts on paper, by babel: the currency's own digits, the language's conventions."""

from __future__ import annotations

import pytest

from desk.core.money import format_money, minor_digits


@pytest.mark.parametrize(
    ("minor", "currency", "language", "shown"),
    [
        (123450, "HKD", "en", "HK$1,234.50"),
        (123450, "HKD", "zh_HK", "HK$1,234.50"),
        (-10000, "HKD", "zh_CN", "-HK$100.00"),
        (0, "HKD", "en", "HK$0.00"),
        (1234, "JPY", "en", "JP¥1,234"),
        (1250, "CNY", "zh_CN", "¥12.50"),
    ],
)
def test_format_money(minor: int, currency: str, language: str, shown: str) -> None:
    assert format_money(minor, currency, language) == shown


def test_minor_digits() -> None:
    assert (minor_digits("HKD"), minor_digits("JPY")) == (2, 0)
