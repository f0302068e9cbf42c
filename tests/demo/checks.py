"""Independent checks of the demo's identifiers (deliberately not desk.core): HKID check
character, mainland MOD 11-2, Luhn, EID mod 97, masks and UUIDv7, so that a bug shared
by the generator and the parsers cannot hide."""

from __future__ import annotations

import re
import uuid
from datetime import date


def hkid_ok(number: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([0-9A])\)", number)
    if not m:
        return False
    letters, digits, check = m.groups()
    values = [ord(c) - 55 for c in letters]  # A=10 … Z=35
    if len(values) == 1:
        values.insert(0, 36)
    values += [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


def cn_ric_ok(number: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(c) * w for c, w in zip(number[:17], weights, strict=True))
    if "10X98765432"[total % 11] != number[17]:
        return False
    born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    return date(1950, 1, 1) <= born <= date(2006, 12, 31)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def eid_ok(eid: str) -> bool:
    return len(eid) == 32 and eid.isdigit() and eid.startswith("89") and int(eid) % 97 == 1


def expected_mask(kind: str, number: str) -> str:
    if kind == "hkid":
        return number[:-6] + "***" + number[-3:]
    if kind == "cn_ric":
        return number[:6] + "********" + number[-4:]
    return number[:3] + "*" * (len(number) - 5) + number[-2:]


def is_uuid7(text: str) -> bool:
    u = uuid.UUID(hex=text)
    return u.version == 7 and u.variant == uuid.RFC_4122 and u.hex == text
