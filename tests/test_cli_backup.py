"""`desk backup [--out FILE]` and `desk restore FILE [--other-store]` on real stores.

A restore puts back what the copy held, keeps the replaced database, and leaves a
restore_event for head office; every refusal is one line, exit 1, and the database in
use untouched to the byte.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli import main
from desk.store.schema import HEAD
from tests import factories
from tests.services.case_helpers import counter_for
from tests.services.test_case_views_more import submitted_case
from tests.store.test_migrations import make_0001_store
from tests.test_store_failures import in_small_disk, needs_unshare, one_line


def desk(capsys: pytest.CaptureFixture[str], store_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data-dir", str(store_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def setting(path: Path, key: str) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]
    finally:
        conn.close()


def set_setting(path: Path, key: str, value: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("INSERT OR REPLACE INTO local_setting VALUES (?, ?)", (key, value))
    conn.commit()
    conn.close()


def restore_events(path: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM restore_event ORDER BY restored_at").fetchall()
    finally:
        conn.close()


@pytest.fixture
def closed(store: factories.TestStore) -> factories.TestStore:
    """The test store with a paid case, and no Desk holding it (a restore needs it so)."""
    submitted_case(store, counter_for(store))
    store.db.close()
    return store


@pytest.fixture
def copy(closed: factories.TestStore, capsys, tmp_path) -> Path:
    out = tmp_path / "copies" / "monday.sqlite3"
    out.parent.mkdir()
    code, said, _ = desk(capsys, closed.paths.data_dir, "backup", "--out", str(out))
    assert code == 0
    assert said.startswith(f"Backup written: {out} (") and "integrity and foreign keys OK" in said
    return out


def test_backup_without_out_writes_a_manual_copy_in_the_backups_folder(closed, capsys):
    code, said, _ = desk(capsys, closed.paths.data_dir, "backup")
    assert code == 0
    (made,) = closed.paths.backups.glob("desk-manual-*Z.sqlite3")
    assert f"Backup written: {made} (" in said and " MB in " in said
    assert oct(made.stat().st_mode & 0o777) == "0o600"


def test_a_restore_puts_the_copy_back_and_keeps_what_it_replaced(closed, copy, capsys):
    db = closed.paths.database
    set_setting(db, "after_the_copy", "made on Tuesday")
    code, said, err = desk(capsys, closed.paths.data_dir, "restore", str(copy))
    assert code == 0, err
    assert setting(db, "after_the_copy") is None  # Tuesday's change is gone ...
    (kept,) = closed.paths.backups.glob("desk-*-before-restore.sqlite3")
    assert setting(kept, "after_the_copy") == "made on Tuesday"  # ... and kept here
    assert f"Restored {copy} (store HK01, schema {HEAD})." in said
    assert f"kept as {kept}" in said
    (event,) = restore_events(db)
    assert event["file_name"] == "monday.sqlite3"
    assert event["file_sha256"] == hashlib.sha256(copy.read_bytes()).hexdigest()
    assert event["file_schema"] == HEAD and event["replaced_backup"] == kept.name
    assert event["store_id"] == closed.store.id.hex and event["app_version"]
    with sqlite3.connect(db) as conn:
        newest = conn.execute("SELECT max(at) FROM payment").fetchone()[0]
    assert event["newest_payment_at"] == newest and event["newest_audit_at"] >= newest
    assert not [p for p in closed.paths.data_dir.iterdir() if "restore" in p.name]
    # A second restore before any sync keeps the first one's record.
    assert desk(capsys, closed.paths.data_dir, "restore", str(copy))[0] == 0
    assert len(restore_events(db)) == 2


def test_an_older_copy_is_upgraded_after_it_is_restored(tmp_path, capsys):
    paths = make_0001_store(tmp_path / "store", customers=3)
    old = tmp_path / "desk-day-2026-01-05.sqlite3"
    shutil.copyfile(paths.database, old)
    assert desk(capsys, paths.data_dir, "db", "upgrade")[0] == 0
    code, said, err = desk(capsys, paths.data_dir, "restore", str(old))
    assert code == 0, err
    assert f"(store HK01, schema 0001, upgraded to {HEAD})" in said
    assert "there is no desk.key in" in said  # that old store never had one
    (event,) = restore_events(paths.database)
    assert event["file_schema"] == "0001" and event["newest_payment_at"] is None


def refused(capsys, store: factories.TestStore, *args: str) -> str:
    """``desk restore ARGS``: refused in one line, exit 1, the database not touched."""
    db = store.paths.database
    before = db.read_bytes()
    kept = set(store.paths.backups.glob("*")) if store.paths.backups.exists() else set()
    code, _, err = desk(capsys, store.paths.data_dir, "restore", *args)
    assert code == 1
    assert db.read_bytes() == before
    assert (set(store.paths.backups.glob("*")) if store.paths.backups.exists() else set()) == kept
    assert not [p for p in store.paths.data_dir.iterdir() if "restore" in p.name]
    return one_line(err)


def damage(path: Path, pages: range) -> None:
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for page in pages:
        for offset in range(page * size, min((page + 1) * size, len(data))):
            data[offset] = (offset * 7) & 0xFF
    path.write_bytes(bytes(data))


def test_what_is_not_a_copy_of_this_store_is_refused(closed, copy, capsys, tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("the shop's notes, not a database")
    assert "is not a SQLite database" in refused(capsys, closed, str(text))
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(os.urandom(64 * 1024))
    assert "is not a SQLite database" in refused(capsys, closed, str(noise))
    headed = tmp_path / "headed.sqlite3"
    headed.write_bytes(b"SQLite format 3\x00" + os.urandom(64 * 1024))
    assert f"{headed} is damaged" in refused(capsys, closed, str(headed))
    assert "There is no file" in refused(capsys, closed, str(tmp_path / "missing.sqlite3"))
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(copy, damaged)
    damage(damaged, range(2, 6))
    assert f"{damaged} is damaged" in refused(capsys, closed, str(damaged))
    other_app = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other_app)
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.commit()
    conn.close()
    assert "not a Desk store" in refused(capsys, closed, str(other_app))
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(copy, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    line = refused(capsys, closed, str(newer))
    assert f"written by a newer Desk (schema 9999); this Desk knows schema {HEAD}" in line
    assert "store's database itself" in refused(capsys, closed, str(closed.paths.database))


def test_another_stores_copy_needs_other_store(closed, copy, capsys):
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE store SET code = 'KL02'")
    conn.commit()
    conn.close()
    line = refused(capsys, closed, str(copy))
    assert "belongs to another store (KL02), not to this store (HK01)" in line
    assert "--other-store" in line
    code, said, _ = desk(capsys, closed.paths.data_dir, "restore", str(copy), "--other-store")
    assert code == 0 and "(store KL02," in said and "replaced (store HK01)" in said


def test_a_restore_is_refused_while_desk_has_the_store_open(closed, copy, capsys):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_STARTUP_PROBE="report")
    with subprocess.Popen(
        [sys.executable, "-m", "desk", "--data-dir", str(closed.paths.data_dir)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    ) as gui:
        try:
            assert gui.stderr is not None
            for line in gui.stderr:  # until the login window is painted
                if line.startswith("desk-painted"):
                    break
            line = refused(capsys, closed, str(copy))
            assert f"(the counter window, process {gui.pid}, since " in line
        finally:
            gui.terminate()  # the Desk this test started, by its id
            gui.wait(timeout=30)
    assert desk(capsys, closed.paths.data_dir, "restore", str(copy))[0] == 0  # once it quit


@needs_unshare
def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(closed):
    fill = 'dd if=/dev/zero of="$1/filler" bs=64k 2>/dev/null || true'
    done = in_small_disk(closed.paths.data_dir, fill, ["backup"])
    assert done.returncode == 1, done.stdout + done.stderr
    assert "is full" in one_line(done.stderr)
    assert "partial" not in done.stdout.splitlines()[-1]


@needs_unshare
def test_a_backup_into_a_read_only_folder_says_so(closed):
    done = in_small_disk(closed.paths.data_dir, 'mount -o remount,ro "$1"', ["backup"])
    assert done.returncode == 1, done.stdout + done.stderr
    assert "read-only" in one_line(done.stderr)


def test_a_damaged_store_is_restored_and_kept_as_it_was(closed, copy, capsys):
    db = closed.paths.database
    damage(db, range(3, 8))
    damaged = db.read_bytes()
    code, said, err = desk(capsys, closed.paths.data_dir, "restore", str(copy))
    assert code == 0, err
    (kept,) = closed.paths.backups.glob("desk-*-before-restore-damaged.sqlite3")
    assert kept.read_bytes() == damaged and f"kept as {kept}" in said
    assert desk(capsys, closed.paths.data_dir, "db", "check")[0] == 0
