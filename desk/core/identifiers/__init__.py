"""Every number a clerk types: checked, normalised, and refused with a reason.

Formats and check algorithms: /work/shared/DOMAIN.md (and ``desk.core.identifier_checks``
for the check characters themselves). Each parser takes any ``str`` — any case, spaces,
the separators clerks type, full-width characters from a CJK input method (NFKC) — and
returns the normalised value, or raises :class:`InvalidIdentifier`; nothing else ever
escapes a parser.

========================  =====================================  ==========================
call                      returns                                kind
========================  =====================================  ==========================
parse_hkid                ``A123456(3)``                         ``hkid``
parse_cn_ric              ``11010519491231002X``                 ``cn_ric``
parse_passport_number     ``L898902C3``                          ``passport``
parse_mrz                 :class:`MRZ` (``str()``: the 2 lines)  ``mrz``
parse_iccid               ``89014103211118510720``               ``iccid``
parse_eid                 32 digits                              ``eid``
parse_imei                15 digits                              ``imei``
parse_phone               ``+85251234567`` (E.164)               ``phone``
parse_activation_code     :class:`ActivationCode` (``str()``:    ``activation_code``
                          ``LPA:1$HOST$MATCHING-ID``)
========================  =====================================  ==========================

:func:`parse` dispatches by kind and always returns the normalised text;
``parse(kind, parse(kind, x)) == parse(kind, x)``.

Refusals: ``InvalidIdentifier(kind, code, values)``, a ``ValueError`` whose ``str()`` is
an English sentence ("HKID check digit should be 3, not 4."). ``code`` is exactly one of:

=============  ==========================================  ===========================
code           meaning                                     ``values``
=============  ==========================================  ===========================
empty          nothing but white space                     —
format         characters or shape that cannot be right    iccid/eid: ``prefix``,
                                                           ``found``; mrz: ``line``
                                                           (``field="sex"``, ``found``);
                                                           activation_code: ``field``
                                                           (structure, host,
                                                           matching_id, oid, flag),
                                                           ``found``
length         the right characters, too few or too many   ``min``, ``max``, ``found``;
                                                           mrz also ``line``;
                                                           phone also ``region``;
                                                           ``missing``: a digit
                                                           seems dropped (lookup)
check_digit    the check character does not match          ``expected``, ``found``;
                                                           mrz also ``field``
                                                           (document_number,
                                                           birth_date, expiry_date,
                                                           personal_number, composite);
                                                           iccid also ``length``;
                                                           the lookup adds
                                                           ``confirmed`` (False: any
                                                           digit may be the wrong one)
date           a date inside the number is impossible      ``date``, ``reason``
                                                           (invalid/future); mrz also
                                                           ``field``
region         phone: not a valid number where it is       ``region``; with
               dialled, or an unknown country code         ``reason="country_code"``:
                                                           ``country_code``
unsupported    a real thing Desk does not take: a 16-      ``found``
               digit IMEISV, activation code format ≠ 1,
               an MRZ other than a TD3 passport
=============  ==========================================  ===========================

:func:`is_incomplete` tells the UI when a refusal only means "keep typing".
:func:`with_valid_check` gives a number with its check character recomputed (the lookup
tries it, to tell a wrong check character from a wrong digit elsewhere).
:func:`mask` gives the form for screen and paper (``A123***(3)``, ``+852 5123 ****``).
The check-character helpers for generated data are re-exported from
``desk.core.identifier_checks``.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from desk.core.identifier_checks import (
    cn_ric_check_char,
    eid_check_digits,
    hkid_check_char,
    luhn_check_digit,
    mrz_check_digit,
)

from .errors import CODES, InvalidIdentifier
from .fixes import with_valid_check
from .masking import mask
from .personal import (
    MRZ,
    parse_cn_ric,
    parse_hkid,
    parse_mrz,
    parse_mrz_text,
    parse_passport_number,
)
from .telecom import (
    ActivationCode,
    parse_activation_code,
    parse_eid,
    parse_iccid,
    parse_imei,
    parse_phone,
)

__all__ = [
    "CODES",
    "KINDS",
    "MRZ",
    "ActivationCode",
    "InvalidIdentifier",
    "cn_ric_check_char",
    "eid_check_digits",
    "hkid_check_char",
    "is_incomplete",
    "luhn_check_digit",
    "mask",
    "mrz_check_digit",
    "parse",
    "parse_activation_code",
    "parse_cn_ric",
    "parse_eid",
    "parse_hkid",
    "parse_iccid",
    "parse_imei",
    "parse_mrz",
    "parse_mrz_text",
    "parse_passport_number",
    "parse_phone",
    "with_valid_check",
]

KINDS: Final = (
    "hkid",
    "cn_ric",
    "passport",
    "mrz",
    "iccid",
    "eid",
    "imei",
    "phone",
    "activation_code",
)


def parse(kind: str, text: str, *, region: str = "HK", today: date | None = None) -> str:
    """The normalised text of ``text`` read as ``kind`` (one of :data:`KINDS`).

    ``region`` is the default phone region, ``today`` bounds birth dates (cn_ric, mrz).
    An MRZ is given as one text (two lines, or 88 characters in a row). An unknown
    ``kind`` is a programming error: plain ``ValueError``.
    """
    if kind == "hkid":
        return parse_hkid(text)
    if kind == "cn_ric":
        return parse_cn_ric(text, today)
    if kind == "passport":
        return parse_passport_number(text)
    if kind == "mrz":
        return str(parse_mrz_text(text, today=today))
    if kind == "iccid":
        return parse_iccid(text)
    if kind == "eid":
        return parse_eid(text)
    if kind == "imei":
        return parse_imei(text)
    if kind == "phone":
        return parse_phone(text, region)
    if kind == "activation_code":
        return str(parse_activation_code(text))
    raise ValueError(f"unknown identifier kind {kind!r}")


def is_incomplete(error: InvalidIdentifier) -> bool:
    """Whether the refused text may still become valid as the clerk types on.

    True for nothing typed, too few characters, an activation code without its three
    parts yet, and a 19-digit ICCID whose Luhn fails (a 20-digit one may be coming).
    A field shows such refusals only once the clerk presses Enter or leaves it.
    """
    v = error.values
    if error.code == "empty":
        return True
    if error.code == "length":
        found, bound = v.get("found"), v.get("max" if error.kind == "phone" else "min")
        return isinstance(found, int) and isinstance(bound, int) and found < bound
    if error.kind == "activation_code" and v.get("field") == "structure":
        found = v.get("found")
        return isinstance(found, int) and found < 3
    return error.kind == "iccid" and error.code == "check_digit" and v.get("length") == 19
