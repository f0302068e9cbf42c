"""Identity documents: HKID, mainland resident ID, passport number and passport MRZ."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from stdnum.cn import ric as _stdnum_ric

from desk.core.identifier_checks import hkid_check_char, mrz_check_digit

from ._text import is_digits, nfkc, without_spaces
from .errors import InvalidIdentifier

__all__ = ["MRZ", "parse_cn_ric", "parse_hkid", "parse_mrz", "parse_passport_number"]

_HKID = re.compile(r"([A-Z]{1,2})([0-9]{6})\(?([0-9A])\)?")
# Letters then digits (and maybe a check character): the right shape, the wrong length.
_HKID_LOOSE = re.compile(r"([A-Z]{1,2})[0-9]*[0-9A]?\(?")
_CN_RIC = re.compile(r"[0-9]{17}[0-9X]")
_CN_RIC_LOOSE = re.compile(r"[0-9]*X?")
_PASSPORT = re.compile(r"[A-Z0-9]+")
_MRZ_LINE = re.compile(r"[A-Z0-9<]*")


def parse_hkid(text: str) -> str:
    """``a 123456 3`` → ``A123456(3)``; brackets optional, any case, spaces ignored."""
    s = without_spaces("hkid", text).upper()
    if not s:
        raise InvalidIdentifier("hkid", "empty")
    m = _HKID.fullmatch(s)
    if m is None:
        loose = _HKID_LOOSE.fullmatch(s.replace(")", ""))
        if loose is not None:
            size = len(loose.group(1)) + 7
            count = len(s.replace("(", "").replace(")", ""))
            if count != size:
                raise InvalidIdentifier(
                    "hkid", "length", {"min": size, "max": size, "found": count}
                )
        raise InvalidIdentifier("hkid", "format")
    letters, digits = m.group(1), m.group(2)
    found = m.group(3)
    expected = hkid_check_char(letters + digits)
    if found != expected:
        raise InvalidIdentifier("hkid", "check_digit", {"expected": expected, "found": found})
    return f"{letters}{digits}({expected})"


def parse_cn_ric(text: str, today: date | None = None) -> str:
    """A mainland resident ID: 18 characters, ``X`` upper case, a real past birth date."""
    s = without_spaces("cn_ric", text).upper()
    if not s:
        raise InvalidIdentifier("cn_ric", "empty")
    if _CN_RIC.fullmatch(s) is None:
        if len(s) != 18 and _CN_RIC_LOOSE.fullmatch(s) is not None:
            raise InvalidIdentifier("cn_ric", "length", {"min": 18, "max": 18, "found": len(s)})
        raise InvalidIdentifier("cn_ric", "format")
    shown = f"{s[6:10]}-{s[10:12]}-{s[12:14]}"
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        raise InvalidIdentifier("cn_ric", "date", {"date": shown, "reason": "invalid"}) from None
    if born > (today or date.today()):
        raise InvalidIdentifier("cn_ric", "date", {"date": shown, "reason": "future"})
    expected = _stdnum_ric.calc_check_digit(s)
    if s[17] != expected:
        raise InvalidIdentifier("cn_ric", "check_digit", {"expected": expected, "found": s[17]})
    return s


def parse_passport_number(text: str) -> str:
    """A passport number as typed or read from an MRZ: 5–9 letters and digits, upper case."""
    s = without_spaces("passport", text).upper().replace("<", "")
    if not s:
        raise InvalidIdentifier("passport", "empty")
    if _PASSPORT.fullmatch(s) is None:
        raise InvalidIdentifier("passport", "format")
    if not 5 <= len(s) <= 9:
        raise InvalidIdentifier("passport", "length", {"min": 5, "max": 9, "found": len(s)})
    return s


@dataclass(frozen=True, slots=True)
class MRZ:
    """A verified TD3 passport machine-readable zone. ``str()`` gives the two lines."""

    document_number: str
    nationality: str
    surname: str
    given_names: str
    birth_date: date
    expiry_date: date
    sex: str  # "M", "F" or "X" (unspecified, "<" in the MRZ)
    issuing_state: str
    personal_number: str
    line1: str
    line2: str

    def __str__(self) -> str:
        return f"{self.line1}\n{self.line2}"


def _mrz_line(text: str, line: int) -> str:
    s = without_spaces("mrz", text).upper()
    if len(s) in (30, 36) and _MRZ_LINE.fullmatch(s):
        raise InvalidIdentifier("mrz", "unsupported", {"found": len(s)})  # TD1 / TD2 cards
    if len(s) != 44:
        raise InvalidIdentifier(
            "mrz", "length", {"line": line, "min": 44, "max": 44, "found": len(s)}
        )
    if _MRZ_LINE.fullmatch(s) is None:
        raise InvalidIdentifier("mrz", "format", {"line": line})
    return s


def _check(field: str, data: str, found: str) -> None:
    expected = mrz_check_digit(data)
    if found != expected:
        raise InvalidIdentifier(
            "mrz", "check_digit", {"field": field, "expected": expected, "found": found}
        )


def _mrz_date(field: str, yymmdd: str, today: date) -> date:
    shown = f"{yymmdd[0:2]}-{yymmdd[2:4]}-{yymmdd[4:6]}"
    if not is_digits(yymmdd):
        raise InvalidIdentifier("mrz", "date", {"field": field, "date": shown, "reason": "invalid"})
    yy, mm, dd = int(yymmdd[0:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    # Two-digit years: a birth date is never in the future; an expiry date is at most
    # 20 years ahead (passports run 10 years), otherwise it was last century.
    year = 2000 + yy
    if field == "birth_date":
        if (year, mm, dd) > (today.year, today.month, today.day):
            year -= 100
    elif year > today.year + 20:
        year -= 100
    try:
        return date(year, mm, dd)
    except ValueError:
        raise InvalidIdentifier(
            "mrz", "date", {"field": field, "date": shown, "reason": "invalid"}
        ) from None


def parse_mrz(line1: str, line2: str, *, today: date | None = None) -> MRZ:
    """A TD3 passport MRZ (2 × 44 characters), all five check digits verified."""
    if not nfkc("mrz", line1).strip() and not nfkc("mrz", line2).strip():
        raise InvalidIdentifier("mrz", "empty")
    l1, l2 = _mrz_line(line1, 1), _mrz_line(line2, 2)
    if l1[0] != "P":
        raise InvalidIdentifier("mrz", "unsupported", {"found": l1[0]})
    _check("document_number", l2[0:9], l2[9])
    _check("birth_date", l2[13:19], l2[19])
    _check("expiry_date", l2[21:27], l2[27])
    if l2[42] != "<" or l2[28:42].strip("<"):
        _check("personal_number", l2[28:42], l2[42])
    _check("composite", l2[0:10] + l2[13:20] + l2[21:43], l2[43])
    if l2[20] not in "MF<X":
        raise InvalidIdentifier("mrz", "format", {"line": 2, "field": "sex", "found": l2[20]})
    today = today or date.today()
    born = _mrz_date("birth_date", l2[13:19], today)
    expires = _mrz_date("expiry_date", l2[21:27], today)
    surname, _, given = l1[5:].partition("<<")
    return MRZ(
        document_number=l2[0:9].replace("<", ""),
        nationality=l2[10:13].replace("<", ""),
        surname=" ".join(surname.replace("<", " ").split()),
        given_names=" ".join(given.replace("<", " ").split()),
        birth_date=born,
        expiry_date=expires,
        sex="X" if l2[20] == "<" else l2[20],
        issuing_state=l1[2:5].replace("<", ""),
        personal_number=l2[28:42].replace("<", ""),
        line1=l1,
        line2=l2,
    )


def parse_mrz_text(text: str, *, today: date | None = None) -> MRZ:
    """An MRZ as one text, as a scanner sends it: two lines, or 88 characters in a row."""
    chunks = nfkc("mrz", text).split()
    if len(chunks) == 2:
        return parse_mrz(chunks[0], chunks[1], today=today)
    joined = "".join(chunks)
    if not joined:
        raise InvalidIdentifier("mrz", "empty")
    if len(joined) in (72, 90) and all(len(c) in (30, 36) for c in chunks):
        raise InvalidIdentifier("mrz", "unsupported", {"found": len(chunks[0])})  # TD1 / TD2
    if len(joined) <= 44:
        _mrz_line(joined, 1)  # refuses a short or malformed line 1 first
        raise InvalidIdentifier("mrz", "length", {"line": 2, "min": 44, "max": 44, "found": 0})
    return parse_mrz(joined[:44], joined[44:], today=today)
