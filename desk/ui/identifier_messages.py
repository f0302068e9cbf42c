"""The identifier field's refusals and names, in the clerk's language.

Built from an :class:`InvalidIdentifier`'s ``code`` and ``values`` with English source
strings marked by ``QT_TRANSLATE_NOOP`` (context ``IdentifierField``), so lupdate finds
them. Apart from the widget (:mod:`desk.ui.identifier_field`) so that every form and
page that reports a wrong identifier says it the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.identifiers import InvalidIdentifier

_CTX = "IdentifierField"

NAMES = {
    "hkid": QT_TRANSLATE_NOOP("IdentifierField", "HKID"),
    "cn_ric": QT_TRANSLATE_NOOP("IdentifierField", "Mainland ID"),
    "passport": QT_TRANSLATE_NOOP("IdentifierField", "Passport number"),
    "mrz": QT_TRANSLATE_NOOP("IdentifierField", "Passport MRZ"),
    "iccid": QT_TRANSLATE_NOOP("IdentifierField", "ICCID"),
    "eid": QT_TRANSLATE_NOOP("IdentifierField", "EID"),
    "imei": QT_TRANSLATE_NOOP("IdentifierField", "IMEI"),
    "phone": QT_TRANSLATE_NOOP("IdentifierField", "Phone number"),
    "activation_code": QT_TRANSLATE_NOOP("IdentifierField", "Activation code"),
}

PLACEHOLDERS = {
    "hkid": "A123456(3)",
    "cn_ric": "11010519491231002X",
    "passport": "L898902C3",
    "iccid": "8985 2…",
    "eid": "89049032…",
    "imei": "35…",
    "phone": "5123 4567",
    "activation_code": "LPA:1$…",
}

REGIONS = {
    "HK": QT_TRANSLATE_NOOP("IdentifierField", "Hong Kong"),
    "CN": QT_TRANSLATE_NOOP("IdentifierField", "mainland China"),
    "MO": QT_TRANSLATE_NOOP("IdentifierField", "Macau"),
    "TW": QT_TRANSLATE_NOOP("IdentifierField", "Taiwan"),
    "US": QT_TRANSLATE_NOOP("IdentifierField", "US"),
}

# Refusals by (kind, code) or (kind, code, detail); {placeholders} come from the values.
MESSAGES: dict[tuple[str, ...], object] = {
    ("empty",): QT_TRANSLATE_NOOP("IdentifierField", "Please enter the {name}."),
    ("hkid", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An HKID has 1–2 letters and 6 digits, then a check character."
    ),
    ("hkid", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "This HKID should have {min} characters, not {found}."
    ),
    ("hkid", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit should be {expected}, not {found}."
    ),
    ("cn_ric", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "A mainland ID has 17 digits, then a digit or X."
    ),
    ("cn_ric", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "A mainland ID has 18 characters, not {found}."
    ),
    ("cn_ric", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check character should be {expected}, not {found}."
    ),
    ("cn_ric", "date", "invalid"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The birth date {date} does not exist."
    ),
    ("cn_ric", "date", "future"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The birth date {date} is in the future."
    ),
    ("passport", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "A passport number has only letters and digits."
    ),
    ("passport", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "A passport number has 5 to 9 letters and digits, not {found}."
    ),
    ("mrz", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "MRZ line {line} may hold only A–Z, 0–9 and <."
    ),
    ("mrz", "format", "sex"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The sex in the MRZ should be M, F or <, not {found}."
    ),
    ("mrz", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "MRZ line {line} should have 44 characters, not {found}."
    ),
    ("mrz", "unsupported"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Only passport MRZs (2 lines of 44 characters) can be read."
    ),
    ("mrz", "check_digit", "document_number"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit of the passport number should be {expected}, not {found}."
    ),
    ("mrz", "check_digit", "birth_date"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit of the date of birth should be {expected}, not {found}."
    ),
    ("mrz", "check_digit", "expiry_date"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit of the expiry date should be {expected}, not {found}."
    ),
    ("mrz", "check_digit", "personal_number"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit of the personal number should be {expected}, not {found}."
    ),
    ("mrz", "check_digit", "composite"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The last check digit of line 2 should be {expected}, not {found}."
    ),
    ("mrz", "date", "birth_date"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The date of birth {date} does not exist."
    ),
    ("mrz", "date", "expiry_date"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The expiry date {date} does not exist."
    ),
    ("iccid", "format"): QT_TRANSLATE_NOOP("IdentifierField", "An ICCID has only digits."),
    ("iccid", "format", "prefix"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An ICCID starts with {prefix}."
    ),
    ("iccid", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An ICCID has 19 or 20 digits, not {found}."
    ),
    ("iccid", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit should be {expected}, not {found}."
    ),
    ("eid", "format"): QT_TRANSLATE_NOOP("IdentifierField", "An EID has only digits."),
    ("eid", "format", "prefix"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An EID starts with {prefix}."
    ),
    ("eid", "length"): QT_TRANSLATE_NOOP("IdentifierField", "An EID has 32 digits, not {found}."),
    ("eid", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The last two digits should be {expected}, not {found}."
    ),
    ("imei", "format"): QT_TRANSLATE_NOOP("IdentifierField", "An IMEI has only digits."),
    ("imei", "length"): QT_TRANSLATE_NOOP("IdentifierField", "An IMEI has 15 digits, not {found}."),
    ("imei", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit should be {expected}, not {found}."
    ),
    ("imei", "unsupported"): QT_TRANSLATE_NOOP(
        "IdentifierField",
        "This is a 16-digit IMEISV; please enter the 15-digit IMEI (dial *#06#).",
    ),
    ("phone", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField",
        "A phone number has only digits, spaces, dashes, brackets and a leading +.",
    ),
    ("phone", "length", "short"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Too short for a {region} phone number."
    ),
    ("phone", "length", "long"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Too long for a {region} phone number."
    ),
    ("phone", "region"): QT_TRANSLATE_NOOP(
        "IdentifierField", "This is not a valid {region} phone number."
    ),
    ("phone", "region", "country_code"): QT_TRANSLATE_NOOP(
        "IdentifierField", "+{country_code} is not a country calling code."
    ),
    ("activation_code", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An activation code looks like LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID."
    ),
    ("activation_code", "format", "host"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The SM-DP+ address {found} is not a domain name."
    ),
    ("activation_code", "format", "matching_id"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The matching ID may hold only letters, digits and -."
    ),
    ("activation_code", "format", "oid"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The SM-DP+ OID {found} should be digits and dots."
    ),
    ("activation_code", "format", "flag"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The last part can only be 1 (confirmation code required)."
    ),
    ("activation_code", "unsupported"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Only activation code format 1 exists, not {found}."
    ),
    ("other",): QT_TRANSLATE_NOOP("IdentifierField", "This is not a valid {name}."),
    # The lookup names a check character only when the number with the right one is
    # known (desk.core.identifiers.fixes); elsewhere a wrong digit anywhere is as likely.
    **{
        (kind, "check_digit", "unconfirmed"): QT_TRANSLATE_NOOP(
            "IdentifierField", "This number is not valid: check every digit."
        )
        for kind in ("hkid", "cn_ric", "iccid", "eid", "imei")
    },
    ("iccid", "length", "missing"): QT_TRANSLATE_NOOP(
        "IdentifierField",
        "This ICCID has {found} digits and is not valid: a digit may be missing "
        "(most ICCIDs have 20).",
    ),
}

# What more the lookup needs before a search can mean anything (LookupResult.need).
NEEDS = {
    "phone_digits": QT_TRANSLATE_NOOP("LookupNeeds", "Type at least 4 digits of a phone number."),
    "name_letters": QT_TRANSLATE_NOOP(
        "LookupNeeds", "Type at least 2 letters of a name, or a whole ID number."
    ),
    "card_tail": QT_TRANSLATE_NOOP(
        "LookupNeeds",
        "No phone number has these digits. For an ICCID or EID, type at least its last 6 digits.",
    ),
    "whole_id": QT_TRANSLATE_NOOP(
        "LookupNeeds",
        "Type the whole ID number: an HKID has 1 or 2 letters, 6 digits and a check character.",
    ),
    "whole_number": QT_TRANSLATE_NOOP(
        "LookupNeeds",
        "Type the whole number: a mainland ID has 18 characters, an ICCID 19 or 20 digits.",
    ),
}

# The refusal after the identifier's name, where the field itself does not say which it
# is (the lookup's hint). Translatable: Chinese puts a full-width colon and no space.
NAMED = QT_TRANSLATE_NOOP("IdentifierField", "{kind}: {message}")


def translate(source: object) -> str:
    """Translate a ``QT_TRANSLATE_NOOP`` source (typed ``object`` in PySide6's stubs)."""
    return QCoreApplication.translate(_CTX, str(source))


def object_name(kind: str) -> str:
    """``hkid`` → ``fieldHkid``, ``cn_ric`` → ``fieldCnRic``."""
    return "field" + "".join(part.capitalize() for part in kind.split("_"))


class _Values(dict[str, object]):
    """Format values that leave an unknown {placeholder} as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def need_text(need: str) -> str:
    """What more the clerk should type, in their language."""
    source = NEEDS.get(need)
    return QCoreApplication.translate("LookupNeeds", str(source)) if source else ""


def _detail(error: InvalidIdentifier) -> str:
    v = error.values
    if error.code == "check_digit" and v.get("confirmed") is False:
        return "unconfirmed"
    if error.code == "length" and v.get("missing"):
        return "missing"
    if error.kind == "phone" and error.code == "length":
        found, high = v.get("found"), v.get("max")
        short = isinstance(found, int) and isinstance(high, int) and found < high
        return "short" if short else "long"
    if error.code == "date" and error.kind == "cn_ric":
        return str(v.get("reason", ""))
    if "prefix" in v:
        return "prefix"
    if v.get("reason") == "country_code":
        return "country_code"
    return str(v.get("field", ""))


def named_message_for(error: InvalidIdentifier) -> str:
    """The refusal after the identifier's name: "HKID: Check digit should be 3, not 4."."""
    kind = translate(NAMES.get(error.kind, error.kind))
    return translate(NAMED).format(kind=kind, message=message_for(error))


def message_for(error: InvalidIdentifier) -> str:
    """The refusal in the clerk's language."""
    key = (error.kind, error.code)
    source = (
        MESSAGES.get((*key, _detail(error)))
        or MESSAGES.get(key)
        or MESSAGES[("empty",) if error.code == "empty" else ("other",)]
    )
    values = _Values(error.values)
    values["name"] = translate(NAMES.get(error.kind, error.kind))
    region = str(error.values.get("region", ""))
    values["region"] = translate(REGIONS[region]) if region in REGIONS else region
    text = translate(source)
    try:
        return text.format_map(values)
    except (ValueError, IndexError, AttributeError, KeyError):  # a slip in a translation
        return text
