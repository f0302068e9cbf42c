"""The clock the demo's counter runs on: the store's own hours, a few minutes a step.

The services take the time from their :class:`~desk.services.case_context.Counter`'s
clock; the demo's is this one, set to a time of the store's day before each event of
its agenda and moved on by each step. It never goes back: an event planned for a time
already past (the clerk was still busy) happens when the clerk is free.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

__all__ = ["ShopClock"]


class ShopClock:
    """Now, in UTC, as the demo's counter sees it."""

    def __init__(self, zone: tzinfo, first_day: date) -> None:
        self.zone = zone
        self.at = self.moment(first_day, 0)  # midnight at the store, the first day

    def __call__(self) -> datetime:
        return self.at

    def moment(self, day: date, hour: int, minute: float = 0) -> datetime:
        """``hour:minute`` on ``day`` at the store, in UTC."""
        local = datetime.combine(day, time(hour), tzinfo=self.zone)
        return (local + timedelta(minutes=minute)).astimezone(UTC)

    def wait_until(self, moment: datetime) -> None:
        """Move on to ``moment``, unless it is past already."""
        self.at = max(self.at, moment)

    def tick(self, minutes: float) -> None:
        self.at += timedelta(minutes=minutes)
