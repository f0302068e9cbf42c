"""Every `desk` sub-command meets a broken store with one clear line and a non-zero exit.

Damaged files, lost or wrong keys, a missing store, a full disk and a read-only disk
are made for real: a small tmpfs in a private mount namespace (``unshare``) stands for
the full and the read-only disk, so the test needs no privileges of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli import main
from tests import factories

COMMANDS = [["db", "check"], ["db", "upgrade"], ["lookup", "陳大文"]]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))  # an exception here (a traceback for the user) fails the test
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@pytest.fixture
def closed_store(store: factories.TestStore) -> factories.TestStore:
    store.db.close()
    return store


def _damage_pages(path: Path) -> None:
    """Garbage over every page but the first: the schema page still reads."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data)):
        data[offset] = (offset * 7) & 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_a_file_that_is_not_a_database(tmp_path, capsys, command):
    (tmp_path / "desk.sqlite3").write_bytes(b"not a database at all " * 300)
    code, _, err = run_cli(capsys, *command, "--data-dir", str(tmp_path))
    assert code != 0
    assert f"{tmp_path / 'desk.sqlite3'} is damaged" in one_line(err)


def test_damaged_pages_are_listed_by_db_check(closed_store, capsys):
    data_dir = closed_store.paths.data_dir
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute("
            "'PRAGMA wal_checkpoint(TRUNCATE)')",
            str(closed_store.paths.database),
        ],
        check=True,
    )
    _damage_pages(closed_store.paths.database)
    code, out, err = run_cli(capsys, "db", "check", "--data-dir", str(data_dir))
    assert code == 1
    assert "problem(s) found" in out or "is damaged" in err
    code, _, err = run_cli(capsys, "lookup", "陳大文", "--data-dir", str(data_dir))
    assert code == 1 and "is damaged" in one_line(err)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_a_folder_without_a_store_is_not_turned_into_one(tmp_path, capsys, command):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run_cli(capsys, *command, "--data-dir", str(empty))
    assert code == 1 and f"There is no store in {empty}." in one_line(err)
    assert list(empty.iterdir()) == []
    nowhere = tmp_path / "not there"
    code, _, err = run_cli(capsys, *command, "--data-dir", str(nowhere))
    assert code == 1 and f"There is no store in {nowhere}." in one_line(err)
    assert not nowhere.exists()


@pytest.mark.parametrize(
    "key_text",
    ["", "[]", "null", '{"key_id": "x"}', "{not json"],
    ids=["empty", "list", "null", "no key", "broken"],
)
def test_a_damaged_key_file(closed_store, capsys, key_text):
    closed_store.paths.key_file.write_text(key_text)
    code, _, err = run_cli(capsys, "lookup", "陳", "--data-dir", str(closed_store.paths.data_dir))
    assert code == 1
    assert "desk.key" in one_line(err) and ("damaged" in err or "another store" in err)


def test_a_lost_key_file(closed_store, capsys):
    closed_store.paths.key_file.unlink()
    code, _, err = run_cli(capsys, "lookup", "陳", "--data-dir", str(closed_store.paths.data_dir))
    assert code == 1 and "neither the keyring nor desk.key" in one_line(err)


@pytest.mark.parametrize("size", [32, 16, 0], ids=["other bytes", "short", "empty"])
def test_a_key_with_the_right_id_but_other_bytes_is_refused(closed_store, capsys, size):
    import base64

    data = json.loads(closed_store.paths.key_file.read_text())
    data["key"] = base64.b64encode(os.urandom(size)).decode()
    closed_store.paths.key_file.write_text(json.dumps(data))
    code, _, err = run_cli(
        capsys, "lookup", "A123456(3)", "--data-dir", str(closed_store.paths.data_dir)
    )
    assert code == 1
    line = one_line(err)
    assert ("not the key this store's ID numbers were sealed with" in line) == (size == 32)
    assert ("damaged" in line) == (size != 32)


