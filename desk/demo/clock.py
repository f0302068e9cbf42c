"""The demo store's made-up history: when each row was born, and its UUIDv7.

A seed must give the same store every time, ids included, so ids are not drawn from
the clock and ``os.urandom`` (:func:`desk.core.ids.uuid7`) but from a fixed calendar
and the seeded generator. They are still real UUIDv7 (RFC 9562: 48-bit Unix
milliseconds, version 7, variant ``10``, 74 random bits), and time-ordered: customers
are spread evenly over :data:`HISTORY_START`–:data:`HISTORY_END`, each a little after
the one before.

Values come out already in their SQLite form, as SQLAlchemy writes them: a UUID as 32
lower-case hex digits, a moment as naive UTC ``2026-11-22 10:30:10.955000``.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

HISTORY_START = datetime(2023, 1, 1, tzinfo=UTC)
HISTORY_END = datetime(2026, 10, 31, tzinfo=UTC)

DEMO_TIMEZONE = "Asia/Hong_Kong"
# Hong Kong keeps UTC+8 all year: the zone for a machine without the time zone data.
_HONG_KONG = timezone(timedelta(hours=8), "HKT")

_DAY_MS = 86_400_000
_VARIANT = 0b10 << 62
_RAND_B = (1 << 62) - 1


def epoch_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def store_zone() -> tzinfo:
    """The demo store's time zone (:data:`DEMO_TIMEZONE`)."""
    try:
        return ZoneInfo(DEMO_TIMEZONE)
    except (KeyError, ValueError):  # no time zone data on this machine
        return _HONG_KONG


def local_day(ms: int, zone: tzinfo) -> date:
    """The store's calendar date at the moment ``ms``: the business day of a row made
    outside any opened day (the blank SIMs received before the demo's first day)."""
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone(zone).date()


class DemoClock:
    """Ids and timestamps for the demo rows, from a seeded generator."""

    def __init__(self, rng: random.Random, customers: int) -> None:
        self.rng = rng
        self.start = epoch_ms(HISTORY_START)
        span = epoch_ms(HISTORY_END) - self.start
        # Customer i is born in [start + i*step, start + i*step + step/2); its documents
        # and lines follow within the same step, so every table stays time-ordered.
        self.step = max(16, span // max(1, customers))
        self._days: dict[int, str] = {}

    def customer_ms(self, index: int) -> int:
        return self.start + index * self.step + int(self.rng.random() * (self.step // 2))

    def line_ms(self, customer_ms: int, k: int) -> int:
        """The k-th line (0, 1, 2) of a customer: a few moments after the customer."""
        return customer_ms + (k + 1) * (self.step // 8)

    def uuid_hex(self, ms: int) -> str:
        """A UUIDv7 for the moment ``ms``, as SQLite keeps it (``uuid.UUID(...).hex``)."""
        bits = self.rng.getrandbits(74)
        return f"{ms:012x}7{bits >> 62:03x}{_VARIANT | (bits & _RAND_B):016x}"

    def uuid(self, ms: int) -> uuid.UUID:
        return uuid.UUID(hex=self.uuid_hex(ms))

    def stamp(self, ms: int) -> str:
        """``ms`` as SQLAlchemy's SQLite DATETIME text (naive UTC, microseconds)."""
        day, rest = divmod(ms, _DAY_MS)
        text = self._days.get(day)
        if text is None:
            text = datetime.fromtimestamp(day * 86_400, UTC).strftime("%Y-%m-%d")
            self._days[day] = text
        seconds, milli = divmod(rest, 1000)
        minutes, s = divmod(seconds, 60)
        h, m = divmod(minutes, 60)
        return f"{text} {h:02d}:{m:02d}:{s:02d}.{milli:03d}000"
