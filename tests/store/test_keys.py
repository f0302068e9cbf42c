"""The ID-number key: never in the database, owner-only on disk, and it works."""

from __future__ import annotations

import os
import stat

import pytest

from desk.store.keys import KeyError_, create_key, load_cipher


def test_key_file_is_owner_only_and_not_in_the_database(store):
    mode = stat.S_IMODE(os.stat(store.paths.key_file).st_mode)
    assert mode == 0o600
    key_text = store.paths.key_file.read_text()
    raw_key = key_text.split('"key": "')[1].split('"')[0]
    for f in store.paths.data_dir.glob("desk.sqlite3*"):
        assert raw_key.encode() not in f.read_bytes()


def test_numbers_are_sealed_and_found_again(store, tmp_path):
    c = store.cipher
    sealed = c.encrypt("hkid", "A123456(3)")
    assert b"A123456" not in sealed
    assert c.decrypt("hkid", sealed) == "A123456(3)"
    assert c.hash("hkid", "A123456(3)") == c.hash("hkid", "A123456(3)")
    assert c.hash("hkid", "A123456(3)") != c.hash("passport", "A123456(3)")
    other = create_key(tmp_path / "other.key")
    assert other.hash("hkid", "A123456(3)") != c.hash("hkid", "A123456(3)")


def test_loose_permissions_are_tightened_and_a_wrong_key_refused(store):
    os.chmod(store.paths.key_file, 0o644)
    again = load_cipher(store.paths.key_file, store.cipher.key_id)
    assert stat.S_IMODE(os.stat(store.paths.key_file).st_mode) == 0o600
    assert again.hash("hkid", "A123456(3)") == store.cipher.hash("hkid", "A123456(3)")
    with pytest.raises(KeyError_):
        load_cipher(store.paths.key_file, "some-other-key")


def test_a_missing_key_is_a_clear_error(store):
    store.paths.key_file.unlink()
    with pytest.raises(KeyError_, match="neither the keyring nor"):
        load_cipher(store.paths.key_file, store.cipher.key_id)
