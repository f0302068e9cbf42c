"""Notices of a case to the customer's registered contact, queued in the outbox in the
same transaction as the change they announce: a one-time code, the submission (before
the card changes, so that a customer whose number is being stolen hears of it first)
and the activation."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desk.core import identifiers as ids
from desk.core.notices import NoticeKind
from desk.services.case_context import Counter, log
from desk.store.case_models import Case
from desk.store.models import Customer, Line

# Each notice in English, then in Chinese in the script of the store's region: Hong
# Kong's customers read traditional characters, the mainland's simplified.
_ENGLISH = {
    "one_time_code": "{store}: your code is {code}. It expires in 10 minutes. Never share it.",
    "case_submitted": (
        "{store}: a request to replace the SIM card of {line} was made ({number}). If this "
        "was not you, call your carrier now."
    ),
    "case_activated": "{store}: the new card of {line} is active; the old card no longer works.",
}
_CHINESE = {
    "zh_HK": {
        "one_time_code": "{store}：你的驗證碼是 {code}，10 分鐘內有效，切勿告訴他人。",
        "case_submitted": (
            "{store}：號碼 {line} 的補卡申請已提交（{number}）。如非本人申請，請立即致電電訊商。"
        ),
        "case_activated": "{store}：號碼 {line} 的新卡已啟用，舊卡已停用。",
    },
    "zh_CN": {
        "one_time_code": "{store}：您的验证码是 {code}，10 分钟内有效，切勿告诉他人。",
        "case_submitted": (
            "{store}：号码 {line} 的补卡申请已提交（{number}）。如非本人申请，请立即致电运营商。"
        ),
        "case_activated": "{store}：号码 {line} 的新卡已启用，旧卡已停用。",
    },
}
_SUBJECTS = {
    "zh_HK": {
        "one_time_code": "Your one-time code 你的驗證碼",
        "case_submitted": "SIM replacement requested 補卡申請已提交",
        "case_activated": "Your new SIM card is active 新卡已啟用",
    },
    "zh_CN": {
        "one_time_code": "Your one-time code 您的验证码",
        "case_submitted": "SIM replacement requested 补卡申请已提交",
        "case_activated": "Your new SIM card is active 新卡已启用",
    },
}


def queue_for_case(
    s: Session, counter: Counter, case: Case, customer: Customer, kind: str, **values: Any
) -> str:
    """Queue one notice for the case; returns where it goes, masked."""
    from desk.services.notices import queue_notice

    line = s.get(Line, case.line_id)
    assert line is not None
    recipient = customer.contact_phone or customer.contact_email
    assert recipient is not None
    script = counter.chinese
    text = f"{_ENGLISH[kind]} {_CHINESE[script][kind]}".format(
        store=counter.store.name_for(script),
        line=ids.mask("phone", line.msisdn),
        number=case.application_number or "",
        **values,
    )
    notice = queue_notice(
        s,
        store_id=counter.store.id,
        customer_id=customer.id,
        case_id=case.id,
        kind=NoticeKind(kind),
        recipient=recipient,
        subject=_SUBJECTS[script][kind],
        body=text,
        now=counter.now(),
    )
    if customer.contact_phone:
        sent_to = ids.mask("phone", customer.contact_phone)
    else:
        local, _, domain = recipient.partition("@")
        sent_to = f"{local[:1]}***@{domain}"
    log(
        s,
        counter,
        None,
        "notice.queued",
        f"case:{case.id}",
        notice=notice.id,
        kind=kind,
        channel=notice.channel,
        to=sent_to,
    )
    return sent_to
