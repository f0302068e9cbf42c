"""A store's Desk enrols with head office: ``desk enroll URL TOKEN``.

Head office answers a one-time token with this counter's credential and the chain's
key for ID numbers (:mod:`desk.hq.enrolment`). Both are secrets: they are kept in the
OS keyring where there is one, else in owner-only files in the data dir
(``hq.credential``, ``chain.key``; :func:`desk.store.keys.save_secret`), never in the
database. ``enrolment.json`` (0600, no secret) says which head office, store and
counter this Desk is.

The order of the steps is what makes a crash harmless:

1. head office's answer (the token is used up there);
2. the chain's key and the credential kept;
3. one write transaction: every ID number re-sealed under the chain's key, and the
   database's record of which key is the ID key switched
   (:func:`desk.services.chain_key.adopt_chain_key`);
4. ``enrolment.json`` written: from now on this Desk is enrolled.

A crash before 3 commits leaves the store on its own key, every customer findable; one
after it leaves the store on the chain's key, every customer findable. Either way the
store is not yet enrolled (no ``enrolment.json``): ``desk enroll`` again, with a new
token, finishes it (head office lets the same Desk, known by its local store id, take
its own counter again).
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy.orm import Session

from desk.config import Paths, load_settings, write_atomic
from desk.core.errors import DeskError
from desk.store.keys import IdCipher, KeyError_, read_secret, save_key, save_secret
from desk.sync.errors import sync_error
from desk.sync.net import tls

if TYPE_CHECKING:
    from desk.store.db import Database

CREDENTIAL_SERVICE = "Desk head-office credential"
TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Enrolment:
    url: str
    credential: str
    store_id: uuid.UUID  # head office's id for the store
    store_code: str
    counter: int


def _credential_name(local_store_id: str, counter: int) -> str:
    # Unique per store database and counter: one machine may hold several data dirs.
    return f"{local_store_id}/{counter}"


def _read_json(paths: Paths) -> dict[str, Any] | None:
    try:
        text = paths.enrolment.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise sync_error(
            "enrolment_unreadable", path=str(paths.enrolment), detail=str(exc)
        ) from exc
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        for name, kind in (
            ("url", str),
            ("store_id", str),
            ("store_code", str),
            ("counter", int),
            ("local_store_id", str),
        ):
            if not isinstance(data.get(name), kind):
                raise ValueError(f"no {name}")
        uuid.UUID(data["store_id"])
    except ValueError as exc:
        raise sync_error("enrolment_damaged", path=str(paths.enrolment), detail=str(exc)) from exc
    return data


def load_enrolment(paths: Paths) -> Enrolment | None:
    """This Desk's enrolment with head office, or None if it never enrolled."""
    data = _read_json(paths)
    if data is None:
        return None
    name = _credential_name(data["local_store_id"], data["counter"])
    try:
        credential = read_secret(paths.credential_file, CREDENTIAL_SERVICE, name, "credential")
    except KeyError_ as exc:
        raise sync_error("credential_unreadable", detail=str(exc)) from exc
    if not credential:
        raise sync_error("credential_missing", file=paths.credential_file.name)
    return Enrolment(
        url=data["url"],
        credential=credential,
        store_id=uuid.UUID(data["store_id"]),
        store_code=data["store_code"],
        counter=data["counter"],
    )


def _checked_url(url: str) -> str:
    url = url.strip().rstrip("/")
    parsed = httpx.URL(url) if url else None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise DeskError(
            "hq_url", f"Head office's address must be like http://hq.example:8740, not {url!r}."
        )
    return url


def _ask(url: str, body: dict[str, Any]) -> dict[str, Any]:
    """Head office's answer to the enrolment, or a DeskError in plain words."""
    try:
        reply = httpx.post(f"{url}/v1/enrol", json=body, timeout=TIMEOUT_SECONDS, verify=tls())
    except httpx.HTTPError as exc:
        why = str(exc) or type(exc).__name__
        raise DeskError(
            "hq_unreachable", f"Head office at {url} cannot be reached: {why}."
        ) from exc
    try:
        answer = reply.json()
    except ValueError:
        answer = None
    if reply.status_code >= 400:
        if isinstance(answer, dict) and isinstance(answer.get("message"), str):
            raise DeskError(str(answer.get("error") or "hq_refused"), answer["message"])
        raise DeskError(
            "hq_refused", f"Head office at {url} refused the enrolment (HTTP {reply.status_code})."
        )
    if not isinstance(answer, dict):
        raise DeskError("hq_answer", f"The answer from {url} is not head office's.")
    return answer


def _chain_cipher(answer: dict[str, Any], url: str) -> IdCipher:
    try:
        key = answer["chain_key"]
        master = base64.b64decode(key["key"], validate=True)
        key_id = str(uuid.UUID(key["key_id"]))
        if len(master) != 32:
            raise ValueError("not 32 bytes")
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise DeskError("hq_answer", f"Head office at {url} sent no usable chain key.") from exc
    return IdCipher.from_master(key_id, master)


