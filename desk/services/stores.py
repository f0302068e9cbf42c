"""Creating a store's database and opening an existing one."""

from __future__ import annotations

from sqlalchemy import select

from desk.config import Paths
from desk.core.staff import StoreInfo
from desk.store.db import Database
from desk.store.keys import IdCipher, create_key, load_cipher
from desk.store.light import STORE_ID_KEY as STORE_ID
from desk.store.light import read_store
from desk.store.models import LocalSetting, Store
from desk.store.schema import ensure_schema

KEY_ID = "id_key_id"


def _info(store: Store) -> StoreInfo:
    return StoreInfo(
        store.id,
        store.code,
        store.name,
        store.region,
        store.currency,
        store.timezone,
        store.name_zh_hant,
    )


def open_database(paths: Paths) -> Database:
    """The store's database, migrated to this Desk's schema (backed up first if needed)."""
    db = Database(paths.database)
    ensure_schema(db, paths.backups)
    return db


def current_store(db: Database) -> StoreInfo | None:
    """The store this database belongs to, or None for a database not yet set up."""
    return read_store(db.path)


def create_store(
    db: Database,
    paths: Paths,
    *,
    code: str,
    name: str,
    name_zh_hant: str | None = None,
    region: str = "HK",
    currency: str = "HKD",
    timezone: str = "Asia/Hong_Kong",
) -> StoreInfo:
    """Make this database the database of a new store, with a new ID-number key."""
    with db.write() as s:
        if s.get(LocalSetting, STORE_ID) is not None:
            raise ValueError("this database already belongs to a store")
        cipher = create_key(paths.key_file)
        store = Store(
            code=code,
            name=name,
            name_zh_hant=name_zh_hant,
            region=region,
            currency=currency,
            timezone=timezone,
        )
        s.add(store)
        s.flush()
        s.add(LocalSetting(key=STORE_ID, value=str(store.id)))
        s.add(LocalSetting(key=KEY_ID, value=cipher.key_id))
        return _info(store)


def id_cipher(db: Database, paths: Paths) -> IdCipher:
    """The cipher for this store's ID numbers (keyring or key file)."""
    with db.read() as s:
        row = s.scalar(select(LocalSetting).where(LocalSetting.key == KEY_ID))
        if row is None:
            raise ValueError("this database has no store yet")
        key_id = row.value
    return load_cipher(paths.key_file, key_id)
