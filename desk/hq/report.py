"""``desk hq report --day D``: per store and counter, the day's rows, the money taken,
when it last synced well (its push complete and its totals the same as head office's,
:mod:`desk.hq.routes_synced`) and when head office last heard from it at all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from sqlalchemy import Engine, func, select

from desk.hq import schema


def day_report(engine: Engine, day: date) -> Iterator[str]:
    r, c, s = schema.row, schema.counter, schema.store
    with engine.connect() as conn:
        counters = conn.execute(
            select(
                s.c.store_id,
                s.c.code,
                s.c.name,
                c.c.counter,
                c.c.last_seen_at,
                c.c.last_good_sync_at,
                c.c.revoked_at,
            )
            .join(c, c.c.store_id == s.c.store_id, isouter=True)
            .order_by(s.c.code, c.c.counter)
        ).all()
        figures = {
            (store_id, counter, tbl): (int(n), int(total))
            for store_id, counter, tbl, n, total in conn.execute(
                select(
                    r.c.store_id,
                    r.c.counter,
                    r.c.tbl,
                    func.count(),
                    func.coalesce(func.sum(r.c.amount_minor), 0),
                )
                .where(r.c.business_day == day, r.c.deleted.is_(False))
                .group_by(r.c.store_id, r.c.counter, r.c.tbl)
            )
        }
    yield f"Head office, business day {day.isoformat()}"
    yield (
        f"{'store':<8} {'counter':>7} {'rows':>8} {'payments':>9} {'taken':>12}  "
        f"{'last good sync':<20}  last seen"
    )
    if not counters:
        yield "No stores yet: add one with 'desk hq add-store CODE NAME'."
    for store_id, code, _name, counter, seen, good, revoked in counters:
        if counter is None:
            yield f"{code:<8} {'-':>7} {'':>8} {'':>9} {'':>12}  not enrolled"
            continue
        mine = {k[2]: v for k, v in figures.items() if k[0] == store_id and k[1] == counter}
        rows = sum(n for n, _t in mine.values())
        payments, taken = mine.get("payment", (0, 0))
        when = _moment(seen) + (" (revoked)" if revoked else "")
        yield (
            f"{code:<8} {counter:>7} {rows:>8,} {payments:>9,} {taken / 100:>12,.2f}  "
            f"{_moment(good):<20}  {when}"
        )


def _moment(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC") if at else "never"
