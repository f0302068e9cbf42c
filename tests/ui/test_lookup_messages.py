"""The lookup's needs and its unconfirmed check digits, in the clerk's words."""

from __future__ import annotations

from desk.core.identifiers import InvalidIdentifier
from desk.services import lookup_hints
from desk.ui.identifier_messages import message_for, need_text


def test_every_need_has_a_sentence(qapp):
    texts = [need_text(need) for need in lookup_hints.NEEDS]
    assert all(texts) and len(set(texts)) == len(texts)
    assert need_text(lookup_hints.PHONE_DIGITS) == "Type at least 4 digits of a phone number."


def test_a_check_digit_is_named_only_when_confirmed(qapp):
    values = {"expected": "0", "found": "7"}
    for kind in ("hkid", "cn_ric", "iccid", "eid"):
        unsure = InvalidIdentifier(kind, "check_digit", {**values, "confirmed": False})
        assert message_for(unsure) == "This number is not valid: check every digit."
    sure = InvalidIdentifier("hkid", "check_digit", {**values, "confirmed": True})
    assert message_for(sure) == "Check digit should be 0, not 7."


def test_a_missing_digit_says_the_length(qapp):
    e = InvalidIdentifier("iccid", "length", {"min": 19, "max": 20, "found": 19, "missing": True})
    assert message_for(e) == (
        "This ICCID has 19 digits and is not valid: a digit may be missing (most ICCIDs have 20)."
    )
