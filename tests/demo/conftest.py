"""Demo stores shared by the demo's tests, each built once a session (seconds each)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from desk.config import Paths
from desk.demo import DemoSummary, create_demo_store
from tests.demo.stores import TODAY, WEEK_SEED, build


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_KEYRING", "off")


FILES_AFTER_BUILD: dict[str, list[str]] = {}


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Paths, DemoSummary]]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DESK_KEYRING", "off")
        paths, summary = build(tmp_path_factory.mktemp("demo"))
        # before anything opens it (a WAL reader adds -wal and -shm beside it)
        FILES_AFTER_BUILD["demo"] = sorted(p.name for p in paths.data_dir.iterdir())
        yield paths, summary


@pytest.fixture(scope="session")
def demo_files(demo: tuple[Paths, DemoSummary]) -> list[str]:
    """The files of the ``demo`` store's folder as the build left them."""
    return FILES_AFTER_BUILD["demo"]


@pytest.fixture(scope="session")
def conn(demo: tuple[Paths, DemoSummary]) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(f"file:{demo[0].database}?mode=ro", uri=True)
    yield c
    c.close()


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