def enrol(
    paths: Paths,
    url: str,
    token: str,
    *,
    again: bool = False,
    before_commit: Callable[[Session], None] | None = None,
) -> Enrolment:
    """Enrol this Desk (its store, its counter number) with head office at ``url``.

    Refused if already enrolled, unless ``again`` (then the credential is replaced).
    ``before_commit`` is for tests: it runs inside the re-keying transaction.
    """
    from desk.services.chain_key import adopt_chain_key
    from desk.services.stores import current_store, open_database

    url = _checked_url(url)
    token = token.strip()
    if not token or len(token) > 200:
        raise DeskError("hq_token", "Type the enrolment token head office gave you.")
    try:
        before = _read_json(paths)
    except DeskError:
        if not again:
            raise
        before = None  # a damaged enrolment.json is what --again mends
    if before is not None and not again:
        raise DeskError(
            "already_enrolled",
            f"This Desk is already enrolled with head office at {before['url']} as counter "
            f"{before['counter']} of store {before['store_code']}: to replace its "
            "credential, enrol with --again.",
        )
    counter = load_settings(paths).counter_number
    db = open_database(paths)
    try:
        store = current_store(db)
        if store is None:
            raise DeskError("no_store", f"There is no store in {paths.data_dir}.")
        cipher, awaited = _cipher_before(db, paths)  # a lost or wrong key stops here
        answer = _ask(
            url,
            {
                "token": token,
                "counter": counter,
                "store_code": store.code,
                "local_store_id": str(store.id),
                "app_version": _app_version(),
            },
        )
        chain = _chain_cipher(answer, url)
        if awaited is not None and awaited != (chain.key_id, chain.check_value()):
            raise DeskError(
                "other_chain",
                "This store's ID numbers are under another chain key than head office at "
                f"{url} hands out: is this the store's own head office? Ask your support.",
            )
        if cipher.key_id not in (cipher.own_key_id, chain.key_id):
            raise DeskError(
                "other_chain",
                "This store's ID numbers are under another head office's key: moving a "
                "store to another chain is not done by enrolling. Ask your support.",
            )
        try:
            hq_store = answer["store"]
            enrolment = Enrolment(
                url=url,
                credential=str(answer["credential"]),
                store_id=uuid.UUID(str(hq_store["store_id"])),
                store_code=str(hq_store["code"]),
                counter=int(answer["counter"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DeskError("hq_answer", f"The answer from {url} is not understood.") from exc
        # 2. The secrets kept before the database names the chain's key.
        save_key(paths.chain_key_file, chain.key_id, _master(answer))
        save_secret(
            paths.credential_file,
            CREDENTIAL_SERVICE,
            _credential_name(str(store.id), enrolment.counter),
            enrolment.credential,
        )
        # 3. One transaction: ID numbers under the chain's key, and the key ids switched.
        adopt_chain_key(
            db,
            store,
            cipher,
            chain,
            head_office=url,
            counter=enrolment.counter,
            before_commit=before_commit,
        )
    finally:
        db.close()
    # 4. Enrolled.
    _write_enrolment(paths, enrolment, str(store.id))
    return enrolment


def _cipher_before(db: Database, paths: Paths) -> tuple[IdCipher, tuple[str, str] | None]:
    """The store's cipher before enrolling, and the chain key (id, check value) it awaits.

    A store restored onto a new PC has its ID numbers under the chain's key, which a
    backup does not carry (:mod:`desk.services.restore_keys`): it enrols again on its own
    key, and head office's chain key must be the one its database names.
    """
    from sqlalchemy import select

    from desk.services.stores import KEY_CHECK, KEY_ID, OWN_KEY_CHECK, OWN_KEY_ID, id_cipher
    from desk.store.keys import find_cipher, load_cipher
    from desk.store.models import LocalSetting

    names = (KEY_ID, KEY_CHECK, OWN_KEY_ID, OWN_KEY_CHECK)
    with db.read() as s:
        found = s.scalars(select(LocalSetting).where(LocalSetting.key.in_(names)))
        settings = {row.key: row.value for row in found}
    chain_id, own_id = settings.get(KEY_ID), settings.get(OWN_KEY_ID)
    if chain_id is None or own_id in (None, chain_id):
        return id_cipher(db, paths), None
    if find_cipher(paths.chain_key_file, chain_id) is not None:
        return id_cipher(db, paths), None
    own = load_cipher(paths.key_file, own_id)
    if settings.get(OWN_KEY_CHECK) != own.own_check_value():
        raise KeyError_(
            f"The key in {paths.key_file.name} (or the keyring) is not this store's own key: "
            "put back the desk.key kept with the store's backups."
        )
    return own, (chain_id, settings.get(KEY_CHECK, ""))


def _master(answer: dict[str, Any]) -> bytes:
    return base64.b64decode(answer["chain_key"]["key"], validate=True)


def _write_enrolment(paths: Paths, enrolment: Enrolment, local_store_id: str) -> None:
    body = {
        "url": enrolment.url,
        "store_id": str(enrolment.store_id),
        "store_code": enrolment.store_code,
        "counter": enrolment.counter,
        "local_store_id": local_store_id,
    }
    write_atomic(paths.enrolment, json.dumps(body, indent=2) + "\n")  # 0600


def _app_version() -> str:
    from desk.sync.protocol import app_version

    return app_version()[:32]
