"""The case state machine: every (state, action, handover, payment) combination, from the
table in ``desk.core.cases``'s docstring, which is itself checked against the data."""

from __future__ import annotations

import itertools
import pickle
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core import cases
from desk.core.cases import (
    FINISHED,
    OPEN,
    TRANSITIONS,
    CaseAction,
    CaseReason,
    CaseStatus,
    Condition,
    Handover,
    Rule,
    Transition,
    allowed_actions,
    can,
    needs_report_lost,
    replay,
    transition,
)
from desk.core.refusal import Refusal

STAFF = uuid.UUID("01930000-0000-7000-8000-000000000001")
AT = datetime(2026, 11, 22, 10, 30, tzinfo=UTC)
HANDOVERS = (None, Handover.COUNTER, Handover.COURIER)


def docstring_rows() -> list[tuple[str, str, str, str, str]]:
    """The rows of the table between the markers in the module docstring, as text."""
    doc = cases.__doc__ or ""
    body = doc.split(".. transitions-begin")[1].split(".. transitions-end")[0]
    rows = []
    for line in body.splitlines():
        parts = line.split()
        if not parts or set(line.strip()) <= {"=", " "} or parts[0] == "action":
            continue
        assert len(parts) == 5, line
        rows.append((parts[0], parts[1], parts[2], parts[3], parts[4]))
    return rows


DOC_ROWS = docstring_rows()


def test_the_docstring_table_is_the_data() -> None:
    from_data = [
        (
            r.action.value,
            r.source.value,
            r.target.value,
            r.condition.value,
            "required" if r.reason_required else "-",
        )
        for r in TRANSITIONS
    ]
    assert from_data == DOC_ROWS
    assert len(set((r[0], r[1]) for r in DOC_ROWS)) == len(DOC_ROWS)  # one row per move


def expected(
    status: CaseStatus, action: CaseAction, handover: Handover | None, payment_required: bool
) -> str:
    """From the docstring rows alone: the target status, or the refusal code."""
    for act, src, dst, only_when, _reason in DOC_ROWS:
        if act != action.value or src != status.value:
            continue
        ok = {
            "-": True,
            "no_payment": not payment_required,
            "courier": handover is Handover.COURIER,
            "counter": handover is Handover.COUNTER,
        }[only_when]
        if ok:
            return dst
        return {"no_payment": "payment_required", "courier": "courier_only"}.get(
            only_when, "ship_first"
        )
    if status.value in ("rejected", "activated", "cancelled"):
        return "case_finished"
    return "transition_refused"


ALL = list(itertools.product(CaseStatus, CaseAction, HANDOVERS, (True, False)))


@pytest.mark.parametrize(("status", "action", "handover", "payment_required"), ALL)
def test_every_combination(
    status: CaseStatus, action: CaseAction, handover: Handover | None, payment_required: bool
) -> None:
    want = expected(status, action, handover, payment_required)
    allowed = want in {s.value for s in CaseStatus}
    assert can(status, action, handover=handover, payment_required=payment_required) is allowed
    assert (
        action in allowed_actions(status, handover=handover, payment_required=payment_required)
    ) is allowed
    kwargs = dict(
        staff_id=STAFF, at=AT, reason="customer asked", handover=handover,
        payment_required=payment_required,
    )  # fmt: skip
    if allowed:
        t = transition(status, action, **kwargs)  # type: ignore[arg-type]
        assert t == Transition(status, CaseStatus(want), action, STAFF, AT, "customer asked")
    else:
        with pytest.raises(Refusal) as refused:
            transition(status, action, **kwargs)  # type: ignore[arg-type]
        assert refused.value.code == want
        assert refused.value.values == {"status": status, "action": action}
        assert str(refused.value)  # an English sentence for logs and the CLI


def test_allowed_and_refused_counts_are_what_the_table_says() -> None:
    allowed = [c for c in ALL if expected(*c) in {s.value for s in CaseStatus}]
    # 23 rows; conditional rows apply to a subset of the 6 (handover, payment) pairs.
    per_row = {"-": 6, "no_payment": 3, "courier": 2, "counter": 2}
    assert len(allowed) == sum(per_row[r[3]] for r in DOC_ROWS)
    assert len(ALL) == len(CaseStatus) * len(CaseAction) * 6  # refused ones: all the rest


@pytest.mark.parametrize("rule", [r for r in TRANSITIONS if r.reason_required], ids=str)
@pytest.mark.parametrize("reason", [None, "", "   \t\n "])
def test_reject_and_cancel_need_a_reason(rule: Rule, reason: str | None) -> None:
    handover = Handover.COURIER
    with pytest.raises(Refusal) as refused:
        transition(
            rule.source, rule.action, staff_id=STAFF, at=AT, reason=reason, handover=handover
        )
    assert refused.value.code == "reason_required"


@pytest.mark.parametrize("rule", [r for r in TRANSITIONS if not r.reason_required], ids=str)
def test_other_moves_need_no_reason(rule: Rule) -> None:
    handover = Handover.COUNTER if rule.condition is Condition.COUNTER else Handover.COURIER
    t = transition(
        rule.source, rule.action, staff_id=STAFF, at=AT, handover=handover, payment_required=False
    )
    assert (t.target, t.reason) == (rule.target, None)


