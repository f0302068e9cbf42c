"""The store's key for ID numbers: AES-GCM to keep them, a keyed hash to find them.

PRODUCT.md: the full ID number is kept only encrypted, with a keyed hash beside it for
lookup. The key is never in the database. It lives in the OS keyring where there is a
real one; on a machine without (a headless till, CI) in ``desk.key`` in the data dir,
readable by its owner only (0600). The database keeps only the key's id, so a row says
which key sealed it (room for the chain-wide keys head office will hand out).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import stat
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desk.config import write_atomic
from desk.core.errors import DeskError

KEYRING_SERVICE = "Desk ID-number key"
ENV_KEYRING = "DESK_KEYRING"  # "off": never use the OS keyring (tests, shared machines)


KEY_BYTES = 32


class KeyError_(DeskError):
    """The key for this store's ID numbers cannot be found or read (or is another's)."""

    def __init__(self, message: str) -> None:
        super().__init__("key_unreadable", message, detail=message)


@dataclass(frozen=True)
class IdCipher:
    """ID numbers' encryption and lookup hash, and the store's own secrets beside them.

    Two keys can be at work. ``key_id`` (with ``encrypt``, ``decrypt``, ``hash`` and
    ``check_value``) is the key ID numbers are sealed and found with: the store's own
    key until the store enrols with head office, the chain's key after that
    (:meth:`with_id_key`), so that a customer is found by ID number in every store.
    ``own_key_id`` (with ``pin_pepper``, ``derived_key``, ``seal`` and ``unseal``) is
    always the store's own key: staff PIN hashes cannot be recomputed without the PINs,
    and what is the store's alone (one-time codes, eSIM activation codes) is not
    readable with a key head office hands to every store.
    """

    key_id: str
    _enc: bytes
    _mac: bytes
    # The secret mixed into every staff PIN hash: kept outside the database with the
    # ID key, so that a copied database alone yields no PIN (desk.services.auth).
    pin_pepper: bytes
    own_key_id: str
    _own_enc: bytes
    _own_mac: bytes

    @classmethod
    def from_master(cls, key_id: str, master: bytes) -> IdCipher:
        enc = hmac.new(master, b"desk id-number encryption", hashlib.sha256).digest()
        mac = hmac.new(master, b"desk id-number lookup hash", hashlib.sha256).digest()
        pepper = hmac.new(master, b"desk staff pin pepper", hashlib.sha256).digest()
        return cls(key_id, enc, mac, pepper, key_id, enc, mac)

    def with_id_key(self, id_key: IdCipher) -> IdCipher:
        """This store's cipher with ID numbers under ``id_key``'s key (the chain's);
        the PIN pepper, derived keys and sealed local secrets stay the store's own."""
        return replace(self, key_id=id_key.key_id, _enc=id_key._enc, _mac=id_key._mac)

    def own_only(self) -> IdCipher:
        """This store's cipher with ID numbers under its own key (as before enrolment)."""
        return replace(self, key_id=self.own_key_id, _enc=self._own_enc, _mac=self._own_mac)

    def check_value(self) -> str:
        """A value the database keeps to recognise the ID key (it reveals nothing of it).

        A key file with the right key id but other key bytes would otherwise be taken
        without a word: ID lookups would silently find no one, and new numbers would be
        sealed under the wrong key.
        """
        return _check_value(self._mac)

    def own_check_value(self) -> str:
        """The same for the store's own key (equal to ``check_value`` before enrolment)."""
        return _check_value(self._own_mac)

    def derived_key(self, purpose: str) -> bytes:
        """A key for one purpose (e.g. one-time codes), derived from the store's own key."""
        return hmac.new(
            self._own_mac, f"desk derived key: {purpose}".encode(), hashlib.sha256
        ).digest()

    def hash(self, kind: str, number: str) -> bytes:
        """The keyed hash that finds a normalised number again (32 bytes)."""
        return hmac.new(self._mac, f"{kind}:{number}".encode(), hashlib.sha256).digest()

    def encrypt(self, kind: str, number: str) -> bytes:
        """An ID number sealed under the ID key (the chain's, once enrolled)."""
        return _seal(self._enc, kind, number)

    def decrypt(self, kind: str, sealed: bytes) -> str:
        return _unseal(self._enc, kind, sealed)

    def seal(self, purpose: str, text: str) -> bytes:
        """A secret of this store alone (an eSIM activation code) under its own key.

        Before enrolment this is the same as ``encrypt(purpose, text)``: what was sealed
        then is unsealed after it without being touched.
        """
        return _seal(self._own_enc, purpose, text)

    def unseal(self, purpose: str, sealed: bytes) -> str:
        return _unseal(self._own_enc, purpose, sealed)


def _check_value(mac: bytes) -> str:
    return hmac.new(mac, b"desk key check value", hashlib.sha256).hexdigest()[:32]


def _seal(key: bytes, label: str, text: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, text.encode(), label.encode())


def _unseal(key: bytes, label: str, sealed: bytes) -> str:
    return AESGCM(key).decrypt(sealed[:12], sealed[12:], label.encode()).decode()


def _keyring() -> Any:
    """The ``keyring`` module if this machine has a real keyring backend, else None."""
    if os.environ.get(ENV_KEYRING, "").lower() in ("off", "0", "no", "false"):
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend: Any = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    name = type(backend).__module__
    if "null" in name or "fail" in name or ("chainer" in name and not backend.backends):
        return None
    return keyring


def _read_secret_file(path: Path, name: str, what: str) -> str | None:
    """The secret kept in ``path`` (``{"key_id": name, "key": secret}``), None if no file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    if stat.S_IMODE(st.st_mode) & 0o077:
        os.chmod(path, 0o600)  # never leave a secret readable by others
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KeyError_(f"{path} is damaged: it is not a Desk {what} file ({exc}).") from exc
    if not isinstance(data, dict) or not isinstance(data.get("key"), str):
        raise KeyError_(f"{path} is damaged: it is not a Desk {what} file.")
    if data.get("key_id") != name:
        raise KeyError_(
            f"{path} holds another store's {what} ({data.get('key_id')}), "
            f"not this store's ({name})."
        )
    return str(data["key"])


def read_secret(path: Path, service: str, name: str, what: str = "key") -> str | None:
    """The secret ``name``: from its owner-only file ``path`` if there is one, else from
    the OS keyring (``service``); None if it is in neither."""
    found = _read_secret_file(path, name, what)
    if found is None:
        kr = _keyring()
        if kr is not None:
            stored = kr.get_password(service, name)
            found = str(stored) if stored else None
    return found


def save_secret(path: Path, service: str, name: str, value: str) -> str:
    """Keep the secret ``name``: in the OS keyring where there is a real one, else in
    ``path``, readable by its owner only (0600), replaced atomically. Says where."""
    kr = _keyring()
    if kr is not None:
        try:
            kr.set_password(service, name, value)
        except Exception:
            pass  # a keyring that refuses: fall back to the owner-only file
        else:
            try:  # an older copy in a file would be read first: the keyring's is newer
                if _read_secret_file(path, name, "key") is not None:
                    path.unlink()
            except KeyError_:
                pass  # another's file, or a damaged one: not ours to remove
            return "the keyring"
    body = json.dumps({"key_id": name, "key": value})
    write_atomic(path, body + "\n")  # owner only
    return path.name


def _decoded(stored: str, where: str) -> bytes:
    try:
        master = base64.b64decode(stored, validate=True)
    except ValueError as exc:
        raise KeyError_(f"{where} is damaged: its key is not readable ({exc}).") from exc
    if len(master) != KEY_BYTES:
        raise KeyError_(f"{where} is damaged: its key has {len(master)} bytes, not {KEY_BYTES}.")
    return master


def find_cipher(key_file: Path, key_id: str) -> IdCipher | None:
    """The cipher for ``key_id`` from the key file, else the keyring; None if in neither
    (KeyError_ for a damaged file or one holding another key)."""
    in_file = _read_secret_file(key_file, key_id, "key")
    if in_file is not None:
        return IdCipher.from_master(key_id, _decoded(in_file, str(key_file)))
    stored = read_secret(key_file, KEYRING_SERVICE, key_id)
    if stored is None:
        return None
    return IdCipher.from_master(key_id, _decoded(stored, "The keyring's entry"))


def load_cipher(key_file: Path, key_id: str) -> IdCipher:
    """The cipher for ``key_id``: from the key file if there is one, else the keyring."""
    found = find_cipher(key_file, key_id)
    if found is None:
        raise KeyError_(
            f"The key for ID numbers ({key_id}) is in neither the keyring nor {key_file.name}."
        )
    return found


def save_key(key_file: Path, key_id: str, master: bytes) -> IdCipher:
    """Keep ``master`` as the key ``key_id`` (keyring, else the 0600 ``key_file``)."""
    _decoded(base64.b64encode(master).decode(), "The new key")  # 32 bytes, or refused
    save_secret(key_file, KEYRING_SERVICE, key_id, base64.b64encode(master).decode())
    return IdCipher.from_master(key_id, master)


def create_key(key_file: Path) -> IdCipher:
    """A new random key, kept in the keyring where there is one, else in a 0600 file."""
    return save_key(key_file, str(uuid.uuid4()), os.urandom(KEY_BYTES))
