"""The notices that need a person: listed newest first, masked, with the case's
application number, never with their text; an interrupted e-mail (a real killed
sender) is listed until a person decides."""

from __future__ import annotations

import uuid
from dataclasses import fields
from datetime import timedelta

from sqlalchemy import select, update

from desk.core.notices import NoticeChannel, NoticeKind, NoticeStatus
from desk.services.notice_problems import mask_recipient, notices_needing_a_person
from desk.services.notices import SENDING_LEASE, decide_unknown, deliver_due, queue_notice
from desk.store.models import Notice
from tests.services.case_helpers import counter_for
from tests.services.test_case_views_more import submitted_case
from tests.services.test_notices import T0, channels, kill_mid_send, settings, smtp  # noqa: F401

CODE_BODY = "Desk 验证码 / code: 482913"


def add(store, recipient, status, *, minutes=0, case_id=None, body=CODE_BODY, error=None):
    with store.db.write() as s:
        n = queue_notice(
            s,
            store_id=store.store.id,
            customer_id=store.customers["chan"],
            case_id=case_id,
            kind=NoticeKind.ONE_TIME_CODE,
            recipient=recipient,
            subject="Desk code",
            body=body,
            now=T0 + timedelta(minutes=minutes),
        )
        n.status, n.last_error = status, error
        return n.id


def test_unknown_and_failed_are_listed_newest_first_masked_and_without_the_text(store):
    application = submitted_case(store, counter_for(store))  # queues its own notice
    with store.db.write() as s:
        submitted = s.scalars(select(Notice).where(Notice.case_id.is_not(None))).one()
        submitted.status, submitted.last_error = NoticeStatus.FAILED, "400 bad number"
        submitted.created_at = T0 + timedelta(minutes=5)
        case_id = submitted.case_id
    mail = add(store, "taiman@example.com", NoticeStatus.UNKNOWN, minutes=10, error="stopped")
    add(store, "+85251234567", NoticeStatus.SENT, minutes=20)
    add(store, "+85251234567", NoticeStatus.QUEUED, minutes=30)
    stray = add(store, "+85261234567", NoticeStatus.FAILED, case_id=uuid.uuid4())  # no case

    listed = notices_needing_a_person(store.db)
    assert [p.id for p in listed] == [mail, submitted.id, stray]
    first, second, third = listed
    assert (first.status, first.channel, first.kind) == ("unknown", "email", "one_time_code")
    assert first.recipient_masked == "t***@example.com" and first.last_error == "stopped"
    assert first.application_number is None and first.decidable
    assert first.queued_at == T0 + timedelta(minutes=10)
    assert second.recipient_masked == "+852 5123 ****" and second.channel == NoticeChannel.SMS
    assert second.application_number == application and second.status == "failed"
    assert second.last_error == "400 bad number" and not second.decidable
    assert case_id is not None and third.application_number is None
    assert third.recipient_masked == "+852 6123 ****"
    # Nothing of a notice's text is in what the list carries.
    assert "body" not in {f.name for f in fields(first)}
    assert all("482913" not in repr(p) and "5123 4567" not in repr(p) for p in listed)


def test_a_recipient_that_is_neither_is_starred_whole():
    assert mask_recipient("+85251234567") == "+852 5123 ****"
    assert mask_recipient("taiman@example.com") == "t***@example.com"
    assert mask_recipient("not a phone") == "*" * len("not a phone")


def test_an_interrupted_email_is_listed_until_a_person_decides(store, smtp):  # noqa: F811
    recorder, port = smtp
    n = add(store, "taiman@example.com", NoticeStatus.QUEUED)
    kill_mid_send(store, settings(smtp_port=port), recorder.hold)
    assert notices_needing_a_person(store.db) == ()  # still "sending": its lease runs
    deliver_due(store.db, channels(store, smtp_port=port), T0 + SENDING_LEASE)
    (listed,) = notices_needing_a_person(store.db)
    assert listed.id == n and listed.decidable and "may have been sent" in (listed.last_error or "")
    decide_unknown(store.db, store.clerk, n, resend=False, now=T0 + SENDING_LEASE)
    assert notices_needing_a_person(store.db) == ()


def test_the_list_is_bounded(store):
    for minute in range(5):
        add(store, "+85251234567", NoticeStatus.FAILED, minutes=minute)
    with store.db.write() as s:
        s.execute(update(Notice).values(last_error="x"))
    assert len(notices_needing_a_person(store.db, limit=3)) == 3
