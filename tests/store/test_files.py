"""A store's files: the owner's alone, at any path, and the lookup's connection read-only."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desk.cli import main
from desk.config import Paths
from desk.services.customers import mask_document
from desk.services.stores import open_database
from desk.store.db import Database
from desk.store.models import DocumentKind


def modes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): oct(stat.S_IMODE(p.stat().st_mode))
        for p in [folder, *folder.rglob("*")]
    }


def test_a_new_store_is_its_owners_alone(tmp_path, capsys):
    os.umask(0o022)  # a usual desktop umask: Desk must not rely on it
    folder = tmp_path / "shop"
    assert main(["demo", "--customers", "20", "--data-dir", str(folder)]) == 0
    assert main(["lookup", "陈", "--data-dir", str(folder)]) == 0  # -wal and -shm appear
    found = modes(folder)
    assert found.pop(".") == "0o700"
    assert "desk.sqlite3" in found and "desk.key" in found
    assert any(name.startswith("days/") for name in found)  # the demo's closed days
    folders = {name for name in found if (folder / name).is_dir()}
    assert {found[name] for name in folders} <= {"0o700"}, found
    assert {v for name, v in found.items() if name not in folders} == {"0o600"}, found


def test_an_old_store_open_to_others_is_locked_down_when_opened(store):
    store.db.close()
    folder = store.paths.data_dir
    os.chmod(folder, 0o755)
    for p in folder.iterdir():
        os.chmod(p, 0o644)
    (folder / "backups").mkdir()
    (folder / "backups" / "old.sqlite3").write_bytes(b"")
    os.chmod(folder / "backups" / "old.sqlite3", 0o644)
    open_database(Paths(folder)).close()
    found = modes(folder)
    assert found.pop(".") == "0o700" and found.pop("backups") == "0o700"
    assert set(found.values()) == {"0o600"}, found


@pytest.mark.parametrize("name", ["shop #2", "what? shop", "100% 門市", "a b&c=d"])
def test_any_folder_name_works_and_leaves_no_stray_files(tmp_path, capsys, name):
    folder = tmp_path / name
    assert main(["demo", "--customers", "20", "--data-dir", str(folder)]) == 0
    assert main(["lookup", "陈", "--data-dir", str(folder)]) == 0
    assert "matching" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing beside it
    db = Database(folder / "desk.sqlite3")
    try:
        with db.fast_read() as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM customer")
    finally:
        db.close()


def test_the_lookup_connection_cannot_write(store):
    with store.db.fast_read() as conn:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("UPDATE customer SET name_en = 'X'")
        assert conn.execute("SELECT count(*) FROM customer WHERE name_en = 'X'").fetchone() == (0,)


@pytest.mark.parametrize(
    ("number", "masked"),
    [("AB12", "****"), ("X1", "**"), ("ABC123", "******"), ("AB1234567", "AB*****67")],
)
def test_a_short_other_id_is_hidden_at_least_half(number, masked):
    shown = mask_document(DocumentKind.OTHER, number)
    assert shown == masked
    assert sum(ch != "*" for ch in shown) <= len(number) // 2
