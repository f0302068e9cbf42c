"""Application numbers: format, parse, order, and every refusal at its edge."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.numbers import DocumentNumber, format_number, parse_number
from desk.core.refusal import Refusal

DAY = date(2026, 11, 22)
FAST = settings(max_examples=300, deadline=None, database=None)


def test_the_example() -> None:
    n = parse_number("HK01-1-20261122-0042")
    assert n == DocumentNumber("HK01", 1, DAY, 42)
    assert str(n) == "HK01-1-20261122-0042"
    assert format_number("HK01", 1, DAY, 42) == "HK01-1-20261122-0042"


@pytest.mark.parametrize(
    ("sequence", "text"),
    [(1, "0001"), (999, "0999"), (9999, "9999"), (10000, "10000"), (123456, "123456")],
)
def test_sequence_is_four_digits_then_grows(sequence: int, text: str) -> None:
    n = DocumentNumber("HK01", 3, DAY, sequence)
    assert str(n) == f"HK01-3-20261122-{text}"
    assert parse_number(str(n)) == n


def test_what_clerks_and_scanners_send() -> None:
    want = DocumentNumber("HK01", 1, DAY, 42)
    assert parse_number("  hk01-1-20261122-0042\n") == want
    assert parse_number("ＨＫ０１－１－２０２６１１２２－００４２") == want  # full-width


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "number_empty"),
        ("   ", "number_empty"),
        ("HK01-1-20261122", "number_format"),
        ("HK01-1-20261122-0042-1", "number_format"),
        ("HK01 1 20261122 0042", "number_format"),
        ("H-1-20261122-0042", "number_store"),  # 1 character: just under
        ("HK-1-20261122-0042", None),  # 2 characters: the least
        ("HK012345-1-20261122-0042", None),  # 8 characters: the most
        ("HK0123456-1-20261122-0042", "number_store"),  # 9: just past
        ("01HK-1-20261122-0042", "number_store"),
        ("HK_1-1-20261122-0042", "number_store"),
        ("HK01-0-20261122-0042", "number_counter"),
        ("HK01-1-20261122-0042", None),
        ("HK01-9-20261122-0042", None),
        ("HK01-10-20261122-0042", "number_counter"),
        ("HK01--20261122-0042", "number_counter"),
        ("HK01-A-20261122-0042", "number_counter"),
        ("HK01-1-20261131-0042", "number_day"),  # 31 November
        ("HK01-1-20260229-0042", "number_day"),  # not a leap year
        ("HK01-1-20280229-0042", None),  # a leap year
        ("HK01-1-2026112-0042", "number_day"),
        ("HK01-1-202611220-0042", "number_day"),
        ("HK01-1-2026-11-22-0042", "number_format"),
        ("HK01-1-20261122-0000", "number_sequence"),
        ("HK01-1-20261122-0001", None),
        ("HK01-1-20261122-042", "number_sequence"),  # 3 digits: too short
        ("HK01-1-20261122-00042", "number_sequence"),  # not canonical: one form only
        ("HK01-1-20261122-42A", "number_sequence"),
        ("HK01-1-20261122-٠٠٤٢", "number_sequence"),  # Arabic-Indic digits
    ],
)
def test_refusals_at_each_edge(text: str, code: str | None) -> None:
    if code is None:
        assert str(parse_number(text)) == text
        return
    with pytest.raises(Refusal) as refused:
        parse_number(text)
    assert refused.value.code == code
    assert str(refused.value)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("hk01", 1, DAY, 1), "number_store"),
        (("HK01", 0, DAY, 1), "number_counter"),
        (("HK01", 10, DAY, 1), "number_counter"),
        (("HK01", 1, DAY, 0), "number_sequence"),
        (("HK01", 1, DAY, -5), "number_sequence"),
    ],
)
def test_building_a_number_checks_its_parts(args: tuple, code: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(Refusal) as refused:
        DocumentNumber(*args)
    assert refused.value.code == code
    with pytest.raises(Refusal) as refused:
        format_number(*args)
    assert refused.value.code == code


numbers = st.builds(
    DocumentNumber,
    st.from_regex(r"[A-Z][A-Z0-9]{1,7}", fullmatch=True),
    st.integers(1, 9),
    st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    st.integers(1, 10**7),
)


@FAST
@given(numbers)
def test_round_trip(n: DocumentNumber) -> None:
    text = str(n)
    assert parse_number(text) == n
    assert text.isascii() and " " not in text  # Code 128 prints it as is
    assert parse_number(text.lower()) == n


@settings(FAST, max_examples=100)
@given(st.lists(numbers, min_size=2, max_size=20))
def test_order_is_by_parts_and_text_agrees_below_ten_thousand(ns: list[DocumentNumber]) -> None:
    by_parts = sorted(ns)
    assert [n.sort_key() for n in by_parts] == sorted(n.sort_key() for n in ns)
    same_place = [DocumentNumber("HK01", 1, DAY, n.sequence % 10000 or 1) for n in ns]
    assert sorted(same_place) == sorted(same_place, key=str)


def test_text_order_breaks_past_9999_but_the_number_order_does_not() -> None:
    a, b = DocumentNumber("HK01", 1, DAY, 9999), DocumentNumber("HK01", 1, DAY, 10000)
    assert a < b
    assert str(b) < str(a)  # why services must sort by the parts


@FAST
@given(st.text(max_size=30))
def test_anything_typed_parses_or_is_refused(text: str) -> None:
    try:
        n = parse_number(text)
    except Refusal as refused:
        assert refused.code.startswith("number_")
    else:
        assert parse_number(str(n)) == n
