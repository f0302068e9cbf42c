"""Head office's view of the store's totals (``sync_state.hq_view``), as rows to show.

After a good sync the client (:func:`desk.sync.client._sync`) keeps what head office
counted per business day: for each compared table (:data:`desk.sync.tables.DAY_TABLES`)
the rows and the sum of its amount column in minor units (0 for a table without one)::

    {"totals": {"2026-11-27": {"payment": [3, 45000], "replacement_case": [9, 0]}, ...}}

Read tolerantly: ``{"count": n, "sum": m}`` for a table's figures and ``days`` for
``totals`` are taken too; anything else is skipped, so the page shows what it can and
never fails on head office's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desk.sync.tables import BY_NAME, ORDER


@dataclass(frozen=True)
class DayTotal:
    day: date
    table: str
    count: int
    sum_minor: int | None


def _row(day: Any, table: Any, figures: Any) -> DayTotal | None:
    try:
        when = date.fromisoformat(str(day))
    except ValueError:
        return None
    if not isinstance(table, str):
        return None
    if isinstance(figures, list) and len(figures) == 2:
        count, total = figures
    elif isinstance(figures, dict):
        count = figures.get("count", figures.get("rows"))
        total = figures.get("sum", figures.get("sum_minor", figures.get("amount")))
    else:
        return None
    if not isinstance(count, int) or isinstance(count, bool):
        return None
    spec = BY_NAME.get(table)
    if not isinstance(total, int) or isinstance(total, bool) or (spec and not spec.amount):
        total = None  # a table counted, not summed
    return DayTotal(when, table, count, total)


def day_totals(view: dict[str, Any], limit_days: int = 14) -> list[DayTotal]:
    """The newest ``limit_days`` days of ``view``, newest first; in a day, the tables in
    :data:`desk.sync.tables.PUSHED`'s order (cases before payments)."""
    days = view.get("totals", view.get("days", view))
    rows: list[DayTotal | None] = []
    if isinstance(days, dict):
        for day, tables in days.items():
            if isinstance(tables, dict):
                rows.extend(_row(day, t, f) for t, f in tables.items())
    elif isinstance(days, list):
        rows.extend(
            _row(item.get("day"), item.get("table"), item)
            for item in days
            if isinstance(item, dict)
        )
    found = [r for r in rows if r is not None]
    keep = sorted({r.day for r in found}, reverse=True)[:limit_days]
    return sorted(
        (r for r in found if r.day in keep),
        key=lambda r: (-r.day.toordinal(), ORDER.get(r.table, len(ORDER)), r.table),
    )
