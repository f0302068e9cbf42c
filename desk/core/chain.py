"""What head office says about a line and an ID document at the chain's *other* stores
and counters, for the SIM-swap guard (:mod:`desk.core.guard`).

A fraudster turned away at one counter walks to the next. When a case is opened (and
again before it is submitted), Desk asks head office once, briefly
(:func:`desk.sync.chain_guard.ask_chain`); the answer is a :class:`ChainCounts`, or
None when head office could not be asked. The service folds the answer into the
guard's facts beside this counter's own rows: an open case elsewhere is an open case,
a failed check elsewhere is a failed check, a replacement activated elsewhere starts
the cooling period. Head office leaves the asking counter's own rows out: it counts
those itself.

Pure data with its JSON form (the same for head office's answer and for the copy the
store keeps with the case, see :mod:`desk.services.chain_facts`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

__all__ = ["ChainAsk", "ChainCase", "ChainCounts", "ChainEvent", "parse_moment"]


def parse_moment(text: object) -> datetime | None:
    """A moment as head office or a store writes it (ISO 8601, or SQLite's
    'YYYY-MM-DD HH:MM:SS.ffffff', UTC when it names no zone); None if it is not one."""
    if not isinstance(text, str) or not 10 <= len(text) <= 40:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _moment_text(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


@dataclass(frozen=True)
class ChainCase:
    """An open case on the line at another store or counter."""

    store: str  # the store's code
    counter: int
    status: str  # a CaseStatus value
    application_number: str | None = None


@dataclass(frozen=True)
class ChainEvent:
    """A replacement or a failed check at another store or counter, and when."""

    store: str
    counter: int
    at: datetime


@dataclass(frozen=True)
class ChainCounts:
    """Head office's answer: what the other stores and counters hold on the line (and,
    for failed checks, on the ID document too) within ``days``."""

    days: int
    open_cases: tuple[ChainCase, ...] = ()
    replacements: tuple[ChainEvent, ...] = ()  # activated within ``days``
    line_failures: tuple[ChainEvent, ...] = ()
    document_failures: tuple[ChainEvent, ...] = ()
    # A supervisor elsewhere last cleared the failure lock on this line.
    failures_cleared_at: datetime | None = None

    @property
    def stores(self) -> tuple[str, ...]:
        """The stores (codes) where anything was found, in order."""
        found = [c.store for c in self.open_cases]
        for events in (self.replacements, self.line_failures, self.document_failures):
            found += [e.store for e in events]
        return tuple(sorted(set(found)))

    @property
    def last_replacement_at(self) -> datetime | None:
        return max((e.at for e in self.replacements), default=None)

    def to_json(self) -> dict[str, Any]:
        def events(items: tuple[ChainEvent, ...]) -> list[dict[str, Any]]:
            return [
                {"store": e.store, "counter": e.counter, "at": _moment_text(e.at)} for e in items
            ]

        cleared = self.failures_cleared_at
        return {
            "days": self.days,
            "open_cases": [
                {
                    "store": c.store,
                    "counter": c.counter,
                    "status": c.status,
                    "application_number": c.application_number,
                }
                for c in self.open_cases
            ],
            "replacements": events(self.replacements),
            "line_failures": events(self.line_failures),
            "document_failures": events(self.document_failures),
            "failures_cleared_at": _moment_text(cleared) if cleared else None,
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: object) -> ChainCounts | None:
        """The answer read back; None if it is not one (never raises)."""
        if not isinstance(data, dict):
            return None
        days = data.get("days")
        if not isinstance(days, int) or isinstance(days, bool):
            return None
        try:
            return cls(
                days=days,
                open_cases=tuple(_case(c) for c in _list(data.get("open_cases"))),
                replacements=_events(data.get("replacements")),
                line_failures=_events(data.get("line_failures")),
                document_failures=_events(data.get("document_failures")),
                failures_cleared_at=parse_moment(data.get("failures_cleared_at")),
            )
        except (TypeError, ValueError, KeyError):
            return None


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return value


def _where(item: object) -> tuple[str, int]:
    if not isinstance(item, dict):
        raise TypeError("not an object")
    store, counter = item["store"], item["counter"]
    if not isinstance(store, str) or not isinstance(counter, int) or isinstance(counter, bool):
        raise TypeError("bad store or counter")
    return store[:8], counter


def _case(item: object) -> ChainCase:
    store, counter = _where(item)
    assert isinstance(item, dict)
    status, number = item["status"], item.get("application_number")
    if not isinstance(status, str) or not (number is None or isinstance(number, str)):
        raise TypeError("bad case")
    return ChainCase(store, counter, status[:16], number[:32] if number else None)


def _events(value: object) -> tuple[ChainEvent, ...]:
    out = []
    for item in _list(value):
        store, counter = _where(item)
        at = parse_moment(item["at"])
        if at is None:
            raise ValueError("bad moment")
        out.append(ChainEvent(store, counter, at))
    return tuple(out)


# How a Desk asks head office (``Counter.chain``): (the line's E.164 number, the ID
# document's keyed hash in lower-case hex or None) -> the answer, or None when head
# office could not be asked. Never raises.
ChainAsk = Callable[[str, str | None], ChainCounts | None]
