"""Check characters for the identifiers Desk handles, as plain fast arithmetic.

These are the hot helpers: the parsers in :mod:`desk.core.identifiers` use some of them,
and the demo-data generator calls them millions of times, so they use no regex and no
library, only table look-ups and integer arithmetic. Each expects a well-formed body
(upper-case ASCII letters, ASCII digits) and raises :class:`ValueError` otherwise.

================  ==============================================================
helper            algorithm (see /work/shared/DOMAIN.md)
================  ==============================================================
hkid_check_char   A–Z = 10–35, a single-letter prefix gets a leading 36; weights
                  9..2; check = (11 − sum mod 11) mod 11, 10 written ``A``
cn_ric_check_char ISO 7064 MOD 11-2 over 17 digits: ``"10X98765432"[sum % 11]``
luhn_check_digit  Luhn (ISO/IEC 7812): the digit to append
eid_check_digits  ISO 7064 MOD 97-10: the 2 digits making the 32-digit EID ≡ 1 mod 97
mrz_check_digit   ICAO 9303: ``<`` = 0, digits, A–Z = 10–35; weights 7, 3, 1; mod 10
================  ==============================================================
"""

from __future__ import annotations

__all__ = [
    "cn_ric_check_char",
    "eid_check_digits",
    "hkid_check_char",
    "luhn_check_digit",
    "mrz_check_digit",
]

_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# HKID: digits their own value, letters 10–35, the implicit leading blank 36.
_HKID_VALUE: dict[str, int] = {c: i for i, c in enumerate(_DIGITS + _LETTERS)}
_HKID_VALUE[" "] = 36
_HKID_CHECK = "0123456789A"

_RIC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RIC_CHECK = "10X98765432"

_DIGIT_VALUE: dict[str, int] = {c: i for i, c in enumerate(_DIGITS)}
# Luhn: a doubled digit contributes the sum of the digits of its double.
_LUHN_DOUBLED: dict[str, int] = {c: (2 * i) // 10 + (2 * i) % 10 for i, c in enumerate(_DIGITS)}

_MRZ_VALUE: dict[str, int] = {c: i for i, c in enumerate(_DIGITS + _LETTERS)}
_MRZ_VALUE["<"] = 0


def hkid_check_char(prefix_and_digits: str) -> str:
    """The HKID check character (``0``–``9`` or ``A``) for ``A123456`` or ``AB123456``."""
    body = prefix_and_digits
    if len(body) == 7:
        body = " " + body
    elif len(body) != 8:
        raise ValueError(f"an HKID body has 7 or 8 characters, not {len(body)}")
    v = _HKID_VALUE
    try:
        total = (
            9 * v[body[0]]
            + 8 * v[body[1]]
            + 7 * v[body[2]]
            + 6 * v[body[3]]
            + 5 * v[body[4]]
            + 4 * v[body[5]]
            + 3 * v[body[6]]
            + 2 * v[body[7]]
        )
    except KeyError:
        raise ValueError(f"not an HKID body: {prefix_and_digits!r}") from None
    return _HKID_CHECK[(11 - total % 11) % 11]


def cn_ric_check_char(first17: str) -> str:
    """The mainland resident ID check character (``0``–``9`` or ``X``) for 17 digits."""
    if len(first17) != 17:
        raise ValueError(f"a mainland ID body has 17 digits, not {len(first17)}")
    v = _DIGIT_VALUE
    try:
        total = sum([w * v[c] for w, c in zip(_RIC_WEIGHTS, first17, strict=True)])
    except KeyError:
        raise ValueError(f"not 17 digits: {first17!r}") from None
    return _RIC_CHECK[total % 11]


def luhn_check_digit(digits: str) -> str:
    """The Luhn digit to append to ``digits`` (ICCID, IMEI)."""
    rev = digits[::-1]
    try:
        # Once the check digit is appended, the rightmost digit here is doubled.
        total = sum(map(_LUHN_DOUBLED.__getitem__, rev[0::2])) + sum(
            map(_DIGIT_VALUE.__getitem__, rev[1::2])
        )
    except KeyError:
        raise ValueError(f"not digits: {digits!r}") from None
    return _DIGITS[(10 - total % 10) % 10]


def eid_check_digits(first30: str) -> str:
    """The two check digits making a 32-digit EID ≡ 1 (mod 97), as ``"02"``–``"98"``."""
    if len(first30) != 30 or not (first30.isascii() and first30.isdigit()):
        raise ValueError(f"an EID body has 30 digits: {first30!r}")
    return f"{98 - int(first30) * 100 % 97:02d}"


def mrz_check_digit(text: str) -> str:
    """The ICAO 9303 check digit of an MRZ field (``A``–``Z``, ``0``–``9``, ``<``)."""
    get = _MRZ_VALUE.__getitem__
    try:
        total = (
            7 * sum(map(get, text[0::3]))
            + 3 * sum(map(get, text[1::3]))
            + sum(map(get, text[2::3]))
        )
    except KeyError:
        raise ValueError(f"not an MRZ field: {text!r}") from None
    return _DIGITS[total % 10]
