"""When this Desk syncs with head office on its own: the time arithmetic, no Qt.

Three reasons, whichever comes first (:func:`next_sync`):

- **nightly**: at ``sync_time`` (default 02:00) in the store's time zone. A night that
  passed with no attempt since its hour (the PC was off or asleep at 02:00) is due at
  once, as systemd's ``Persistent=true`` does.
- **catch-up**: no good sync for more than a day (or never): due at once, then again
  :data:`RETRY_AFTER` after each failed attempt, until one succeeds.
- **trickle**: every ``sync_trickle_minutes`` after the last attempt (0: off).

The answer depends only on the clock, the settings and what ``sync_state`` says about
the last attempt and the last good sync, so the GUI's timer can ask again as often as
it likes: a run it starts writes ``last_attempt_at``, which moves the next one on.
Never two at once: the client's lock refuses a second, and the timer (``desk.ui``)
starts none while one runs.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

CATCH_UP_AFTER = timedelta(days=1)
RETRY_AFTER = timedelta(minutes=30)
DEFAULT_TIME = "02:00"
_HH_MM = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")


class Why(enum.StrEnum):
    NIGHTLY = "nightly"
    CATCH_UP = "catch_up"
    TRICKLE = "trickle"


@dataclass(frozen=True)
class Plan:
    """The settings of the schedule: the nightly time in ``zone``, and the trickle."""

    at: time
    zone: tzinfo
    trickle: timedelta | None = None

    @classmethod
    def from_settings(cls, sync_time: str, trickle_minutes: int, zone: tzinfo) -> Plan:
        return cls(
            at=parse_sync_time(sync_time),
            zone=zone,
            trickle=timedelta(minutes=trickle_minutes) if trickle_minutes > 0 else None,
        )


@dataclass(frozen=True)
class Due:
    at: datetime  # UTC, aware; at or before now: due now
    why: Why

    def due(self, now: datetime) -> bool:
        return self.at <= now


def valid_sync_time(text: str) -> bool:
    """``HH:MM`` on a 24-hour clock (``02:00``, ``23:30``)."""
    return _HH_MM.fullmatch(text.strip()) is not None


def parse_sync_time(text: str) -> time:
    """``HH:MM`` as a time; anything else gives the default 02:00."""
    match = _HH_MM.fullmatch(text.strip()) or _HH_MM.fullmatch(DEFAULT_TIME)
    assert match is not None
    return time(int(match.group(1)), int(match.group(2)))


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: the schedule takes time-zone aware moments")
    return moment.astimezone(UTC)


def previous_nightly(now: datetime, at: time, zone: tzinfo) -> datetime:
    """The latest ``at`` in ``zone`` at or before ``now`` (UTC)."""
    local = _utc(now).astimezone(zone)
    slot = datetime.combine(local.date(), at, tzinfo=zone)
    if slot > local:
        slot = datetime.combine(local.date() - timedelta(days=1), at, tzinfo=zone)
    return slot.astimezone(UTC)


def next_nightly(now: datetime, at: time, zone: tzinfo) -> datetime:
    """The first ``at`` in ``zone`` after ``now`` (UTC)."""
    local = _utc(now).astimezone(zone)
    slot = datetime.combine(local.date(), at, tzinfo=zone)
    if slot <= local:
        slot = datetime.combine(local.date() + timedelta(days=1), at, tzinfo=zone)
    return slot.astimezone(UTC)


def catch_up_due(now: datetime, last_good_at: datetime | None) -> bool:
    """No good sync yet, or none for more than :data:`CATCH_UP_AFTER`."""
    return last_good_at is None or _utc(now) - _utc(last_good_at) > CATCH_UP_AFTER


def next_sync(
    now: datetime,
    plan: Plan,
    *,
    last_good_at: datetime | None,
    last_attempt_at: datetime | None,
) -> Due:
    """When the next sync is due and why (for an enrolled store; see the module)."""
    now = _utc(now)
    attempt = None if last_attempt_at is None else _utc(last_attempt_at)
    night = previous_nightly(now, plan.at, plan.zone)
    if attempt is None or attempt < night:
        choices = [Due(night, Why.NIGHTLY)]  # missed: due at once
    else:
        choices = [Due(next_nightly(now, plan.at, plan.zone), Why.NIGHTLY)]
    if catch_up_due(now, last_good_at):
        at = now if attempt is None else max(now, attempt + RETRY_AFTER)
        choices.append(Due(at, Why.CATCH_UP))
    if plan.trickle is not None:
        at = now if attempt is None else max(now, attempt + plan.trickle)
        choices.append(Due(at, Why.TRICKLE))
    # The earliest; on a tie the first listed (nightly, then catch-up, then trickle).
    return min(choices, key=lambda d: d.at)
