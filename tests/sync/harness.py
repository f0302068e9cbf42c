"""Head office for the sync tests (served by tests/hq/server.py): waiting for a head
office started as a child process, and counters enrolled straight into its tables."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

import httpx
from sqlalchemy import Engine

from desk.hq import schema
from desk.hq.auth import new_secret
from desk.hq.db import now, sha256_hex


@dataclass(frozen=True)
class Endpoint:
    url: str
    credential: str


def wait_up(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            httpx.get(url + "/openapi.json", timeout=1)
            return
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def add_store(engine: Engine, code: str, name: str = "") -> uuid.UUID:
    store_id = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(
            schema.store.insert().values(
                store_id=store_id, code=code, name=name or code, created_at=now()
            )
        )
    return store_id


def enrol_directly(
    engine: Engine, hq_store: uuid.UUID, local_store: uuid.UUID, counter: int = 1
) -> str:
    """A credential for one counter, written into head office's tables."""
    secret = new_secret()
    with engine.begin() as conn:
        conn.execute(
            schema.counter.insert().values(
                store_id=hq_store,
                counter=counter,
                credential_sha256=sha256_hex(secret),
                local_store_id=local_store,
                enrolled_at=now(),
            )
        )
    return secret
