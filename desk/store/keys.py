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
from dataclasses import dataclass
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
    key_id: str
    _enc: bytes
    _mac: bytes
    # The secret mixed into every staff PIN hash: kept outside the database with the
    # ID key, so that a copied database alone yields no PIN (desk.services.auth).
    pin_pepper: bytes

    @classmethod
    def from_master(cls, key_id: str, master: bytes) -> IdCipher:
        enc = hmac.new(master, b"desk id-number encryption", hashlib.sha256).digest()
        mac = hmac.new(master, b"desk id-number lookup hash", hashlib.sha256).digest()
        pepper = hmac.new(master, b"desk staff pin pepper", hashlib.sha256).digest()
        return cls(key_id, enc, mac, pepper)

    def check_value(self) -> str:
        """A value the database keeps to recognise this key (it reveals nothing of it).

        A key file with the right key id but other key bytes would otherwise be taken
        without a word: ID lookups would silently find no one, and new numbers would be
        sealed under the wrong key.
        """
        return hmac.new(self._mac, b"desk key check value", hashlib.sha256).hexdigest()[:32]

    def derived_key(self, purpose: str) -> bytes:
        """A key for one purpose (e.g. one-time codes), derived from the store's key."""
        return hmac.new(self._mac, f"desk derived key: {purpose}".encode(), hashlib.sha256).digest()

    def hash(self, kind: str, number: str) -> bytes:
        """The keyed hash that finds a normalised number again (32 bytes)."""
        return hmac.new(self._mac, f"{kind}:{number}".encode(), hashlib.sha256).digest()

    def encrypt(self, kind: str, number: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + AESGCM(self._enc).encrypt(nonce, number.encode(), kind.encode())

    def decrypt(self, kind: str, sealed: bytes) -> str:
        return AESGCM(self._enc).decrypt(sealed[:12], sealed[12:], kind.encode()).decode()


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


def _read_key_file(path: Path, key_id: str) -> bytes | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    if stat.S_IMODE(st.st_mode) & 0o077:
        os.chmod(path, 0o600)  # never leave the key readable by others
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KeyError_(f"{path} is damaged: it is not a Desk key file ({exc}).") from exc
    if not isinstance(data, dict) or not isinstance(data.get("key"), str):
        raise KeyError_(f"{path} is damaged: it is not a Desk key file.")
    if data.get("key_id") != key_id:
        raise KeyError_(
            f"{path} holds another store's key ({data.get('key_id')}), not this store's ({key_id})."
        )
    try:
        master = base64.b64decode(data["key"], validate=True)
    except ValueError as exc:
        raise KeyError_(f"{path} is damaged: its key is not readable ({exc}).") from exc
    return _checked_length(master, str(path))


def _checked_length(master: bytes, where: str) -> bytes:
    if len(master) != KEY_BYTES:
        raise KeyError_(f"{where} is damaged: its key has {len(master)} bytes, not {KEY_BYTES}.")
    return master


def load_cipher(key_file: Path, key_id: str) -> IdCipher:
    """The cipher for ``key_id``: from the key file if there is one, else the keyring."""
    master = _read_key_file(key_file, key_id)
    if master is None:
        kr = _keyring()
        if kr is not None:
            stored = kr.get_password(KEYRING_SERVICE, key_id)
            if stored:
                try:
                    master = base64.b64decode(stored, validate=True)
                except ValueError as exc:
                    raise KeyError_(f"The keyring's entry for {key_id} is damaged.") from exc
                master = _checked_length(master, "The keyring's entry")
    if master is None:
        raise KeyError_(
            f"The key for ID numbers ({key_id}) is in neither the keyring nor {key_file.name}."
        )
    return IdCipher.from_master(key_id, master)


def create_key(key_file: Path) -> IdCipher:
    """A new random key, kept in the keyring where there is one, else in a 0600 file."""
    key_id = str(uuid.uuid4())
    master = os.urandom(KEY_BYTES)
    kr = _keyring()
    if kr is not None:
        try:
            kr.set_password(KEYRING_SERVICE, key_id, base64.b64encode(master).decode())
            return IdCipher.from_master(key_id, master)
        except Exception:
            pass  # a keyring that refuses: fall back to the owner-only file
    body = json.dumps({"key_id": key_id, "key": base64.b64encode(master).decode()})
    write_atomic(key_file, body + "\n")  # owner only
    return IdCipher.from_master(key_id, master)
