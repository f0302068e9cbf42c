"""Head office's side of enrolment: stores, one-time tokens, counters and the chain key.

A store is added once (``desk hq add-store``); each Desk of it (a counter, 1-9) enrols
with a one-time token (``desk hq enrol-token``) and from then on is known by its
credential alone (:mod:`desk.hq.auth`). Tokens and credentials are random secrets kept
only as their SHA-256; a token lasts 7 days and serves once.

The chain key is the key every store seals and hashes ID numbers with, so that a
customer checked at one store is found by ID number at any other (and the SIM-swap
guard counts failed checks across the chain). It is made once, on the first need, and
handed to each counter at enrolment.

A counter that is enrolled and not revoked is refused to another Desk (another local
store id): a copied or second installation must not silently take over a till's
credential. The same Desk (same local store id) may enrol again with a new token: that
replaces its credential (``desk enroll --again``, or a Desk that crashed before it kept
the answer).
"""

from __future__ import annotations

import base64
import os
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from desk.core.errors import DeskError
from desk.hq import schema
from desk.hq.auth import new_secret
from desk.hq.db import now, sha256_hex

TOKEN_LIFETIME = timedelta(days=7)
STORE_CODE = re.compile(r"[A-Z0-9]{2,8}")
COUNTERS = range(1, 10)
CHAIN_KEY_META = "chain_key_id"
CHAIN_KEY_BYTES = 32
USED = "This enrolment token was used already: ask head office for a new one."


class EnrolRefused(DeskError):
    """A refusal of head office's, with the HTTP status it is answered with."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code, message)
        self.status = status


@dataclass(frozen=True)
class StoreRow:
    store_id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class ChainKey:
    key_id: str
    key_b64: str


@dataclass(frozen=True)
class Enrolled:
    """What head office hands a counter once: its credential and the chain key."""

    store: StoreRow
    counter: int
    credential: str
    chain_key: ChainKey


def normal_code(text: str) -> str:
    """A store code as head office keeps it: 2-8 letters or digits, upper case."""
    code = text.strip().upper()
    if not STORE_CODE.fullmatch(code):
        raise DeskError(
            "hq_store_code", f"A store code is 2 to 8 letters or digits (like HK01), not {text!r}."
        )
    return code


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes; head office writes them all in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _store(conn: Connection, code: str) -> StoreRow:
    s = schema.store
    found = conn.execute(
        select(s.c.store_id, s.c.code, s.c.name).where(s.c.code == normal_code(code))
    ).first()
    if found is None:
        raise DeskError(
            "hq_no_such_store",
            f"Head office has no store {normal_code(code)}: add it with desk hq add-store.",
        )
    return StoreRow(found.store_id, found.code, found.name)


def _new_token(conn: Connection, store_id: uuid.UUID) -> str:
    token = new_secret()
    while token.startswith("-"):  # typed after "desk enroll URL", it would read as an option
        token = new_secret()
    conn.execute(
        insert(schema.enrol_token).values(
            store_id=store_id, token_sha256=sha256_hex(token), created_at=now()
        )
    )
    return token


def chain_key(conn: Connection) -> ChainKey:
    """The chain's key for ID numbers, made on the first call (in ``conn``'s transaction).

    ``hq_meta`` names the one in use: two first calls at once cannot both make one (the
    second's insert fails on the meta row's key and its transaction rolls back).
    """
    meta, k = schema.meta, schema.chain_key
    key_id = conn.execute(select(meta.c.value).where(meta.c.key == CHAIN_KEY_META)).scalar()
    if key_id is None:
        key_id = str(uuid.uuid4())
        key_b64 = base64.b64encode(os.urandom(CHAIN_KEY_BYTES)).decode()
        conn.execute(insert(k).values(key_id=key_id, key_b64=key_b64, created_at=now()))
        conn.execute(insert(meta).values(key=CHAIN_KEY_META, value=key_id))
        return ChainKey(key_id, key_b64)
    key_b64 = conn.execute(select(k.c.key_b64).where(k.c.key_id == key_id)).scalar_one()
    return ChainKey(key_id, key_b64)


def add_store(engine: Engine, code: str, name: str) -> tuple[StoreRow, str]:
    """A new store and its first one-time enrolment token."""
    code = normal_code(code)
    name = " ".join(name.split())
    if not 1 <= len(name) <= 120:
        raise DeskError("hq_store_name", "A store's name is 1 to 120 characters.")
    s = schema.store
    try:
        with engine.begin() as conn:
            taken = conn.execute(select(s.c.name).where(s.c.code == code)).scalar()
            if taken is not None:
                raise DeskError(
                    "hq_store_exists",
                    f"Head office already has a store {code} ({taken}): choose another code, "
                    f"or give it another counter with desk hq enrol-token {code}.",
                )
            row = StoreRow(uuid.uuid4(), code, name)
            conn.execute(
                insert(s).values(store_id=row.store_id, code=code, name=name, created_at=now())
            )
            chain_key(conn)
            token = _new_token(conn, row.store_id)
    except IntegrityError as exc:  # the same code added at the same moment elsewhere
        raise DeskError("hq_store_exists", f"Head office already has a store {code}.") from exc
    return row, token


def enrol_token(engine: Engine, code: str) -> tuple[StoreRow, str]:
    """One more one-time token for a counter of store ``code``."""
    with engine.begin() as conn:
        row = _store(conn, code)
        return row, _new_token(conn, row.store_id)


def revoke(engine: Engine, code: str, counter: int) -> bool:
    """Revoke a counter's credential; False if it was revoked already."""
    c = schema.counter
    with engine.begin() as conn:
        row = _store(conn, code)
        found = conn.execute(
            select(c.c.revoked_at).where(c.c.store_id == row.store_id, c.c.counter == counter)
        ).first()
        if found is None:
            raise DeskError(
                "hq_no_such_counter", f"Counter {counter} of store {row.code} was never enrolled."
            )
        if found.revoked_at is not None:
            return False
        conn.execute(
            update(c)
            .where(c.c.store_id == row.store_id, c.c.counter == counter)
            .values(revoked_at=now())
        )
        return True


