"""The one exception every identifier parser raises, with a sentence a clerk understands.

The English sentence is for logs, the CLI and tests; the UI builds its own translated
sentence from ``kind``, ``code`` and ``values`` (see ``desk/ui/identifier_field.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["CODES", "InvalidIdentifier", "display_region"]

CODES: Final = ("empty", "format", "length", "check_digit", "date", "region", "unsupported")

_NAMES: Final = {
    "hkid": "HKID",
    "cn_ric": "mainland ID",
    "passport": "passport number",
    "mrz": "passport MRZ",
    "iccid": "ICCID",
    "eid": "EID",
    "imei": "IMEI",
    "phone": "phone number",
    "activation_code": "activation code",
}

_UNITS: Final = {
    "hkid": "characters",
    "cn_ric": "characters",
    "passport": "letters and digits",
    "iccid": "digits",
    "eid": "digits",
    "imei": "digits",
}

_MRZ_FIELDS: Final = {
    "document_number": "passport number",
    "birth_date": "date of birth",
    "expiry_date": "expiry date",
    "personal_number": "personal number",
}

_REGIONS: Final = {
    "HK": "Hong Kong",
    "CN": "mainland China",
    "MO": "Macau",
    "TW": "Taiwan",
    "US": "US",
    "CA": "Canadian",
    "GB": "UK",
    "SG": "Singapore",
    "JP": "Japanese",
    "PH": "Philippine",
    "IN": "Indian",
    "AU": "Australian",
}

_FORMATS: Final = {
    "hkid": "An HKID has 1 or 2 letters and 6 digits, then a check character, like A123456(3).",
    "cn_ric": "A mainland ID has 17 digits, then a digit or X.",
    "passport": "A passport number has only letters and digits.",
    "iccid": "An ICCID has only digits.",
    "eid": "An EID has only digits.",
    "imei": "An IMEI has only digits.",
    "phone": "A phone number has only digits, spaces, dashes, brackets and a leading +.",
}

_ACTIVATION_FORMATS: Final = {
    "structure": "An activation code looks like LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID.",
    "host": "The SM-DP+ address in the activation code, {found}, is not a domain name.",
    "matching_id": "The matching ID in the activation code may hold only letters, digits and -.",
    "oid": "The SM-DP+ OID in the activation code, {found}, should be digits and dots.",
    "flag": "The last part of an activation code can only be 1 (confirmation code required).",
}


def display_region(region: object) -> str:
    """An English adjective for a phone region code (``HK`` → ``Hong Kong``, ``US`` → ``US``)."""
    return _REGIONS.get(str(region), str(region))


def _span(low: object, high: object) -> str:
    if low == high:
        return str(low)
    if isinstance(low, int) and isinstance(high, int) and high == low + 1:
        return f"{low} or {high}"
    return f"{low} to {high}"


def english(kind: str, code: str, v: Mapping[str, object]) -> str:
    """The English sentence for a refusal (used as the exception's ``str()``)."""
    name = _NAMES.get(kind, kind)
    if code == "empty":
        return f"Please enter the {name}."
    if code == "length":
        if kind == "mrz":
            return f"MRZ line {v.get('line')} should have 44 characters, not {v.get('found')}."
        if v.get("missing"):
            return (
                f"This {name} has {v.get('found')} digits and is not valid: "
                f"a digit may be missing (most have {v.get('max')})."
            )
        if kind == "phone":
            found, short = v.get("found", 0), v.get("max", 0)
            word = (
                "short"
                if isinstance(found, int) and isinstance(short, int) and found < short
                else "long"
            )
            return f"This {display_region(v.get('region'))} phone number is too {word}."
        span = _span(v.get("min"), v.get("max"))
        return (
            f"The {name} should have {span} {_UNITS.get(kind, 'characters')}, not {v.get('found')}."
        )
    if code == "check_digit":
        expected, found = v.get("expected"), v.get("found")
        if v.get("confirmed") is False:  # see desk.core.identifiers.fixes
            return f"This {name} is not valid: check every digit."
        if kind == "mrz":
            field = v.get("field")
            if field == "composite":
                return f"The final MRZ check digit (over line 2) should be {expected}, not {found}."
            what = _MRZ_FIELDS.get(str(field), str(field))
            return f"The MRZ check digit for the {what} should be {expected}, not {found}."
        if kind == "cn_ric":
            return f"Mainland ID check character should be {expected}, not {found}."
        if kind == "eid":
            return f"EID check digits should be {expected}, not {found}."
        return f"{name} check digit should be {expected}, not {found}."
    if code == "format":
        if kind == "mrz":
            if v.get("field") == "sex":
                return f"The sex in the MRZ should be M, F or <, not {v.get('found')}."
            return f"MRZ line {v.get('line')} may hold only A–Z, 0–9 and <."
        if kind == "activation_code":
            template = _ACTIVATION_FORMATS.get(
                str(v.get("field")), _ACTIVATION_FORMATS["structure"]
            )
            return template.format(found=v.get("found"))
        if "prefix" in v:
            return f"An {name} starts with {v['prefix']}."
        return _FORMATS.get(kind, f"This is not a valid {name}.")
    if code == "date":
        where = "mainland ID" if kind == "cn_ric" else "MRZ"
        what = "expiry date" if v.get("field") == "expiry_date" else "birth date"
        problem = "is in the future" if v.get("reason") == "future" else "does not exist"
        return f"The {what} in the {where}, {v.get('date')}, {problem}."
    if code == "region":
        if "country_code" in v and v.get("reason") == "country_code":
            return f"+{v['country_code']} is not a country calling code."
        return f"This is not a valid {display_region(v.get('region'))} phone number."
    if code == "unsupported":
        if kind == "imei":
            return "This is a 16-digit IMEISV; please enter the 15-digit IMEI (dial *#06#)."
        if kind == "activation_code":
            return f"Only activation code format 1 exists, not {v.get('found')}."
        if kind == "mrz":
            return "Only passport MRZs (2 lines of 44 characters, starting with P) are supported."
    return f"This is not a valid {name}."


class InvalidIdentifier(ValueError):
    """A refused identifier.

    ``kind``: which identifier (one of ``KINDS``); ``code``: one of ``CODES``;
    ``values``: what a message needs (see the package docstring); ``str()``: English.
    """

    kind: str
    code: str
    values: dict[str, object]

    def __init__(self, kind: str, code: str, values: Mapping[str, object] | None = None) -> None:
        self.kind = kind
        self.code = code
        self.values = dict(values) if values else {}
        super().__init__(english(kind, code, self.values))

    def __reduce__(self) -> tuple[type[InvalidIdentifier], tuple[str, str, dict[str, object]]]:
        return (type(self), (self.kind, self.code, self.values))

    def __repr__(self) -> str:
        return f"InvalidIdentifier({self.kind!r}, {self.code!r}, {self.values!r})"
