"""The replacement case (补卡申请): its states, and the only ways from one to the next.

A case is one customer's request to replace the card of one line. It moves along::

    draft → verified → paid → submitted → (under_review →) approved | rejected
          → card_issued → (shipped →) delivered → activated

and may be cancelled, with a reason, from any state before activation. ``rejected``,
``activated`` and ``cancelled`` are *finished*: nothing leaves them. Every other state
is *open*, and a line has at most one open case (``desk.core.guard``).

The transitions (one row per allowed move; the test suite checks this table against
:data:`TRANSITIONS`, so the two cannot drift apart):

.. transitions-begin

============  ============  ============  ===============  ========
action        from          to            only when        reason
============  ============  ============  ===============  ========
verify        draft         verified      -                -
pay           verified      paid          -                -
void_payment  paid          verified      -                -
submit        paid          submitted     -                -
submit        verified      submitted     no_payment       -
review        submitted     under_review  -                -
approve       submitted     approved      -                -
approve       under_review  approved      -                -
reject        submitted     rejected      -                required
reject        under_review  rejected      -                required
issue_card    approved      card_issued   -                -
ship          card_issued   shipped       courier          -
deliver       card_issued   delivered     counter          -
deliver       shipped       delivered     -                -
activate      delivered     activated     -                -
cancel        draft         cancelled     -                required
cancel        verified      cancelled     -                required
cancel        paid          cancelled     -                required
cancel        submitted     cancelled     -                required
cancel        under_review  cancelled     -                required
cancel        approved      cancelled     -                required
cancel        card_issued   cancelled     -                required
cancel        shipped       cancelled     -                required
cancel        delivered     cancelled     -                required
============  ============  ============  ===============  ========

.. transitions-end

*only when*: ``no_payment`` — the call passes ``payment_required=False`` (until fees and
payment land, a store submits straight from ``verified``; once they do, the services
pass ``True`` and a case waits in ``verified`` for its payment); ``courier`` /
``counter`` — the case's :class:`Handover`. A card handed over at the counter is
*delivered* the moment it is issued to the customer; a courier's card is *shipped*
first (with a tracking number, kept by the service).

``void_payment`` is a supervisor's (:data:`desk.core.guard.REQUIRED_ROLE`): the
payment of a case not yet submitted was voided or refunded, and the case waits for a
new one.

*reason*: ``required`` — a reason (free text from the clerk, or the carrier's words for a
rejection) must be given; any other transition may carry one.

Every transition is recorded as a :class:`Transition` (from, to, action, staff, time,
reason): :func:`transition` returns it, and the service stores it beside the case.

Refusal codes (:class:`~desk.core.refusal.Refusal`):

=================  ==========================================  ======================
code               meaning                                     values
=================  ==========================================  ======================
case_finished      the case is rejected, activated or          status, action
                   cancelled: nothing more can happen
transition_refused no such move from this state                status, action
payment_required   submit from verified while payment is due   status, action
courier_only       ship a case handed over at the counter      status, action
ship_first         deliver a courier case not yet shipped      status, action
reason_required    reject / cancel without a reason            status, action
reason_too_long    a reason over :data:`MAX_REASON_LENGTH`     max, found
=================  ==========================================  ======================
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from desk.core.refusal import Refusal

__all__ = [
    "FINISHED",
    "MAX_REASON_LENGTH",
    "OPEN",
    "TRANSITIONS",
    "CaseAction",
    "CaseReason",
    "CaseStatus",
    "Condition",
    "Handover",
    "Rule",
    "Transition",
    "allowed_actions",
    "can",
    "needs_report_lost",
    "replay",
    "rules_for",
    "transition",
]

MAX_REASON_LENGTH: Final = 500


class CaseStatus(enum.StrEnum):
    DRAFT = "draft"
    VERIFIED = "verified"
    PAID = "paid"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    CARD_ISSUED = "card_issued"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    ACTIVATED = "activated"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """Plain English for messages ("under review"); the UI translates the value."""
        return self.value.replace("_", " ")

    @property
    def is_open(self) -> bool:
        return self in OPEN

    @property
    def is_finished(self) -> bool:
        return self in FINISHED


class CaseReason(enum.StrEnum):
    LOST = "lost"
    DAMAGED = "damaged"
    STOLEN = "stolen"
    ACCOUNT_ANOMALY = "account_anomaly"
    ESIM_NEW_DEVICE = "esim_new_device"


class Handover(enum.StrEnum):
    COUNTER = "counter"  # the new card is handed over at the counter
    COURIER = "courier"  # sent to an address; the service keeps the tracking number


class CaseAction(enum.StrEnum):
    VERIFY = "verify"
    PAY = "pay"
    VOID_PAYMENT = "void_payment"  # a supervisor voids (or refunds) the case's payment
    SUBMIT = "submit"
    REVIEW = "review"  # the carrier takes the case under review (1–3 working days)
    APPROVE = "approve"
    REJECT = "reject"
    ISSUE_CARD = "issue_card"
    SHIP = "ship"
    DELIVER = "deliver"
    ACTIVATE = "activate"
    CANCEL = "cancel"


class Condition(enum.StrEnum):
    """The *only when* column: what else must hold for a row to apply."""

    ALWAYS = "-"
    NO_PAYMENT = "no_payment"
    COURIER = "courier"
    COUNTER = "counter"


@dataclass(frozen=True)
class Rule:
    """One row of the transition table."""

    action: CaseAction
    source: CaseStatus
    target: CaseStatus
    condition: Condition = Condition.ALWAYS
    reason_required: bool = False


FINISHED: Final = frozenset({CaseStatus.REJECTED, CaseStatus.ACTIVATED, CaseStatus.CANCELLED})
OPEN: Final = frozenset(CaseStatus) - FINISHED

_S = CaseStatus
_A = CaseAction
_CANCELLABLE: Final = (
    _S.DRAFT,
    _S.VERIFIED,
    _S.PAID,
    _S.SUBMITTED,
    _S.UNDER_REVIEW,
    _S.APPROVED,
    _S.CARD_ISSUED,
    _S.SHIPPED,
    _S.DELIVERED,
)

TRANSITIONS: Final[tuple[Rule, ...]] = (
    Rule(_A.VERIFY, _S.DRAFT, _S.VERIFIED),
    Rule(_A.PAY, _S.VERIFIED, _S.PAID),
    Rule(_A.VOID_PAYMENT, _S.PAID, _S.VERIFIED),
    Rule(_A.SUBMIT, _S.PAID, _S.SUBMITTED),
    Rule(_A.SUBMIT, _S.VERIFIED, _S.SUBMITTED, Condition.NO_PAYMENT),
    Rule(_A.REVIEW, _S.SUBMITTED, _S.UNDER_REVIEW),
    Rule(_A.APPROVE, _S.SUBMITTED, _S.APPROVED),
    Rule(_A.APPROVE, _S.UNDER_REVIEW, _S.APPROVED),
    Rule(_A.REJECT, _S.SUBMITTED, _S.REJECTED, reason_required=True),
    Rule(_A.REJECT, _S.UNDER_REVIEW, _S.REJECTED, reason_required=True),
    Rule(_A.ISSUE_CARD, _S.APPROVED, _S.CARD_ISSUED),
    Rule(_A.SHIP, _S.CARD_ISSUED, _S.SHIPPED, Condition.COURIER),
    Rule(_A.DELIVER, _S.CARD_ISSUED, _S.DELIVERED, Condition.COUNTER),
    Rule(_A.DELIVER, _S.SHIPPED, _S.DELIVERED),
    Rule(_A.ACTIVATE, _S.DELIVERED, _S.ACTIVATED),
    *(Rule(_A.CANCEL, s, _S.CANCELLED, reason_required=True) for s in _CANCELLABLE),
)

_BY_KEY: Final = {(r.source, r.action): r for r in TRANSITIONS}


@dataclass(frozen=True)
class Transition:
    """The record of one move: who (``staff_id``), when (``at``, aware), why (``reason``)."""

    source: CaseStatus
    target: CaseStatus
    action: CaseAction
    staff_id: uuid.UUID
    at: datetime
    reason: str | None = None


def needs_report_lost(reason: CaseReason) -> bool:
    """Lost and stolen cards are *reported lost* (the line suspended) before the case."""
    return reason in (CaseReason.LOST, CaseReason.STOLEN)


def rules_for(status: CaseStatus) -> tuple[Rule, ...]:
    """The table's rows leaving ``status``, whatever their conditions."""
    return tuple(r for r in TRANSITIONS if r.source is status)