def test_lookup_reads_the_query_from_standard_input(closed_store, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("A123456(3)\n"))
    code, out, _ = run_cli(capsys, "lookup", "-", "--data-dir", str(closed_store.paths.data_dir))
    assert code == 0 and "CHAN Tai Man" in out and "1 shown of 1 matching." in out
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run_cli(capsys, "lookup", "-", "--data-dir", str(closed_store.paths.data_dir))
    assert code == 2 and "nothing to look up" in one_line(err)


def test_a_busy_store_is_told_apart(tmp_path, capsys, monkeypatch):
    import sqlite3

    import desk.store.db
    from tests.store.test_migrations import make_0001_store

    monkeypatch.setattr(desk.store.db, "BUSY_TIMEOUT_MS", 50)
    paths = make_0001_store(tmp_path / "store", customers=3)
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program writing: the upgrade must wait
    holder.execute("DELETE FROM local_setting WHERE key = 'nothing'")
    try:
        code, _, err = run_cli(capsys, "db", "upgrade", "--data-dir", str(paths.data_dir))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "is busy" in one_line(err) and "damaged" not in err


# -- a real full disk and a real read-only disk ------------------------------------------
def _unshare_ok() -> bool:
    if not shutil.which("unshare"):
        return False
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
    )
    return done.returncode == 0


needs_unshare = pytest.mark.skipif(
    not _unshare_ok(), reason="this machine cannot mount a private tmpfs (user namespaces off)"
)


def in_small_disk(folder: Path, setup: str, desk_args: list[str]) -> subprocess.CompletedProcess:
    """``desk DESK_ARGS`` with ``folder`` on a 4 MiB tmpfs of its own, after ``setup``."""
    script = (
        'set -e; cp -a "$1" /tmp/desk-store-copy; mount -t tmpfs -o size=4m tmpfs "$1";'
        ' cp -a /tmp/desk-store-copy/. "$1"/; rm -rf /tmp/desk-store-copy;'
        f' {setup}; d="$1"; shift; code=0; "$@" || code=$?;'
        ' echo "LEFT: $(ls -A "$d" | grep -v filler | tr "\\n" " ")"; exit $code'
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_KEYRING="off")
    return subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            script,
            "sh",
            str(folder),
            sys.executable,
            "-m",
            "desk",
            *desk_args,
            "--data-dir",
            str(folder),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@needs_unshare
def test_a_full_disk_says_full_and_leaves_nothing_half_written(tmp_path):
    from tests.store.test_migrations import make_0001_store

    paths = make_0001_store(tmp_path / "store", customers=300)
    fill = 'dd if=/dev/zero of="$1/filler" bs=64k 2>/dev/null || true'
    done = in_small_disk(paths.data_dir, fill + '; ls "$1" > /dev/null', ["db", "upgrade"])
    assert done.returncode == 1, done.stdout + done.stderr
    line = one_line(done.stderr)
    assert "is full" in line and "damaged" not in line
    left = done.stdout.splitlines()[-1]
    assert "partial" not in left and "desk.sqlite3" in left  # the old store, untouched
    # Desk demo on the full disk: the same words, and no store or build left behind.
    empty = tmp_path / "new store"
    empty.mkdir()
    done = in_small_disk(
        empty,
        fill + '; rm "$1/filler"; dd if=/dev/zero of="$1/filler" bs=64k count=56 2>/dev/null',
        ["demo", "--customers", "3000"],
    )
    assert done.returncode == 1, done.stdout
    assert "is full" in one_line(done.stderr)
    assert done.stdout.splitlines()[-1].strip() == "LEFT:"  # no store, no half-built one


@needs_unshare
def test_a_read_only_disk_says_read_only(closed_store):
    for command in (["db", "upgrade"], ["lookup", "陳"], ["db", "check"]):
        done = in_small_disk(closed_store.paths.data_dir, 'mount -o remount,ro "$1"', command)
        assert done.returncode == 1, command
        line = one_line(done.stderr)
        assert "read-only" in line and "damaged" not in line and "full" not in line
