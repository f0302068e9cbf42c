"""Telecom numbers: ICCID, EID, IMEI, phone number and eSIM activation code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from desk.core.identifier_checks import eid_check_digits, luhn_check_digit

from ._text import is_digits, nfkc, without_separators, without_spaces
from .errors import InvalidIdentifier

__all__ = [
    "ActivationCode",
    "parse_activation_code",
    "parse_eid",
    "parse_iccid",
    "parse_imei",
    "parse_phone",
]


def _digits_with_prefix(kind: str, s: str) -> None:
    """Refuse anything but ASCII digits starting with 89 (ITU-T E.118 / GSMA SGP.29)."""
    if not s:
        raise InvalidIdentifier(kind, "empty")
    if not is_digits(s):
        raise InvalidIdentifier(kind, "format")
    if s[0] != "8" or (len(s) > 1 and s[1] != "9"):
        raise InvalidIdentifier(kind, "format", {"prefix": "89", "found": s[:2]})


def parse_iccid(text: str) -> str:
    """A SIM serial: 19–20 digits starting 89, Luhn over all of them (a reader's F dropped)."""
    s = without_separators("iccid", text)
    if s[-1:] in ("F", "f"):
        s = s[:-1]
    _digits_with_prefix("iccid", s)
    if not 19 <= len(s) <= 20:
        raise InvalidIdentifier("iccid", "length", {"min": 19, "max": 20, "found": len(s)})
    # Luhn with the project's own helper: stdnum.luhn is about 5 times slower (it
    # rebuilds a tuple through str.index), and tests cross-check the two.
    expected = luhn_check_digit(s[:-1])
    if s[-1] != expected:
        values = {"expected": expected, "found": s[-1], "length": len(s)}
        raise InvalidIdentifier("iccid", "check_digit", values)
    return s


def parse_eid(text: str) -> str:
    """An eUICC id: 32 digits starting 89, the whole number ≡ 1 (mod 97)."""
    s = without_separators("eid", text)
    _digits_with_prefix("eid", s)
    if len(s) != 32:
        raise InvalidIdentifier("eid", "length", {"min": 32, "max": 32, "found": len(s)})
    if int(s) % 97 != 1:
        raise InvalidIdentifier(
            "eid", "check_digit", {"expected": eid_check_digits(s[:30]), "found": s[30:]}
        )
    return s


def parse_imei(text: str) -> str:
    """A device IMEI: 15 digits with a Luhn check digit (a 16-digit IMEISV is refused)."""
    s = without_separators("imei", text)
    if not s:
        raise InvalidIdentifier("imei", "empty")
    if not is_digits(s):
        raise InvalidIdentifier("imei", "format")
    if len(s) == 16:
        raise InvalidIdentifier("imei", "unsupported", {"found": 16})
    if len(s) != 15:
        raise InvalidIdentifier("imei", "length", {"min": 15, "max": 15, "found": len(s)})
    expected = luhn_check_digit(s[:-1])
    if s[-1] != expected:
        raise InvalidIdentifier("imei", "check_digit", {"expected": expected, "found": s[-1]})
    return s


# What clerks type: digits, a leading + (or 00), spaces, dashes, dots, slashes, brackets.
_PHONE = re.compile(r"\+?[0-9 ()./-]*")


@lru_cache(maxsize=512)
def _usual_lengths(region: str) -> tuple[int, int]:
    """Shortest and longest fixed-line or mobile national number of a region."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None:
        return (4, 15)
    lengths: set[int] = set()
    for desc in (meta.fixed_line, meta.mobile):
        if desc is not None and desc.possible_length and desc.possible_length[0] != -1:
            lengths.update(desc.possible_length)
    if not lengths and meta.general_desc is not None:
        lengths.update(n for n in meta.general_desc.possible_length or () if n > 0)
    return (min(lengths), max(lengths)) if lengths else (4, 15)


def _length_error(region: str, found: int) -> InvalidIdentifier:
    low, high = _usual_lengths(region)
    return InvalidIdentifier(
        "phone", "length", {"min": low, "max": high, "found": found, "region": region}
    )


def _parse_number(s: str, region: str, digits: int) -> phonenumbers.PhoneNumber:
    try:
        return phonenumbers.parse(s, region)
    except NumberParseException as e:
        if s.startswith("+") and digits <= 3:  # still typing the country code
            raise _length_error(region, 0) from None
        if e.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            if not s.startswith("+"):  # no country code, and no usable default region
                raise InvalidIdentifier("phone", "region", {"region": region}) from None
            cc = "".join(c for c in s if c.isdigit())[:3]
            values = {"region": region, "country_code": cc, "reason": "country_code"}
            raise InvalidIdentifier("phone", "region", values) from None
        if e.error_type in (
            NumberParseException.TOO_SHORT_NSN,
            NumberParseException.TOO_SHORT_AFTER_IDD,
        ):
            raise _length_error(region, 0) from None
        if e.error_type == NumberParseException.TOO_LONG:
            raise _length_error(region, digits) from None
        raise InvalidIdentifier("phone", "format") from None
    except Exception:  # the library's own slip on odd input must not reach the clerk
        raise InvalidIdentifier("phone", "format") from None


def parse_phone(text: str, region: str = "HK") -> str:
    """A phone number in E.164 (``+85251234567``); ``region`` applies when there is no +."""
    s = " ".join(nfkc("phone", text).split())
    if not s:
        raise InvalidIdentifier("phone", "empty")
    if _PHONE.fullmatch(s) is None:
        raise InvalidIdentifier("phone", "format")
    region = str(region).upper()
    digits = sum(c.isdigit() for c in s)
    if digits == 0:
        raise _length_error(region, 0)
    number = _parse_number(s, region, digits)
    if not phonenumbers.is_valid_number(number):
        compact = s.replace(" ", "").replace("-", "")
        if compact.startswith("00") and compact[2:].isdigit():
            # "00852 5123 4567": an IDD prefix the region's rules read differently.
            try:
                alternative = _parse_number("+" + compact[2:], region, digits)
            except InvalidIdentifier:
                pass
            else:
                if phonenumbers.is_valid_number(alternative):
                    return phonenumbers.format_number(alternative, PhoneNumberFormat.E164)
        cc = number.country_code or 0
        where = phonenumbers.region_code_for_country_code(cc)
        if where in ("ZZ", "001"):
            where = region
        nsn = len(phonenumbers.national_significant_number(number))
        high = _usual_lengths(where)[1]
        reason = phonenumbers.is_possible_number_with_reason(number)
        if reason == ValidationResult.INVALID_COUNTRY_CODE:
            values = {"region": region, "country_code": str(cc), "reason": "country_code"}
            raise InvalidIdentifier("phone", "region", values)
        if nsn != high:  # shorter: maybe still being typed; longer: too many digits
            raise _length_error(where, nsn)
        raise InvalidIdentifier("phone", "region", {"region": where, "country_code": str(cc)})
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


_HOST = re.compile(
    r"(?=.{1,253}\Z)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
)
_MATCHING_ID = re.compile(r"[A-Za-z0-9-]*")
_OID = re.compile(r"[0-9]+(?:\.[0-9]+)+")


@dataclass(frozen=True, slots=True)
class ActivationCode:
    """A GSMA SGP.22 activation code. ``str()`` gives the QR-code text (``LPA:1$…``)."""

    smdp_address: str
    matching_id: str
    oid: str | None = None
    confirmation_code_required: bool = False

    def __str__(self) -> str:
        text = f"LPA:1${self.smdp_address}${self.matching_id}"
        if self.oid:
            text += f"${self.oid}"
        if self.confirmation_code_required:
            text += "$1" if self.oid else "$$1"
        return text


def parse_activation_code(text: str) -> ActivationCode:
    """``LPA:1$<SM-DP+ host>$<matching id>[$<OID>][$1]``, with or without ``LPA:``."""
    s = without_spaces("activation_code", text)
    if not s:
        raise InvalidIdentifier("activation_code", "empty")
    if s[:4].upper() == "LPA:":
        s = s[4:]
    parts = s.split("$")
    if parts[0] != "1":
        if is_digits(parts[0]):
            raise InvalidIdentifier("activation_code", "unsupported", {"found": parts[0]})
        raise InvalidIdentifier("activation_code", "format", {"field": "structure", "found": 0})
    if not 3 <= len(parts) <= 5:
        values = {"field": "structure", "found": len(parts)}
        raise InvalidIdentifier("activation_code", "format", values)
    host, matching_id = parts[1], parts[2]
    if _HOST.fullmatch(host) is None:
        raise InvalidIdentifier("activation_code", "format", {"field": "host", "found": host})
    if _MATCHING_ID.fullmatch(matching_id) is None:
        values = {"field": "matching_id", "found": matching_id}
        raise InvalidIdentifier("activation_code", "format", values)
    oid = parts[3] if len(parts) > 3 else ""
    flag = parts[4] if len(parts) > 4 else ""
    if len(parts) == 4 and oid == "1":  # "…$1": no OID (one arc is no OID), confirmation flag
        oid, flag = "", "1"
    if oid and _OID.fullmatch(oid) is None:
        raise InvalidIdentifier("activation_code", "format", {"field": "oid", "found": oid})
    if flag not in ("", "1"):
        raise InvalidIdentifier("activation_code", "format", {"field": "flag", "found": flag})
    return ActivationCode(host, matching_id, oid or None, flag == "1")
