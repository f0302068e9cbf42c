"""The demo store is reproducible (same seed, same store; the worker process makes the
same rows) and all-or-nothing: refused over a store, and no store at all after an
interruption or a kill, whenever it comes."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk.config import Paths
from desk.demo import DemoSummary, create_demo_store
from desk.demo import pipeline as demo_pipeline
from desk.services.errors import DeskError
from desk.services.stores import open_database
from tests.demo.stores import BULK_TABLES, build, stop_at, store_files


def canonical_dump(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row, minus what the key and the PIN salts make differ between runs."""
    skip = {"number_encrypted", "number_hash", "key_id", "pin_hash"}
    c = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        dump: dict[str, list[tuple[object, ...]]] = {}
        for table in BULK_TABLES:
            cols = [r[1] for r in c.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
            dump[table] = c.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id").fetchall()
        dump["local_setting"] = c.execute(
            "SELECT key, value FROM local_setting"
            " WHERE key NOT IN ('id_key_id', 'id_key_check') ORDER BY key"
        ).fetchall()
        dump["customer_search"] = c.execute(
            "SELECT rowid, terms FROM customer_search ORDER BY rowid"
        ).fetchall()
        return dump
    finally:
        c.close()


def test_same_seed_same_store_other_seed_other_store(
    demo: tuple[Paths, DemoSummary], tmp_path: Path
) -> None:
    first = canonical_dump(demo[0].database)
    again, _ = build(tmp_path / "again")
    assert canonical_dump(again.database) == first
    key_ids = {
        sqlite3.connect(p.database)
        .execute("SELECT value FROM local_setting WHERE key = 'id_key_id'")
        .fetchone()[0]
        for p in (demo[0], again)
    }
    assert len(key_ids) == 2  # a new key each time
    other, _ = build(tmp_path / "other", seed=1)
    other_dump = canonical_dump(other.database)
    for table in ("store", "customer", "identity_document", "line", "sim_stock"):
        assert other_dump[table] != first[table], table


def test_worker_process_makes_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inline, _ = build(tmp_path / "inline", customers=300, seed=5, history_days=0)
    monkeypatch.setattr(demo_pipeline, "PARALLEL_FROM", 1)
    seen: list[str] = []
    paths = Paths(tmp_path / "parallel")
    create_demo_store(paths, customers=300, seed=5, progress=seen.append, history_days=0)
    assert canonical_dump(paths.database) == canonical_dump(inline.database)
    assert "customers 300/300" in seen


def test_refuses_a_data_dir_that_holds_a_store(demo: tuple[Paths, DemoSummary]) -> None:
    paths, _ = demo
    before = paths.database.stat()
    with pytest.raises(DeskError) as refused:
        create_demo_store(paths, customers=10)
    assert refused.value.code == "store_exists"
    assert "already holds a store" in str(refused.value)
    after = paths.database.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert store_files(paths) == ["desk.key", "desk.sqlite3"]


def test_refuses_a_key_without_its_database(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    paths.key_file.write_text("{}")
    with pytest.raises(DeskError) as refused:
        create_demo_store(paths, customers=10)
    assert refused.value.code == "store_exists"
    assert paths.key_file.read_text() == "{}"


def test_an_interrupted_build_leaves_no_store(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    with pytest.raises(KeyboardInterrupt):
        create_demo_store(paths, customers=2000, progress=stop_at("customers"))
    assert not paths.database.exists() and not paths.key_file.exists()
    assert list(paths.data_dir.iterdir()) == []
    # and the data dir is free for the next try
    create_demo_store(paths, customers=20)
    assert paths.database.exists() and paths.key_file.exists()


def test_a_build_interrupted_in_its_business_days_leaves_no_store(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    with pytest.raises(KeyboardInterrupt):
        create_demo_store(paths, customers=50, history_days=30, progress=stop_at("business"))
    assert list(paths.data_dir.iterdir()) == []


def test_progress_speaks_plain_english(tmp_path: Path) -> None:
    seen: list[str] = []
    create_demo_store(Paths(tmp_path), customers=50, progress=seen.append)
    assert "customers 50/50" in seen
    assert seen[-1].startswith("done")
    assert all(text.isascii() for text in seen)


def test_a_killed_build_leaves_no_store(tmp_path: Path) -> None:
    """SIGKILL half-way (no clean-up runs at all): no store; the next build tidies up."""
    if os.name != "posix":
        pytest.skip("SIGKILL is POSIX")
    paths = Paths(tmp_path / "data")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desk.config import Paths\n"
        "from desk.demo import create_demo_store, pipeline\n"
        "pipeline.CHUNK = 1000\n"
        "create_demo_store(Paths(Path(sys.argv[1])), customers=20_000,"
        " progress=lambda t: print(t, flush=True))\n"
    )
    env = {**os.environ, "DESK_KEYRING": "off"}
    args = [sys.executable, "-c", code, str(paths.data_dir)]
    with subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env) as child:
        try:
            assert child.stdout is not None
            for text in child.stdout:
                if text.startswith("customers"):
                    break
            child.send_signal(signal.SIGKILL)
        finally:
            child.kill()
            child.wait(timeout=30)
    assert not paths.database.exists() and not paths.key_file.exists()
    assert [p.name.startswith(".demo-build-") for p in paths.data_dir.iterdir()] == [True]
    create_demo_store(paths, customers=20)
    assert store_files(paths) == ["desk.key", "desk.sqlite3"]


def test_an_interrupted_parallel_build_stops_its_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_pipeline, "PARALLEL_FROM", 1)
    monkeypatch.setattr(demo_pipeline, "CHUNK", 1000)
    paths = Paths(tmp_path / "data")
    with pytest.raises(KeyboardInterrupt):
        create_demo_store(paths, customers=20_000, progress=stop_at("customers"))
    assert multiprocessing.active_children() == []
    assert list(paths.data_dir.iterdir()) == []


def test_the_demo_store_is_marked_so_it_never_sends_a_notice(
    demo: tuple[Paths, DemoSummary],
) -> None:
    from desk.services.stores import is_demo_store

    db = open_database(demo[0])
    try:
        with db.read() as s:
            assert is_demo_store(s)
    finally:
        db.close()
