"""Which fee lines a case pays: the fee schedule, read from data, and the choice of entry.

**The schedule.** Reference data, ``data/fees.json`` (head office will publish it): one
currency, the labels of every line code in English, 简体中文 and 繁體中文 (HK wording),
and *entries*: carrier × product (or ``*``) × reason (or ``*``) × urgency (``normal``,
``emergency``), each effective from a date, each with its fee lines in minor units. A
line marked ``"only": "courier"`` is charged only when the card goes by courier.

**The choice** (:func:`quote`): of the entries of the carrier (or ``*``), the product
(or ``*``), the reason (or ``*``) and the urgency that are effective on the day (their
``effective_from`` on or before it), the most specific wins — fields named, then
carrier, reason, product (as the checklist ranks its rules) — and among equally
specific entries the latest ``effective_from``. No entry: ``Refusal("fee_not_found")``;
the case cannot be paid until head office publishes a fee.

A broken schedule raises :class:`FeeScheduleError` (code ``fee_schedule``), whose
message names the entry and what is wrong with it.
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Final

from desk.core.cases import CaseReason
from desk.core.refusal import Refusal
from desk.core.wording import Names

__all__ = [
    "ANY",
    "DATA_FILE",
    "Entry",
    "FeeLabel",
    "FeeLine",
    "FeeSchedule",
    "FeeScheduleError",
    "Urgency",
    "default_schedule",
    "load_schedule",
    "parse_schedule",
    "quote",
]

ANY: Final = "*"
DATA_FILE: Final = Path(__file__).parent / "data" / "fees.json"
LANGUAGES: Final = ("en", "zh_CN", "zh_HK")
COURIER: Final = "courier"
_CODE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_CURRENCY = re.compile(r"[A-Z]{3}")
_ENTRY_KEYS: Final = frozenset(
    {"carrier", "product", "reason", "urgency", "effective_from", "lines", "note"}
)
_LINE_KEYS: Final = frozenset({"code", "amount_minor", "only"})
MAX_LINE_MINOR: Final = 100_000_000  # a million dollars: more is a typing slip


class Urgency(enum.StrEnum):
    NORMAL = "normal"
    EMERGENCY = "emergency"


FeeLabel = Names  # a fee line's name in every language Desk prints


@dataclass(frozen=True)
class FeeLine:
    """One line of a quote: its code, its label and what it costs (minor units, ≥ 0)."""

    code: str
    label: FeeLabel
    amount_minor: int


@dataclass(frozen=True)
class _Line:
    code: str
    amount_minor: int
    courier_only: bool


@dataclass(frozen=True)
class Entry:
    carrier: str
    product: str
    reason: str
    urgency: Urgency
    effective_from: date
    lines: tuple[_Line, ...]
    note: str = ""

    @property
    def rank(self) -> tuple[int, int, int, int, date]:
        c, r, p = (int(f != ANY) for f in (self.carrier, self.reason, self.product))
        return (c + r + p, c, r, p, self.effective_from)

    def matches(
        self, carrier: str, product: str, reason: CaseReason, urgency: Urgency, day: date
    ) -> bool:
        return (
            self.carrier in (ANY, carrier)
            and self.product in (ANY, product)
            and self.reason in (ANY, reason.value)
            and self.urgency is urgency
            and self.effective_from <= day
        )


class FeeScheduleError(Refusal):
    """The fee schedule is broken; the message names the entry."""

    def __init__(self, source: str, entry: int | None, problem: str) -> None:
        place = source if entry is None else f"{source}, entry {entry}"
        super().__init__(
            "fee_schedule", f"{place}: {problem}", source=source, entry=entry, problem=problem
        )


@dataclass(frozen=True)
class FeeSchedule:
    currency: str
    labels: dict[str, FeeLabel]
    entries: tuple[Entry, ...]

    def label(self, code: str) -> FeeLabel:
        """A line code's label (an unknown code, e.g. from an older schedule, as itself)."""
        return self.labels.get(code) or FeeLabel(code, code, code)

    def entry_for(
        self, carrier: str, product: str, reason: CaseReason, urgency: Urgency, day: date
    ) -> Entry | None:
        found = [e for e in self.entries if e.matches(carrier, product, reason, urgency, day)]
        return max(found, key=lambda e: e.rank) if found else None


def quote(
    schedule: FeeSchedule,
    *,
    carrier: str,
    product: str,
    reason: CaseReason,
    urgency: Urgency,
    courier: bool,
    day: date,
) -> tuple[FeeLine, ...]:
    """The fee lines of a case (see the module doc); ``Refusal("fee_not_found")`` if the
    schedule has no entry for it on ``day``."""
    entry = schedule.entry_for(carrier.upper(), product.upper(), reason, urgency, day)
    if entry is None:
        raise Refusal(
            "fee_not_found",
            "The fee schedule has no fee for this card on this day: ask head office.",
            carrier=carrier,
            product=product,
            reason=reason,
            urgency=urgency,
            day=day.isoformat(),
        )
    return tuple(
        FeeLine(line.code, schedule.label(line.code), line.amount_minor)
        for line in entry.lines
        if courier or not line.courier_only
    )


# --- reading and checking the JSON ---------------------------------------------------


