"""The guard's rules with head office's answer on the chain's other stores and counters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desk.core.cases import CaseReason
from desk.core.chain import ChainCase, ChainCounts, ChainEvent
from desk.core.enums import CardKind, LineStatus, Role
from desk.core.guard import (
    APPROVABLE,
    GuardCode,
    GuardFacts,
    Verdict,
    check_replacement,
)

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def facts(**kw) -> GuardFacts:
    base = dict(
        now=NOW,
        staff_role=Role.CLERK,
        reason=CaseReason.DAMAGED,
        card_kind=CardKind.SIM,
        line_status=LineStatus.ACTIVE,
    )
    return GuardFacts(**(base | kw))  # type: ignore[arg-type]


def at_b(hours: float) -> ChainEvent:
    return ChainEvent("HK02", 1, NOW - timedelta(hours=hours))


def test_no_chain_and_an_empty_answer_allow():
    assert check_replacement(facts()).verdict is Verdict.ALLOW
    assert check_replacement(facts(chain=ChainCounts(days=30))).verdict is Verdict.ALLOW


def test_an_open_case_elsewhere_refuses_naming_where():
    chain = ChainCounts(days=30, open_cases=(ChainCase("HK02", 2, "under_review", "HK02-2-1"),))
    decision = check_replacement(facts(chain=chain))
    assert decision.verdict is Verdict.REFUSE
    assert decision.refusal is not None
    assert decision.refusal.code is GuardCode.OPEN_CASE_ELSEWHERE
    assert "store HK02, counter 2" in decision.refusal.message
    assert "HK02-2-1" in decision.refusal.message


def test_failures_elsewhere_count_with_the_counters_own():
    chain = ChainCounts(days=30, line_failures=(at_b(1), at_b(2)))
    one_here = (NOW - timedelta(hours=3),)
    decision = check_replacement(facts(chain=chain, line_failures=one_here))
    assert decision.supervisor_reasons == (GuardCode.FAILURE_LOCK,)
    # Two are not enough; older than the window do not count.
    assert check_replacement(facts(chain=chain)).allowed
    old = ChainCounts(days=30, line_failures=(at_b(25), at_b(30), at_b(40)))
    assert check_replacement(facts(chain=old)).allowed
    # On the document too.
    on_doc = ChainCounts(days=30, document_failures=(at_b(1), at_b(2), at_b(3)))
    assert check_replacement(facts(chain=on_doc)).supervisor_reasons == (GuardCode.FAILURE_LOCK,)


def test_a_clearance_here_or_there_clears_failures_before_it():
    chain = ChainCounts(days=30, line_failures=(at_b(3), at_b(4), at_b(5)))
    here = facts(chain=chain, failures_cleared_at=NOW - timedelta(hours=2))
    assert check_replacement(here).allowed
    there = ChainCounts(
        days=30, line_failures=chain.line_failures, failures_cleared_at=NOW - timedelta(hours=1)
    )
    assert check_replacement(facts(chain=there)).allowed


def test_a_replacement_activated_elsewhere_starts_the_cooling_period():
    chain = ChainCounts(days=30, replacements=(ChainEvent("HK02", 1, NOW - timedelta(days=3)),))
    decision = check_replacement(facts(chain=chain))
    assert decision.supervisor_reasons == (GuardCode.COOLING_PERIOD,)


def test_head_office_out_of_reach_needs_a_supervisor_who_may_approve_it():
    decision = check_replacement(facts(chain_unreachable=True))
    assert decision.verdict is Verdict.NEEDS_SUPERVISOR
    assert decision.supervisor_reasons == (GuardCode.CHAIN_UNREACHABLE,)
    assert "Head office could not be asked" in decision.findings[0].message
    assert GuardCode.CHAIN_UNREACHABLE in APPROVABLE
    approved = facts(chain_unreachable=True, approvals=frozenset({GuardCode.CHAIN_UNREACHABLE}))
    assert check_replacement(approved).allowed
    supervisor = check_replacement(facts(chain_unreachable=True, staff_role=Role.SUPERVISOR))
    assert supervisor.actor_may_approve


def test_the_answer_reads_back_and_nonsense_is_no_answer():
    chain = ChainCounts(
        days=30,
        open_cases=(ChainCase("HK02", 1, "draft"),),
        replacements=(at_b(100),),
        line_failures=(at_b(1),),
        document_failures=(at_b(2),),
        failures_cleared_at=NOW,
    )
    assert ChainCounts.from_json(chain.to_json()) == chain
    assert chain.stores == ("HK02",)
    for nonsense in (None, [], {}, {"days": "30"}, {"days": 30, "open_cases": "x"}):
        assert ChainCounts.from_json(nonsense) is None
    bad_moment = chain.to_json() | {"line_failures": [{"store": "A", "counter": 1, "at": "x"}]}
    assert ChainCounts.from_json(bad_moment) is None
