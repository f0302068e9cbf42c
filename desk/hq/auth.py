"""Who is calling: a store's counter, known by its credential alone.

Head office takes the store from the credential, never from what a request says. A
credential is a random secret handed out once at enrolment; head office keeps only its
SHA-256 (it is long and random: a slow hash adds nothing), and a revoked one is refused.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, select

from desk.hq import schema
from desk.hq.db import sha256_hex


@dataclass(frozen=True)
class Caller:
    store_id: uuid.UUID
    store_code: str
    counter: int
    local_store_id: uuid.UUID  # the store's id for itself, in the rows it pushes


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def caller_for(conn: Connection, credential: str) -> Caller | None:
    """The counter this credential belongs to; None if unknown or revoked."""
    if not credential or len(credential) > 200:
        return None
    c, s = schema.counter, schema.store
    found = conn.execute(
        select(c.c.store_id, s.c.code, c.c.counter, c.c.local_store_id, c.c.revoked_at)
        .join(s, s.c.store_id == c.c.store_id)
        .where(c.c.credential_sha256 == sha256_hex(credential))
    ).first()
    if found is None or found.revoked_at is not None:
        return None
    return Caller(found.store_id, found.code, found.counter, found.local_store_id)
