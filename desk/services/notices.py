"""The notice outbox: messages to customers, queued with the change that caused them and
sent afterwards, never twice once a server has accepted them.

- :func:`queue_notice` adds a row in the *caller's* transaction: the notice commits (or
  not) with the case change behind it — the customer is told before the card changes.
- :func:`deliver_due` sends what is due. Each notice is first committed as *sending*
  (one more attempt, a lease until ``now + lease``), then handed to its channel outside
  any transaction, then committed as sent, queued again with a back-off, or failed.
  A notice still *sending* after its lease was left by a process that died mid-send:
  an SMS goes again with the same Idempotency-Key (the gateway de-duplicates), an
  e-mail becomes *unknown* — never resent by itself; a person decides
  (:func:`decide_unknown`).
- :func:`pending_summary` says what waits and why (e.g. no SMS gateway configured).

A demo store (:func:`desk.services.stores.is_demo_store`) sends nothing: every notice
goes to the demo channel, whatever is configured.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desk.core.errors import DeskError
from desk.core.notices import NoticeChannel, NoticeKind, NoticeStatus, channel_for, retry_delay
from desk.core.staff import StaffMember
from desk.notify.channels import (
    Channel,
    Channels,
    DemoChannel,
    HttpSmsChannel,
    Outcome,
    OutgoingNotice,
    SmtpChannel,
)
from desk.services import audit
from desk.services.stores import is_demo_store
from desk.store.db import Database
from desk.store.models import Notice, Store

# How long a send may take before a row still 'sending' counts as abandoned. Far above
# any channel's timeout (at most 120 s), so a slow send is never taken for a dead one.
SENDING_LEASE = timedelta(minutes=5)

_RESEND_SAFE: dict[NoticeChannel, bool] = {
    NoticeChannel.SMS: HttpSmsChannel.resend_safe,
    NoticeChannel.EMAIL: SmtpChannel.resend_safe,
    NoticeChannel.DEMO: DemoChannel.resend_safe,
}


def queue_notice(
    session: Session,
    *,
    store_id: uuid.UUID,
    customer_id: uuid.UUID | None,
    case_id: uuid.UUID | None,
    kind: NoticeKind,
    recipient: str,
    subject: str,
    body: str,
    now: datetime,
) -> Notice:
    """Add a notice to the outbox in the caller's transaction; it is due at once."""
    recipient = recipient.strip()
    try:
        channel = channel_for(recipient)
    except ValueError as exc:
        raise DeskError(
            "notice_recipient",
            "The customer's registered contact is neither a phone number in international "
            "form (+852…) nor an e-mail address, so no notice can be sent to it.",
        ) from exc
    notice = Notice(
        store_id=store_id,
        customer_id=customer_id,
        case_id=case_id,
        kind=kind,
        channel=NoticeChannel.DEMO if is_demo_store(session) else channel,
        recipient=recipient,
        subject=subject,
        body=body,
        created_at=now,
        status=NoticeStatus.QUEUED,
        attempts=0,
        next_attempt_at=now,
    )
    session.add(notice)
    session.flush()
    return notice


@dataclass
class DeliveryReport:
    """What one :func:`deliver_due` run changed, by notice id."""

    sent: list[uuid.UUID] = field(default_factory=list)
    retrying: list[uuid.UUID] = field(default_factory=list)
    failed: list[uuid.UUID] = field(default_factory=list)
    unknown: list[uuid.UUID] = field(default_factory=list)  # interrupted e-mails
    resumed: list[uuid.UUID] = field(default_factory=list)  # interrupted, safe to resend

    @property
    def changed(self) -> bool:
        return any((self.sent, self.retrying, self.failed, self.unknown, self.resumed))


def deliver_due(
    db: Database,
    channels: Channels,
    now: datetime,
    limit: int = 20,
    *,
    lease: timedelta = SENDING_LEASE,
) -> DeliveryReport:
    """Send up to ``limit`` due notices, one at a time, each in its own transactions."""
    report = DeliveryReport()
    with db.write() as s:
        demo = is_demo_store(s)
        _recover_abandoned(s, now, report)
    kinds = list(NoticeChannel) if demo else [c for c in NoticeChannel if channels.for_kind(c)]
    for _ in range(limit):
        with db.write() as s:
            row = s.scalars(
                select(Notice)
                .where(
                    Notice.status == NoticeStatus.QUEUED,
                    Notice.next_attempt_at <= now,
                    Notice.channel.in_(kinds),
                )
                .order_by(Notice.next_attempt_at, Notice.id)
                .limit(1)
            ).first()
            if row is None:
                break
            if demo:
                row.channel = NoticeChannel.DEMO
            row.status = NoticeStatus.SENDING
            row.attempts += 1
            row.next_attempt_at = now + lease
            attempts = row.attempts
            outgoing = OutgoingNotice(row.id, row.recipient, row.subject, row.body, row.kind)
            channel: Channel | None = channels.demo if demo else channels.for_kind(row.channel)
        assert channel is not None  # only notices of configured channels are picked
        outcome = channel.send(outgoing)  # outside any transaction: the server may be slow
        with db.write() as s:
            row = s.get(Notice, outgoing.id)
            assert row is not None
            _record(row, outcome, attempts, now, report)
            if row.status is not NoticeStatus.QUEUED:  # a retry is not an event yet
                _audit(s, row, f"notice.{row.status.value}", now, attempts=attempts)
    return report


