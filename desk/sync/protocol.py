"""The sync protocol between a store's Desk and head office (after SymmetricDS's batches
and CouchDB's replication checkpoints).

1. **Handshake** (``POST /v1/handshake``): the store says its protocol, schema and app
   version, its epoch, its highest outbox sequence and its clock. Head office answers
   with its cursor for this store, counter and epoch (and the outbox entry it saw at
   it). A cursor ahead of the store, or an entry that differs from the store's own,
   means the store's file went back in time: a new epoch starts, and the store pushes
   everything again — never a silent skip.
2. **Batches** (``POST /v1/batches``): outbox entries above the cursor, bounded in rows
   and bytes, each batch with its first and last sequence; the SHA-256 of the body goes
   in a header. Head office applies a batch in one transaction — idempotent upserts and
   the cursor — and only then answers. A batch that arrives twice, late or cut short
   changes nothing; one that leaves a gap is refused, and the store resends from the
   cursor.
3. **Compare**: the per-day counts and sums of both sides; a day that differs is pushed
   again and reported.

A row's version is ``epoch << 40 | seq``: a new epoch's rows are newer than any before.
"""

from __future__ import annotations

import hashlib
from functools import cache

PROTOCOL_VERSION = 1
BODY_HASH_HEADER = "X-Desk-Body-SHA256"

MAX_BATCH_ROWS = 2000
MAX_BATCH_BYTES = 4 * 1024 * 1024
SEQ_BITS = 40


def row_version(epoch: int, seq: int) -> int:
    return epoch << SEQ_BITS | seq


def version_parts(version: int) -> tuple[int, int]:
    return version >> SEQ_BITS, version & ((1 << SEQ_BITS) - 1)


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@cache
def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("desk")
    except Exception:
        return "0"
