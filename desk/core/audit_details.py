"""What an audit entry's details may hold: plain JSON, and never a secret or an ID number.

The audit trail records *how* identity was checked (method and result), never the
password, the one-time code, the PIN or the ID number themselves (PRODUCT.md, PCPD):
:func:`check_details` refuses them before an entry is made, so a careless caller fails
in its tests rather than leaking in production.

Keys are read as words (``supervisorPin`` → supervisor, pin; ``ID_NUMBER`` → id,
number) and refused when:

- a word is one of :data:`SECRET_WORDS` (pin, password, passcode, secret, otp, ...);
- a word is one of :data:`ID_WORDS` (hkid, ric, mrz) — unless the key ends in *masked*;
- the key ends in *code* or *number* and the words before it are not a known harmless
  kind (:data:`HARMLESS_CODES`: store_code, reason_code, failure_code, ...;
  :data:`HARMLESS_NUMBERS`: application_number, receipt_number, tracking_number, ...).
  So ``code``, ``one_time_code``, ``activation_code``, ``number``, ``id_number`` and
  ``document_number`` are all refused: a new kind of code is denied until named here;
- it is ``matching_id`` (the secret half of an eSIM activation code).

Values are refused when they read as a full HKID or mainland ID number, or as an eSIM
activation code (``LPA:``); masked forms (``A123***(3)``) are fine.

Plain JSON means: ``str``, ``int`` (within ±2^53, so every JSON reader agrees), ``bool``,
``None``, lists/tuples and dicts with ``str`` keys. Floats are refused (their text is not
the same everywhere): write money in minor units, durations in milliseconds.

Refusal codes: ``audit_secret`` (values ``key`` — a dotted path), ``audit_secret_value``
(``key``), ``audit_value`` (``key``, ``type``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from desk.core.identifiers import InvalidIdentifier, parse_cn_ric, parse_hkid
from desk.core.refusal import Refusal

__all__ = [
    "HARMLESS_CODES",
    "HARMLESS_NUMBERS",
    "ID_WORDS",
    "MAX_SAFE_INT",
    "SECRET_WORDS",
    "check_details",
    "check_json",
    "is_secret_key",
]

SECRET_WORDS: Final = frozenset(
    {
        "pin", "pins", "password", "passwords", "passwd", "pwd", "passcode", "passphrase",
        "secret", "secrets", "otp", "totp", "cvv", "cvc",
    }
)  # fmt: skip
# Words for ID numbers: refused too, unless the key says the value is masked (id_masked).
ID_WORDS: Final = frozenset({"hkid", "ric", "mrz"})
HARMLESS_CODES: Final = frozenset(
    {
        "store", "carrier", "product", "reason", "failure", "error", "refusal", "guard",
        "country", "currency", "region", "status", "outcome", "item", "method", "tender",
        "response", "http", "language",
    }
)  # fmt: skip
HARMLESS_NUMBERS: Final = frozenset(
    {"application", "receipt", "tracking", "sequence", "counter", "attempt", "page", "order"}
)
MAX_SAFE_INT: Final = 2**53

_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def _words(key: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(key)]


def is_secret_key(key: str) -> bool:
    """Whether a details key names something the audit trail must never hold."""
    words = _words(key)
    if any(w in SECRET_WORDS for w in words):
        return True
    if not words or words[-1] == "masked":
        return False
    if any(w in ID_WORDS for w in words) or words[-2:] == ["matching", "id"]:
        return True
    last, before = words[-1].removesuffix("s"), words[:-1]
    if last == "code":
        return not before or not set(before) <= HARMLESS_CODES
    if last == "number":
        return not before or not set(before) <= HARMLESS_NUMBERS
    return False


def _is_secret_value(text: str) -> bool:
    if "LPA:" in text.upper():
        return True
    if len(text) > 24:
        return False
    for parse in (parse_hkid, parse_cn_ric):
        try:
            parse(text)
        except InvalidIdentifier:
            continue
        return True
    return False


def check_details(details: Mapping[str, object]) -> None:
    """Raise a :class:`Refusal` unless ``details`` is plain JSON free of secrets."""
    _check_map(details, "", secrets=True)


def check_json(details: Mapping[str, object]) -> None:
    """Only the plain-JSON half of :func:`check_details` (for verifying stored entries:
    what was accepted once must verify forever, whatever the secret rules become)."""
    _check_map(details, "", secrets=False)


def _check_map(details: Mapping[str, object], _path: str, *, secrets: bool) -> None:
    for key, value in details.items():
        if not isinstance(key, str):
            raise Refusal(
                "audit_value", "Audit detail keys must be text.", key=repr(key), type="key"
            )
        path = f"{_path}.{key}" if _path else key
        if secrets and is_secret_key(key):
            raise Refusal(
                "audit_secret",
                f"Audit details must not hold a secret or an ID number ({path!r}).",
                key=path,
            )
        _check_value(value, path, secrets)


def _check_value(value: object, path: str, secrets: bool) -> None:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise Refusal(
                "audit_value", f"The number at {path!r} is too large.", key=path, type="int"
            )
        return
    if isinstance(value, str):
        if secrets and _is_secret_value(value):
            raise Refusal(
                "audit_secret_value",
                f"The value at {path!r} looks like an ID number or activation code.",
                key=path,
            )
        return
    if isinstance(value, Mapping):
        _check_map(value, path, secrets=secrets)
        return
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _check_value(item, f"{path}[{i}]", secrets)
        return
    kind = type(value).__name__
    raise Refusal(
        "audit_value",
        f"Audit details hold only text, whole numbers, true/false, lists and maps, "
        f"not {kind} ({path!r}).",
        key=path,
        type=kind,
    )
