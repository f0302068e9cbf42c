"""The audit trail: every view of a customer, check, guard decision, approval,
transition and notice, appended in the same transaction as what it records.

Each entry carries the hash of the one before (:mod:`desk.core.audit`), so a changed,
deleted, inserted or reordered row is found by :func:`verify`. Writers serialise on
SQLite's write lock (``BEGIN IMMEDIATE``): the next sequence number and the previous
hash are read inside the writer's own transaction, so two Desks on one file never fork
the chain.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.audit import GENESIS, AuditEntry, SealedEntry, seal, verify_chain
from desk.store.case_models import AuditRecord
from desk.store.db import Database
from desk.store.models import utcnow

BATCH = 5000  # rows read at a time by verify(): memory stays flat at any size


def _plain(value: Any) -> Any:
    """Details as plain JSON: ids and enums as text."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, uuid.UUID | datetime):
        return str(value)
    if hasattr(value, "value") and isinstance(value.value, str):  # a StrEnum
        return value.value
    return value


def record(
    session: Session,
    *,
    store_code: str,
    staff_id: uuid.UUID | None,
    action: str,
    subject: str,
    details: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> AuditRecord:
    """Append one entry, chained to the last, in the caller's transaction."""
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
    ).first()
    seq, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = AuditEntry(
        seq=seq,
        at=now or utcnow(),
        store=store_code,
        staff=staff_id,
        action=action,
        subject=subject,
        details=_plain(dict(details or {})),
    )
    sealed = seal(entry, previous)
    row = AuditRecord(
        seq=seq,
        at=entry.at,
        store_code=store_code,
        staff_id=staff_id,
        action=action,
        subject=subject,
        details=json.dumps(entry.details, sort_keys=True, ensure_ascii=False),
        hash=sealed.hash,
    )
    session.add(row)
    session.flush()
    return row


def _entry(
    seq: int, at: str, store: str, staff: str | None, action: str, subject: str, details: str
) -> AuditEntry:
    """A stored row as the entry that was sealed (read with plain sqlite3)."""
    try:
        parsed = json.loads(details)
    except ValueError:
        parsed = None
    return AuditEntry(
        seq=seq,
        at=datetime.fromisoformat(at).replace(tzinfo=UTC),
        store=store,
        staff=uuid.UUID(hex=staff) if staff else None,
        action=action,
        subject=subject,
        details=parsed if isinstance(parsed, dict) else {"unreadable": details},
    )


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_seq: int | None  # the first entry whose link does not hold, or None
    expected_seq: int | None  # where a missing entry should have been (deleted rows)

    @property
    def intact(self) -> bool:
        return self.broken_seq is None


def _batches(db: Database) -> Iterator[list[SealedEntry]]:
    """The chain in pieces of :data:`BATCH`, by sequence number, through the plain
    read-only connection (the ORM would take most of the time at 100,000s of rows)."""
    after = 0
    while True:
        with db.fast_read() as conn:
            rows = conn.execute(
                "SELECT seq, at, store_code, staff_id, action, subject, details, hash"
                " FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?",
                (after, BATCH),
            ).fetchall()
        if not rows:
            return
        batch = [SealedEntry(_entry(*r[:7]), r[7]) for r in rows]
        yield batch
        after = batch[-1].entry.seq


def verify(db: Database) -> ChainReport:
    """Walk the whole chain in order of sequence number; report the first broken link."""
    previous, expected, count = GENESIS, 1, 0
    for batch in _batches(db):
        broken = verify_chain(batch, start=previous, first_seq=expected)
        if broken is not None:
            entry = batch[broken].entry
            gap = entry.seq if entry.seq == expected + broken else expected + broken
            return ChainReport(count + broken, entry.seq, gap)
        count += len(batch)
        previous, expected = batch[-1].hash, batch[-1].entry.seq + 1
    return ChainReport(count, None, None)
