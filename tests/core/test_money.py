"""Money at the edges: babel formatting, and what a clerk types."""

from __future__ import annotations

import pytest

from desk.core.money import format_money, minor_digits, parse_money
from desk.core.refusal import Refusal


def test_minor_digits_follow_iso_4217():
    assert (minor_digits("HKD"), minor_digits("USD"), minor_digits("JPY")) == (2, 2, 0)


@pytest.mark.parametrize(
    ("minor", "language", "text"),
    [
        (123450, "en", "HK$1,234.50"),
        (123450, "zh_HK", "HK$1,234.50"),
        (123450, "zh_CN", "HK$1,234.50"),
        (0, "en", "HK$0.00"),
        (-10000, "en", "-HK$100.00"),
    ],
)
def test_format_money(minor, language, text):
    assert format_money(minor, "HKD", language) == text


def test_money_is_never_a_float():
    with pytest.raises(TypeError):
        format_money(1.5, "HKD", "en")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "minor"),
    [
        ("100", 10000),
        ("100.5", 10050),
        ("1,234.50", 123450),
        ("１２３４．５０", 123450),
        ("HK$100", 10000),
        ("hk$ 1,000", 100000),
        ("HKD 30", 3000),
        ("30 HKD", 3000),
        ("$10", 1000),
        ("100元", 10000),
        (" 0 ", 0),
        (".5", 50),
        ("12.", 1200),
        ("1.230", 123),
    ],
)
def test_what_a_clerk_types(typed, minor):
    assert parse_money(typed, "HKD") == minor


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "money_empty"),
        ("   ", "money_empty"),
        ("-5", "money_negative"),
        ("HK$-5", "money_negative"),
        ("1.234", "money_decimals"),
        ("abc", "money_format"),
        ("1,23", "money_format"),
        ("1.2.3", "money_format"),
        ("1e3", "money_format"),
        ("nan", "money_format"),
        ("2000000", "money_too_large"),
    ],
)
def test_what_is_refused_says_why(typed, code):
    with pytest.raises(Refusal) as e:
        parse_money(typed, "HKD")
    assert e.value.code == code
    message = str(e.value)
    assert message[0].isupper() and message.endswith(".")


def test_a_currency_without_decimals():
    assert parse_money("1,000", "JPY") == 1000
    with pytest.raises(Refusal) as e:
        parse_money("10.5", "JPY")
    assert e.value.code == "money_decimals" and "no decimals" in str(e.value)
