"""Demo stores shared by the demo's tests: each costs seconds to build."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from desk.config import Paths
from desk.demo import DemoSummary, create_demo_store

TODAY = date(2026, 11, 24)  # the demo's business days are the week before
WEEK_SEED = 7


@pytest.fixture(scope="session")
def week(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[list[tuple[Paths, DemoSummary]]]:
    """Two demo stores of 300 customers, same seed, same today, a week of closed
    business days each: read them, never write to them (copy one first)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DESK_KEYRING", "off")
        stores = []
        for name in ("a", "b"):
            paths = Paths(tmp_path_factory.mktemp(f"week-{name}"))
            summary = create_demo_store(paths, customers=300, seed=WEEK_SEED, today=TODAY)
            stores.append((paths, summary))
        yield stores
