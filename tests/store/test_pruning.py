"""The rule that keeps daily copies: the newest 14, and the newest of each of the last 12
months (this one included); a copy dated after today is always kept."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.store.backups import KEEP_DAILY, KEEP_MONTHLY, to_keep


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(n) for n in range((last - first).days + 1)]


def month_ends(first: date, last: date) -> set[date]:
    """The last day of each month from ``first`` to ``last``."""
    days = days_between(first, last)
    return {d for d in days if (d + timedelta(1)).month != d.month}


TODAY = date(2026, 6, 15)
A_YEAR_AND_A_HALF = days_between(date(2025, 1, 1), TODAY)
ONE_A_MONTH = [
    date(y, m, 28) for y in range(2023, 2027) for m in range(1, 13) if date(y, m, 28) < TODAY
]
TABLE = [
    ("nothing yet", [], set()),
    ("a week", days_between(date(2026, 6, 9), TODAY), set(days_between(date(2026, 6, 9), TODAY))),
    (
        "a month and a half: 14 days, and the end of May",
        days_between(date(2026, 5, 1), TODAY),
        set(days_between(date(2026, 6, 2), TODAY)) | {date(2026, 5, 31)},
    ),
    (
        "every day for a year and a half: 14 days and 11 month ends, none before July 2025",
        A_YEAR_AND_A_HALF,
        set(days_between(date(2026, 6, 2), TODAY)) | month_ends(date(2025, 7, 1), TODAY),
    ),
    (
        "a shop closed in winter: its last copy of each month is kept",
        [date(2026, 1, 10), date(2026, 1, 20), date(2026, 3, 5)],
        {date(2026, 1, 10), date(2026, 1, 20), date(2026, 3, 5)},
    ),
    (
        "one copy a month for three years: the newest 14, whatever their age",
        ONE_A_MONTH,
        set(ONE_A_MONTH[-KEEP_DAILY:]),
    ),
    (
        "copies dated after today (a clock set wrong) are kept and do not count",
        [*days_between(date(2026, 6, 1), TODAY), date(2026, 6, 20), date(2027, 1, 1)],
        set(days_between(date(2026, 6, 2), TODAY)) | {date(2026, 6, 20), date(2027, 1, 1)},
    ),
]


@pytest.mark.parametrize(("days", "kept"), [row[1:] for row in TABLE], ids=[r[0] for r in TABLE])
def test_the_rule_by_example(days, kept):
    assert to_keep(days, TODAY) == kept


def test_the_year_and_a_half_keeps_26_copies():
    assert len(to_keep(A_YEAR_AND_A_HALF, TODAY)) == KEEP_DAILY + KEEP_MONTHLY - 1


def month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


@given(
    st.lists(st.dates(date(2020, 1, 1), date(2030, 12, 31)), max_size=200),
    st.dates(date(2021, 1, 1), date(2029, 12, 31)),
)
def test_the_rule_holds_for_any_copies(days, today):
    keep = to_keep(days, today)
    past = sorted({d for d in days if d <= today}, reverse=True)
    assert keep <= set(days)
    assert {d for d in days if d > today} <= keep  # never a copy from the future
    assert set(past[:KEEP_DAILY]) <= keep  # the newest 14
    for month in range(month_index(today) - KEEP_MONTHLY + 1, month_index(today) + 1):
        in_month = [d for d in past if month_index(d) == month]
        if in_month:
            assert max(in_month) in keep  # the newest of each of the last 12 months
    for d in keep - set(past[:KEEP_DAILY]):  # and nothing else
        if d <= today:
            same_month = [p for p in past if month_index(p) == month_index(d)]
            assert d == max(same_month)
            assert month_index(today) - month_index(d) < KEEP_MONTHLY
    assert len([d for d in keep if d <= today]) <= KEEP_DAILY + KEEP_MONTHLY
    assert to_keep(sorted(keep), today) == keep  # pruning twice prunes nothing more
