"""Notices to a customer's registered contact: what they are, where they go, and when a
failed one is tried again. Pure: the outbox lives in :mod:`desk.services.notices`.

Life of a notice (one row of the outbox)::

    queued ──claim──▶ sending ──accepted──▶ sent
      ▲                 │ ├──temporary failure──▶ queued (later: 1 min, doubling, ≤ 1 h)
      │                 │ └──permanent failure──▶ failed
      │                 └──process died mid-send──▶ queued   (HTTP: same Idempotency-Key)
      │                                           ▶ unknown  (SMTP: a person decides)
      └────────────── clerk: "send again" ◀──────── unknown
"""

from __future__ import annotations

import enum
from datetime import timedelta


class NoticeKind(enum.StrEnum):
    """Why the customer is told. Stored as plain text with no CHECK constraint: a new
    kind needs no migration."""

    ONE_TIME_CODE = "one_time_code"
    CASE_SUBMITTED = "case_submitted"
    CASE_ACTIVATED = "case_activated"


class NoticeChannel(enum.StrEnum):
    SMS = "sms"
    EMAIL = "email"
    DEMO = "demo"  # a demo store: written to a file and shown on screen, never sent


class NoticeStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"  # refused for good by the server (a bad address, a bad number)
    UNKNOWN = "unknown"  # the process died mid-send where a resend may duplicate it


FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=1)


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failed try: 1 min, 2, 4 … at most 1 h."""
    if attempts <= 1:
        return FIRST_RETRY
    return min(LONGEST_RETRY, FIRST_RETRY * (1 << min(attempts - 1, 16)))


def channel_for(recipient: str) -> NoticeChannel:
    """SMS for an E.164 number (``+85251234567``), e-mail for an address."""
    text = recipient.strip()
    if text.startswith("+") and text[1:].isdigit() and 8 <= len(text) <= 16:
        return NoticeChannel.SMS
    local, at, domain = text.rpartition("@")
    if at and local and "." in domain and " " not in text:
        return NoticeChannel.EMAIL
    raise ValueError(f"not an E.164 phone number or an e-mail address: {recipient!r}")
