"""How fast stores push to head office: ``python bench/sync.py [--quick]``.

Head office runs as ``desk hq serve`` in a child process (real HTTP, uvicorn) on a
private PostgreSQL cluster this script starts in a temporary directory and stops
(``desk/hq/pgcluster.py``). Three figures, each printed beside its aim, never asserted:

1. **Backlog**: one store with about 50,000 outbox rows pushes them all in one sync;
   rows per second (aim above 2,500). Then a new store's first sync, which files that
   store's customers, ID documents and lines (the chain's records): records per second.
2. **Empty sync**: a sync with nothing to send, on a store of 1,000 and of 1,000,000
   customers (the cached benchmark store of bench/_store.py, copied); the median of
   several (aim under 300 ms at both sizes: its cost grows with the changes, not the
   database). The 1M store's first push of its 3.5 million rows is done once, before
   the timing, straight through head office's own apply functions (``prepare_rows`` and
   ``upsert_rows``, in batches of 20,000) rather than over HTTP, which takes longer
   still; the rows, cursor and outbox end exactly as a real first sync leaves them.
3. **A chain's night**: 100 small stores (copies of one demo store, each enrolled apart)
   push a busy day each at once, from 100 threads in four processes (each store reads
   and encodes its own rows): rows per second in all (aim above 10,000), min/median/max
   per-store seconds (no store starved), and the CPU seconds the stores, head office and
   PostgreSQL each spent (all on one machine here).

``--quick``: 10,000 rows, the 1,000-customer store only, 20 stores. ``--workers N``: head
office's server processes (2, one a CPU of the machine the figures come from).
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from _store import bench_store, copy_store

from desk.config import Paths
from desk.hq import schema
from desk.hq.apply import prepare_rows, upsert_rows
from desk.hq.auth import Caller
from desk.hq.db import make_engine, now, upgrade
from desk.hq.pgcluster import PgCluster, free_port
from desk.services.stores import current_store, open_database
from desk.sync import outbox
from desk.sync.client import SyncReport, _state, sync_once
from tests.sync.chain import ChainStore, busy_store, demo_copy
from tests.sync.harness import Endpoint, add_store, enrol_directly, wait_up

ROOT = Path(__file__).resolve().parent.parent
AIM_BACKLOG = 2500.0  # rows/s
AIM_EMPTY_MS = 300.0
AIM_CHAIN = 10_000.0  # rows/s
STORE_PROCESSES = 4  # the chain's stores are simulated in this many processes
DB, OWNER, APP, PASSWORD = "desk_hq", "desk_hq_owner", "desk_hq_app", "bench-secret"


def ratio(value: float, aim: float, *, below: bool = False) -> str:
    met = value <= aim if below else value >= aim
    return f"{value / aim:.2f}× the aim ({'met' if met else 'MISSED'})"


class HeadOffice:
    """``desk hq serve`` in a child process, over the cluster's database."""

    def __init__(self, url: str, folder: Path, workers: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "desk", "hq", "serve", "--db", url]
        command += ["--workers", str(workers)]
        self.proc = subprocess.Popen(
            [*command, "--port", str(self.port), "--data-dir", str(folder)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        wait_up(self.url, 60)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)


def backlog(engine, hq: HeadOffice, tmp: Path, rows: int) -> None:  # type: ignore[no-untyped-def]
    # A demo store of ~600 customers holds ~2,000 rows; a busy day of n cases ~22 n.
    cases = max(100, (rows - 2000) // 44)
    t0 = time.perf_counter()
    store = busy_store(tmp / "backlog", engine, "BKLG", seed=7, days=2, cases=cases)
    print(f"  store made in {time.perf_counter() - t0:.1f} s")
    report = store.sync(hq.url, timeout=120)
    assert report.ok, report.error
    rate = report.pushed / report.elapsed
    print(
        f"backlog: {report.pushed:,} rows in {report.batches} batches, {report.elapsed:.1f} s:"
        f" {rate:,.0f} rows/s, {ratio(rate, AIM_BACKLOG)} of {AIM_BACKLOG:,.0f} rows/s"
    )
    newcomer(engine, hq, tmp)


def newcomer(engine, hq: HeadOffice, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """A new store's first sync: it files every customer, ID document and line record of
    the chain (here the backlog store's), the price of finding them by ID everywhere."""
    paths = demo_copy(tmp / "newcomer", seed=99, customers=0)  # the chain's catalogue
    db = open_database(paths)
    try:
        info = current_store(db)
        assert info is not None
    finally:
        db.close()
    hq_id = add_store(engine, "NEW1")
    credential = enrol_directly(engine, hq_id, info.id)
    report = sync_once(paths, Endpoint(hq.url, credential), timeout=600)
    assert report.ok, report.error
    got = report.records
    print(
        f"a new store's first sync: {got.added:,} records filed ({got.passed_over:,} passed"
        f" over) in {report.elapsed:.1f} s: {got.added / report.elapsed:,.0f} records/s"
    )


def seed_directly(engine, paths: Paths, caller: Caller) -> int:  # type: ignore[no-untyped-def]
    """Head office given every row of the store, as a first sync would (see the doc)."""
    db = open_database(paths)
    try:
        with db.write() as s:
            base, count = outbox.start_capture(s)
            _state(s).epoch = 1
        c = schema.cursor
        with engine.begin() as conn:
            conn.execute(
                c.insert().values(
                    store_id=caller.store_id,
                    counter=1,
                    epoch=1,
                    last_seq=base,
                    started_at=now(),
                    updated_at=now(),
                )
            )
        cursor, done, t0 = base, 0, time.perf_counter()
        while True:
            with db.read() as s:
                batch = outbox.read_batch(s, cursor, max_rows=20_000, max_bytes=1 << 30)
            if batch is None:
                break
            append, mutable = prepare_rows(caller, 1, batch.after, batch.last, batch.rows)
            with engine.begin() as conn:
                upsert_rows(conn, append, mutable)
                conn.execute(
                    c.update()
                    .where(c.c.store_id == caller.store_id, c.c.counter == 1, c.c.epoch == 1)
                    .values(last_seq=batch.last, last_key=batch.last_key, updated_at=now())
                )
            with db.write() as s:
                outbox.acknowledge(s, batch.last)
            cursor, done = batch.last, done + len(batch.rows)
            if done % 500_000 < 20_000:
                print(f"    {done:,} of {count:,} rows ({time.perf_counter() - t0:.0f} s)")
        return done
    finally:
        db.close()


def empty_syncs(engine, hq: HeadOffice, tmp: Path, customers: int, times: int) -> None:  # type: ignore[no-untyped-def]
    src = bench_store(argparse.Namespace(customers=customers, data_dir=None))
    folder = tmp / f"empty-{customers}"
    folder.mkdir()
    t0 = time.perf_counter()
    paths = copy_store(src, folder)
    db = open_database(paths)  # migrated to this Desk's schema
    try:
        info = current_store(db)
        assert info is not None
    finally:
        db.close()
    code = f"E{customers % 10_000_000:07d}"[:8]
    hq_id = add_store(engine, code)
    credential = enrol_directly(engine, hq_id, info.id)
    print(f"  {customers:,}-customer store copied and migrated in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    pushed = 0
    if customers > 100_000:
        pushed = seed_directly(engine, paths, Caller(hq_id, code, 1, info.id))
    # The first sync (not timed) pushes what is left and pulls the chain's records so far.
    first = sync_once(paths, Endpoint(hq.url, credential), timeout=600)
    assert first.ok, first.error
    pushed += first.pushed
    print(
        f"  first push: {pushed:,} rows in {time.perf_counter() - t0:.1f} s (not timed);"
        f" records pulled: {first.records.added:,} added, {first.records.passed_over:,}"
        " passed over"
    )
    elapsed = []
    for _ in range(times):
        report = sync_once(paths, Endpoint(hq.url, credential))
        assert report.ok and report.pushed == 0, report
        elapsed.append(report.elapsed * 1000)
    median = statistics.median(elapsed)
    print(
        f"empty sync, {customers:,} customers: median {median:.0f} ms of {times}"
        f" (min {min(elapsed):.0f}, max {max(elapsed):.0f}),"
        f" {ratio(median, AIM_EMPTY_MS, below=True)} of {AIM_EMPTY_MS:.0f} ms"
    )


def _tree_cpu(root: int) -> float:
    """CPU seconds of a process and its descendants, living and reaped (Linux /proc)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        times[pid] = sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(times.get(pid, 0.0) for pid in tree)


def _sync_stores(url: str, stores: list[ChainStore], start_at: float) -> list[SyncReport]:
    """One process's share of the chain: each store synced in a thread of its own, from
    ``start_at`` (a wall-clock time)."""
    time.sleep(max(0.0, start_at - time.time()))
    with ThreadPoolExecutor(max_workers=len(stores)) as pool:
        return list(pool.map(lambda store: store.sync(url, timeout=600), stores))


def _cpu_split(hq: HeadOffice, cluster: PgCluster) -> dict[str, float]:
    postmaster = int((cluster.data_dir / "postmaster.pid").read_text().split()[0])
    return {
        "stores": _tree_cpu(os.getpid()) - _tree_cpu(hq.proc.pid),
        "head office": _tree_cpu(hq.proc.pid),
        "PostgreSQL": _tree_cpu(postmaster),
    }


def chain_night(engine, hq: HeadOffice, cluster: PgCluster, tmp: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    template = busy_store(tmp / "chain-template", engine, "TMPL", seed=11, days=1, cases=300)
    stores: list[ChainStore] = []
    for n in range(count):
        folder = tmp / f"chain-{n}"
        shutil.copytree(template.paths.data_dir, folder)
        code = f"S{n:03d}"
        hq_id = add_store(engine, code)
        credential = enrol_directly(engine, hq_id, template.local_id)
        stores.append(ChainStore(Paths(folder), code, hq_id, template.local_id, credential))
    print(f"  {count} stores made in {time.perf_counter() - t0:.1f} s")

    # The stores in a few processes of many threads each, all starting at one moment: in
    # one process, a hundred threads spent more CPU on the interpreter's lock than on
    # syncing (at 100 stores, 110 CPU seconds against 45 at the rate of 20).
    groups = [stores[n::STORE_PROCESSES] for n in range(min(count, STORE_PROCESSES))]
    cpu = _cpu_split(hq, cluster)
    start_at = time.time() + 3 + len(groups)  # once every process has started
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(len(groups), mp_context=spawn) as pool:
        runs = [pool.submit(_sync_stores, hq.url, group, start_at) for group in groups]
        results = [run.result() for run in runs]
    wall = time.time() - start_at
    reports = [report for group in results for report in group]
    spent = {name: seconds - cpu[name] for name, seconds in _cpu_split(hq, cluster).items()}
    failed = [r.error for r in reports if not r.ok]
    rows = sum(r.pushed for r in reports)
    per = sorted(r.elapsed for r in reports)
    rate = rows / wall
    print(
        f"chain's night: {count} stores, {rows:,} rows in {wall:.1f} s: {rate:,.0f} rows/s,"
        f" {ratio(rate, AIM_CHAIN)} of {AIM_CHAIN:,.0f} rows/s;"
        f" per store min {per[0]:.1f} s, median {statistics.median(per):.1f} s,"
        f" max {per[-1]:.1f} s" + (f"; {len(failed)} FAILED: {failed[0]}" if failed else "")
    )
    print(
        f"  CPU seconds ({os.cpu_count()} CPUs, {wall * (os.cpu_count() or 1):.0f} s in all): "
        + ", ".join(f"{name} {seconds:.0f}" for name, seconds in spent.items())
    )
    pulled = [r.records for r in reports]
    print(
        f"  records pulled in all: {sum(p.added for p in pulled):,} added,"
        f" {sum(p.changed for p in pulled):,} changed, {sum(p.kept_local for p in pulled):,}"
        f" kept local, {sum(p.passed_over for p in pulled):,} passed over"
    )


def _on_own_head_office(cluster: PgCluster, tmp: Path, workers: int, part: str, run) -> None:  # type: ignore[no-untyped-def]
    db = f"{DB}_{part}"
    cluster.create_database(db)
    cluster.create_roles(db, owner=OWNER, app=APP, app_password=PASSWORD)
    owner = make_engine(cluster.url(db, OWNER))
    upgrade(owner)
    owner.dispose()
    engine = make_engine(cluster.url(db, APP, PASSWORD))
    hq = HeadOffice(cluster.url(db, APP, PASSWORD), tmp / f"hq-{part}", workers)
    print(f"head office on PostgreSQL (private cluster), {workers} worker(s), at {hq.url}")
    try:
        run(engine, hq)
    finally:
        hq.stop()
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smaller run")
    parser.add_argument("--only", choices=["backlog", "empty", "chain"], action="append")
    parser.add_argument(
        "--workers", type=int, default=2, help="head office's processes (desk hq serve --workers)"
    )
    args = parser.parse_args()
    # The benchmark stores of one size and the next are made alike (the same numbers):
    # the records one passes over of the other are counted in the output, not each logged.
    logging.getLogger("desk.sync.records").setLevel(logging.ERROR)
    parts = set(args.only or ["backlog", "empty", "chain"])
    quick = args.quick
    tmp = Path(tempfile.mkdtemp(prefix="desk-bench-sync-"))
    pg_dir = Path(tempfile.mkdtemp(prefix="desk-bench-pg-"))  # reachable by postgres
    cluster = PgCluster(pg_dir)
    runs = {
        "backlog": lambda engine, hq: backlog(engine, hq, tmp, 10_000 if quick else 50_000),
        "empty": lambda engine, hq: [
            empty_syncs(engine, hq, tmp, customers, 5 if quick else 9)
            for customers in ((1000,) if quick else (1000, 1_000_000))
        ],
        "chain": lambda engine, hq: chain_night(engine, hq, cluster, tmp, 20 if quick else 100),
    }
    try:
        cluster.start()
        # Each part on a head office of its own: the chain's records of one part (the
        # million-customer store's, say) are not pulled by the stores of the next.
        for part in ("backlog", "empty", "chain"):
            if part in parts:
                _on_own_head_office(cluster, tmp, args.workers, part, runs[part])
    finally:
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(pg_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
