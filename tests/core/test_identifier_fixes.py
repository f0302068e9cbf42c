"""with_valid_check: the number as it would be if only its check character were wrong."""

from __future__ import annotations

import pytest

from desk.core.identifiers import InvalidIdentifier, parse, with_valid_check


@pytest.mark.parametrize(
    ("kind", "typed", "fixed"),
    [
        ("hkid", "A123456", "A123456(3)"),
        ("hkid", "A123456(4)", "A123456(3)"),
        ("hkid", "a123456-4", "A123456(3)"),
        ("hkid", "AB987654", "AB987654(3)"),  # by hand below
        ("cn_ric", "11010519491231002", "11010519491231002X"),
        ("cn_ric", "110105194912310021", "11010519491231002X"),
        ("iccid", "89014103211118510721", "89014103211118510720"),
        ("eid", "89049032123451234512345678901234", "89049032123451234512345678901235"),
        ("hkid", "A12345", None),
        ("iccid", "8901410321111851072", None),  # 19 digits: maybe one is missing
        ("eid", "123", None),
    ],
)
def test_with_valid_check(kind, typed, fixed):
    assert with_valid_check(kind, typed) == fixed
    if fixed is not None:
        assert parse(kind, fixed) == fixed


def test_ab987654_check_character_by_hand():
    # A=10, B=11; weights 9..2: 90+88+63+48+35+24+15+8 = 371; 371 % 11 = 8; 11 - 8 = 3
    values = [10, 11, 9, 8, 7, 6, 5, 4]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    assert with_valid_check("hkid", "AB987654") == f"AB987654({(11 - total % 11) % 11})"


def test_unconfirmed_check_digit_message_names_no_digit():
    e = InvalidIdentifier(
        "hkid", "check_digit", {"expected": "0", "found": "7", "confirmed": False}
    )
    assert str(e) == "This HKID is not valid: check every digit."
    e = InvalidIdentifier("hkid", "check_digit", {"expected": "0", "found": "7"})
    assert str(e) == "HKID check digit should be 0, not 7."
