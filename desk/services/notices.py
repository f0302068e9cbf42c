"""Queueing notices to customers in the outbox (sending them is the channels' work)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.store.db import Database
from desk.store.notice_models import Notice


def queue_notice(
    session: Session,
    *,
    store_id: uuid.UUID,
    customer_id: uuid.UUID | None,
    case_id: uuid.UUID | None,
    kind: str,
    recipient: str,
    subject: str,
    body: str,
    now: datetime,
) -> Notice:
    """Add a notice in the caller's transaction: it commits with the change it announces."""
    notice = Notice(
        store_id=store_id,
        customer_id=customer_id,
        case_id=case_id,
        kind=kind,
        channel="email" if "@" in recipient else "sms",
        recipient=recipient,
        subject=subject,
        body=body,
        created_at=now,
        status="queued",
        attempts=0,
        next_attempt_at=now,
    )
    session.add(notice)
    session.flush()
    return notice


def waiting(db: Database) -> int:
    """Notices not yet sent."""
    with db.read() as s:
        return s.scalar(select(func.count()).where(Notice.status == "queued")) or 0
