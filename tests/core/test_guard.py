"""The SIM-swap guard: each rule at and just past its threshold, how rules combine, and
roles for every action. An independent model of the rules is checked on random facts."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.cases import OPEN, CaseAction, CaseReason, CaseStatus
from desk.core.enums import CardKind, LineStatus, Role
from desk.core.guard import (
    APPROVABLE,
    GuardCode,
    GuardFacts,
    GuardSettings,
    OpenCase,
    Verdict,
    check_replacement,
)
from desk.core.refusal import Refusal
from desk.core.roles import StaffAction, check_lift_sim_change_lock, may, require_role

NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
TICK = timedelta(microseconds=1)
DAY = timedelta(days=1)
G = GuardCode


def facts(**changes: object) -> GuardFacts:
    base = GuardFacts(
        now=NOW, staff_role=Role.CLERK, reason=CaseReason.DAMAGED, card_kind=CardKind.SIM
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def codes(f: GuardFacts, s: GuardSettings | None = None) -> tuple[Verdict, list[GuardCode]]:
    d = check_replacement(f, s)
    return d.verdict, [x.code for x in d.findings]


def test_a_plain_damaged_card_is_allowed() -> None:
    d = check_replacement(facts())
    assert d.allowed and d.findings == () and d.refusal is None
    d.raise_unless_allowed()  # nothing raised


# --- one open case per line ------------------------------------------------------------


@pytest.mark.parametrize("status", sorted(OPEN))
def test_a_second_open_case_is_refused_naming_the_first(status: CaseStatus) -> None:
    other = OpenCase(uuid.uuid4(), status, "HK01-1-20261122-0042")
    d = check_replacement(facts(open_cases=(other,)))
    assert d.verdict is Verdict.REFUSE
    assert d.refusal is not None and d.refusal.code is G.OPEN_CASE
    assert d.refusal.values["application_number"] == "HK01-1-20261122-0042"
    assert d.refusal.values["case_id"] == other.case_id
    assert "HK01-1-20261122-0042" in d.refusal.message
    with pytest.raises(Refusal) as refused:
        d.raise_unless_allowed()
    assert refused.value.code == "open_case"
    assert refused.value.values["status"] is status


def test_an_open_draft_has_no_number_yet() -> None:
    d = check_replacement(facts(open_cases=(OpenCase(uuid.uuid4(), CaseStatus.DRAFT),)))
    assert d.refusal is not None and d.refusal.values["application_number"] is None
    assert "not yet submitted" in d.refusal.message


@pytest.mark.parametrize(
    "status", [CaseStatus.ACTIVATED, CaseStatus.REJECTED, CaseStatus.CANCELLED]
)
def test_finished_cases_do_not_block(status: CaseStatus) -> None:
    assert check_replacement(facts(open_cases=(OpenCase(uuid.uuid4(), status),))).allowed


# --- report lost first, terminated lines, the SIM-change lock --------------------------


@pytest.mark.parametrize(
    ("reason", "line", "refused"),
    [
        (r, s, r in (CaseReason.LOST, CaseReason.STOLEN) and s is not LineStatus.SUSPENDED)
        for r, s in itertools.product(CaseReason, LineStatus)
    ],
)
def test_lost_and_stolen_are_reported_lost_first(
    reason: CaseReason, line: LineStatus, refused: bool
) -> None:
    _, found = codes(facts(reason=reason, line_status=line))
    assert (G.REPORT_LOST_FIRST in found) is refused
    assert (G.LINE_TERMINATED in found) is (line is LineStatus.TERMINATED)


def test_the_sim_change_lock_refuses_and_cannot_be_approved() -> None:
    everything = frozenset(GuardCode)
    d = check_replacement(facts(sim_change_lock=True, approvals=everything))
    assert d.verdict is Verdict.REFUSE
    assert d.refusal is not None and d.refusal.code is G.SIM_CHANGE_LOCK
    d = check_replacement(facts(sim_change_lock=True, staff_role=Role.ADMIN))
    assert d.verdict is Verdict.REFUSE


def test_lifting_the_sim_change_lock() -> None:
    check_lift_sim_change_lock(Role.SUPERVISOR, fully_verified=True)
    check_lift_sim_change_lock(Role.ADMIN, fully_verified=True)
    with pytest.raises(Refusal) as refused:
        check_lift_sim_change_lock(Role.SUPERVISOR, fully_verified=False)
    assert refused.value.code == "verification_required"
    for verified in (True, False):
        with pytest.raises(Refusal) as refused:
            check_lift_sim_change_lock(Role.CLERK, fully_verified=verified)
        assert refused.value.code == "supervisor_required"


# --- failed verifications ----------------------------------------------------------------


def ago(*deltas: timedelta) -> tuple[datetime, ...]:
    return tuple(NOW - d for d in deltas)


@pytest.mark.parametrize("where", ["line_failures", "document_failures"])
@pytest.mark.parametrize(
    ("stamps", "locked"),
    [
        (ago(), False),
        (ago(DAY / 2, DAY / 3), False),  # 2: one short
        (ago(DAY / 2, DAY / 3, TICK), True),  # 3 in 24 h
        (ago(DAY / 2, DAY / 3, DAY - TICK), True),  # the oldest just inside the window
        (ago(DAY / 2, DAY / 3, DAY), False),  # exactly 24 h old: no longer counts
        (ago(DAY / 2, DAY / 3, DAY + TICK), False),
        (ago(TICK, TICK, TICK, TICK), True),
        ((*ago(DAY / 2, DAY / 3), NOW + DAY), True),  # a clock set back still counts
    ],
)
def test_three_failures_in_24_hours_lock(
    where: str, stamps: tuple[datetime, ...], locked: bool
) -> None:
    d = check_replacement(facts(**{where: stamps}))
    assert (d.verdict is Verdict.NEEDS_SUPERVISOR) is locked
    assert d.supervisor_reasons == ((G.FAILURE_LOCK,) if locked else ())
    if locked:
        finding = d.findings[0]
        assert finding.values["max_failures"] == 3 and finding.values["window_hours"] == 24
        counted = finding.values[
            "line_failures" if where.startswith("line") else "document_failures"
        ]
        assert counted >= 3


def test_line_and_document_failures_are_counted_apart() -> None:
    two = ago(DAY / 2, DAY / 3)
    assert check_replacement(facts(line_failures=two, document_failures=two)).allowed


@pytest.mark.parametrize(
    ("cleared", "locked"),
    [
        (None, True),
        (NOW - timedelta(hours=5) - TICK, True),  # cleared just before the first failure
        (NOW - timedelta(hours=5), False),  # a failure at the clearance time is cleared
        (NOW - TICK, False),
    ],
)
def test_a_supervisor_clears_the_failure_lock(cleared: datetime | None, locked: bool) -> None:
    stamps = ago(timedelta(hours=5), timedelta(hours=4), timedelta(hours=3))
    d = check_replacement(facts(line_failures=stamps, failures_cleared_at=cleared))
    assert (G.FAILURE_LOCK in d.supervisor_reasons) is locked


def test_the_failure_lock_is_cleared_not_approved() -> None:
    stamps = ago(TICK, TICK, TICK)
    d = check_replacement(facts(line_failures=stamps, approvals=frozenset({G.FAILURE_LOCK})))
    assert d.supervisor_reasons == (G.FAILURE_LOCK,)


@pytest.mark.parametrize(
    ("max_failures", "n", "locked"), [(5, 4, False), (5, 5, True), (1, 1, True)]
)
def test_failure_settings(max_failures: int, n: int, locked: bool) -> None:
    s = GuardSettings(max_failures=max_failures, failure_window=timedelta(hours=1))
    stamps = ago(*([timedelta(minutes=59)] * n))
    assert (codes(facts(line_failures=stamps), s)[0] is Verdict.NEEDS_SUPERVISOR) is locked
    old = ago(*([timedelta(hours=1)] * n))
    assert codes(facts(line_failures=old), s)[0] is Verdict.ALLOW


# --- cooling period ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("activated_ago", "cooling"),
    [
        (timedelta(days=30), False),  # exactly 30 days: over
        (timedelta(days=30) - TICK, True),
        (timedelta(days=30) + TICK, False),
        (timedelta(hours=1), True),
        (timedelta(days=400), False),
    ],
)
def test_cooling_period_after_an_activated_replacement(
    activated_ago: timedelta, cooling: bool
) -> None:
    d = check_replacement(facts(last_activated_at=NOW - activated_ago))
    assert d.supervisor_reasons == ((G.COOLING_PERIOD,) if cooling else ())
    if cooling:
        assert d.findings[0].values["until"] == NOW - activated_ago + timedelta(days=30)


def test_cooling_setting() -> None:
    recent = facts(last_activated_at=NOW - timedelta(days=6))
    assert codes(recent, GuardSettings(cooling_days=7))[0] is Verdict.NEEDS_SUPERVISOR
    assert codes(recent, GuardSettings(cooling_days=6))[0] is Verdict.ALLOW
    assert codes(facts(last_activated_at=NOW), GuardSettings(cooling_days=0))[0] is Verdict.ALLOW


# --- proxy, eSIM without the old device, approvals, precedence ---------------------------


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"proxy": True}, G.PROXY),
        (
            {"esim_move_without_old_device": True, "card_kind": CardKind.ESIM},
            G.ESIM_WITHOUT_OLD_DEVICE,
        ),
        ({"last_activated_at": NOW - DAY}, G.COOLING_PERIOD),
    ],
)
def test_supervisor_rules_and_their_approval(change: dict[str, object], code: GuardCode) -> None:
    d = check_replacement(facts(**change))
    assert (d.verdict, d.supervisor_reasons) == (Verdict.NEEDS_SUPERVISOR, (code,))
    assert not d.actor_may_approve  # a clerk
    assert check_replacement(facts(staff_role=Role.SUPERVISOR, **change)).actor_may_approve
    assert check_replacement(facts(staff_role=Role.ADMIN, **change)).actor_may_approve
    with pytest.raises(Refusal) as refused:
        d.raise_unless_allowed()
    assert refused.value.code == code.value
    done = check_replacement(facts(approvals=frozenset({code}), **change))
    assert done.allowed and [f.code for f in done.approved] == [code]
    other = check_replacement(facts(approvals=APPROVABLE - {code}, **change))
    assert other.supervisor_reasons == (code,)


def test_refusals_win_and_everything_is_listed() -> None:
    f = facts(
        reason=CaseReason.LOST,
        sim_change_lock=True,
        open_cases=(OpenCase(uuid.uuid4(), CaseStatus.SUBMITTED, "HK01-1-20261122-0001"),),
        proxy=True,
        last_activated_at=NOW - DAY,
        line_failures=ago(TICK, TICK, TICK),
        staff_role=Role.SUPERVISOR,
    )
    d = check_replacement(f)
    assert d.verdict is Verdict.REFUSE and not d.actor_may_approve
    assert [x.code for x in d.findings] == [
        G.SIM_CHANGE_LOCK, G.OPEN_CASE, G.REPORT_LOST_FIRST,
        G.FAILURE_LOCK, G.COOLING_PERIOD, G.PROXY,
    ]  # fmt: skip
    assert d.refusal is not None and d.refusal.code is G.SIM_CHANGE_LOCK


def test_naive_clock_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        check_replacement(facts(now=datetime(2026, 11, 22)))


def independent(f: GuardFacts) -> tuple[Verdict, set[GuardCode]]:
    """The rules again, written plainly from the issue."""
    refuse, sup = set(), set()
    if f.line_status == LineStatus.TERMINATED:
        refuse.add(G.LINE_TERMINATED)
    if f.sim_change_lock:
        refuse.add(G.SIM_CHANGE_LOCK)
    if any(
        c.status not in (CaseStatus.ACTIVATED, CaseStatus.REJECTED, CaseStatus.CANCELLED)
        for c in f.open_cases
    ):
        refuse.add(G.OPEN_CASE)
    if f.reason in ("lost", "stolen") and f.line_status != "suspended":
        refuse.add(G.REPORT_LOST_FIRST)
    for stamps in (f.line_failures, f.document_failures):
        live = [
            t
            for t in stamps
            if NOW - t < DAY and (f.failures_cleared_at is None or t > f.failures_cleared_at)
        ]
        if len(live) >= 3:
            sup.add(G.FAILURE_LOCK)
    if f.last_activated_at is not None and (NOW - f.last_activated_at) < timedelta(days=30):
        sup.add(G.COOLING_PERIOD)
    if f.proxy:
        sup.add(G.PROXY)
    if f.esim_move_without_old_device:
        sup.add(G.ESIM_WITHOUT_OLD_DEVICE)
    sup -= f.approvals - {G.FAILURE_LOCK}
    if refuse:
        return Verdict.REFUSE, refuse | sup
    return (Verdict.NEEDS_SUPERVISOR if sup else Verdict.ALLOW), sup  # fmt: skip


near = st.sampled_from(
    [DAY - TICK, DAY, DAY + TICK, timedelta(hours=1), timedelta(days=29), timedelta(days=31), -TICK]
)
stamps = st.lists(near.map(lambda d: NOW - d), max_size=4).map(tuple)


@settings(max_examples=400, deadline=None, database=None)
@given(
    st.builds(
        GuardFacts,
        now=st.just(NOW),
        staff_role=st.sampled_from(Role),
        reason=st.sampled_from(CaseReason),
        card_kind=st.sampled_from(CardKind),
        line_status=st.sampled_from(LineStatus),
        open_cases=st.lists(
            st.builds(OpenCase, st.uuids(), st.sampled_from(CaseStatus)), max_size=2
        ).map(tuple),
        last_activated_at=st.none() | near.map(lambda d: NOW - d),
        line_failures=stamps,
        document_failures=stamps,
        failures_cleared_at=st.none() | near.map(lambda d: NOW - d),
        sim_change_lock=st.booleans(),
        proxy=st.booleans(),
        esim_move_without_old_device=st.booleans(),
        approvals=st.frozensets(st.sampled_from(GuardCode)),
    )
)
def test_the_guard_agrees_with_an_independent_model(f: GuardFacts) -> None:
    verdict, found = codes(f)
    assert (verdict, set(found)) == independent(f)
    assert len(found) == len(set(found))


# --- roles -------------------------------------------------------------------------------

SUPERVISOR_ONLY = {
    "approve_guard", "clear_failure_lock", "lift_sim_change_lock", "override_check",
    "waive_fee", "void", "refund", "reprint", "cash_move", "close_day", "void_payment",
    "set_first_pin",
}  # fmt: skip


@pytest.mark.parametrize(
    ("role", "action"), list(itertools.product(Role, [*StaffAction, *CaseAction]))
)
def test_every_action_for_every_role(role: Role, action: StaffAction | CaseAction) -> None:
    allowed = role is not Role.CLERK or action.value not in SUPERVISOR_ONLY
    assert may(role, action) is allowed
    if allowed:
        require_role(role, action)
    else:
        with pytest.raises(Refusal) as refused:
            require_role(role, action)
        assert refused.value.code == "supervisor_required"
        assert refused.value.values == {"action": action, "role": role}
