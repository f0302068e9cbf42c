"""Which cases the demo's business days see, and on which day each step happens.

The demo runs ``N`` closed days and today (day indexes ``0 … N``, today is ``N``).
A case is a :class:`Journey`: opened on its ``start`` day, walked that day as far as
the counter takes it (checks, card, payment, submission), then moved on by the
carrier and the courier on later days (:data:`GAPS`: the carrier answers the next
day, a courier takes two days, the customer activates a day after getting the card).

:data:`PLAN` is what the Cases page must show today — a few open cases in every state
and finished ones — so each of its cases starts just far enough back to be where it
should be today (or is squeezed into the days there are). Every closed day also sees
its own new cases (:data:`NEW_PER_DAY`), which go as far as the days since allow: the
shop's history, and the cases it carries over.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from desk.core.cases import CaseAction, CaseReason, CaseStatus, Handover

# (state to leave it in today, how many, handover): ~30 cases.
PLAN: tuple[tuple[CaseStatus, int, Handover], ...] = (
    (CaseStatus.DRAFT, 3, Handover.COUNTER),
    (CaseStatus.VERIFIED, 3, Handover.COUNTER),
    (CaseStatus.PAID, 2, Handover.COURIER),
    (CaseStatus.SUBMITTED, 3, Handover.COUNTER),
    (CaseStatus.UNDER_REVIEW, 3, Handover.COURIER),
    (CaseStatus.APPROVED, 3, Handover.COUNTER),
    (CaseStatus.CARD_ISSUED, 3, Handover.COURIER),
    (CaseStatus.SHIPPED, 3, Handover.COURIER),
    (CaseStatus.DELIVERED, 3, Handover.COUNTER),
    (CaseStatus.ACTIVATED, 3, Handover.COUNTER),
    (CaseStatus.CANCELLED, 2, Handover.COUNTER),
    (CaseStatus.REJECTED, 2, Handover.COURIER),
)
MAX_HISTORY_DAYS = 366  # a year of closed days at most
NEW_PER_DAY = (3, 5)  # new cases a closed day sees at least (drawn in this range)
FINISHED = frozenset({CaseStatus.ACTIVATED, CaseStatus.CANCELLED, CaseStatus.REJECTED})
_AT_THE_COUNTER = (CaseStatus.DRAFT, CaseStatus.VERIFIED, CaseStatus.PAID)
# What becomes of a closed day's own case: mostly activated; some rejected by the
# carrier, a few cancelled by the customer after the approval (the fee refunded).
_DAY_TARGETS = (CaseStatus.ACTIVATED, CaseStatus.REJECTED, CaseStatus.CANCELLED)
_DAY_WEIGHTS = (0.82, 0.12, 0.06)
REASONS = (CaseReason.LOST, CaseReason.DAMAGED, CaseReason.STOLEN, CaseReason.ACCOUNT_ANOMALY)

# Days from one step to the next, after the submission.
GAPS: dict[CaseAction, int] = {
    CaseAction.REVIEW: 1,
    CaseAction.APPROVE: 1,
    CaseAction.REJECT: 1,
    CaseAction.ISSUE_CARD: 1,
    CaseAction.SHIP: 0,
    CaseAction.CANCEL: 1,
    CaseAction.ACTIVATE: 1,
}
_DELIVER_GAP = {Handover.COUNTER: 1, Handover.COURIER: 2}  # picked up / the courier


def path(target: CaseStatus, handover: Handover) -> tuple[CaseAction, ...]:
    """The carrier's and courier's steps from the submission to ``target``."""
    if target is CaseStatus.REJECTED:
        return (CaseAction.REVIEW, CaseAction.REJECT)
    if target is CaseStatus.CANCELLED:
        return (CaseAction.APPROVE, CaseAction.CANCEL)
    if target is CaseStatus.UNDER_REVIEW:
        return (CaseAction.REVIEW,)
    card = [CaseAction.APPROVE, CaseAction.ISSUE_CARD]
    if handover is Handover.COURIER:
        card.append(CaseAction.SHIP)
    full = (*card, CaseAction.DELIVER, CaseAction.ACTIVATE)
    reached = {
        CaseStatus.APPROVED: CaseAction.APPROVE,
        CaseStatus.CARD_ISSUED: CaseAction.ISSUE_CARD,
        CaseStatus.SHIPPED: CaseAction.SHIP,
        CaseStatus.DELIVERED: CaseAction.DELIVER,
        CaseStatus.ACTIVATED: CaseAction.ACTIVATE,
    }.get(target)
    return full[: full.index(reached) + 1] if reached else ()


def gap(action: CaseAction, handover: Handover) -> int:
    return _DELIVER_GAP[handover] if action is CaseAction.DELIVER else GAPS[action]


@dataclass
class Journey:
    """One case of the demo: where it starts, where it stops, and its later steps."""

    target: CaseStatus  # where the counter's own walk stops: draft … submitted
    handover: Handover
    reason: CaseReason
    start: int  # the day index it is opened on
    steps: tuple[tuple[int, CaseAction], ...] = ()  # (day index, action) after submission
    void_then_cancel: bool = False  # paid, voided the same day, then cancelled
    case_id: uuid.UUID | None = None  # once opened


def _steps(
    actions: tuple[CaseAction, ...], handover: Handover, start: int, today: int, squeeze: bool
) -> tuple[tuple[int, CaseAction], ...]:
    """Each step's day: ``start`` plus the gaps so far; past today a step is squeezed
    into today (a case :data:`PLAN` needs) or not taken yet (a day's own case)."""
    out: list[tuple[int, CaseAction]] = []
    day = start
    for action in actions:
        day += gap(action, handover)
        if day > today and not squeeze:
            break
        out.append((min(day, today), action))
    return tuple(out)


def _journey(
    rng: random.Random,
    target: CaseStatus,
    handover: Handover,
    today: int,
    start: int | None = None,
) -> Journey:
    reason = REASONS[rng.randrange(len(REASONS))]
    actions = path(target, handover)
    span = sum(gap(a, handover) for a in actions)
    if start is None:  # a PLAN case: far enough back to be where it should be today
        if target in _AT_THE_COUNTER:
            back = 0
        elif target in FINISHED:
            back = rng.randint(span, max(span, today))
        else:
            back = span + rng.randrange(2)
        start = max(0, today - back)
        squeeze = True
    else:
        squeeze = False
    walk_to = CaseStatus.SUBMITTED if actions else target
    if target in _AT_THE_COUNTER:
        walk_to = target
    steps = _steps(actions, handover, start, today, squeeze)
    return Journey(walk_to, handover, reason, start, steps)


def plan_journeys(rng: random.Random, history_days: int) -> list[Journey]:
    """Every case of the demo, in the order they are opened (day, then time)."""
    today = history_days
    journeys: list[Journey] = []
    for target, count, handover in PLAN:
        for k in range(count):
            j = _journey(rng, target, handover, today)
            if target is CaseStatus.CANCELLED and k == 0:
                # The customer changes their mind at the counter: the payment is voided
                # by the supervisor, then the case cancelled (the other one is refunded).
                start = rng.randint(0, today)
                j = Journey(CaseStatus.PAID, handover, j.reason, start, void_then_cancel=True)
            journeys.append(j)
    for day in range(today):
        seen = sum(1 for j in journeys if j.start == day)
        for _ in range(rng.randint(*NEW_PER_DAY) - seen):
            handover = Handover.COURIER if rng.random() < 0.4 else Handover.COUNTER
            target = rng.choices(_DAY_TARGETS, _DAY_WEIGHTS)[0]
            journeys.append(_journey(rng, target, handover, today, start=day))
    order = {id(j): rng.random() for j in journeys}
    journeys.sort(key=lambda j: (j.start, order[id(j)]))
    return journeys
