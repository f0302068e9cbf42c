"""A store restored onto a new PC from its backup reads its ID data and syncs again.

A backup carries no key and no credential (desk.services.restore_keys): the store's own
key (desk.key) is kept apart from the backups and put back beside the copy; the chain's
key and a new credential come from head office by enrolling again. A copy whose keys
are not here, or are others, is refused with nothing changed."""

from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path

import pytest

from desk.cli import main
from desk.config import Paths
from desk.core.errors import DeskError
from desk.hq.auth import caller_for
from desk.services import auth
from desk.sync.client import sync_once
from desk.sync.enrolment import load_enrolment
from tests.factories import CLERK_PIN, SUPERVISOR_PIN, make_store
from tests.sync.test_enrolment import ID_NUMBERS, everyone, found, fresh_cipher, token_for


def desk(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, data_dir: Path, copy: Path, *more: str) -> str:
    """``desk restore`` refused in one line, the folder's database as it was."""
    db = Paths(data_dir).database
    before = db.read_bytes() if db.exists() else None
    code, out, err = desk(capsys, data_dir, "restore", str(copy), *more)
    assert code == 1, out
    assert err.count("\n") == 1 and "Nothing was changed." in err
    assert (db.read_bytes() if db.exists() else None) == before
    assert not [p for p in data_dir.iterdir() if "restore" in p.name]
    return err


def new_pc(tmp_path: Path, name: str = "new-pc") -> Path:
    folder = tmp_path / name
    folder.mkdir(mode=0o700)
    return folder


def backup_of(capsys, data_dir: Path, out: Path) -> Path:
    assert desk(capsys, data_dir, "backup", "--out", str(out))[0] == 0
    return out


def test_an_enrolled_store_restored_onto_a_new_pc_reads_its_ids_and_syncs(
    capsys, tmp_path, store, hq_engine, hq_url
):
    assert desk(capsys, store.paths.data_dir, "enroll", hq_url, token_for(hq_engine))[0] == 0
    assert sync_once(store.paths).ok
    old_credential = load_enrolment(store.paths).credential
    copy = backup_of(capsys, store.paths.data_dir, tmp_path / "monday.sqlite3")
    assert (
        b"chain_key" not in copy.read_bytes() and old_credential.encode() not in copy.read_bytes()
    )
    store.db.close()
    # The old PC is gone; on the new one: the backup, and desk.key kept apart.
    folder = new_pc(tmp_path)
    paths = Paths(folder)
    shutil.copyfile(store.paths.key_file, paths.key_file)
    code, said, err = desk(capsys, folder, "restore", str(copy))
    assert code == 0, err
    assert "under head office's chain key, which is not on this PC" in said
    assert "desk enroll --again URL TOKEN" in said
    with pytest.raises(DeskError, match=r"enrol this Desk again with desk enroll --again"):
        found(paths)
    assert desk(capsys, folder, "sync")[0] == 1  # not enrolled here: says so, no crash
    capsys.readouterr()
    code, said, err = desk(capsys, folder, "enroll", "--again", hq_url, token_for(hq_engine))
    assert code == 0, err
    assert found(paths) == everyone(store)  # ID data read with the chain's key again
    cipher = fresh_cipher(paths)
    from desk.services.stores import open_database

    db = open_database(paths)
    try:
        for member, pin in ((store.clerk, CLERK_PIN), (store.supervisor, SUPERVISOR_PIN)):
            assert auth.login(db, member.id, pin, pepper=cipher.pin_pepper).id == member.id
    finally:
        db.close()
    report = sync_once(paths)
    assert report.ok, report.error
    assert not report.mismatched_days
    with hq_engine.connect() as conn:
        assert caller_for(conn, old_credential) is None  # the old PC's no longer counts
        assert caller_for(conn, load_enrolment(paths).credential) is not None
    assert len(ID_NUMBERS) == len(everyone(store))


def test_a_copy_under_another_chain_key_is_refused(capsys, tmp_path, store, hq_engine, hq_url):
    assert desk(capsys, store.paths.data_dir, "enroll", hq_url, token_for(hq_engine))[0] == 0
    copy = backup_of(capsys, store.paths.data_dir, tmp_path / "monday.sqlite3")
    store.db.close()
    folder = new_pc(tmp_path)
    paths = Paths(folder)
    shutil.copyfile(store.paths.key_file, paths.key_file)
    held = json.loads(store.paths.chain_key_file.read_text())
    other = {"key_id": held["key_id"], "key": base64.b64encode(os.urandom(32)).decode()}
    paths.chain_key_file.write_text(json.dumps(other))
    err = refused(capsys, folder, copy)
    assert "the chain's key in chain.key (or the keyring) is not the one its ID numbers" in err
    paths.chain_key_file.unlink()
    assert desk(capsys, folder, "restore", str(copy))[0] == 0  # without it: enrol again


def test_a_copy_whose_own_key_is_not_here_is_refused(capsys, tmp_path, store):
    copy = backup_of(capsys, store.paths.data_dir, tmp_path / "monday.sqlite3")
    store.db.close()
    folder = new_pc(tmp_path)
    paths = Paths(folder)
    err = refused(capsys, folder, copy)
    assert f"need the store's own key ({store.cipher.key_id}), which is in neither" in err
    assert "Put back the desk.key kept with that store's backups" in err
    assert not paths.database.exists()
    # A key file of the same id with other bytes (a wrong copy): refused too.
    wrong = {"key_id": store.cipher.key_id, "key": base64.b64encode(os.urandom(32)).decode()}
    paths.key_file.write_text(json.dumps(wrong))
    assert "is not the key it was sealed with" in refused(capsys, folder, copy)
    # Another store's key: refused, naming both.
    other = make_store(tmp_path / "other")
    other.db.close()
    shutil.copyfile(other.paths.key_file, paths.key_file)
    assert "holds another store's key" in refused(capsys, folder, copy)
    # The right one: restored, and every customer found.
    shutil.copyfile(store.paths.key_file, paths.key_file)
    code, said, err = desk(capsys, folder, "restore", str(copy))
    assert code == 0, err and "enrol" not in said
    assert found(paths) == everyone(store)


def test_another_stores_copy_over_this_store_needs_its_key(capsys, tmp_path, store):
    other = make_store(tmp_path / "other")
    other.db.close()
    copy = backup_of(capsys, other.paths.data_dir, tmp_path / "kl02.sqlite3")
    store.db.close()
    err = refused(capsys, store.paths.data_dir, copy, "--other-store")
    assert "holds another store's key" in err
    assert found(store.paths) == everyone(store)  # this store as it was
