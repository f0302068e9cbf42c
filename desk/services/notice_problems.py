"""The notices that need a person: e-mails left *unknown* by an interrupted send (a
person decides, :func:`desk.services.notices.decide_unknown`) and notices *failed*
for good (refused by the server: the contact is wrong).

What a screen may show of them, and nothing more: the recipient masked
(``+852 5123 ****``, ``t***@example.com``), the case's application number, the status
and the server's last words — never the notice's text, which may carry a one-time code.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk.core import identifiers as ids
from desk.core.notices import NoticeChannel, NoticeKind, NoticeStatus
from desk.services.customer_card import mask_email
from desk.store.case_models import Case
from desk.store.db import Database
from desk.store.models import Notice

NEEDING_A_PERSON = (NoticeStatus.UNKNOWN, NoticeStatus.FAILED)


@dataclass(frozen=True)
class NoticeProblem:
    id: uuid.UUID
    kind: NoticeKind
    channel: NoticeChannel
    recipient_masked: str
    application_number: str | None  # of the case behind it, once submitted
    status: NoticeStatus  # unknown or failed
    last_error: str | None
    queued_at: datetime

    @property
    def decidable(self) -> bool:
        """Only an interrupted e-mail waits for a decision (send again, or received)."""
        return self.status is NoticeStatus.UNKNOWN


def mask_recipient(recipient: str) -> str:
    """A phone number as ``+852 5123 ****``, an address as ``t***@example.com``."""
    if "@" in recipient:
        return mask_email(recipient)
    return ids.mask("phone", recipient)


def notices_needing_a_person(db: Database, limit: int = 200) -> tuple[NoticeProblem, ...]:
    """Unknown and failed notices, newest first."""
    with db.read() as s:
        rows = s.execute(
            select(
                Notice.id,
                Notice.kind,
                Notice.channel,
                Notice.recipient,
                Case.application_number,
                Notice.status,
                Notice.last_error,
                Notice.created_at,
            )
            .outerjoin(Case, Case.id == Notice.case_id)
            .where(Notice.status.in_(NEEDING_A_PERSON))
            .order_by(Notice.created_at.desc(), Notice.id.desc())
            .limit(limit)
        ).all()
    return tuple(
        NoticeProblem(
            id=r[0],
            kind=NoticeKind(r[1]),
            channel=NoticeChannel(r[2]),
            recipient_masked=mask_recipient(r[3]),
            application_number=r[4],
            status=NoticeStatus(r[5]),
            last_error=r[6],
            queued_at=r[7],
        )
        for r in rows
    )
