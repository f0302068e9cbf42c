"""Whether this PC holds the keys a copy of the store's database was sealed with.

A backup is the database alone: it carries no key and no credential, so that a copy on
a USB stick or a file server yields neither an ID number nor a staff PIN nor a way to
sync as the store. What a restore needs beside it:

- the store's own key (``desk.key`` or the keyring): staff PINs' pepper, eSIM activation
  codes, and before enrolment the ID numbers. Only the store has it: it is kept apart
  from the backups (README, *Backups and restores*). A copy whose own key is not here,
  or is another key, is refused before anything is replaced: restored, it could not be
  opened.
- once enrolled, the chain's key (``chain.key`` or the keyring) for ID numbers. Head
  office holds it and hands it out at every enrolment: when it is not here, the restore
  goes on and says to enrol again (``desk enroll --again URL TOKEN``), which brings it
  back with a new credential. A chain key that is here but is another is refused.
- the credential (``hq.credential``, ``enrolment.json``): never in a backup. A restore
  in the same data folder keeps this PC's; on a new PC, enrolling again gives a new one
  and head office no longer takes the old PC's.

The check value the copy keeps for each key (:func:`desk.services.stores.id_cipher`)
tells a right key from another with the same id.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk.config import Paths
from desk.services.errors import DeskError
from desk.services.stores import KEY_CHECK, KEY_ID, OWN_KEY_CHECK, OWN_KEY_ID
from desk.store.keys import IdCipher, KeyError_, find_cipher
from desk.store.sqlite_files import connect


@dataclass(frozen=True)
class KeysFound:
    """What a restore of this copy on this PC leaves to do."""

    no_key: bool  # the copy names no key (a store older than keys) and desk.key is absent
    enrolled: bool  # the copy's ID numbers are under the chain's key
    chain_key_missing: bool  # ... and that key is not on this PC: enrol again to fetch it


def _settings(staging: Path) -> dict[str, str]:
    conn = connect(staging, "ro")
    try:
        found = conn.execute(
            "SELECT key, value FROM local_setting WHERE key IN (?, ?, ?, ?)",
            (KEY_ID, KEY_CHECK, OWN_KEY_ID, OWN_KEY_CHECK),
        )
        return {str(k): str(v) for k, v in found}
    finally:
        conn.close()


def _refused(file: Path, why: str, then: str) -> DeskError:
    return DeskError(
        "restore_keys",
        f"{file} cannot be restored here: {why} Nothing was changed. {then}",
        file=str(file),
    )


def _find(key_file: Path, key_id: str, file: Path, then: str) -> IdCipher | None:
    try:
        return find_cipher(key_file, key_id)
    except KeyError_ as exc:  # another store's key file, or a damaged one
        raise _refused(file, str(exc), then) from exc


def check_keys(paths: Paths, staging: Path, file: Path) -> KeysFound:
    """The keys ``file`` (copied to ``staging``) needs, checked against this PC's;
    DeskError ``restore_keys`` when they are missing or are others."""
    settings = _settings(staging)
    if KEY_ID not in settings:
        return KeysFound(not paths.key_file.exists(), False, False)
    own_id = settings.get(OWN_KEY_ID, settings[KEY_ID])
    enrolled = own_id != settings[KEY_ID]
    own_check = settings.get(OWN_KEY_CHECK if enrolled else KEY_CHECK)
    put_back = (
        f"Put back the {paths.key_file.name} kept with that store's backups (or restore "
        "into another data folder), then restore again."
    )
    own = _find(paths.key_file, own_id, file, put_back)
    if own is None:
        why = (
            f"its staff PINs and ID numbers need the store's own key ({own_id}), which is in "
            f"neither the keyring nor {paths.key_file}."
        )
        raise _refused(file, why, put_back)
    if own_check is not None and own.own_check_value() != own_check:
        held = f"{paths.key_file.name} (or the keyring)"
        why = f"the key in {held} is not the key it was sealed with."
        raise _refused(file, why, put_back)
    if not enrolled:
        return KeysFound(False, False, False)
    remove = (
        f"Move {paths.chain_key_file.name} away and enrol again with desk enroll --again "
        "URL TOKEN, or ask your support."
    )
    chain = _find(paths.chain_key_file, settings[KEY_ID], file, remove)
    if chain is None:
        return KeysFound(False, True, True)
    if settings.get(KEY_CHECK) not in (None, chain.check_value()):
        why = (
            f"the chain's key in {paths.chain_key_file.name} (or the keyring) is not the one "
            "its ID numbers are under (another head office's?)."
        )
        raise _refused(file, why, remove)
    return KeysFound(False, True, False)
