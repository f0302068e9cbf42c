"""The tamper-evident audit trail (审计记录): each entry sealed with the hash of the one before.

An entry (:class:`AuditEntry`) is serialised canonically (:func:`canonical_bytes`): one
JSON object with sorted keys, no spaces, UTF-8, and these fields::

    {"action": ..., "at": "2026-11-22T02:30:00.000000Z", "details": {...}, "seq": 42,
     "staff": "<uuid>" | null, "store": "HK01", "subject": "case:<uuid>", "v": 1}

``at`` is the moment in UTC with microseconds (an aware datetime is required); ``details``
is plain JSON without floats, and :func:`seal` refuses secrets in it
(``desk.core.audit_details``; verifying does not: an entry sealed once verifies
forever). Its hash::

    hash(n) = SHA-256( hash(n-1) as 64 hex characters, ASCII  ‖  canonical_bytes(n) )

as lowercase hex, with ``hash(0)`` = :data:`GENESIS` (SHA-256 of ``Desk audit trail``)
and sequence numbers 1, 2, 3, ... with no gap. So a changed entry no longer matches its
own hash; a deleted, inserted or reordered one breaks the sequence or the link to the
previous hash. :func:`verify_chain` returns the index of the first entry where that
happens, or ``None``. A chain cut short at its end is found only against a head hash
kept elsewhere (the service's last known head, and head office's copy after each
sync): pass it as ``head`` and a missing tail is reported at ``len(entries)``.

Anyone able to rewrite the whole table can recompute every hash: the chain proves
nothing changed *since the head left the store* (each night's sync); head office holds
the proof. Enrolment may later key the hash (HMAC) — :data:`FORMAT` says which.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from desk.core.audit_details import check_details, check_json

__all__ = [
    "FORMAT",
    "GENESIS",
    "AuditEntry",
    "SealedEntry",
    "canonical_bytes",
    "entry_hash",
    "seal",
    "seal_all",
    "verify_chain",
]

FORMAT: Final = 1
GENESIS: Final = hashlib.sha256(b"Desk audit trail").hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    seq: int  # 1, 2, 3, ... per chain (per store database)
    at: datetime  # aware
    store: str  # the store's code
    staff: uuid.UUID | None  # None: Desk itself (a sync, a scheduled send)
    action: str  # e.g. case.transition, customer.view, check.failed, guard.decision
    subject: str  # what it is about, e.g. case:<uuid>, customer:<uuid>, line:<uuid>
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SealedEntry:
    entry: AuditEntry
    hash: str  # 64 lowercase hex characters


def _utc_text(at: datetime) -> str:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("an audit entry's time must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_bytes(entry: AuditEntry) -> bytes:
    """The entry's one byte form (its details must be plain JSON: no floats)."""
    if isinstance(entry.seq, bool) or not isinstance(entry.seq, int) or entry.seq < 1:
        raise ValueError("an audit entry's sequence number is a whole number from 1")
    check_json(entry.details)
    body = {
        "v": FORMAT,
        "seq": entry.seq,
        "at": _utc_text(entry.at),
        "store": entry.store,
        "staff": None if entry.staff is None else str(entry.staff),
        "action": entry.action,
        "subject": entry.subject,
        "details": entry.details,
    }
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def entry_hash(previous: str, entry: AuditEntry) -> str:
    return hashlib.sha256(previous.encode("ascii") + canonical_bytes(entry)).hexdigest()


def seal(entry: AuditEntry, previous: str) -> SealedEntry:
    """The entry with its hash, chained to ``previous`` (the last entry's hash, or GENESIS).

    Refuses details holding a secret or an ID number (``desk.core.audit_details``).
    """
    check_details(entry.details)
    return SealedEntry(entry, entry_hash(previous, entry))


def seal_all(entries: Iterable[AuditEntry], start: str = GENESIS) -> list[SealedEntry]:
    sealed: list[SealedEntry] = []
    previous = start
    for entry in entries:
        sealed.append(seal(entry, previous))
        previous = sealed[-1].hash
    return sealed


def _recomputed(previous: str, entry: AuditEntry) -> str | None:
    try:
        return entry_hash(previous, entry)
    except (ValueError, TypeError):  # a stored entry that cannot even be serialised
        return None


def verify_chain(
    entries: Sequence[SealedEntry],
    *,
    start: str = GENESIS,
    first_seq: int = 1,
    head: str | None = None,
) -> int | None:
    """The index of the first broken entry, or ``None`` when the whole chain holds.

    ``entries`` in stored order (by sequence number). To check a chain in pieces (say
    100,000 at a time), pass the hash and sequence number that precede the piece as
    ``start`` and ``first_seq``. With ``head`` (the last hash known elsewhere), a chain
    whose last hash differs is broken at ``len(entries)``: entries are missing at the end.
    """
    previous = start
    for i, sealed in enumerate(entries):
        entry = sealed.entry
        if entry.seq != first_seq + i or _recomputed(previous, entry) != sealed.hash:
            return i
        previous = sealed.hash
    if head is not None and previous != head:
        return len(entries)
    return None
