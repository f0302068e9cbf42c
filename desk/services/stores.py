"""Creating a store's database and opening an existing one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.config import Paths, secure_data_dir
from desk.core.staff import StoreInfo
from desk.store.db import Database
from desk.store.keys import IdCipher, KeyError_, create_key, find_cipher, load_cipher
from desk.store.light import STORE_ID_KEY as STORE_ID
from desk.store.light import read_store
from desk.store.models import IdentityDocument, LocalSetting, Store
from desk.store.schema import ensure_schema

KEY_ID = "id_key_id"
KEY_CHECK = "id_key_check"
# Once enrolled with head office, ID numbers are under the chain's key (KEY_ID) and
# the store's own key (PIN pepper, one-time codes) is recorded apart (desk.sync.enrolment).
OWN_KEY_ID = "own_key_id"
OWN_KEY_CHECK = "own_key_check"
# Written by ``desk demo`` (and by schema 0003 on an older demo store): a demo store
# never sends a real notice to anyone (desk.services.notices).
DEMO_STORE = "demo_store"


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


def open_database(paths: Paths, *, create: bool = False) -> Database:
    """The store's database, migrated to this Desk's schema (backed up first if needed).

    Opens, never creates, unless ``create`` (a new store is being made): a folder with
    no store raises ``StoreProblem("missing")``. The folder and its files are made the
    owner's alone on the way.
    """
    if create:
        paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    secure_data_dir(paths.data_dir)
    db = Database(paths.database, create=create)
    try:
        ensure_schema(db, paths.backups)
    except BaseException:
        db.close()
        raise
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
    address: tuple[str | None, str | None, str | None] = (None, None, None),
    phone: str | None = None,
) -> StoreInfo:
    """Make this database the database of a new store, with a new ID-number key.

    ``address``: in English, 简体中文 and 繁體中文, for the receipt's heading."""
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
            address=address[0],
            address_zh=address[1],
            address_zh_hant=address[2],
            phone=phone,
        )
        s.add(store)
        s.flush()
        s.add(LocalSetting(key=STORE_ID, value=str(store.id)))
        s.add(LocalSetting(key=KEY_ID, value=cipher.key_id))
        s.add(LocalSetting(key=KEY_CHECK, value=cipher.check_value()))
        return _info(store)


def id_cipher(db: Database, paths: Paths) -> IdCipher:
    """The cipher for this store's ID numbers (keyring or key files), checked.

    The database keeps the ID key's id and a check value: a key with the right id but
    other bytes is refused with a clear message instead of finding no one. A store
    made before the check value existed has it recorded on first use, once a sealed
    number proves the key is the right one.

    A store enrolled with head office has two keys (:class:`IdCipher`): ID numbers
    under the chain's key (``chain.key`` or the keyring), the PIN pepper and what is
    the store's alone under its own (``desk.key`` or the keyring), recorded as
    ``own_key_id``. Before enrolment the two are one and ``own_key_id`` is not written.
    """
    with db.read() as s:
        settings = {
            row.key: row.value
            for row in s.scalars(
                select(LocalSetting).where(
                    LocalSetting.key.in_((KEY_ID, KEY_CHECK, OWN_KEY_ID, OWN_KEY_CHECK))
                )
            )
        }
        if KEY_ID not in settings:
            raise ValueError("this database has no store yet")
        sealed = s.scalar(
            select(IdentityDocument).where(IdentityDocument.key_id == settings[KEY_ID]).limit(1)
        )
    own_id = settings.get(OWN_KEY_ID, settings[KEY_ID])
    cipher = load_cipher(paths.key_file, own_id)
    if own_id != settings[KEY_ID]:
        if settings.get(OWN_KEY_CHECK) != cipher.own_check_value():
            raise _wrong_key(paths.key_file.name, "the store's own key (staff PINs)")
        chain = find_cipher(paths.chain_key_file, settings[KEY_ID])
        if chain is None:
            raise chain_key_missing(paths)
        if settings.get(KEY_CHECK) != chain.check_value():
            raise _wrong_key(paths.chain_key_file.name, "the chain's key from head office")
        return cipher.with_id_key(chain)
    wrong = _wrong_key(paths.key_file.name, "the store's own desk.key")
    check = settings.get(KEY_CHECK)
    if check is not None:
        if check != cipher.check_value():
            raise wrong
        return cipher
    if sealed is not None:
        try:
            cipher.decrypt(sealed.kind.value, sealed.number_encrypted)
        except Exception as exc:  # AES-GCM's InvalidTag: another key sealed it
            raise wrong from exc
    try:
        with db.write() as s:
            s.merge(LocalSetting(key=KEY_CHECK, value=cipher.check_value()))
    except Exception:  # a read-only store: checked again next time
        pass
    return cipher


def chain_key_missing(paths: Paths) -> KeyError_:
    """The chain's key is not on this PC (a store restored onto a new one): head office
    hands it out again at enrolment."""
    return KeyError_(
        "This store's ID numbers are under the chain's key from head office, which is in "
        f"neither the keyring nor {paths.chain_key_file.name}: enrol this Desk again with "
        "desk enroll --again URL TOKEN (head office gives the token) to fetch it."
    )


def _wrong_key(file_name: str, restore: str) -> KeyError_:
    return KeyError_(
        f"The key in {file_name} (or the keyring) is not the key this store's ID "
        f"numbers were sealed with: ID lookups would find no one. Restore {restore} "
        "from its backup, or ask head office."
    )


def mark_demo_store(db: Database) -> None:
    """Mark this store as a demo store: its notices are shown, never sent."""
    with db.write() as s:
        s.merge(LocalSetting(key=DEMO_STORE, value="1"))


def is_demo_store(session: Session) -> bool:
    """The one place that tells a demo store (nothing leaves it) from a real one."""
    row = session.get(LocalSetting, DEMO_STORE)
    return row is not None and row.value == "1"
