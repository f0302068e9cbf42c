"""The case's words in the clerk's language: reasons, checklist items, failures,
one-time code outcomes and handovers (context ``CaseWords``, found by lupdate)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.cases import CaseReason, Handover
from desk.core.checklist import ChecklistItem
from desk.core.one_time_code import CodeOutcome

_CTX = "CaseWords"

REASONS = {
    CaseReason.LOST: QT_TRANSLATE_NOOP("CaseWords", "&Lost"),
    CaseReason.DAMAGED: QT_TRANSLATE_NOOP("CaseWords", "&Damaged"),
    CaseReason.STOLEN: QT_TRANSLATE_NOOP("CaseWords", "S&tolen"),
    CaseReason.ACCOUNT_ANOMALY: QT_TRANSLATE_NOOP("CaseWords", "Account &anomaly"),
    CaseReason.ESIM_NEW_DEVICE: QT_TRANSLATE_NOOP("CaseWords", "e&SIM to a new device"),
}

ITEMS = {
    ChecklistItem.ID_DOCUMENT_SIGHTED: QT_TRANSLATE_NOOP(
        "CaseWords", "Original ID document sighted, its number typed"
    ),
    ChecklistItem.PHOTO_MATCHES: QT_TRANSLATE_NOOP("CaseWords", "The photo matches the person"),
    ChecklistItem.NAME_MATCHES: QT_TRANSLATE_NOOP("CaseWords", "The name matches the registration"),
    ChecklistItem.SECRET: QT_TRANSLATE_NOOP("CaseWords", "Service password or one-time code"),
    ChecklistItem.PROOF_OF_PURCHASE: QT_TRANSLATE_NOOP("CaseWords", "Proof of purchase"),
    ChecklistItem.ORIGINAL_CARD_HOLDER: QT_TRANSLATE_NOOP("CaseWords", "The original card holder"),
    ChecklistItem.PROXY_ID: QT_TRANSLATE_NOOP("CaseWords", "The proxy's own ID document"),
    ChecklistItem.PROXY_AUTHORISATION: QT_TRANSLATE_NOOP(
        "CaseWords", "Authorisation signed by the customer"
    ),
}

FAILURES = {
    "not_sighted": QT_TRANSLATE_NOOP("CaseWords", "not sighted"),
    "number_invalid": QT_TRANSLATE_NOOP("CaseWords", "the number is not valid"),
    "number_mismatch": QT_TRANSLATE_NOOP(
        "CaseWords", "this number is not the customer's registered ID number"
    ),
    "document_expired": QT_TRANSLATE_NOOP("CaseWords", "the document has expired"),
    "no_match": QT_TRANSLATE_NOOP("CaseWords", "does not match"),
    "wrong_password": QT_TRANSLATE_NOOP("CaseWords", "wrong service password"),
    "wrong_code": QT_TRANSLATE_NOOP("CaseWords", "wrong code"),
    "code_expired": QT_TRANSLATE_NOOP("CaseWords", "the code has expired"),
    "too_many_attempts": QT_TRANSLATE_NOOP("CaseWords", "too many wrong codes"),
    "not_provided": QT_TRANSLATE_NOOP("CaseWords", "not provided"),
    "not_signed": QT_TRANSLATE_NOOP("CaseWords", "not signed"),
}

CODE_OUTCOMES = {
    CodeOutcome.ACCEPTED: QT_TRANSLATE_NOOP("CaseWords", "Code accepted."),
    CodeOutcome.WRONG: QT_TRANSLATE_NOOP(
        "CaseWords", "Wrong code: ask the customer to read it out again."
    ),
    CodeOutcome.LOCKED: QT_TRANSLATE_NOOP(
        "CaseWords", "Too many wrong codes: the check failed. Send a new code."
    ),
    CodeOutcome.EXPIRED: QT_TRANSLATE_NOOP(
        "CaseWords", "The code has expired: the check failed. Send a new code."
    ),
    CodeOutcome.USED: QT_TRANSLATE_NOOP("CaseWords", "This code was used already."),
    CodeOutcome.MALFORMED: QT_TRANSLATE_NOOP("CaseWords", "A code has 6 digits."),
}

HANDOVERS = {
    Handover.COUNTER: QT_TRANSLATE_NOOP("CaseWords", "At the &counter, now"),
    Handover.COURIER: QT_TRANSLATE_NOOP("CaseWords", "By c&ourier to an address (3–7 days)"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def plain(text: str) -> str:
    """A label's text without its mnemonic (``&Lost`` → ``Lost``; the Chinese style
    ``丢失(&L)`` → ``丢失``)."""
    text = re.sub(r"\s*[(（]&[^&)）][)）]", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def reason_text(reason: CaseReason) -> str:
    return plain(tr(REASONS[reason]))


def item_text(item: ChecklistItem) -> str:
    return tr(ITEMS[item])


def failure_text(code: str | None) -> str:
    return tr(FAILURES[code]) if code in FAILURES else (code or "")


def handover_text(handover: Handover) -> str:
    return plain(tr(HANDOVERS[handover]))
