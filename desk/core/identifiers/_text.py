"""Shared text clean-up for the parsers: NFKC, separators, ASCII-only digit tests."""

from __future__ import annotations

import re
import unicodedata

from .errors import InvalidIdentifier

# Dash-like characters an input method or a copy from a document may produce
# (NFKC already turns the full-width hyphen-minus into "-").
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u30fc\uff70]+")
_WHITESPACE = re.compile(r"\s+")


def nfkc(kind: str, text: object) -> str:
    """``text`` in NFKC (full-width letters and digits become ASCII); non-text is refused."""
    if not isinstance(text, str):
        raise InvalidIdentifier(kind, "empty" if text is None else "format")
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", text)


def without_spaces(kind: str, text: object) -> str:
    """NFKC, then every kind of white space removed."""
    s = nfkc(kind, text)
    if s.isascii():
        return "".join(s.split())
    return _WHITESPACE.sub("", s)


def without_separators(kind: str, text: object) -> str:
    """NFKC, then white space and dashes removed."""
    s = nfkc(kind, text)
    if s.isascii():
        return "".join(s.split()).replace("-", "")
    return _SEPARATORS.sub("", s)


def is_digits(s: str) -> bool:
    """ASCII digits only (``str.isdigit`` alone also accepts ``²`` and ``٣``)."""
    return s.isascii() and s.isdigit()
