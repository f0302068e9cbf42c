"""The demo stores the demo's tests build: their size, seed and today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desk.config import Paths
from desk.demo import DemoSummary, create_demo_store

N = 1500  # customers of the shared demo store
TODAY = date(2026, 11, 24)  # the demo's business days are the week before
WEEK_SEED = 7
# The tables the bulk load writes, each row's id a seeded UUIDv7.
BULK_TABLES = (
    "store",
    "staff",
    "carrier",
    "product",
    "customer",
    "identity_document",
    "line",
    "sim_stock",
)


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


def stop_at(prefix: str) -> Callable[[str], None]:
    """A progress callback that interrupts the build (as Ctrl+C would) at the first
    line starting with ``prefix``."""

    def progress(text: str) -> None:
        if text.startswith(prefix):
            raise KeyboardInterrupt

    return progress
