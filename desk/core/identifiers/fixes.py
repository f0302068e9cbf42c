"""What a number would be if only its check character were wrong.

A single wrong digit anywhere in an HKID, mainland ID, ICCID or EID fails the same
check as a wrong check character, and the check alone cannot tell the two apart:
"check digit should be 0" leads a clerk to "fix" a typo in the middle into another,
valid, stranger's number. The lookup therefore names the check character as the fix
only when the number made with the right check character is one it knows
(:func:`with_valid_check`); otherwise the clerk is asked to check every digit.
"""

from __future__ import annotations

import re

from desk.core.identifier_checks import (
    cn_ric_check_char,
    eid_check_digits,
    hkid_check_char,
    luhn_check_digit,
)

from ._text import is_digits, without_separators

__all__ = ["with_valid_check"]

_HKID = re.compile(r"([A-Z]{1,2}[0-9]{6})(?:\(?[0-9A]\)?)?")
_CN_RIC = re.compile(r"([0-9]{17})[0-9X]?")


def with_valid_check(kind: str, text: str) -> str | None:
    """``text``'s body with the one check character that makes it valid, normalised.

    HKID: 1–2 letters and 6 digits, with or without a (wrong) check character
    (``C968695`` → ``C968695(7)``); mainland ID: 17 or 18 characters; ICCID: 20 digits
    starting 89; EID: 32 digits starting 89. None when ``text`` has no such body.
    """
    s = without_separators(kind, text).upper()
    if kind == "hkid":
        m = _HKID.fullmatch(s)
        return f"{m.group(1)}({hkid_check_char(m.group(1))})" if m else None
    if kind == "cn_ric":
        m = _CN_RIC.fullmatch(s)
        return m.group(1) + cn_ric_check_char(m.group(1)) if m else None
    if not (is_digits(s) and s.startswith("89")):
        return None
    if kind == "iccid" and len(s) == 20:
        return s[:19] + luhn_check_digit(s[:19])
    if kind == "eid" and len(s) == 32:
        return s[:30] + eid_check_digits(s[:30])
    return None
