"""Application numbers (申请编号) — and, later, receipt numbers — like ``HK01-1-20261122-0042``.

``<store code>-<counter>-<business day YYYYMMDD>-<sequence>``:

- store code: 2–8 capital letters and digits, starting with a letter (``HK01``);
- counter: one digit 1–9 (each counter is its own Desk with its own database, so the
  counter keeps two counters' numbers apart without talking to each other);
- business day: a real date;
- sequence: 1 upwards, at least 4 digits (``0042``). Past 9999 it simply grows
  (``10000``): one canonical form per number, no leading zero beyond the fourth digit.

Unique across stores, counters and days by construction, printable as Code 128 (ASCII,
no spaces). Text sort is the true order while sequences stay below 10,000; past that
only :class:`DocumentNumber`'s own order (store, counter, day, sequence as a number) is
— so a service sorts by the parts (kept in their own columns) or by :meth:`sort_key`,
never by the text.

:func:`parse_number` takes what a clerk types or a scanner sends: surrounding white
space, lower case, full-width characters (NFKC). It raises
:class:`~desk.core.refusal.Refusal` with one of these codes:

================  ===============================================  ==================
code              meaning                                          values
================  ===============================================  ==================
number_empty      nothing typed                                    —
number_format     not four parts joined by ``-``                   found
number_store      the store code is not 2–8 letters/digits         found
number_counter    the counter is not one digit 1–9                 found
number_day        the business day is not a real YYYYMMDD date     found
number_sequence   the sequence is not 4+ digits from 1 (or has     found
                  a leading zero beyond four digits)
================  ===============================================  ==================
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Final

from desk.core.refusal import Refusal

__all__ = ["MIN_SEQUENCE_DIGITS", "DocumentNumber", "format_number", "parse_number"]

MIN_SEQUENCE_DIGITS: Final = 4
_STORE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_DAY = re.compile(r"[0-9]{8}")
_SEQUENCE = re.compile(r"[0-9]{4}|[1-9][0-9]{4,}")


def _check_store(code: str) -> None:
    if not _STORE.fullmatch(code):
        raise Refusal(
            "number_store",
            f"The store code {code!r} should be 2 to 8 capital letters and digits, like HK01.",
            found=code,
        )


def _check_counter(counter: int) -> None:
    if isinstance(counter, bool) or not isinstance(counter, int) or not 1 <= counter <= 9:
        raise Refusal(
            "number_counter", f"The counter should be 1 to 9, not {counter}.", found=str(counter)
        )


@dataclass(frozen=True, order=True)
class DocumentNumber:
    """One application (or receipt) number; ordered by store, counter, day, sequence."""

    store: str
    counter: int
    day: date
    sequence: int

    def __post_init__(self) -> None:
        _check_store(self.store)
        _check_counter(self.counter)
        if isinstance(self.sequence, bool) or not isinstance(self.sequence, int):
            raise TypeError("sequence must be an int")
        if self.sequence < 1:
            raise Refusal(
                "number_sequence",
                f"The sequence should be 1 or more, not {self.sequence}.",
                found=str(self.sequence),
            )

    def __str__(self) -> str:
        return format_number(self.store, self.counter, self.day, self.sequence)

    def sort_key(self) -> tuple[str, int, date, int]:
        return (self.store, self.counter, self.day, self.sequence)


def format_number(store: str, counter: int, day: date, sequence: int) -> str:
    """``HK01-1-20261122-0042``; the parts are checked as :class:`DocumentNumber` does."""
    _check_store(store)
    _check_counter(counter)
    if sequence < 1:
        raise Refusal("number_sequence", "The sequence should be 1 or more.", found=str(sequence))
    return f"{store}-{counter}-{day:%Y%m%d}-{sequence:0{MIN_SEQUENCE_DIGITS}d}"


def parse_number(text: str) -> DocumentNumber:
    """The number in ``text`` (typed or scanned), or a :class:`Refusal` saying what is wrong."""
    s = unicodedata.normalize("NFKC", text).strip().upper()
    if not s:
        raise Refusal("number_empty", "Please enter the application number.")
    parts = s.split("-")
    if len(parts) != 4:
        raise Refusal(
            "number_format",
            "An application number looks like HK01-1-20261122-0042.",
            found=s,
        )
    store, counter, day, sequence = parts
    _check_store(store)
    if not (len(counter) == 1 and "1" <= counter <= "9"):
        raise Refusal(
            "number_counter", f"The counter should be 1 to 9, not {counter!r}.", found=counter
        )
    when: date | None = None
    if _DAY.fullmatch(day):
        try:
            when = date(int(day[:4]), int(day[4:6]), int(day[6:]))
        except ValueError:
            when = None
    if when is None:
        raise Refusal(
            "number_day",
            f"The business day {day!r} should be a real date written YYYYMMDD.",
            found=day,
        )
    if not _SEQUENCE.fullmatch(sequence) or int(sequence) == 0:
        raise Refusal(
            "number_sequence",
            f"The sequence {sequence!r} should be 4 or more digits, like 0042.",
            found=sequence,
        )
    return DocumentNumber(store, int(counter), when, int(sequence))
