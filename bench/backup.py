"""How fast the online backup is, and whether it holds the clerk up:
``python bench/backup.py [--customers N] [--data-dir DIR]``.

On the demo store of N customers (made once in the cache by bench/_store.py; its schema
is left as it is), prints in MB/s, best of :data:`ROUNDS` rounds:

- a plain file copy of the database (``shutil.copyfile`` and an fsync),
- the online backup without its checks (SQLite's backup API in one step from a read
  connection, fsync, rename), and the ratio of the two; the step alone is the only
  part that reads the live file,
- the whole backup (the copy, ``integrity_check`` and ``foreign_key_check`` of it, fsync
  and rename), which is what the day close waits for, off the GUI thread;

then how long a writer's commit takes (one small ``BEGIN IMMEDIATE`` … ``COMMIT`` every
5 ms, ``synchronous=FULL``, as the counter writes), median / p99 / max: with nothing
else running, while an online backup of the same database runs (and during its copy
step alone, the only part that reads the live file), and while a plain file copy of it
runs (what the disk alone costs).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from _store import arguments, bench_store

from desk.store.backups import online_backup
from desk.store.db import Database

PAUSE = 0.005  # between two commits of the writer
ROUNDS = 2


def _mb(size: int, seconds: float) -> str:
    return f"{size / 1e6:9,.1f} MB in {seconds:6.2f} s  {size / 1e6 / seconds:7,.0f} MB/s"


def _plain_copy(src: Path, dst: Path) -> float:
    started = time.perf_counter()
    shutil.copyfile(src, dst)
    with open(dst, "rb+") as f:
        os.fsync(f.fileno())
    return time.perf_counter() - started


class Writer(threading.Thread):
    """The clerk: one small committed transaction after another, each timed."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.db = Database(path)
        self.stop = threading.Event()
        self.commits: list[tuple[float, float]] = []  # (when it began, how long it took)

    def run(self) -> None:
        conn = self.db.raw()  # Desk's pragmas: WAL, synchronous=FULL, busy timeout
        try:
            n = 0
            while not self.stop.is_set():
                n += 1
                started = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "INSERT OR REPLACE INTO local_setting (key, value) VALUES ('bench', ?)",
                    (str(n),),
                )
                conn.execute("COMMIT")
                self.commits.append((started, time.perf_counter() - started))
                time.sleep(PAUSE)
        finally:
            conn.close()
            self.db.close()


def _latencies(commits: list[tuple[float, float]], start: float, end: float) -> str:
    """The commits that began between ``start`` and ``end``."""
    ordered = sorted(took for began, took in commits if start <= began <= end)
    if not ordered:
        return "no commit began in that time"
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return (
        f"median {statistics.median(ordered) * 1000:6.1f} ms   p99 {p99 * 1000:6.1f} ms   "
        f"max {ordered[-1] * 1000:6.1f} ms   ({len(ordered):,} commits)"
    )


def _speeds(src: Path, tmp: Path) -> float:
    """The plain copy against the online backup, best of ROUNDS; the backup's seconds."""
    size = src.stat().st_size
    plain, made = [], []
    for r in range(ROUNDS):
        os.sync()  # each starts with no other copy's writes still going to the disk
        plain.append(_plain_copy(src, tmp / "plain.sqlite3"))
        os.sync()
        made.append(online_backup(src, tmp / f"online-{r}.sqlite3"))
        made[-1].path.unlink()
    best = min(made, key=lambda m: m.seconds - m.check_seconds)
    flushed = best.seconds - best.check_seconds
    print(f"plain file copy (copyfile + fsync)     {_mb(size, min(plain))}")
    print(
        f"online backup, copy + fsync + rename   {_mb(size, flushed)}"
        f"   {flushed / min(plain):4.1f}× the plain copy's time"
    )
    print(f"  of which the backup API's one step   {_mb(size, best.copy_seconds)}")
    whole = min(m.seconds for m in made)
    print(f"online backup, whole (with the checks) {_mb(size, whole)}")
    return whole


def _while(
    live: Path, what: str, action: Callable[[], object]
) -> tuple[list[tuple[float, float]], float]:
    """The writer's commits on ``live`` while ``action`` runs (printed); and when it began."""
    os.sync()  # the copies before have reached the disk: they would stall any commit
    writer = Writer(live)
    writer.start()
    time.sleep(0.2)
    started = time.perf_counter()
    action()
    ended = time.perf_counter()
    writer.stop.set()
    writer.join()
    print(f"a commit, {what:<27}{_latencies(writer.commits, started, ended)}")
    return writer.commits, started


def main() -> int:
    args = arguments((__doc__ or "").splitlines()[0])
    src = bench_store(args).database
    conn = sqlite3.connect(src)  # fold the WAL in: one file, for the plain copy too
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"store: {args.customers:,} customers, {src.stat().st_size / 1e6:,.1f} MB ({src})")
    with tempfile.TemporaryDirectory(prefix="desk-bench-backup-") as tmp_dir:
        tmp = Path(tmp_dir)
        seconds = _speeds(src, tmp)
        live = tmp / "live.sqlite3"  # the writer's store: a copy, the cache stays as it was
        shutil.copyfile(src, live)
        _while(live, "no backup running", lambda: time.sleep(max(2.0, seconds)))
        copy_step: list[float] = []

        def backup() -> None:
            copy_step.append(online_backup(live, tmp / "during.sqlite3").copy_seconds)

        commits, started = _while(live, "during the online backup", backup)
        step = _latencies(commits, started, started + copy_step[0])
        print(f"  ... during its copy step ({copy_step[0]:.1f} s)  {step}")
        _while(live, "during a plain file copy", lambda: _plain_copy(live, tmp / "plain.sqlite3"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
