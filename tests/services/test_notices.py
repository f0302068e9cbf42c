"""The notice outbox against real servers on 127.0.0.1: queued with the change that
caused it, retried after a temporary failure, never sent twice once accepted, a crash
mid-send handled per channel, nothing ever sent from a demo store."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.config import Settings
from desk.core.errors import DeskError
from desk.core.notices import NoticeChannel, NoticeKind, NoticeStatus
from desk.notify.channels import OutgoingNotice
from desk.notify.setup import channels_from_settings
from desk.services import audit
from desk.services.notices import (
    SENDING_LEASE,
    decide_unknown,
    deliver_due,
    pending_summary,
    queue_notice,
)
from desk.services.stores import mark_demo_store
from desk.store.case_models import AuditRecord
from desk.store.models import Notice
from tests.notify.servers import SmsGateway, free_port, sms_gateway, smtp_server

T0 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def smtp():
    with smtp_server() as server:
        yield server


@pytest.fixture
def gateway():
    with sms_gateway() as server:
        yield server


def settings(smtp_port: int | None = None, sms_url: str | None = None) -> Settings:
    return Settings(
        smtp_host="127.0.0.1" if smtp_port else "",
        smtp_port=smtp_port or 587,
        smtp_starttls=False,
        smtp_from="shop@example.com" if smtp_port else "",
        sms_url=sms_url or "",
        sms_token=SmsGateway.TOKEN if sms_url else "",
        notice_timeout_seconds=5,
    )


def channels(store, smtp_port=None, sms_url=None, show=None):
    return channels_from_settings(settings(smtp_port, sms_url), store.paths.data_dir, show)


def queue(store, recipient: str, body: str = "您的补卡申请 HK01-1-20261124-0001 已提交。"):
    with store.db.write() as s:
        n = queue_notice(
            s,
            store_id=store.store.id,
            customer_id=store.customers["chan"],
            case_id=uuid.uuid4(),
            kind=NoticeKind.CASE_SUBMITTED,
            recipient=recipient,
            subject="Desk: replacement submitted",
            body=body,
            now=T0,
        )
        return n.id


def row(store, notice_id) -> Notice:
    with store.db.read() as s:
        found = s.get(Notice, notice_id)
        assert found is not None
        return found


def test_a_notice_commits_or_rolls_back_with_the_change_that_caused_it(store):
    with pytest.raises(RuntimeError), store.db.write() as s:
        queue_notice(
            s,
            store_id=store.store.id,
            customer_id=None,
            case_id=None,
            kind=NoticeKind.CASE_SUBMITTED,
            recipient="+85251234567",
            subject="x",
            body="y",
            now=T0,
        )
        raise RuntimeError("the case change failed")
    with store.db.read() as s:
        assert s.scalars(select(Notice)).all() == []
    sms_id, mail_id = queue(store, "+85251234567"), queue(store, "taiman@example.com")
    assert (row(store, sms_id).channel, row(store, sms_id).status) == ("sms", "queued")
    assert row(store, mail_id).channel == NoticeChannel.EMAIL


def test_a_contact_that_is_neither_phone_nor_address_is_refused(store):
    with pytest.raises(DeskError) as err, store.db.write() as s:
        queue_notice(
            s,
            store_id=store.store.id,
            customer_id=None,
            case_id=None,
            kind=NoticeKind.ONE_TIME_CODE,
            recipient="5123 4567",
            subject="x",
            body="y",
            now=T0,
        )
    assert err.value.code == "notice_recipient"


def test_with_no_channel_configured_notices_wait_and_say_why(store, smtp):
    recorder, port = smtp
    sms_id, mail_id = queue(store, "+85251234567"), queue(store, "taiman@example.com")
    report = deliver_due(store.db, channels(store), T0)
    assert not report.changed
    summary = pending_summary(store.db, channels(store))
    assert summary.total_waiting == 2
    assert {(w.channel, w.reason) for w in summary.waiting} == {
        ("sms", "not_configured"),
        ("email", "not_configured"),
    }
    assert "no SMS gateway configured" in summary.text()
    # E-mail configured: that one goes, the SMS still waits for its gateway.
    report = deliver_due(store.db, channels(store, smtp_port=port), T0)
    assert report.sent == [mail_id] and row(store, sms_id).status == NoticeStatus.QUEUED
    assert len(recorder.messages) == 1
    summary = pending_summary(store.db, channels(store, smtp_port=port))
    assert summary.total_waiting == 1 and "no SMS gateway configured" in summary.text()


def test_sms_503_is_retried_later_and_delivered_once(store, gateway):
    server, url = gateway
    server.replies.append(503)
    n = queue(store, "+85251234567")
    ch = channels(store, sms_url=url)
    assert deliver_due(store.db, ch, T0).retrying == [n]
    r = row(store, n)
    assert (r.status, r.attempts, r.next_attempt_at) == ("queued", 1, T0 + timedelta(minutes=1))
    assert "503" in (r.last_error or "")
    assert pending_summary(store.db, ch).waiting[0].reason == "retrying"
    assert not deliver_due(store.db, ch, T0 + timedelta(seconds=30)).changed  # not due yet
    assert deliver_due(store.db, ch, T0 + timedelta(minutes=1)).sent == [n]
    r = row(store, n)
    assert (r.status, r.attempts, r.sent_at) == ("sent", 2, T0 + timedelta(minutes=1))
    assert len(server.deliveries) == 1 and r.provider_ref == server.deliveries[0]["id"]
    assert not deliver_due(store.db, ch, T0 + timedelta(days=1)).changed  # never again
    assert len(server.requests) == 2


def test_sms_400_fails_for_good(store, gateway):
    server, url = gateway
    server.replies.append(400)
    n = queue(store, "+85251234567")
    ch = channels(store, sms_url=url)
    assert deliver_due(store.db, ch, T0).failed == [n]
    assert not deliver_due(store.db, ch, T0 + timedelta(days=1)).changed
    assert row(store, n).status == NoticeStatus.FAILED and len(server.requests) == 1
    assert pending_summary(store.db, ch).failed == 1


def test_smtp_451_then_accepted_and_550_failed(store, smtp):
    recorder, port = smtp
    recorder.data_replies.append("451 4.3.0 Mailbox busy")
    ch = channels(store, smtp_port=port)
    first = queue(store, "taiman@example.com")
    assert deliver_due(store.db, ch, T0).retrying == [first]
    assert deliver_due(store.db, ch, T0 + timedelta(minutes=1)).sent == [first]
    assert len(recorder.messages) == 1
    recorder.rcpt_replies.append("550 5.1.1 No such user")
    second = queue(store, "nobody@example.com")
    assert deliver_due(store.db, ch, T0 + timedelta(minutes=2)).failed == [second]
    assert "550" in (row(store, second).last_error or "")
    assert not deliver_due(store.db, ch, T0 + timedelta(days=1)).changed
    assert len(recorder.messages) == 1
    # What became of each notice is in the audit trail (a retry is not: it is not final).
    assert audited(store) == [
        ("notice.sent", f"case:{row(store, first).case_id}", "email", None),
        ("notice.failed", f"case:{row(store, second).case_id}", "email", None),
    ]
    assert audit.verify(store.db).intact


def audited(store) -> list[tuple[str, str, str, object]]:
    with store.db.read() as s:
        rows = s.scalars(
            select(AuditRecord).where(AuditRecord.action.like("notice.%")).order_by(AuditRecord.seq)
        ).all()
        return [(r.action, r.subject, json.loads(r.details)["channel"], r.staff_id) for r in rows]


def test_a_closed_port_backs_off_doubling(store):
    ch = channels(store, smtp_port=free_port())
    n = queue(store, "taiman@example.com")
    now = T0
    for wait in (1, 2, 4):
        assert deliver_due(store.db, ch, now).retrying == [n]
        r = row(store, n)
        assert r.next_attempt_at == now + timedelta(minutes=wait)
        assert "refused" in (r.last_error or "")
        now = r.next_attempt_at


CHILD = """
import json, sys
from datetime import datetime
from pathlib import Path
from desk.config import Settings
from desk.notify.setup import channels_from_settings
from desk.services.notices import deliver_due
from desk.store.db import Database
data_dir = Path(sys.argv[1])
channels = channels_from_settings(Settings(**json.loads(sys.argv[2])), data_dir)
deliver_due(Database(data_dir / "desk.sqlite3"), channels, datetime.fromisoformat(sys.argv[3]))
"""


def kill_mid_send(store, chosen: Settings, hold) -> None:
    """Run deliver_due in another process; SIGKILL it once the server has the message."""
    hold.active = True
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(store.paths.data_dir),
            json.dumps(chosen.__dict__),
            T0.isoformat(),
        ],
        cwd=REPO,
    )
    try:
        assert hold.seen.wait(60), "the server never saw the message"
        conn = sqlite3.connect(store.paths.database)
        assert conn.execute("SELECT status, attempts FROM notice").fetchall() == [("sending", 1)]
        conn.close()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        hold.release.set()


def test_sms_sent_when_the_sender_died_is_retried_with_its_key_and_delivered_once(store, gateway):
    server, url = gateway
    n = queue(store, "+85251234567")
    kill_mid_send(store, settings(sms_url=url), server.hold)
    assert row(store, n).status == NoticeStatus.SENDING
    ch = channels(store, sms_url=url)
    assert not deliver_due(store.db, ch, T0 + timedelta(minutes=1)).changed  # lease holds
    report = deliver_due(store.db, ch, T0 + SENDING_LEASE)
    assert report.resumed == [n] and report.sent == [n]
    assert [r["key"] for r in server.requests] == [str(n), str(n)]  # the same key twice
    assert len(server.deliveries) == 1  # the gateway sent one SMS
    assert row(store, n).provider_ref == server.deliveries[0]["id"]


def test_email_sent_when_the_sender_died_becomes_unknown_and_is_never_resent(store, smtp):
    recorder, port = smtp
    n = queue(store, "taiman@example.com")
    kill_mid_send(store, settings(smtp_port=port), recorder.hold)
    ch = channels(store, smtp_port=port)
    report = deliver_due(store.db, ch, T0 + SENDING_LEASE)
    assert report.unknown == [n] and report.sent == []
    assert not deliver_due(store.db, ch, T0 + timedelta(days=2)).changed
    assert row(store, n).status == NoticeStatus.UNKNOWN
    assert len(recorder.messages) == 1
    assert pending_summary(store.db, ch).unknown == 1
    # A person decides: the customer did not get it, send again.
    assert decide_unknown(store.db, store.clerk, n, resend=True, now=T0 + timedelta(days=2))
    assert deliver_due(store.db, ch, T0 + timedelta(days=2)).sent == [n]
    assert len(recorder.messages) == 2
    with pytest.raises(DeskError):
        decide_unknown(store.db, store.clerk, n, resend=True, now=T0 + timedelta(days=2))


def test_unknown_marked_received_is_not_sent(store, smtp):
    recorder, port = smtp
    n = queue(store, "taiman@example.com")
    kill_mid_send(store, settings(smtp_port=port), recorder.hold)
    ch = channels(store, smtp_port=port)
    deliver_due(store.db, ch, T0 + SENDING_LEASE)
    status = decide_unknown(store.db, store.supervisor, n, resend=False, now=T0 + SENDING_LEASE)
    assert status == NoticeStatus.SENT
    assert not deliver_due(store.db, ch, T0 + timedelta(days=2)).changed
    assert len(recorder.messages) == 1
    assert [a[0] for a in audited(store)] == ["notice.unknown", "notice.marked_received"]
    assert audited(store)[1][3] == store.supervisor.id  # who decided


connecting: list[tuple] | None = None


def _watch_sockets(event: str, args: tuple) -> None:
    if connecting is not None and event == "socket.connect":
        connecting.append(args[1])


sys.addaudithook(_watch_sockets)


def test_a_demo_store_writes_the_file_shows_it_and_sends_nothing(store, smtp, gateway):
    global connecting
    recorder, port = smtp
    server, url = gateway
    mark_demo_store(store.db)
    code = queue(store, "+85251234567", "Desk 验证码 / code: 482913")
    mail = queue(store, "taiman@example.com")
    shown: list[OutgoingNotice] = []
    ch = channels(store, smtp_port=port, sms_url=url, show=shown.append)  # both configured
    connecting = []
    try:
        report = deliver_due(store.db, ch, T0)
        opened = list(connecting)
    finally:
        connecting = None
    assert sorted(report.sent) == sorted([code, mail])
    assert opened == [] and recorder.messages == [] and recorder.connections == 0
    assert server.requests == []
    assert {n.id for n in shown} == {code, mail}
    log = store.paths.data_dir / "notices.log"
    assert log.stat().st_mode & 0o777 == 0o600
    assert "482913" in log.read_text(encoding="utf-8")
    assert row(store, code).channel == NoticeChannel.DEMO
    assert pending_summary(store.db, ch).total_waiting == 0
