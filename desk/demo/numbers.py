"""Demo phone numbers and card numbers: valid, unique, and fast to draw.

Asking ``phonenumbers`` about each of a million numbers would take a minute, so the
valid number *ranges* are worked out once per process: a range is a national prefix
(``5123`` in Hong Kong) under which every number of the full length is a valid mobile
number. A prefix is accepted only if numbers under each of its ten next digits, at
both ends of the range, are valid — so a range that libphonenumber splits one digit
further down is refused. Numbers are then drawn from the accepted ranges with no
library call at all.

ICCIDs are ``89`` + country code + issuer (the carrier's ``iccid_prefix``) + serial +
Luhn digit; EIDs are ``89`` + a manufacturer prefix + 22 digits + the two ISO 7064
MOD 97-10 digits that make the number ≡ 1 (mod 97).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberType

from desk.core.identifiers import eid_check_digits, luhn_check_digit

# "89" + a 3-digit country code + a 3-digit eUICC manufacturer id (GSMA SGP.29 layout);
# demo values in the shape of real ones.
EUM_PREFIXES = ("89049032", "89033023", "89044045", "89001012", "89086030")


@dataclass(frozen=True)
class MobileRanges:
    region: str
    country_code: int
    prefixes: tuple[str, ...]  # national prefixes, all of the same length
    tail: int  # digits after the prefix

    @property
    def size(self) -> int:
        return len(self.prefixes) * int(10**self.tail)


# Candidate prefixes per region, and the digits after them. Hong Kong: 8-digit mobiles
# from 5, 6, 9 (every 4-digit block). US: real area codes, a spread of exchanges. GB:
# 07400–07999 (every other 4-digit block). Mainland: 11-digit mobiles, 13x–19x.
_US_AREAS = ("212", "213", "310", "312", "347", "305", "404", "408", "415", "503", "602",
             "617", "646", "702", "713", "718", "818", "917", "206", "214")  # fmt: skip


def _candidates(region: str) -> tuple[list[str], int]:
    if region == "HK":
        return [str(p) for p in range(5000, 10000) if str(p)[0] in "569"], 4
    if region == "US":
        return [f"{a}{x}" for a in _US_AREAS for x in range(201, 1000, 29)], 4
    if region == "GB":
        return [str(p) for p in range(7400, 8000, 2)], 6
    if region == "CN":
        return [str(p) for p in range(1300, 2000, 7)], 7
    raise ValueError(f"no demo phone numbers for region {region}")


def _is_mobile(country_code: int, national: str) -> bool:
    """The whole library check: valid, and a mobile number (slow: ~30 µs)."""
    number = phonenumbers.PhoneNumber(country_code=country_code, national_number=int(national))
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
        PhoneNumberType.MOBILE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def _mobile_pattern(region: str) -> Callable[[str], bool]:
    """The region's mobile pattern from libphonenumber's metadata (fast: ~1 µs)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = None if metadata is None else metadata.mobile
    if desc is None or desc.national_number_pattern is None:
        raise ValueError(f"no mobile numbers known for region {region}")
    pattern = re.compile(desc.national_number_pattern)
    lengths = set(desc.possible_length or ())

    def matches(national: str) -> bool:
        return len(national) in lengths and pattern.fullmatch(national) is not None

    return matches


@cache
def mobile_ranges(region: str) -> MobileRanges:
    """The valid mobile ranges of ``region`` (worked out once per process, ~0.1 s).

    Every candidate prefix is tried against the mobile pattern with 20 numbers (each
    next digit, both ends of its range); each accepted prefix is then confirmed by the
    library's full check on one number.
    """
    country_code = phonenumbers.country_code_for_region(region)
    candidates, tail = _candidates(region)
    low, high = "0" * (tail - 1), "9" * (tail - 1)
    matches = _mobile_pattern(region)
    accepted = tuple(
        p
        for p in candidates
        if all(matches(f"{p}{d}{end}") for d in "0123456789" for end in (low, high))
        and _is_mobile(country_code, p + "5" + low)
    )
    if not accepted:
        raise ValueError(f"no valid mobile range found for {region}")
    return MobileRanges(region, country_code, accepted, tail)


class NumberMaker:
    """Draws unique MSISDNs, ICCIDs and EIDs from one seeded :class:`random.Random`."""

    def __init__(self) -> None:
        self.msisdns: set[str] = set()
        self.iccids: set[str] = set()
        self.eids: set[str] = set()
        self._ranges: dict[str, tuple[str, tuple[str, ...], int, int]] = {}

    def _range(self, region: str) -> tuple[str, tuple[str, ...], int, int]:
        found = self._ranges.get(region)
        if found is None:
            r = mobile_ranges(region)
            found = (f"+{r.country_code}", r.prefixes, r.tail, 10**r.tail)
            self._ranges[region] = found
        return found

    def msisdn(self, rng: random.Random, region: str) -> str:
        """A new E.164 mobile number of ``region``, never handed out before."""
        cc, prefixes, tail, span = self._range(region)
        used = self.msisdns
        while True:
            k, rest = divmod(int(rng.random() * len(prefixes) * span), span)
            number = f"{cc}{prefixes[k]}{rest:0{tail}d}"
            if number not in used:
                used.add(number)
                return number

    def contact(self, rng: random.Random, region: str) -> str:
        """A valid mobile number of ``region`` for contact only (may repeat, not a line)."""
        cc, prefixes, tail, span = self._range(region)
        k, rest = divmod(int(rng.random() * len(prefixes) * span), span)
        return f"{cc}{prefixes[k]}{rest:0{tail}d}"

    def iccid(self, rng: random.Random, prefix: str, length: int) -> str:
        """A new ICCID of ``length`` digits under ``prefix`` (Luhn digit included)."""
        serial = length - len(prefix) - 1
        span = 10**serial
        used = self.iccids
        while True:
            body = f"{prefix}{int(rng.random() * span):0{serial}d}"
            number = body + luhn_check_digit(body)
            if number not in used:
                used.add(number)
                return number

    def iccid_batch(self, rng: random.Random, prefix: str, length: int, count: int) -> list[str]:
        """``count`` ICCIDs with consecutive serials, as blank SIMs come in a box."""
        serial = length - len(prefix) - 1
        while True:
            start = rng.randrange(10**serial - count)
            bodies = [f"{prefix}{start + i:0{serial}d}" for i in range(count)]
            numbers = [b + luhn_check_digit(b) for b in bodies]
            if not self.iccids.intersection(numbers):
                self.iccids.update(numbers)
                return numbers

    def eid(self, rng: random.Random) -> str:
        """A new 32-digit EID: a manufacturer prefix, 22 digits, 2 check digits."""
        used = self.eids
        while True:
            first30 = f"{rng.choice(EUM_PREFIXES)}{rng.getrandbits(80) % 10**22:022d}"
            number = first30 + eid_check_digits(first30)
            if number not in used:
                used.add(number)
                return number