def _audit(
    s: Session,
    row: Notice,
    action: str,
    now: datetime,
    member: StaffMember | None = None,
    **details: object,
) -> None:
    """The audit trail's entry for what became of a notice (never its text: it may
    carry a code)."""
    audit.record(
        s,
        store_code=s.scalars(select(Store.code).limit(1)).one(),
        staff_id=member.id if member else None,
        action=action,
        subject=f"case:{row.case_id}" if row.case_id else f"notice:{row.id}",
        details={"notice": str(row.id), "kind": row.kind.value, "channel": row.channel.value}
        | details,
        now=now,
    )


def _recover_abandoned(s: Session, now: datetime, report: DeliveryReport) -> None:
    left = s.scalars(
        select(Notice).where(Notice.status == NoticeStatus.SENDING, Notice.next_attempt_at <= now)
    ).all()
    for row in left:
        if _RESEND_SAFE[row.channel]:
            row.status = NoticeStatus.QUEUED
            row.next_attempt_at = now
            row.last_error = "interrupted while sending; sent again under the same key"
            report.resumed.append(row.id)
        else:
            row.status = NoticeStatus.UNKNOWN
            row.last_error = (
                "Desk stopped while the e-mail server was taking this notice: it may have "
                "been sent. Ask the customer, then send it again or mark it received."
            )
            report.unknown.append(row.id)
            _audit(s, row, "notice.unknown", now)


def _record(
    row: Notice, outcome: Outcome, attempts: int, now: datetime, report: DeliveryReport
) -> None:
    if outcome.result == "accepted":
        row.status = NoticeStatus.SENT
        row.sent_at = now
        row.provider_ref = outcome.provider_ref
        row.last_error = None
        report.sent.append(row.id)
    elif outcome.result == "temporary":
        row.status = NoticeStatus.QUEUED
        row.next_attempt_at = now + retry_delay(attempts)
        row.last_error = outcome.error
        report.retrying.append(row.id)
    else:
        row.status = NoticeStatus.FAILED
        row.last_error = outcome.error
        report.failed.append(row.id)


def decide_unknown(
    db: Database, member: StaffMember, notice_id: uuid.UUID, *, resend: bool, now: datetime
) -> NoticeStatus:
    """A person's decision on an interrupted e-mail: send it again, or mark it received
    (the customer has it). Returns the notice's new status."""
    with db.write() as s:
        row = s.get(Notice, notice_id)
        if row is None or row.status != NoticeStatus.UNKNOWN:
            raise DeskError(
                "notice_not_unknown", "This notice is no longer waiting for a decision."
            )
        if resend:
            row.status = NoticeStatus.QUEUED
            row.next_attempt_at = now
            row.last_error = f"sent again at the request of {member.login}"
        else:
            row.status = NoticeStatus.SENT
            row.sent_at = now
            row.last_error = f"marked received by {member.login}"
        _audit(s, row, "notice.resend" if resend else "notice.marked_received", now, member)
        return row.status


WaitReason = Literal["not_configured", "retrying", "due"]


@dataclass(frozen=True)
class Waiting:
    channel: NoticeChannel
    count: int
    reason: WaitReason
    last_error: str | None = None


@dataclass(frozen=True)
class PendingSummary:
    """What waits in the outbox, and why; what needs a person."""

    waiting: tuple[Waiting, ...] = ()
    unknown: int = 0  # interrupted e-mails: a person decides
    failed: int = 0  # refused for good by a server

    @property
    def total_waiting(self) -> int:
        return sum(w.count for w in self.waiting)

    def text(self) -> str:
        """In English, for logs and the command line; the UI words its own."""
        why = {
            NoticeChannel.SMS: "no SMS gateway configured",
            NoticeChannel.EMAIL: "no e-mail server configured",
            NoticeChannel.DEMO: "",
        }
        parts = []
        for w in self.waiting:
            if w.reason == "not_configured":
                parts.append(f"{w.count} {w.channel} waiting: {why[w.channel]}")
            elif w.reason == "retrying":
                parts.append(f"{w.count} {w.channel} waiting to be retried ({w.last_error})")
            else:
                parts.append(f"{w.count} {w.channel} about to be sent")
        if self.unknown:
            parts.append(f"{self.unknown} interrupted, waiting for a decision")
        if self.failed:
            parts.append(f"{self.failed} failed")
        return "; ".join(parts) or "no notices waiting"


def pending_summary(db: Database, channels: Channels) -> PendingSummary:
    """How many notices wait, by channel, and why; ``channels`` says what is configured."""
    with db.read() as s:
        demo = is_demo_store(s)
        rows = s.execute(
            select(
                Notice.channel,
                func.count(),
                func.sum(case((Notice.attempts > 0, 1), else_=0)),
            )
            .where(Notice.status.in_((NoticeStatus.QUEUED, NoticeStatus.SENDING)))
            .group_by(Notice.channel)
            .order_by(Notice.channel)
        ).all()
        waiting = []
        for channel, count, tried in rows:
            if not demo and channels.for_kind(channel) is None:
                waiting.append(Waiting(channel, count, "not_configured"))
            elif tried:
                error = s.scalar(
                    select(Notice.last_error)
                    .where(Notice.channel == channel, Notice.status == NoticeStatus.QUEUED)
                    .where(Notice.attempts > 0)
                    .order_by(Notice.next_attempt_at.desc())
                    .limit(1)
                )
                waiting.append(Waiting(channel, count, "retrying", error))
            else:
                waiting.append(Waiting(channel, count, "due"))
        counts = dict(
            s.execute(
                select(Notice.status, func.count())
                .where(Notice.status.in_((NoticeStatus.UNKNOWN, NoticeStatus.FAILED)))
                .group_by(Notice.status)
            ).all()
        )
    return PendingSummary(
        tuple(waiting),
        unknown=counts.get(NoticeStatus.UNKNOWN, 0),
        failed=counts.get(NoticeStatus.FAILED, 0),
    )
