"""Online backups on real SQLite files: checked, consistent, never half written, and
never holding up a writer; the day close's daily copies and their pruning."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from desk.config import Paths
from desk.demo import create_demo_store
from desk.store.backups import (
    BackupDamaged,
    check_copy,
    daily_backup,
    daily_copies,
    online_backup,
    to_keep,
)
from tests.processes import python_child


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """A demo store of a few MB (its cases, payments and audit trail included)."""
    paths = Paths(tmp_path_factory.mktemp("demo") / "store")
    create_demo_store(paths, customers=1500, seed=3)
    return paths


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            n
            for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def a_copy_of(demo: Paths, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo.database, into / "desk.sqlite3")
    return into / "desk.sqlite3"


def test_a_backup_of_the_demo_store_is_checked_and_holds_every_row(demo, tmp_path):
    target = tmp_path / "out" / "copy.sqlite3"
    made = online_backup(demo.database, target)
    assert made.path == target and made.size == target.stat().st_size > 1_000_000
    before = counts(demo.database)
    assert before["customer"] == 1500 and before["payment"] > 0 and before["audit_entry"] > 0
    assert counts(target) == before
    assert check_copy(target) == []
    # One self-contained file, the owner's alone, and nothing else left beside it.
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert sorted(os.listdir(target.parent)) == ["copy.sqlite3"]


def test_a_writer_commits_while_the_backup_runs(demo, tmp_path):
    source = a_copy_of(demo, tmp_path / "live")
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE scratch (n INTEGER PRIMARY KEY, filler BLOB)")
    conn.execute("INSERT INTO scratch (filler) SELECT randomblob(4000) FROM customer")  # +6 MB
    conn.close()
    done: list[tuple[int, float]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def writer() -> None:  # the clerk: one small commit after another
        w = sqlite3.connect(source, isolation_level=None, timeout=5)
        try:
            n = 0
            while not stop.is_set():
                n += 1
                w.execute("BEGIN IMMEDIATE")
                w.execute("INSERT INTO scratch (n, filler) VALUES (?, x'00')", (10_000 + n,))
                w.execute("COMMIT")
                done.append((n, time.perf_counter()))
        except BaseException as exc:
            errors.append(exc)
        finally:
            w.close()

    thread = threading.Thread(target=writer)
    thread.start()
    while len(done) < 5 and thread.is_alive():
        time.sleep(0.001)
    started = time.perf_counter()
    made = online_backup(source, tmp_path / "copy.sqlite3")
    ended = time.perf_counter()
    stop.set()
    thread.join()
    assert not errors
    during = [n for n, at in done if started < at < ended]
    assert during, "no commit went through while the backup ran"
    # The copy is the database at one moment: the writer's rows up to some n, no gaps.
    copy = sqlite3.connect(made.path)
    ours = [n - 10_000 for (n,) in copy.execute("SELECT n FROM scratch WHERE n > 10000")]
    copy.close()
    assert ours == list(range(1, len(ours) + 1)) and len(ours) < len(done)


KILLED = """
import sys, time
from pathlib import Path
import desk.store.backups as backups

def copied_then_stuck(path, **kw):
    print("copied", flush=True)
    time.sleep(120)

backups.check_copy = copied_then_stuck
backups.online_backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_backup_killed_half_way_leaves_the_target_as_it_was(demo, tmp_path):
    target = tmp_path / "backups" / "desk-day-2026-11-20.sqlite3"
    target.parent.mkdir()
    target.write_bytes(b"yesterday's close")  # the copy a second close would replace
    with python_child(KILLED, str(demo.database), str(target), ready="copied") as child:
        os.kill(child.pid, signal.SIGKILL)  # in the middle of the backup
    assert target.read_bytes() == b"yesterday's close"
    (partial,) = [p for p in target.parent.iterdir() if p != target]
    assert partial.name.startswith(f".desk-backup-{child.pid}-") and partial.suffix == ".partial"
    # The next backup into that folder throws the dead one's partial away.
    online_backup(demo.database, target)
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    assert check_copy(target) == []


def test_a_damaged_store_is_not_copied(demo, tmp_path):
    source = a_copy_of(demo, tmp_path / "live")
    data = bytearray(source.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 40, page * 44):  # four pages of garbage, mid-file
        data[offset] = (offset * 7) & 0xFF
    source.write_bytes(bytes(data))
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(BackupDamaged) as refused:
        online_backup(source, target)
    assert f"{source} is damaged" in str(refused.value)
    assert list(tmp_path.glob("*.sqlite3")) == [] and list(tmp_path.glob(".*partial*")) == []


def test_the_daily_copy_replaces_the_same_day_and_prunes_only_daily_copies(demo, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    others = [
        "desk-20260101T000000Z-before-upgrade-from-0005-to-0006.sqlite3",
        "desk-manual-20250101T000000Z.sqlite3",
        "desk-20250101T000000Z-before-restore.sqlite3",
        "desk-day-2025-02-31.sqlite3",  # no such day: not a name Desk writes
        "notes.txt",
    ]
    old_days = [date(2025, 1, 1), date(2025, 12, 31), *(date(2026, 10, d) for d in range(1, 32))]
    for name in others + [f"desk-day-{d:%Y-%m-%d}.sqlite3" for d in old_days]:
        (backups / name).write_text("old")
    day = date(2026, 11, 20)
    made = daily_backup(demo.database, backups, day)
    assert made.backup.path == backups / "desk-day-2026-11-20.sqlite3"
    assert check_copy(made.backup.path) == []
    expected = to_keep([*old_days, day], day)
    assert set(daily_copies(backups)) == expected
    assert {p.name for p in made.pruned} == {
        f"desk-day-{d:%Y-%m-%d}.sqlite3" for d in old_days if d not in expected
    }
    assert all((backups / name).exists() for name in others)
    # A second close of the same day replaces its copy: no second file.
    first = made.backup.path.stat().st_ino
    again = daily_backup(demo.database, backups, day)
    assert again.backup.path == made.backup.path and again.pruned == ()
    assert made.backup.path.stat().st_ino != first
    assert len(list(backups.glob("desk-day-2026-11-20*"))) == 1
