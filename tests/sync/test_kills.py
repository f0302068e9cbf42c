"""Exactly once under faults, on the real PostgreSQL server: the store's sync process
killed (SIGKILL) at random moments and at the protocol's named points, more than 50
times while the store trades on; head office stopped mid-batch. Afterwards head office
holds exactly the store's rows, with the same per-day sums."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from desk.hq.pgcluster import free_port
from tests.hq.server import running_hq
from tests.sync.chain import busy_store, hq_rows, store_rows, totals_match, trade
from tests.sync.harness import wait_up

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("DESK_SYNC_KILLS", "50"))  # `make soak` asks for more
NAMED = ("after_send", "after_commit", "after_answer")


def _child(store, url: str, fault: str | None = None, at: int = 1) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DESK_SYNC_FAULT", None)
    if fault:
        env["DESK_SYNC_FAULT"], env["DESK_SYNC_FAULT_AT"] = fault, str(at)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.sync.sync_child",
            str(store.paths.data_dir),
            url,
            store.credential,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_sync_killed_over_50_times_still_lands_every_row_once(tmp_path, pg_engine):
    rng = random.Random(20261123)
    store = busy_store(tmp_path / "a", pg_engine, "HK01", seed=1, days=2, cases=300)
    killed = 0
    with running_hq(pg_engine) as url:
        for n in range(KILLS * 2):
            if killed >= KILLS:
                break
            trade(store.paths, 10 + n, cases=8, seed=700 + n)  # always something new to send
            if n % 2 == 0:
                child = _child(store, url, NAMED[n // 2 % 3], 1)
                child.wait(60)
            else:
                child = _child(store, url)
                time.sleep(rng.uniform(0.2, 1.0))  # start-up is ~0.5 s: kills land anywhere
                child.send_signal(signal.SIGKILL)
                child.wait(60)
            killed += child.returncode == -signal.SIGKILL
        assert killed >= KILLS, killed
        final = _child(store, url)
        assert final.wait(120) == 0
    assert hq_rows(pg_engine, store) == store_rows(store.paths)
    assert totals_match(pg_engine, store)


def test_head_office_stopped_mid_batch_loses_nothing(tmp_path, pg_db, pg_engine):
    store = busy_store(tmp_path / "a", pg_engine, "HK01", seed=2, days=3, cases=300)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "desk",
        "hq",
        "serve",
        "--db",
        pg_db.app_url,
        "--port",
        str(port),
        "--data-dir",
        str(tmp_path / "hq"),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    hq = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    try:
        wait_up(url)
        child = _child(store, url)
        time.sleep(1.5)  # the first batches are on their way
        hq.send_signal(signal.SIGKILL)
        hq.wait(30)
        assert child.wait(120) == 1  # the store says head office went away
    finally:
        if hq.poll() is None:
            hq.kill()
    hq = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    try:
        wait_up(url)
        assert _child(store, url).wait(120) == 0
    finally:
        hq.terminate()
        hq.wait(30)
    assert hq_rows(pg_engine, store) == store_rows(store.paths)
    assert totals_match(pg_engine, store)
