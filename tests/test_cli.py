"""The `desk` command as a maintainer uses it, and Desk started as a real process."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

from desk.cli import main
from desk.store.schema import HEAD


def test_db_check_and_upgrade(store, capsys):
    assert main(["db", "check", "--data-dir", str(store.paths.data_dir)]) == 0
    assert "Database OK." in capsys.readouterr().out
    assert main(["db", "upgrade", "--data-dir", str(store.paths.data_dir)]) == 0
    assert f"Schema {HEAD}." in capsys.readouterr().out


def test_data_dir_from_the_environment(store, capsys, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(store.paths.data_dir))
    assert main(["lookup", "陳大文"]) == 0
    out = capsys.readouterr().out
    assert "CHAN Tai Man" in out and "A123***(3)" in out and "1 shown of 1 matching." in out


def test_no_store_is_a_clear_message_and_following_its_advice_works(tmp_path, capsys):
    folder = tmp_path / "new shop"
    folder.mkdir()
    assert main(["lookup", "--data-dir", str(folder), "陳"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"There is no store in {folder}" in err
    assert list(folder.iterdir()) == []  # looked, created nothing
    # The advice, word for word, makes a store the lookup then uses.
    advice = shlex.split(err.split("`")[1])
    assert advice[:2] == ["desk", "demo"]
    assert main([*advice[1:], "--customers", "30"]) == 0
    capsys.readouterr()
    assert main(["lookup", "--data-dir", str(folder), "陈"]) == 0
    assert "matching" in capsys.readouterr().out


def test_desk_starts_as_a_process_and_shows_the_login(store):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESK_STARTUP_PROBE="exit")
    done = subprocess.run(
        [sys.executable, "-m", "desk", "--data-dir", str(store.paths.data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "desk-painted" in done.stderr


def test_desk_without_a_store_says_how_to_make_one(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DESK_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "desk", "--data-dir", str(tmp_path / "empty")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        input="",
    )
    assert done.returncode == 1
    assert "desk demo" in done.stderr


def test_a_damaged_database_is_named_and_the_backups_shown(tmp_path):
    (tmp_path / "desk.sqlite3").write_bytes(b"this is not a database" * 100)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "desk", "--data-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert f"{tmp_path / 'desk.sqlite3'} is damaged" in done.stderr
    assert str(tmp_path / "backups") in done.stderr
    assert "Traceback" not in done.stderr
    assert "backups" in done.stderr


def test_a_damaged_staff_table_at_start_is_explained(store):
    """The store and its revision still read (page 1), the staff's pages do not."""
    import sqlite3

    store.db.close()
    path = store.paths.database
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'staff'").fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = b"\xa5" * size
    path.write_bytes(bytes(data))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "desk", "--data-dir", str(store.paths.data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    # A Hong Kong store that never chose a language speaks 繁體中文.
    assert f"{path} 已損壞" in done.stderr
