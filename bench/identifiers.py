"""Validations per second for each identifier kind, valid and invalid inputs.

    python bench/identifiers.py [seconds-per-row]

Each row runs the parser over a pool of distinct inputs (as a clerk would type them:
some with spaces or lower case) for about half a second; invalid inputs are one
character off a valid one, so the parser goes all the way to the check digit. The
generator helpers (used for the demo store) are measured the same way.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from datetime import date

from desk.core.identifiers import (
    InvalidIdentifier,
    cn_ric_check_char,
    eid_check_digits,
    hkid_check_char,
    luhn_check_digit,
    mrz_check_digit,
    parse,
)

POOL = 256
rng = random.Random(2026)


def digits(n: int) -> str:
    return "".join(rng.choices("0123456789", k=n))


def off_by_one(value: str, position: int) -> str:
    position %= len(value)
    swapped = "1" if value[position] == "0" else "0"
    return value[:position] + swapped + value[position + 1 :]


def hkid() -> str:
    body = rng.choice("ABCEGKPRZ") + digits(6)
    return f"{body.lower()} ({hkid_check_char(body)})"


def cn_ric() -> str:
    born = date.fromordinal(date(1940, 1, 1).toordinal() + rng.randrange(365 * 80))
    body = f"110105{born:%Y%m%d}{digits(3)}"
    return body + cn_ric_check_char(body)


def passport() -> str:
    return rng.choice("EKL") + digits(7) + rng.choice("ABC")


def mrz() -> str:
    number = passport()
    line2 = number + mrz_check_digit(number) + "UTO7408122F1204159"
    personal = "ZE184226B<<<<<"
    line2 += personal + mrz_check_digit(personal)
    line2 += mrz_check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    return "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + line2


def iccid() -> str:
    body = "8985200" + digits(12)
    value = body + luhn_check_digit(body)
    return " ".join(value[i : i + 4] for i in range(0, 20, 4))


def eid() -> str:
    body = "89049032" + digits(22)
    return body + eid_check_digits(body)


def imei() -> str:
    body = "35" + digits(12)
    return body + luhn_check_digit(body)


def phone() -> str:
    while True:  # a mobile number as typed; not every 4-digit block is allocated
        text = f"{rng.choice('5679')}{digits(3)} {digits(4)}"
        try:
            return parse("phone", text) and text
        except InvalidIdentifier:
            pass


def activation_code() -> str:
    return f"LPA:1$SMDP.EXAMPLE.COM${digits(5)}-AGYFT-A74Y8-{digits(5)}"


# (kind, make a valid input, position of the character to spoil for an invalid one)
KINDS: list[tuple[str, Callable[[], str], int]] = [
    ("hkid", hkid, -2),
    ("cn_ric", cn_ric, -1),
    ("passport", passport, 0),  # spoilt below by a bad character
    ("mrz", mrz, -1),
    ("iccid", iccid, -1),
    ("eid", eid, -1),
    ("imei", imei, -1),
    ("phone", phone, 0),
    ("activation_code", activation_code, 8),
]


def rate(call: Callable[[str], object], inputs: list[str], seconds: float) -> float:
    """Calls per second over ``inputs``, repeated for about ``seconds``."""
    calls, start = 0, time.perf_counter()
    deadline = start + seconds
    while True:
        for text in inputs:
            call(text)
        calls += len(inputs)
        now = time.perf_counter()
        if now >= deadline:
            return calls / (now - start)


def refused(kind: str) -> Callable[[str], object]:
    def call(text: str) -> object:
        try:
            return parse(kind, text)
        except InvalidIdentifier as e:
            return e

    return call


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    print(f"{'kind':<17}{'valid /s':>13}{'invalid /s':>13}   invalid example")
    print("-" * 72)
    for kind, make, spoil in KINDS:
        valid = [make() for _ in range(POOL)]
        if kind == "passport":
            invalid = [v[:4] + "-" + v[5:] for v in valid]
        elif kind == "phone":
            invalid = ["1" + v[1:] for v in valid]  # HK numbers never start with 1
        elif kind == "activation_code":
            invalid = [v.replace("$", "$$", 2) for v in valid]
        else:
            invalid = [off_by_one(v, spoil) for v in valid]
        for v in valid:
            parse(kind, v)  # the pool really is valid
        call = refused(kind)
        reason = call(invalid[0])
        code = reason.code if isinstance(reason, InvalidIdentifier) else "accepted!"
        ok = rate(lambda t, k=kind: parse(k, t), valid, seconds)
        bad = rate(call, invalid, seconds)
        print(f"{kind:<17}{ok:>13,.0f}{bad:>13,.0f}   {code}")

    print()
    print(f"{'generator helper':<26}{'calls /s':>13}")
    print("-" * 39)
    bodies: list[tuple[str, Callable[[str], str], list[str]]] = [
        ("hkid_check_char", hkid_check_char, ["A" + digits(6) for _ in range(POOL)]),
        ("cn_ric_check_char", cn_ric_check_char, [digits(17) for _ in range(POOL)]),
        ("luhn_check_digit (19)", luhn_check_digit, ["89" + digits(17) for _ in range(POOL)]),
        ("eid_check_digits", eid_check_digits, ["89" + digits(28) for _ in range(POOL)]),
        ("mrz_check_digit (9)", mrz_check_digit, [passport() for _ in range(POOL)]),
    ]
    for name, helper, inputs in bodies:
        print(f"{name:<26}{rate(helper, inputs, seconds):>13,.0f}")


if __name__ == "__main__":
    main()