def test_reason_is_tidied_and_bounded() -> None:
    t = transition(
        CaseStatus.DRAFT, CaseAction.CANCEL, staff_id=STAFF, at=AT, reason="  changed \n mind "
    )
    assert t.reason == "changed mind"
    limit = cases.MAX_REASON_LENGTH
    ok = transition(CaseStatus.DRAFT, CaseAction.CANCEL, staff_id=STAFF, at=AT, reason="x" * limit)
    assert ok.reason == "x" * limit
    with pytest.raises(Refusal) as refused:
        transition(
            CaseStatus.DRAFT, CaseAction.CANCEL, staff_id=STAFF, at=AT, reason="x" * (limit + 1)
        )
    assert refused.value.code == "reason_too_long"
    assert refused.value.values == {"max": limit, "found": limit + 1}


def test_naive_time_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware") as raised:
        transition(CaseStatus.DRAFT, CaseAction.VERIFY, staff_id=STAFF, at=datetime(2026, 1, 1))
    assert not isinstance(raised.value, Refusal)
    hk = timezone(timedelta(hours=8))
    t = transition(CaseStatus.DRAFT, CaseAction.VERIFY, staff_id=STAFF, at=AT.astimezone(hk))
    assert t.at == AT


def walk(actions: list[CaseAction], handover: Handover, payment_required: bool) -> CaseStatus:
    status = CaseStatus.DRAFT
    history = []
    for action in actions:
        t = transition(
            status, action, staff_id=STAFF, at=AT, handover=handover,
            payment_required=payment_required, reason="r",
        )  # fmt: skip
        history.append(t)
        status = t.target
    assert replay(history) is status
    return status


def test_the_whole_journeys() -> None:
    A = CaseAction
    counter = [A.VERIFY, A.PAY, A.SUBMIT, A.APPROVE, A.ISSUE_CARD, A.DELIVER, A.ACTIVATE]
    assert walk(counter, Handover.COUNTER, True) is CaseStatus.ACTIVATED
    courier = [A.VERIFY, A.PAY, A.SUBMIT, A.REVIEW, A.APPROVE, A.ISSUE_CARD, A.SHIP, A.DELIVER]
    assert walk([*courier, A.ACTIVATE], Handover.COURIER, True) is CaseStatus.ACTIVATED
    unpaid = [A.VERIFY, A.SUBMIT, A.REVIEW, A.REJECT]
    assert walk(unpaid, Handover.COUNTER, False) is CaseStatus.REJECTED
    assert walk([A.VERIFY, A.PAY, A.CANCEL], Handover.COUNTER, True) is CaseStatus.CANCELLED


def test_open_and_finished() -> None:
    assert set(CaseStatus) == OPEN | FINISHED
    assert not OPEN & FINISHED
    assert {CaseStatus.REJECTED, CaseStatus.ACTIVATED, CaseStatus.CANCELLED} == FINISHED
    for status in CaseStatus:
        leaving = cases.rules_for(status)
        assert bool(leaving) is status.is_open  # finished states have no way out
        assert status.is_finished is (status in FINISHED)
        # cancelled can be reached from every open state: nothing is stuck open
        assert (CaseAction.CANCEL in {r.action for r in leaving}) is status.is_open


def test_every_status_is_reachable_from_draft() -> None:
    reached = {CaseStatus.DRAFT}
    frontier = [CaseStatus.DRAFT]
    while frontier:
        for rule in cases.rules_for(frontier.pop()):
            if rule.target not in reached:
                reached.add(rule.target)
                frontier.append(rule.target)
    assert reached == set(CaseStatus)


def test_report_lost_first_for_lost_and_stolen_only() -> None:
    assert {r for r in CaseReason if needs_report_lost(r)} == {CaseReason.LOST, CaseReason.STOLEN}


def test_replay_refuses_a_forged_history() -> None:
    ok = transition(CaseStatus.DRAFT, CaseAction.VERIFY, staff_id=STAFF, at=AT)
    forged = Transition(CaseStatus.VERIFIED, CaseStatus.ACTIVATED, CaseAction.PAY, STAFF, AT)
    with pytest.raises(ValueError, match="history breaks"):
        replay([ok, forged])
    gap = Transition(CaseStatus.PAID, CaseStatus.SUBMITTED, CaseAction.SUBMIT, STAFF, AT)
    with pytest.raises(ValueError, match="history breaks"):
        replay([ok, gap])
    assert replay([]) is CaseStatus.DRAFT


def test_refusal_pickles_with_its_values() -> None:
    with pytest.raises(Refusal) as refused:
        transition(CaseStatus.ACTIVATED, CaseAction.CANCEL, staff_id=STAFF, at=AT, reason="x")
    again = pickle.loads(pickle.dumps(refused.value))
    assert (again.code, str(again), again.values) == (
        "case_finished",
        str(refused.value),
        {"status": CaseStatus.ACTIVATED, "action": CaseAction.CANCEL},
    )
    assert again.message == str(again)


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.lists(st.sampled_from(CaseAction), max_size=15),
    st.sampled_from(HANDOVERS),
    st.booleans(),
)
def test_random_sequences_stay_in_the_table(
    actions: list[CaseAction], handover: Handover | None, payment_required: bool
) -> None:
    status = CaseStatus.DRAFT
    history: list[Transition] = []
    for i, action in enumerate(actions):
        try:
            t = transition(
                status, action, staff_id=STAFF, at=AT + timedelta(minutes=i), reason="why",
                handover=handover, payment_required=payment_required,
            )  # fmt: skip
        except Refusal as refused:
            assert refused.code != "reason_required"
            continue
        assert (t.source, t.action, t.target) in {
            (r.source, r.action, r.target) for r in TRANSITIONS
        }
        history.append(t)
        status = t.target
    assert replay(history) is status
    if status is CaseStatus.SHIPPED:
        assert handover is Handover.COURIER
    if status in (CaseStatus.PAID,) or (payment_required and status is CaseStatus.SUBMITTED):
        assert CaseAction.PAY in [t.action for t in history]
