"""The channels that carry a notice to a customer, each telling how a send went.

Every channel answers one of three outcomes, never raises for a failed send:

- *accepted*: the server took the message (``provider_ref``: the id it answered);
- *temporary*: try again later — no connection, a timeout, SMTP 4xx, HTTP 5xx or 429,
  and a rejected login or token (a setting to put right, not the notice's fault);
- *permanent*: this notice can never go — SMTP 5xx, HTTP 4xx (a bad address or number).

``resend_safe`` says whether a notice whose send was cut off may be sent again: the SMS
gateway de-duplicates on the ``Idempotency-Key`` header (the notice's id); an SMTP
server has no such promise, so an interrupted e-mail is left for a person to decide.
"""

from __future__ import annotations

import json
import os
import smtplib
import socket
import ssl
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Literal, Protocol

from desk.core.notices import NoticeChannel

NOTICES_LOG = "notices.log"


@dataclass(frozen=True)
class OutgoingNotice:
    """What a channel needs of a notice (read from the outbox, sent outside any
    transaction)."""

    id: uuid.UUID
    recipient: str
    subject: str
    body: str
    kind: str = ""


@dataclass(frozen=True)
class Outcome:
    result: Literal["accepted", "temporary", "permanent"]
    provider_ref: str | None = None
    error: str = ""

    @classmethod
    def accepted(cls, provider_ref: str | None) -> Outcome:
        return cls("accepted", provider_ref)

    @classmethod
    def temporary(cls, error: str) -> Outcome:
        return cls("temporary", error=error[:500])

    @classmethod
    def permanent(cls, error: str) -> Outcome:
        return cls("permanent", error=error[:500])


class Channel(Protocol):
    kind: NoticeChannel
    resend_safe: bool

    def send(self, notice: OutgoingNotice) -> Outcome: ...


class SmtpChannel:
    """E-mail through an SMTP server (plain, or upgraded with STARTTLS)."""

    kind = NoticeChannel.EMAIL
    resend_safe = False

    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        *,
        starttls: bool = True,
        user: str = "",
        password: str = "",
        timeout: float = 10.0,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host, self.port, self.sender = host, port, sender
        self.starttls, self.user, self.password = starttls, user, password
        self.timeout = timeout
        self.tls_context = tls_context

    def message_id(self, notice: OutgoingNotice) -> str:
        """Derived from the notice's id: a resent notice carries the same Message-ID."""
        domain = self.sender.rpartition("@")[2] or "desk.invalid"
        return f"<notice-{notice.id}@{domain}>"

    def message(self, notice: OutgoingNotice) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = notice.recipient
        msg["Subject"] = notice.subject
        msg["Message-ID"] = self.message_id(notice)
        msg["Date"] = format_datetime(datetime.now(UTC))
        msg.set_content(notice.body)
        return msg

    def send(self, notice: OutgoingNotice) -> Outcome:
        payload = self.message(notice).as_bytes()
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                smtp.ehlo()
                if self.starttls:
                    smtp.starttls(context=self.tls_context or ssl.create_default_context())
                    smtp.ehlo()
                if self.user:
                    smtp.login(self.user, self.password)
                for step, args, ok in (
                    (smtp.mail, (self.sender,), (250,)),
                    (smtp.rcpt, (notice.recipient,), (250, 251)),
                    (smtp.data, (payload,), (250,)),
                ):
                    code, reply = step(*args)
                    if code not in ok:
                        return _smtp_refused(code, reply)
        except smtplib.SMTPAuthenticationError as exc:
            return Outcome.temporary(f"the e-mail server refused the login: {_reply(exc)}")
        except smtplib.SMTPNotSupportedError as exc:
            return Outcome.temporary(f"the e-mail server does not offer STARTTLS: {exc}")
        except smtplib.SMTPResponseException as exc:
            return _smtp_refused(exc.smtp_code, exc.smtp_error)
        except (OSError, smtplib.SMTPException) as exc:  # refused, timed out, cut off, TLS
            return Outcome.temporary(f"e-mail server {self.host}:{self.port}: {_describe(exc)}")
        return Outcome.accepted(self.message_id(notice))


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    return f"{exc.smtp_code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"


