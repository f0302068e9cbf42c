"""The SIM-swap fraud guard: may this line get a new card now, and who must agree?

Pure rules over plain facts (:class:`GuardFacts`) the service gathers in its
transaction; :func:`check_replacement` returns a :class:`Decision`. The service asks
when a case is opened and again before it is submitted (failed checks may have come in
between), and records the decision in the audit trail.

====================  ============================================  ==================
rule                  when                                          verdict (code)
====================  ============================================  ==================
line terminated       the line no longer exists at the carrier      refuse
                                                                    ``line_terminated``
SIM-change lock       the customer locked SIM changes on the line;  refuse
                      a supervisor lifts it after a full            ``sim_change_lock``
                      verification (:func:`desk.core.roles.check_lift_sim_change_
                      lock`), a separate audited action
one open case         another open case on the line (the one being  refuse ``open_case``
                      checked is left out of the facts)             naming it
report lost first     reason lost / stolen and the line is not      refuse
                      suspended yet                                 ``report_lost_first``
failure lock          ``max_failures`` (3) failed verifications in  supervisor
                      the last ``failure_window`` (24 h) on the     ``failure_lock``
                      line, or on the ID document, since the lock
                      was last cleared
cooling period        a replacement on this line was activated      supervisor
                      less than ``cooling_days`` (30) ago           ``cooling_period``
proxy                 a proxy (代办) acts for the customer          supervisor ``proxy``
eSIM without old      an eSIM moves to a new phone and the old      supervisor ``esim_
device                device is not at the counter                  without_old_device``
open case elsewhere   head office knows an open case on the line    refuse ``open_case_
                      at another store or counter                   elsewhere`` naming it
head office not       this Desk is enrolled, but head office could  supervisor ``chain_
asked                 not be asked (down, slow, refused)            unreachable``
====================  ============================================  ==================

Across the chain (:mod:`desk.core.chain`): what head office says about the other stores
and counters (``GuardFacts.chain``) counts with this counter's own rows: their failed
checks on the line or the document count toward the failure lock (a clearance there or
here clears both), a replacement activated there starts the cooling period. A Desk
that is not enrolled has no chain to ask (``chain`` None, ``chain_unreachable`` False)
and the guard works on its own rows alone.

Windows, at their edges: a failure at ``t`` counts while ``now - window < t`` (exactly
24 h old no longer counts; one stamped after ``now`` — a clock set back — still does)
and ``t > failures_cleared_at``. The cooling period lasts while
``now < activated_at + cooling_days``. ``cooling_days=0`` turns it off.

Refusals win over everything (no supervisor can approve them); the decision lists every
finding, refusals first. A supervisor approves ``cooling_period``, ``proxy``,
``esim_without_old_device`` and ``chain_unreachable`` for one case (their PIN, the
approval tied to that action and audited): pass the approved codes back in
``GuardFacts.approvals`` and they are satisfied. ``failure_lock`` is not approved but
*cleared* — the service records the clearance (:data:`StaffAction.CLEAR_FAILURE_LOCK`)
and passes its time as ``failures_cleared_at``: older failures no longer count, for any case.

Roles: :func:`require_role` is what services call before a supervisor-only action
(refusal ``supervisor_required``; values ``action``, ``role``).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from desk.core.cases import CaseReason, CaseStatus, needs_report_lost
from desk.core.chain import ChainCounts
from desk.core.enums import CardKind, LineStatus, Role
from desk.core.refusal import Refusal
from desk.core.roles import StaffAction, may

__all__ = [
    "APPROVABLE",
    "APPROVED_BY",
    "REFUSALS",
    "Decision",
    "Finding",
    "GuardCode",
    "GuardFacts",
    "GuardSettings",
    "OpenCase",
    "Verdict",
    "check_replacement",
    "failures_in_window",
]


class Verdict(enum.StrEnum):
    ALLOW = "allow"
    REFUSE = "refuse"
    NEEDS_SUPERVISOR = "needs_supervisor"


class GuardCode(enum.StrEnum):
    # refusals, in the order they are reported
    LINE_TERMINATED = "line_terminated"
    SIM_CHANGE_LOCK = "sim_change_lock"
    OPEN_CASE = "open_case"
    REPORT_LOST_FIRST = "report_lost_first"
    # a supervisor must agree (or, for the failure lock, clear it)
    FAILURE_LOCK = "failure_lock"
    COOLING_PERIOD = "cooling_period"
    PROXY = "proxy"
    ESIM_WITHOUT_OLD_DEVICE = "esim_without_old_device"
    # across the chain (after the local rules, so that old findings keep their order)
    OPEN_CASE_ELSEWHERE = "open_case_elsewhere"  # a refusal
    CHAIN_UNREACHABLE = "chain_unreachable"  # a supervisor must agree


REFUSALS: Final = frozenset(
    {
        GuardCode.LINE_TERMINATED,
        GuardCode.SIM_CHANGE_LOCK,
        GuardCode.OPEN_CASE,
        GuardCode.REPORT_LOST_FIRST,
        GuardCode.OPEN_CASE_ELSEWHERE,
    }
)
APPROVABLE: Final = frozenset(
    {
        GuardCode.COOLING_PERIOD,
        GuardCode.PROXY,
        GuardCode.ESIM_WITHOUT_OLD_DEVICE,
        GuardCode.CHAIN_UNREACHABLE,
    }
)


@dataclass(frozen=True)
class GuardSettings:
    cooling_days: int = 30
    max_failures: int = 3
    failure_window: timedelta = timedelta(hours=24)


@dataclass(frozen=True)
class OpenCase:
    """Another open case on the line: enough to name it in the refusal."""

    case_id: uuid.UUID
    status: CaseStatus
    application_number: str | None = None  # given at submission


@dataclass(frozen=True)
class GuardFacts:
    """What the service knows about the line, the document and the request."""

    now: datetime
    staff_role: Role
    reason: CaseReason
    card_kind: CardKind
    line_status: LineStatus = LineStatus.ACTIVE
    open_cases: tuple[OpenCase, ...] = ()
    last_activated_at: datetime | None = None  # the line's last activated replacement
    line_failures: tuple[datetime, ...] = ()  # failed verifications on the line
    document_failures: tuple[datetime, ...] = ()  # ... and on the customer's ID document
    failures_cleared_at: datetime | None = None  # a supervisor last cleared the lock
    sim_change_lock: bool = False
    proxy: bool = False
    esim_move_without_old_device: bool = False
    approvals: frozenset[GuardCode] = field(default=frozenset())  # approved for this case
    # Head office's answer on the other stores and counters (None: not asked).
    chain: ChainCounts | None = None
    # This Desk is enrolled, but head office could not be asked.
    chain_unreachable: bool = False


@dataclass(frozen=True)
class Finding:
    code: GuardCode
    message: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def refusal(self) -> Refusal:
        return Refusal(self.code.value, self.message, **self.values)


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    findings: tuple[Finding, ...] = ()  # what stands in the way, refusals first
    approved: tuple[Finding, ...] = ()  # supervisor findings already approved for this case
    # The acting staff member may settle what stands in the way themselves (a supervisor
    # at the counter): the service still records their approval, with a reason.
    actor_may_approve: bool = False

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOW

    @property
    def refusal(self) -> Finding | None:
        return next((f for f in self.findings if f.code in REFUSALS), None)

    @property
    def supervisor_reasons(self) -> tuple[GuardCode, ...]:
        return tuple(f.code for f in self.findings if f.code not in REFUSALS)

    def raise_unless_allowed(self) -> None:
        """Raise the first finding as a :class:`Refusal` unless the decision allows."""
        if self.findings:
            raise self.findings[0].refusal()


def failures_in_window(
    stamps: Iterable[datetime], now: datetime, window: timedelta, cleared_at: datetime | None
) -> int:
    """How many failures count now (see the module docstring for the edges)."""
    since = now - window
    return sum(1 for t in stamps if t > since and (cleared_at is None or t > cleared_at))


def _refusals(facts: GuardFacts) -> list[Finding]:
    found: list[Finding] = []
    if facts.line_status is LineStatus.TERMINATED:
        found.append(
            Finding(GuardCode.LINE_TERMINATED, "This line has been terminated: no new card.")
        )
    if facts.sim_change_lock:
        found.append(
            Finding(
                GuardCode.SIM_CHANGE_LOCK,
                "The customer has locked SIM changes on this line. A supervisor can lift "
                "the lock after a full verification.",
            )
        )
    open_cases = [c for c in facts.open_cases if c.status.is_open]
    if open_cases:
        other = open_cases[0]
        name = other.application_number or "not yet submitted"
        found.append(
            Finding(
                GuardCode.OPEN_CASE,
                f"This line already has an open case ({name}, {other.status.label}). "
                "Continue or cancel that one.",
                {
                    "application_number": other.application_number,
                    "case_id": other.case_id,
                    "status": other.status,
                },
            )
        )
    if needs_report_lost(facts.reason) and facts.line_status is not LineStatus.SUSPENDED:
        found.append(
            Finding(
                GuardCode.REPORT_LOST_FIRST,
                f"A {facts.reason.value} card is reported lost first: suspend the line.",
                {"reason": facts.reason},
            )
        )
    elsewhere = facts.chain.open_cases if facts.chain else ()
    if elsewhere:
        there = elsewhere[0]
        name = there.application_number or "not yet submitted"
        found.append(
            Finding(
                GuardCode.OPEN_CASE_ELSEWHERE,
                f"This line already has an open case at store {there.store}, counter "
                f"{there.counter} ({name}, {there.status.replace('_', ' ')}). It must be "
                "finished or cancelled there first.",
                {
                    "store": there.store,
                    "counter": there.counter,
                    "application_number": there.application_number,
                    "status": there.status,
                },
            )
        )
    return found


def _supervisor(facts: GuardFacts, settings: GuardSettings) -> list[Finding]:
    found: list[Finding] = []
    chain = facts.chain
    window, cleared = settings.failure_window, facts.failures_cleared_at
    line_failures, document_failures = facts.line_failures, facts.document_failures
    last_activated = facts.last_activated_at
    if chain is not None:
        cleared = _latest(cleared, chain.failures_cleared_at)
        line_failures += tuple(e.at for e in chain.line_failures)
        document_failures += tuple(e.at for e in chain.document_failures)
        last_activated = _latest(last_activated, chain.last_replacement_at)
    on_line = failures_in_window(line_failures, facts.now, window, cleared)
    on_document = failures_in_window(document_failures, facts.now, window, cleared)
    if max(on_line, on_document) >= settings.max_failures:
        hours = int(window.total_seconds() // 3600)
        found.append(
            Finding(
                GuardCode.FAILURE_LOCK,
                f"Identity checks failed {max(on_line, on_document)} times in {hours} hours: "
                "replacements on this line are locked until a supervisor clears the lock.",
                {
                    "line_failures": on_line,
                    "document_failures": on_document,
                    "max_failures": settings.max_failures,
                    "window_hours": hours,
                },
            )
        )
    if last_activated is not None and settings.cooling_days > 0:
        until = last_activated + timedelta(days=settings.cooling_days)
        if facts.now < until:
            found.append(
                Finding(
                    GuardCode.COOLING_PERIOD,
                    f"This line's card was replaced less than {settings.cooling_days} days "
                    "ago: a supervisor must approve another replacement, with a reason.",
                    {
                        "activated_at": last_activated,
                        "until": until,
                        "cooling_days": settings.cooling_days,
                    },
                )
            )
    if facts.proxy:
        found.append(
            Finding(GuardCode.PROXY, "Someone acting for the customer needs a supervisor.")
        )
    if facts.esim_move_without_old_device:
        found.append(
            Finding(
                GuardCode.ESIM_WITHOUT_OLD_DEVICE,
                "Moving an eSIM without the old phone at the counter needs a supervisor.",
            )
        )
    if facts.chain_unreachable:
        found.append(
            Finding(
                GuardCode.CHAIN_UNREACHABLE,
                "Head office could not be asked whether this line or this ID has open "
                "cases, recent replacements or failed identity checks at other stores or "
                "counters: a supervisor must approve this case, with a reason.",
            )
        )
    return found


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max((t for t in (a, b) if t is not None), default=None)


def check_replacement(facts: GuardFacts, settings: GuardSettings | None = None) -> Decision:
    """The guard's decision on replacing the card of the line the facts describe."""
    if facts.now.tzinfo is None:
        raise ValueError("the guard's clock must be timezone-aware")
    settings = settings or GuardSettings()
    refusals = _refusals(facts)
    supervisor = _supervisor(facts, settings)
    approved = [f for f in supervisor if f.code in APPROVABLE and f.code in facts.approvals]
    pending = [f for f in supervisor if f not in approved]
    if refusals:
        return Decision(Verdict.REFUSE, (*refusals, *pending), tuple(approved))
    if pending:
        actor = all(may(facts.staff_role, APPROVED_BY[f.code]) for f in pending)
        return Decision(Verdict.NEEDS_SUPERVISOR, tuple(pending), tuple(approved), actor)
    return Decision(Verdict.ALLOW, (), tuple(approved))


# Which staff action settles each supervisor finding.
APPROVED_BY: Final[Mapping[GuardCode, StaffAction]] = {
    GuardCode.FAILURE_LOCK: StaffAction.CLEAR_FAILURE_LOCK,
    GuardCode.COOLING_PERIOD: StaffAction.APPROVE_GUARD,
    GuardCode.PROXY: StaffAction.APPROVE_GUARD,
    GuardCode.ESIM_WITHOUT_OLD_DEVICE: StaffAction.APPROVE_GUARD,
    GuardCode.CHAIN_UNREACHABLE: StaffAction.APPROVE_GUARD,
}