def _holds(rule: Rule, handover: Handover | None, payment_required: bool) -> bool:
    if rule.condition is Condition.NO_PAYMENT:
        return not payment_required
    if rule.condition is Condition.COURIER:
        return handover is Handover.COURIER
    if rule.condition is Condition.COUNTER:
        return handover is Handover.COUNTER
    return True


def _refusal(status: CaseStatus, action: CaseAction, handover: Handover | None) -> Refusal:
    v = {"status": status, "action": action}
    if status in FINISHED:
        return Refusal(
            "case_finished", f"This case is {status.label}: it cannot change any more.", **v
        )
    rule = _BY_KEY.get((status, action))
    if rule is None:
        return Refusal(
            "transition_refused", f"A case that is {status.label} cannot {action.value}.", **v
        )
    if rule.condition is Condition.NO_PAYMENT:
        return Refusal(
            "payment_required", "The fee must be paid before the case is submitted.", **v
        )
    if rule.condition is Condition.COURIER:
        return Refusal(
            "courier_only", "Only a card sent by courier is shipped; this one is handed over.", **v
        )
    # Condition.COUNTER: a courier case (or one with no handover chosen) must ship first.
    return Refusal("ship_first", "A card sent by courier must be shipped before delivery.", **v)


def _find(
    status: CaseStatus, action: CaseAction, handover: Handover | None, payment_required: bool
) -> Rule | Refusal:
    rule = _BY_KEY.get((status, action))
    if rule is not None and _holds(rule, handover, payment_required):
        return rule
    return _refusal(status, action, handover)


