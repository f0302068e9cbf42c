"""Masked forms for screen and paper (PCPD: no full ID number beside a name)."""

from __future__ import annotations

from dataclasses import replace

import phonenumbers

from .errors import InvalidIdentifier
from .personal import parse_cn_ric, parse_hkid, parse_mrz_text, parse_passport_number
from .telecom import parse_activation_code, parse_eid, parse_iccid, parse_imei, parse_phone

__all__ = ["mask"]

_ELLIPSIS = "…"


def _passport(number: str) -> str:
    if len(number) >= 7:  # L898902C3 → L89****C3
        return number[:3] + "*" * (len(number) - 5) + number[-2:]
    return number[:1] + "*" * (len(number) - 2) + number[-1:]


def _phone(e164: str) -> str:
    spaced = phonenumbers.format_number(
        phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    out, hidden = list(spaced), 0
    for i in range(len(out) - 1, -1, -1):
        if hidden == 4:
            break
        if out[i].isdigit():
            out[i], hidden = "*", hidden + 1
    return "".join(out)


def _mask(kind: str, value: str) -> str:
    if kind == "hkid":  # A123456(3) → A123***(3); AB123456(7) → AB123***(7)
        s = parse_hkid(value)
        return s[:-6] + "***" + s[-3:]
    if kind == "cn_ric":  # 11010519491231002X → 110105********002X
        s = parse_cn_ric(value)
        return s[:6] + "*" * 8 + s[-4:]
    if kind == "passport":
        return _passport(parse_passport_number(value))
    if kind == "mrz":  # the MRZ itself is never shown: its document number, masked
        return _passport(parse_mrz_text(value).document_number)
    if kind in ("iccid", "eid", "imei"):  # 8901…0720
        parser = {"iccid": parse_iccid, "eid": parse_eid, "imei": parse_imei}[kind]
        s = parser(value)
        return s[:4] + _ELLIPSIS + s[-4:]
    if kind == "phone":  # +852 5123 ****, +86 138 1234 ****, +1 212-555-****
        return _phone(parse_phone(value))
    if kind == "activation_code":  # the matching id is what downloads the profile
        code = parse_activation_code(value)
        mid = code.matching_id
        hidden = mid[:4] + "*" * (len(mid) - 4) if len(mid) > 4 else "*" * len(mid)
        return str(replace(code, matching_id=hidden))
    raise ValueError(f"unknown identifier kind {kind!r}")


def mask(kind: str, value: str) -> str:
    """``value`` (normally already normalised) masked for display.

    ======== ===================== ==========================================
    kind     example               rule
    ======== ===================== ==========================================
    hkid     ``A123***(3)``        prefix and first 3 digits, check character
    cn_ric   ``110105********002X`` area code and last 4
    passport ``L89****C3``         first 3 and last 2 (first and last if < 7)
    mrz      ``L89****C3``         the document number, as a passport
    iccid    ``8901…0720``         first 4 … last 4 (also eid and imei)
    phone    ``+852 5123 ****``    international format, last 4 digits starred
    activation_code                ``LPA:1$SMDP.EXAMPLE.COM$0438*********************``
    ======== ===================== ==========================================

    A value that does not parse is starred whole, so nothing leaks either way.
    """
    try:
        return _mask(kind, value)
    except InvalidIdentifier:
        return "*" * min(len(value) if isinstance(value, str) else 0, 32)
