"""Identifiers: the public examples, values computed here independently, every refusal code.

The check characters expected below come from the small independent implementations at
the top of this file (written from DOMAIN.md, with different formulas where there is
one), never from ``desk.core.identifier_checks``.
"""

from __future__ import annotations

import pickle
import random
from datetime import date

import pytest

from desk.core.identifiers import (
    CODES,
    KINDS,
    MRZ,
    ActivationCode,
    InvalidIdentifier,
    cn_ric_check_char,
    eid_check_digits,
    hkid_check_char,
    is_incomplete,
    luhn_check_digit,
    mask,
    mrz_check_digit,
    parse,
    parse_activation_code,
    parse_cn_ric,
    parse_eid,
    parse_hkid,
    parse_iccid,
    parse_imei,
    parse_mrz,
    parse_passport_number,
    parse_phone,
)

TODAY = date(2026, 11, 22)
SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
N = 200  # random values per kind


# --- independent oracle ------------------------------------------------------------
def hkid_check(body: str) -> str:
    """``A123456`` → ``3``; ``AB123456`` → its check character."""
    values = [ord(c) - ord("A") + 10 if c.isalpha() else int(c) for c in body]
    if len(values) == 7:
        values.insert(0, 36)
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    remainder = 11 - total % 11
    return {11: "0", 10: "A"}.get(remainder, str(remainder))


def cn_ric_check(first17: str) -> str:
    """ISO 7064 MOD 11-2: weight of position i (from the left, 0-based) is 2**(17-i) mod 11."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, d in enumerate(reversed(digits)):
        n = int(d) * (2 if position % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def luhn_check(body: str) -> str:
    """The digit that makes ``body + digit`` pass Luhn, found by trying all ten."""
    (digit,) = [d for d in "0123456789" if luhn_valid(body + d)]
    return digit


def eid_valid(digits: str) -> bool:
    return int(digits) % 97 == 1


def mrz_check(field: str) -> str:
    def value(c: str) -> int:
        return 0 if c == "<" else int(c, 36)

    total = sum(value(c) * w for c, w in zip(field, itertools.cycle((7, 3, 1))))
    return str(total % 10)


def make_hkid(rng: random.Random) -> str:
    letters = "".join(rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ", k=rng.choice((1, 2))))
    digits = "".join(rng.choices("0123456789", k=6))
    return f"{letters}{digits}({hkid_check(letters + digits)})"


def make_cn_ric(rng: random.Random) -> str:
    born = date(1930, 1, 1).toordinal() + rng.randrange(365 * 90)
    body = f"{rng.randrange(110000, 660000)}{date.fromordinal(born):%Y%m%d}{rng.randrange(1000):03d}"
    return body + cn_ric_check(body)


def make_iccid(rng: random.Random) -> str:
    body = "89" + "".join(rng.choices("0123456789", k=rng.choice((16, 17))))
    return body + luhn_check(body)


def make_eid(rng: random.Random) -> str:
    body = "89" + "".join(rng.choices("0123456789", k=28))
    (eid,) = [body + f"{cd:02d}" for cd in range(2, 99) if eid_valid(body + f"{cd:02d}")]
    return eid


def make_imei(rng: random.Random) -> str:
    body = "".join(rng.choices("0123456789", k=14))
    return body + luhn_check(body)


def make_td3(
    *,
    number: str = "L898902C3",
    nationality: str = "UTO",
    birth: str = "740812",
    sex: str = "F",
    expiry: str = "120415",
    personal: str = "ZE184226B",
    names: str = "ERIKSSON<<ANNA<MARIA",
    issuer: str = "UTO",
) -> tuple[str, str]:
    """Two MRZ lines of a TD3 passport with every check digit computed here."""
    line1 = f"P<{issuer}{names}".ljust(44, "<")
    number = number.ljust(9, "<")
    personal = personal.ljust(14, "<")
    personal_check = "<" if not personal.strip("<") else mrz_check(personal)
    part = (
        number
        + mrz_check(number)
        + nationality
        + birth
        + mrz_check(birth)
        + sex
        + expiry
        + mrz_check(expiry)
        + personal
        + personal_check
    )
    composite = part[0:10] + part[13:20] + part[21:43]
    return line1, part + mrz_check(composite)
