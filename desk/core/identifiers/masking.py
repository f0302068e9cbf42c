"""Masked forms for screen and paper (PCPD: no full ID number beside a name)."""

from __future__ import annotations

import re
from collections.abc import Callable
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


# Already-normalised values skip the parser (the demo store masks a million of them);
# masking needs the shape, not the check digit.
_NORMAL = {
    "hkid": re.compile(r"[A-Z]{1,2}[0-9]{6}\([0-9A]\)"),
    "cn_ric": re.compile(r"[0-9]{17}[0-9X]"),
    "passport": re.compile(r"[A-Z0-9]{5,9}"),
    "iccid": re.compile(r"89[0-9]{17,18}"),
    "eid": re.compile(r"89[0-9]{30}"),
    "imei": re.compile(r"[0-9]{15}"),
}
_PARSERS: dict[str, Callable[[str], str]] = {
    "hkid": parse_hkid,
    "cn_ric": parse_cn_ric,
    "passport": parse_passport_number,
    "iccid": parse_iccid,
    "eid": parse_eid,
    "imei": parse_imei,
}
_HK_MOBILE = re.compile(r"\+852[0-9]{8}")
_CN_MOBILE = re.compile(r"\+861[0-9]{10}")
_NANP = re.compile(r"\+1[2-9][0-9]{9}")


def _phone(value: str) -> str:
    """International format with the last 4 digits starred (fast for +852, +86 1…, +1)."""
    if _HK_MOBILE.fullmatch(value):
        return f"+852 {value[4:8]} ****"
    if _CN_MOBILE.fullmatch(value):
        return f"+86 {value[3:6]} {value[6:10]} ****"
    if _NANP.fullmatch(value):
        return f"+1 {value[2:5]}-{value[5:8]}-****"
    spaced = phonenumbers.format_number(
        phonenumbers.parse(parse_phone(value), None), phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    out, hidden = list(spaced), 0
    for i in range(len(out) - 1, -1, -1):
        if hidden == 4:
            break
        if out[i].isdigit():
            out[i], hidden = "*", hidden + 1
    return "".join(out)


def _mask(kind: str, value: str) -> str:
    if kind in _NORMAL:
        s = value if _NORMAL[kind].fullmatch(value) else _PARSERS[kind](value)
        if kind == "hkid":  # A123456(3) → A123***(3); AB123456(7) → AB123***(7)
            return s[:-6] + "***" + s[-3:]
        if kind == "cn_ric":  # 11010519491231002X → 110105********002X
            return s[:6] + "*" * 8 + s[-4:]
        if kind == "passport":
            return _passport(s)
        return s[:4] + _ELLIPSIS + s[-4:]  # iccid, eid, imei: 8901…0720
    if kind == "mrz":  # the MRZ itself is never shown: its document number, masked
        return _passport(parse_mrz_text(value).document_number)
    if kind == "phone":  # +852 5123 ****, +86 138 1234 ****, +1 212-555-****
        return _phone(value)
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
