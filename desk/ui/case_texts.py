"""A case's words in the clerk's language: its state, its reason, the steps the queue
offers, and its age. English source strings marked with ``QT_TRANSLATE_NOOP`` (context
``CaseTexts``) so that ``make update-translations`` finds them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.cases import CaseAction, CaseReason, CaseStatus

_CTX = "CaseTexts"

_STATUS = {
    CaseStatus.DRAFT: QT_TRANSLATE_NOOP("CaseTexts", "draft"),
    CaseStatus.VERIFIED: QT_TRANSLATE_NOOP("CaseTexts", "verified"),
    CaseStatus.PAID: QT_TRANSLATE_NOOP("CaseTexts", "paid"),
    CaseStatus.SUBMITTED: QT_TRANSLATE_NOOP("CaseTexts", "submitted"),
    CaseStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP("CaseTexts", "under review"),
    CaseStatus.APPROVED: QT_TRANSLATE_NOOP("CaseTexts", "approved"),
    CaseStatus.REJECTED: QT_TRANSLATE_NOOP("CaseTexts", "rejected"),
    CaseStatus.CARD_ISSUED: QT_TRANSLATE_NOOP("CaseTexts", "card issued"),
    CaseStatus.SHIPPED: QT_TRANSLATE_NOOP("CaseTexts", "shipped"),
    CaseStatus.DELIVERED: QT_TRANSLATE_NOOP("CaseTexts", "delivered"),
    CaseStatus.ACTIVATED: QT_TRANSLATE_NOOP("CaseTexts", "activated"),
    CaseStatus.CANCELLED: QT_TRANSLATE_NOOP("CaseTexts", "cancelled"),
}

_REASON = {
    CaseReason.LOST: QT_TRANSLATE_NOOP("CaseTexts", "lost"),
    CaseReason.DAMAGED: QT_TRANSLATE_NOOP("CaseTexts", "damaged"),
    CaseReason.STOLEN: QT_TRANSLATE_NOOP("CaseTexts", "stolen"),
    CaseReason.ACCOUNT_ANOMALY: QT_TRANSLATE_NOOP("CaseTexts", "account anomaly"),
    CaseReason.ESIM_NEW_DEVICE: QT_TRANSLATE_NOOP("CaseTexts", "eSIM to a new phone"),
}

# The steps as buttons (verbs) and, in the queue's "next" column, the same words.
_ACTION = {
    CaseAction.REVIEW: QT_TRANSLATE_NOOP("CaseTexts", "Under review"),
    CaseAction.APPROVE: QT_TRANSLATE_NOOP("CaseTexts", "Approve"),
    CaseAction.REJECT: QT_TRANSLATE_NOOP("CaseTexts", "Reject"),
    CaseAction.ISSUE_CARD: QT_TRANSLATE_NOOP("CaseTexts", "Card issued"),
    CaseAction.SHIP: QT_TRANSLATE_NOOP("CaseTexts", "Shipped"),
    CaseAction.DELIVER: QT_TRANSLATE_NOOP("CaseTexts", "Delivered"),
    CaseAction.ACTIVATE: QT_TRANSLATE_NOOP("CaseTexts", "Activated"),
    CaseAction.CANCEL: QT_TRANSLATE_NOOP("CaseTexts", "Cancel case"),
    CaseAction.VERIFY: QT_TRANSLATE_NOOP("CaseTexts", "Verify"),
    CaseAction.PAY: QT_TRANSLATE_NOOP("CaseTexts", "Pay"),
    CaseAction.SUBMIT: QT_TRANSLATE_NOOP("CaseTexts", "Submit"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def status_text(status: CaseStatus) -> str:
    return _tr(_STATUS[status])


def reason_text(reason: CaseReason) -> str:
    return _tr(_REASON[reason])


def action_text(action: CaseAction) -> str:
    return _tr(_ACTION[action])


def resume_text() -> str:
    """The step of a case not yet submitted: back into the case wizard."""
    return _tr(QT_TRANSLATE_NOOP("CaseTexts", "Go on with this case"))


def age_text(since: datetime, now: datetime) -> str:
    """How long ago, in the largest whole unit: ``45 min``, ``5 h``, ``3 d``."""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return _tr(QT_TRANSLATE_NOOP("CaseTexts", "{n} min")).format(n=minutes)
    if minutes < 48 * 60:
        return _tr(QT_TRANSLATE_NOOP("CaseTexts", "{n} h")).format(n=minutes // 60)
    return _tr(QT_TRANSLATE_NOOP("CaseTexts", "{n} d")).format(n=minutes // (24 * 60))
