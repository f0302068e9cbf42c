"""The demo stores the demo's tests build: their size, seed and today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desk.config import Paths
from desk.demo import DemoSummary, create_demo_store

N = 1500  # customers of the shared demo store
TODAY = date(2026, 11, 24)  # the demo's business days are the week before
WEEK_SEED = 7


def build(
    data_dir: Path, customers: int = N, seed: int = 0, history_days: int = 7
) -> tuple[Paths, DemoSummary]:
    paths = Paths(data_dir)
    summary = create_demo_store(
        paths, customers=customers, seed=seed, today=TODAY, history_days=history_days
    )
    return paths, summary


def store_files(paths: Paths) -> list[str]:
    return sorted(p.name for p in paths.data_dir.iterdir() if not p.name.endswith(("-wal", "-shm")))
