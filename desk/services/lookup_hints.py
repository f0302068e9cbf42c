"""What the lookup tells the clerk beside its results: what is wrong with a typed
number, or what more to type before a search can mean anything.

Two answers, apart from "nothing found":

* a **problem** (:class:`InvalidIdentifier`): the text has the shape of a whole
  identifier (an HKID with its check character, 18 characters of a mainland ID, 19–20
  digits of an ICCID, 32 of an EID, a phone number) and fails its check. A failed check
  character names the fix only when the lookup found the number with the right one
  (``confirmed``): elsewhere a wrong digit in the middle looks the same, and the hint
  asks to check every digit. A number one digit short of the usual length says so.
* a **need** (one of :data:`NEEDS`): the text is a number (or a name) still being
  typed — too few digits for a phone number, one letter of a name, the start of an ID
  or of a card number. It stays the same from key to key while the clerk types on, so
  the page does not flash between "nothing" and "something".
"""

from __future__ import annotations

import re
from typing import Final

import phonenumbers

from desk.core import identifiers as ids

# What more to type (LookupResult.need).
PHONE_DIGITS: Final = "phone_digits"  # 1–3 digits: at least 4 digits of a phone number
NAME_LETTERS: Final = "name_letters"  # one Latin letter: a second one, or a whole ID
CARD_TAIL: Final = "card_tail"  # 4–5 digits found nothing: a card needs its last 6
WHOLE_ID: Final = "whole_id"  # letters and some digits: the start of an ID number
WHOLE_NUMBER: Final = "whole_number"  # 10+ digits: the start of an ID or card number
NEEDS: Final = (PHONE_DIGITS, NAME_LETTERS, CARD_TAIL, WHOLE_ID, WHOLE_NUMBER)

MIN_PHONE_DIGITS = 4  # national digits; fewer would match a good part of the store
MIN_CARD_TAIL = 6
MIN_CARD_PREFIX = 15  # an ICCID's first digits name a batch: fewer match thousands

PHONE_CHARS = re.compile(r"^\+?[\d\s\-().]+$")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_HKID_WHOLE = re.compile(r"^[A-Z]{1,2}\d{6}\(?[0-9A]\)?$")
_CN_RIC_WHOLE = re.compile(r"^\d{17}[\dX]$")
_ID_START = re.compile(r"^[A-Z]{1,2}\d{0,8}\(?[0-9A]?\)?$")
_LETTER = re.compile(r"^[^\W\d_]$")


def compact(q: str) -> str:
    """The typed text without spaces and dashes, upper case (``C968695-7`` →
    ``C9686957``): how ID and card numbers are compared."""
    return _SEPARATORS.sub("", q).upper()


def digits_of(q: str) -> str:
    return "".join(ch for ch in q if "0" <= ch <= "9")


def country_code_length(digits: str) -> int:
    for n in (1, 2, 3):
        if int(digits[:n] or 0) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return n
    return 0


def mainland_mobile(q: str, region: str) -> str | None:
    """``13812345678`` typed in a Hong Kong store: a mainland mobile, ``+8613812345678``."""
    c = compact(q)
    if region != "CN" and len(c) == 11 and c.isdigit() and c[0] == "1":
        return "+86" + c
    return None


def _checked(exc: ids.InvalidIdentifier, confirmed: set[str]) -> ids.InvalidIdentifier:
    if exc.code != "check_digit":
        return exc
    return ids.InvalidIdentifier(
        exc.kind, exc.code, {**exc.values, "confirmed": exc.kind in confirmed}
    )


def _parse_problem(kind: str, text: str, confirmed: set[str]) -> ids.InvalidIdentifier | None:
    try:
        ids.parse(kind, text)
    except ids.InvalidIdentifier as exc:
        return _checked(exc, confirmed)
    return None


def _card_problem(d: str, confirmed: set[str]) -> ids.InvalidIdentifier | None:
    n = len(d)
    if n == 19 and _parse_problem("iccid", d, confirmed) is not None:
        # Valid 19-digit ICCIDs exist, but most have 20: a scan that dropped a digit.
        return ids.InvalidIdentifier(
            "iccid", "length", {"min": 19, "max": 20, "found": n, "missing": True}
        )
    if n == 20:
        return _parse_problem("iccid", d, confirmed)
    if n == 32:
        return _parse_problem("eid", d, confirmed)
    if n in (18, 21):  # one digit short of, or beyond, an ICCID
        return ids.InvalidIdentifier("iccid", "length", {"min": 19, "max": 20, "found": n})
    if n in (31, 33):
        return ids.InvalidIdentifier("eid", "length", {"min": 32, "max": 32, "found": n})
    return None


def problem(q: str, region: str, confirmed: set[str]) -> ids.InvalidIdentifier | None:
    """Why a whole-looking identifier is wrong; ``confirmed``: the kinds whose number
    with a recomputed check character was found (the check character is the fix)."""
    c = compact(q)
    if _HKID_WHOLE.match(c):
        return _parse_problem("hkid", c, confirmed)
    if _CN_RIC_WHOLE.match(c) and not c.startswith("89"):
        return _parse_problem("cn_ric", c, confirmed)
    if not PHONE_CHARS.match(q):
        return None
    d = digits_of(q)
    dialled = q.lstrip().startswith("+") or c.startswith("00")
    if not dialled and c.isdigit():
        if c.startswith("89"):
            return _card_problem(c, confirmed)
        if len(c) == 17:
            return ids.InvalidIdentifier("cn_ric", "length", {"min": 18, "max": 18, "found": 17})
        mobile = mainland_mobile(q, region)
        if mobile is not None:
            return _parse_problem("phone", mobile, confirmed)
        if len(c) != 8:  # 9: maybe a passport; 10 and more: an ID or card being typed
            return None
    if len(d) >= 8:
        try:
            ids.parse_phone(q, region)
        except ids.InvalidIdentifier as exc:
            return None if ids.is_incomplete(exc) else exc
    return None


def need(q: str, region: str) -> str | None:
    """What more to type, when nothing was found (None: the search was a real one)."""
    c = compact(q)
    if _LETTER.match(c):
        return NAME_LETTERS
    if PHONE_CHARS.match(q):
        d = digits_of(q)
        dialled = q.lstrip().startswith("+") or c.startswith("00")
        if dialled:  # +852 5…, 00852 5…: the digits after a (1–3 digit) country code
            national = len(d.removeprefix("00")) - country_code_length(d.removeprefix("00"))
        else:
            national = len(d)
        if national < MIN_PHONE_DIGITS:
            return PHONE_DIGITS
        if dialled:
            return None
        if len(c) < MIN_CARD_TAIL:
            return CARD_TAIL
        if len(c) >= 10 and mainland_mobile(q, region) is None:
            return WHOLE_NUMBER
        return None
    if _ID_START.match(c) and any(ch.isdigit() for ch in c):
        return WHOLE_ID
    return None