def can(
    status: CaseStatus,
    action: CaseAction,
    *,
    handover: Handover | None = None,
    payment_required: bool = True,
) -> bool:
    """Whether ``action`` is allowed from ``status`` (a reason, if required, aside)."""
    return isinstance(_find(status, action, handover, payment_required), Rule)


def allowed_actions(
    status: CaseStatus, *, handover: Handover | None = None, payment_required: bool = True
) -> tuple[CaseAction, ...]:
    """The actions open from ``status``, in table order (the Cases page's next actions)."""
    seen: list[CaseAction] = []
    for rule in rules_for(status):
        if rule.action not in seen and _holds(rule, handover, payment_required):
            seen.append(rule.action)
    return tuple(seen)


def _clean_reason(reason: str | None) -> str | None:
    if reason is None:
        return None
    text = " ".join(reason.split())
    if len(text) > MAX_REASON_LENGTH:
        raise Refusal(
            "reason_too_long",
            f"Please keep the reason under {MAX_REASON_LENGTH} characters.",
            max=MAX_REASON_LENGTH,
            found=len(text),
        )
    return text or None


def transition(
    status: CaseStatus,
    action: CaseAction,
    *,
    staff_id: uuid.UUID,
    at: datetime,
    reason: str | None = None,
    handover: Handover | None = None,
    payment_required: bool = True,
) -> Transition:
    """Move a case in ``status`` by ``action``, or raise a :class:`Refusal`.

    ``at`` must be timezone-aware (a naive time is a programming error: ``ValueError``).
    ``reason`` is tidied (runs of white space become one space); it is required for the
    rows marked so. The returned :class:`Transition` is the record to store.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("a transition's time must be timezone-aware")
    found = _find(status, action, handover, payment_required)
    if isinstance(found, Refusal):
        raise found
    why = _clean_reason(reason)
    if found.reason_required and why is None:
        what = "rejection" if action is CaseAction.REJECT else "cancellation"
        raise Refusal(
            "reason_required",
            f"Please give a reason for the {what}.",
            status=status,
            action=action,
        )
    return Transition(found.source, found.target, action, staff_id, at, why)


def replay(transitions: Iterable[Transition], start: CaseStatus = CaseStatus.DRAFT) -> CaseStatus:
    """The status a stored history leads to; raises ``ValueError`` on a broken history.

    A service can check a case's stored status against its transitions with it.
    """
    status = start
    for t in transitions:
        rule = _BY_KEY.get((t.source, t.action))
        if t.source is not status or rule is None or rule.target is not t.target:
            raise ValueError(f"history breaks at {t.source} --{t.action}--> {t.target}")
        status = t.target
    return status