def _smtp_refused(code: int, reply: bytes | str) -> Outcome:
    text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
    error = f"the e-mail server answered {code} {text}"
    return Outcome.permanent(error) if 500 <= code < 600 else Outcome.temporary(error)


def _describe(exc: BaseException) -> str:
    cause = exc.__context__  # smtplib reports a timeout as "unexpectedly closed"
    if isinstance(exc, socket.timeout | TimeoutError) or isinstance(cause, TimeoutError):
        return "no answer in time"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    return f"{type(exc).__name__}: {exc}"


class HttpSmsChannel:
    """SMS through a gateway: ``POST`` JSON ``{to, text, reference}`` with a bearer token.

    ``Idempotency-Key`` is the notice's id, so a gateway that saw the request before
    answers it again instead of sending a second SMS. A 2xx answer's JSON ``id`` is the
    provider's reference.
    """

    kind = NoticeChannel.SMS
    resend_safe = True

    def __init__(self, url: str, token: str = "", *, timeout: float = 10.0) -> None:
        self.url, self.token, self.timeout = url, token, timeout

    def send(self, notice: OutgoingNotice) -> Outcome:
        body = json.dumps(
            {"to": notice.recipient, "text": notice.body, "reference": str(notice.id)}
        ).encode()
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Idempotency-Key": str(notice.id),
        }
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                raw = answer.read(65536)
        except urllib.error.HTTPError as exc:
            detail = exc.read(300).decode(errors="replace").strip()
            error = f"the SMS gateway answered {exc.code} {exc.reason} {detail}".strip()
            # 401/403: a wrong token is a setting to put right; the notice can wait for it.
            if exc.code >= 500 or exc.code in (401, 403, 408, 429):
                return Outcome.temporary(error)
            return Outcome.permanent(error)
        except (urllib.error.URLError, OSError) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            shown = _describe(reason) if isinstance(reason, BaseException) else str(reason)
            return Outcome.temporary(f"SMS gateway {self.url}: {shown}")
        try:
            found = json.loads(raw)
            ref = found.get("id") if isinstance(found, dict) else None
        except ValueError:
            ref = None  # accepted all the same: a 2xx is the gateway's word
        return Outcome.accepted(None if ref is None else str(ref))


class DemoChannel:
    """A demo store's channel: the notice goes to ``notices.log`` in the data dir (owner
    only) and to ``show`` (the UI shows it), so a one-time code can be read off. It never
    opens a socket."""

    kind = NoticeChannel.DEMO
    resend_safe = True

    def __init__(self, data_dir: Path, show: Callable[[OutgoingNotice], None] | None = None):
        self.path = data_dir / NOTICES_LOG
        self.show = show

    def send(self, notice: OutgoingNotice) -> Outcome:
        line = "\t".join(
            [
                datetime.now(UTC).isoformat(timespec="seconds"),
                str(notice.id),
                notice.kind,
                notice.recipient,
                notice.subject,
                notice.body.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", " "),
            ]
        )
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as f:
                f.write(line + "\n")
        except OSError as exc:
            return Outcome.temporary(f"{self.path.name}: {exc}")
        if self.show is not None:
            self.show(notice)
        return Outcome.accepted(f"demo-{notice.id}")


@dataclass(frozen=True)
class Channels:
    """The channels this Desk has: None where nothing is configured."""

    demo: DemoChannel
    email: SmtpChannel | None = None
    sms: HttpSmsChannel | None = None

    def for_kind(self, kind: NoticeChannel) -> Channel | None:
        return {
            NoticeChannel.EMAIL: self.email,
            NoticeChannel.SMS: self.sms,
            NoticeChannel.DEMO: self.demo,
        }[kind]
