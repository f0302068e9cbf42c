"""The `desk` command as a maintainer uses it, and Desk started as a real process."""

from __future__ import annotations

import os
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


def test_no_store_is_a_clear_message(tmp_path, capsys):
    assert main(["db", "check", "--data-dir", str(tmp_path / "none")]) == 1
    assert "no database in" in capsys.readouterr().err


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
    assert "is damaged or is not a Desk database" in done.stderr
    assert "backups" in done.stderr