def enrol(
    engine: Engine,
    *,
    token: str,
    counter: int,
    store_code: str,
    local_store_id: uuid.UUID,
    app_version: str | None,
) -> Enrolled:
    """Check the token, then in one transaction use it up and give the counter a new
    credential. Refusals are :class:`EnrolRefused` with their HTTP status."""
    try:
        with engine.begin() as conn:
            return _enrol(conn, token, counter, store_code, local_store_id, app_version)
    except IntegrityError as exc:  # another Desk took the counter at the same moment
        raise EnrolRefused(
            409, "counter_taken", f"Counter {counter} was enrolled at this moment by another Desk."
        ) from exc


def _enrol(
    conn: Connection,
    token: str,
    counter: int,
    code: str,
    local_store_id: uuid.UUID,
    app_version: str | None,
) -> Enrolled:
    t, s, c = schema.enrol_token, schema.store, schema.counter
    moment = now()
    found = conn.execute(
        select(t.c.store_id, t.c.created_at, t.c.used_at, s.c.code, s.c.name)
        .join(s, s.c.store_id == t.c.store_id)
        .where(t.c.token_sha256 == sha256_hex(token))
    ).first()
    if found is None:
        raise EnrolRefused(
            401,
            "unknown_token",
            "Head office does not know this enrolment token: check it, or ask head office "
            "for a new one.",
        )
    if found.used_at is not None:
        raise EnrolRefused(403, "token_used", USED)
    if _aware(found.created_at) + TOKEN_LIFETIME < moment:
        raise EnrolRefused(
            403,
            "token_expired",
            f"This enrolment token expired ({TOKEN_LIFETIME.days} days after it was made): "
            "ask head office for a new one.",
        )
    store = StoreRow(found.store_id, found.code, found.name)
    if code.strip().upper() != store.code:
        raise EnrolRefused(
            409,
            "wrong_store",
            f"This token is for store {store.code}, this Desk is store {code.strip().upper()}.",
        )
    held = conn.execute(
        select(c.c.local_store_id, c.c.revoked_at).where(
            c.c.store_id == store.store_id, c.c.counter == counter
        )
    ).first()
    if held is not None and held.revoked_at is None and held.local_store_id != local_store_id:
        raise EnrolRefused(
            409,
            "counter_taken",
            f"Counter {counter} of store {store.code} is already enrolled; revoke it first "
            f"with desk hq revoke {store.code} {counter}.",
        )
    used = conn.execute(
        update(t)
        .where(t.c.token_sha256 == sha256_hex(token), t.c.used_at.is_(None))
        .values(used_at=moment, used_by_counter=counter)
    )
    if used.rowcount != 1:  # used by another request at this moment
        raise EnrolRefused(403, "token_used", USED)
    credential = new_secret()
    values = {
        "credential_sha256": sha256_hex(credential),
        "local_store_id": local_store_id,
        "enrolled_at": moment,
        "revoked_at": None,
        "app_version": app_version,
    }
    if held is None:
        conn.execute(insert(c).values(store_id=store.store_id, counter=counter, **values))
    else:
        conn.execute(
            update(c).where(c.c.store_id == store.store_id, c.c.counter == counter).values(**values)
        )
    return Enrolled(store, counter, credential, chain_key(conn))