def _parse_label(code: object, raw: object, source: str) -> FeeLabel:
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise FeeScheduleError(source, None, f"the line code {code!r} should be snake_case.")
    if not isinstance(raw, dict) or set(raw) != set(LANGUAGES):
        raise FeeScheduleError(
            source, None, f"the label of {code!r} needs exactly en, zh_CN and zh_HK."
        )
    texts = [raw[k] for k in LANGUAGES]
    if not all(isinstance(t, str) and t.strip() for t in texts):
        raise FeeScheduleError(source, None, f"the label of {code!r} has an empty text.")
    return FeeLabel(*(t.strip() for t in texts))


def _parse_line(raw: object, labels: dict[str, FeeLabel], bad: type[Exception], n: int) -> _Line:
    def fail(problem: str) -> Exception:
        return bad(problem)

    if not isinstance(raw, dict):
        raise fail("a fee line should be an object {...}.")
    extra = sorted(set(raw) - _LINE_KEYS)
    if extra:
        raise fail(f"line {n} has an unknown field {extra[0]!r}.")
    code, amount, only = raw.get("code"), raw.get("amount_minor"), raw.get("only")
    if code not in labels:
        raise fail(f"line {n}: the code {code!r} has no label.")
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise fail(f"line {n}: amount_minor should be a whole number of minor units.")
    if not 0 <= amount <= MAX_LINE_MINOR:
        raise fail(f"line {n}: amount_minor should be 0 to {MAX_LINE_MINOR}, not {amount}.")
    if only not in (None, COURIER):
        raise fail(f"line {n}: only should be 'courier' if given, not {only!r}.")
    assert isinstance(code, str)
    return _Line(code, amount, only == COURIER)


def _parse_entry(raw: object, labels: dict[str, FeeLabel], source: str, n: int) -> Entry:
    class Bad(FeeScheduleError):
        def __init__(self, problem: str) -> None:
            super().__init__(source, n, problem)

    if not isinstance(raw, dict):
        raise Bad("an entry should be an object {...}.")
    extra = sorted(set(raw) - _ENTRY_KEYS)
    if extra:
        raise Bad(f"unknown field {extra[0]!r}.")
    for key in ("carrier", "product", "reason", "urgency", "effective_from", "lines"):
        if key not in raw:
            raise Bad(f"the field {key!r} is missing.")
    carrier, product, reason = raw["carrier"], raw["product"], raw["reason"]
    for name, value in (("carrier", carrier), ("product", product)):
        if not isinstance(value, str) or not value.strip() or value != value.strip().upper():
            raise Bad(f"{name} should be a code in capitals or '*', not {value!r}.")
    if reason != ANY and reason not in {r.value for r in CaseReason}:
        allowed = ", ".join(r.value for r in CaseReason)
        raise Bad(f"reason should be one of {allowed} or '*', not {reason!r}.")
    if raw["urgency"] not in {u.value for u in Urgency}:
        raise Bad(f"urgency should be normal or emergency, not {raw['urgency']!r}.")
    try:
        since = date.fromisoformat(str(raw["effective_from"]))
    except ValueError:
        raise Bad(
            f"effective_from should be a date like 2026-01-01, not {raw['effective_from']!r}."
        ) from None
    raw_lines = raw["lines"]
    if not isinstance(raw_lines, list) or not raw_lines:
        raise Bad("lines should be a non-empty list.")
    lines = tuple(_parse_line(r, labels, Bad, i) for i, r in enumerate(raw_lines, start=1))
    codes = [line.code for line in lines]
    if len(set(codes)) != len(codes):
        raise Bad("a line code is listed twice.")
    note = raw.get("note", "")
    if not isinstance(note, str):
        raise Bad("note should be text.")
    return Entry(carrier, product, reason, Urgency(raw["urgency"]), since, lines, note)


def parse_schedule(data: object, source: str = "fees.json") -> FeeSchedule:
    """Check and build the schedule from parsed JSON; :class:`FeeScheduleError` if broken."""
    if not isinstance(data, dict):
        raise FeeScheduleError(source, None, "the file should hold one JSON object {...}.")
    if data.get("version") != 1:
        raise FeeScheduleError(source, None, f"version should be 1, not {data.get('version')!r}.")
    currency = data.get("currency")
    if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
        raise FeeScheduleError(source, None, f"currency should be like HKD, not {currency!r}.")
    raw_labels = data.get("labels")
    if not isinstance(raw_labels, dict) or not raw_labels:
        raise FeeScheduleError(source, None, "'labels' should map each line code to its names.")
    labels = {code: _parse_label(code, raw, source) for code, raw in raw_labels.items()}
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list):
        raise FeeScheduleError(source, None, "'entries' should be a list of entries.")
    entries: list[Entry] = []
    seen: dict[tuple[str, str, str, Urgency, date], int] = {}
    for n, raw in enumerate(raw_entries, start=1):
        entry = _parse_entry(raw, labels, source, n)
        key = (entry.carrier, entry.product, entry.reason, entry.urgency, entry.effective_from)
        if key in seen:
            raise FeeScheduleError(
                source,
                n,
                f"the same carrier, product, reason, urgency and date as entry {seen[key]}.",
            )
        seen[key] = n
        entries.append(entry)
    return FeeSchedule(currency, labels, tuple(entries))


def load_schedule(path: Path = DATA_FILE) -> FeeSchedule:
    """Read and check a schedule file (unreadable or not JSON: :class:`FeeScheduleError`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeeScheduleError(path.name, None, f"cannot be read ({exc}).") from exc
    return parse_schedule(data, path.name)


@cache
def default_schedule() -> FeeSchedule:
    """The schedule shipped with Desk (read once)."""
    return load_schedule()
