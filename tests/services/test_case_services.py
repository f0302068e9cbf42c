"""The replacement case through its services, on a real store: the whole way from
"I lost my card" to an active new card, and every guard rule on the way."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk.core.cases import CaseAction, CaseReason, CaseStatus, Handover
from desk.core.enums import DocumentKind, LineStatus
from desk.core.guard import GuardCode
from desk.core.identifiers import InvalidIdentifier
from desk.services import (
    audit,
    case_card,
    case_checks,
    case_flow,
    case_intake,
    case_views,
    line_actions,
)
from desk.services.errors import DeskError
from desk.store.case_models import AuditRecord, Case, CaseEvent, Verification
from desk.store.models import Line, SimStock, StockStatus
from tests.factories import SUPERVISOR_PIN, WONG_HKID
from tests.services.case_helpers import (
    Clock,
    add_blank_sims,
    counter_for,
    line_of,
    pass_all_checks,
    pay_case,
)

CHAN_LINE = "+85251234567"  # CMHK data SIM, contact phone on record


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def counter(store, clock):
    return counter_for(store, clock)


def lost_case(store, counter):
    line = line_of(store, CHAN_LINE)
    line_actions.report_lost(store.db, counter, store.clerk, line, CaseReason.LOST)
    return case_intake.open_case(store.db, counter, store.clerk, line, CaseReason.LOST).case_id


def test_a_lost_sim_from_report_to_active_new_card(store, counter, clock):
    blank = add_blank_sims(store, "CMHK-DATA")[0]
    line_id = line_of(store, CHAN_LINE)
    status = line_actions.report_lost(store.db, counter, store.clerk, line_id, CaseReason.LOST)
    assert status is LineStatus.SUSPENDED  # committed on its own, before any case
    case_id = case_intake.open_case(
        store.db, counter, store.clerk, line_id, CaseReason.LOST
    ).case_id
    pass_all_checks(store, counter, case_id, DocumentKind.HKID, "A123456(3)")
    assert case_checks.verify(store.db, counter, store.clerk, case_id).status is CaseStatus.VERIFIED
    case_card.choose_sim(store.db, counter, store.clerk, case_id, blank)
    case_card.set_handover(store.db, counter, store.clerk, case_id, Handover.COUNTER)
    pay_case(store, counter, case_id)
    done = case_flow.submit(store.db, counter, store.clerk, case_id)
    assert done.status is CaseStatus.SUBMITTED
    assert done.application_number == "HK01-1-20261123-0001"
    for action in (CaseAction.APPROVE, CaseAction.ISSUE_CARD, CaseAction.DELIVER):
        clock.advance(minutes=5)
        case_flow.advance(store.db, counter, store.clerk, case_id, action)
    done = case_flow.advance(store.db, counter, store.clerk, case_id, CaseAction.ACTIVATE)
    assert done.status is CaseStatus.ACTIVATED
    with store.db.read() as s:
        line = s.get(Line, line_id)
        assert line.iccid == blank and line.status is LineStatus.ACTIVE
        stock = s.scalar(select(SimStock).where(SimStock.iccid == blank))
        assert stock.status is StockStatus.ISSUED
        events = s.scalars(
            select(CaseEvent.to_status).where(CaseEvent.case_id == case_id).order_by(CaseEvent.seq)
        ).all()
    assert events == [
        CaseStatus.DRAFT,
        CaseStatus.VERIFIED,
        CaseStatus.PAID,
        CaseStatus.SUBMITTED,
        CaseStatus.APPROVED,
        CaseStatus.CARD_ISSUED,
        CaseStatus.DELIVERED,
        CaseStatus.ACTIVATED,
    ]
    assert audit.verify(store.db).intact


def test_a_transition_not_in_the_table_is_refused_by_the_service(store, counter):
    case_id = lost_case(store, counter)
    with pytest.raises(DeskError) as e:
        case_flow.advance(store.db, counter, store.clerk, case_id, CaseAction.ACTIVATE)
    assert e.value.code == "transition_refused"
    with pytest.raises(DeskError) as e:
        case_flow.submit(store.db, counter, store.clerk, case_id)
    assert e.value.code == "transition_refused"  # a draft is verified first


def test_lost_is_reported_before_a_case_and_one_open_case_per_line(store, counter):
    line = line_of(store, CHAN_LINE)
    with pytest.raises(DeskError) as e:
        case_intake.open_case(store.db, counter, store.clerk, line, CaseReason.LOST)
    assert e.value.code == "report_lost_first"
    case_id = lost_case(store, counter)
    with pytest.raises(DeskError) as e:
        case_intake.open_case(store.db, counter, store.clerk, line, CaseReason.DAMAGED)
    assert e.value.code == "open_case" and e.value.values["case_id"] == case_id


def test_the_id_number_is_matched_through_the_hash_and_a_mismatch_is_recorded(store, counter):
    case_id = lost_case(store, counter)
    outcome = case_checks.check_id_document(
        store.db, counter, store.clerk, case_id, DocumentKind.HKID, WONG_HKID
    )  # valid, but another person's
    assert not outcome.passed and outcome.failure == "number_mismatch"
    with store.db.read() as s:
        row = s.scalar(select(Verification).where(Verification.case_id == case_id))
        assert row.document_hash is not None and not row.passed
    trail = " ".join(r.details for r in store.db.read().__enter__().scalars(select(AuditRecord)))
    assert WONG_HKID[:7] not in trail and "A123456" not in trail
    with pytest.raises(InvalidIdentifier):  # a typo the check digit catches: retype, no record
        case_checks.check_id_document(
            store.db, counter, store.clerk, case_id, DocumentKind.HKID, "A123456(4)"
        )


def test_three_failed_checks_lock_the_line_until_a_supervisor_clears_it(store, counter, clock):
    case_id = lost_case(store, counter)
    for _ in range(3):
        case_checks.check_id_document(
            store.db, counter, store.clerk, case_id, DocumentKind.HKID, WONG_HKID
        )
    pass_all_checks(store, counter, case_id, DocumentKind.HKID, "A123456(3)")
    case_checks.verify(store.db, counter, store.clerk, case_id)
    case_card.choose_sim(
        store.db, counter, store.clerk, case_id, add_blank_sims(store, "CMHK-DATA")[0]
    )
    case_card.set_handover(store.db, counter, store.clerk, case_id, Handover.COUNTER)
    pay_case(store, counter, case_id)
    with pytest.raises(DeskError) as e:
        case_flow.submit(store.db, counter, store.clerk, case_id)
    assert e.value.code == GuardCode.FAILURE_LOCK
    line = line_of(store, CHAN_LINE)
    with pytest.raises(DeskError) as e:  # the clerk cannot clear it, whatever the UI offers
        line_actions.clear_failure_lock(store.db, counter, store.clerk, line, "checked")
    assert e.value.code == "supervisor_required"
    clock.advance(minutes=1)
    line_actions.clear_failure_lock(store.db, counter, store.supervisor, line, "spoke to customer")
    assert case_flow.submit(store.db, counter, store.clerk, case_id).application_number


def test_a_supervisor_approves_with_their_own_pin_and_wrong_pins_count(store, counter):
    with pytest.raises(DeskError) as e:
        case_intake.supervisor(store.db, store.supervisor.id, "0000", store.cipher.pin_pepper)
    assert e.value.code == "wrong_pin" and e.value.values["left"] == 4
    with pytest.raises(DeskError) as e:  # a clerk's own PIN approves nothing
        case_intake.supervisor(store.db, store.clerk.id, "1234", store.cipher.pin_pepper)
    assert e.value.code == "supervisor_required"
    approver = case_intake.supervisor(
        store.db, store.supervisor.id, SUPERVISOR_PIN, store.cipher.pin_pepper
    )
    assert approver.id == store.supervisor.id


def test_the_sim_change_lock_holds_until_lifted_after_full_verification(store, counter):
    locked = line_of(store, "+85261230001")
    case_id = case_intake.open_case(
        store.db, counter, store.clerk, locked, CaseReason.DAMAGED
    ).case_id
    with pytest.raises(DeskError) as e:
        line_actions.lift_sim_change_lock(store.db, counter, store.supervisor, case_id, "asked")
    assert e.value.code == "verification_required"
    pass_all_checks(store, counter, case_id, DocumentKind.HKID, "A123456(3)")
    with pytest.raises(DeskError) as e:
        line_actions.lift_sim_change_lock(store.db, counter, store.clerk, case_id, "asked")
    assert e.value.code == "supervisor_required"
    line_actions.lift_sim_change_lock(store.db, counter, store.supervisor, case_id, "asked")
    with store.db.read() as s:
        assert not s.get(Line, locked).sim_change_lock


def test_cancelling_gives_the_blank_sim_back(store, counter):
    case_id = lost_case(store, counter)
    blank = add_blank_sims(store, "CMHK-DATA")[0]
    case_card.choose_sim(store.db, counter, store.clerk, case_id, blank)
    with pytest.raises(DeskError) as e:
        case_flow.cancel(store.db, counter, store.clerk, case_id, "")
    assert e.value.code == "reason_required"
    case_flow.cancel(store.db, counter, store.clerk, case_id, "customer found the card")
    with store.db.read() as s:
        assert s.scalar(select(SimStock.status).where(SimStock.iccid == blank)) == "in_stock"
        assert s.get(Case, case_id).status is CaseStatus.CANCELLED


def test_a_blank_sim_of_another_product_or_already_given_is_refused(store, counter):
    case_id = lost_case(store, counter)
    other = add_blank_sims(store, "CMHK-PURPLE")[0]
    with pytest.raises(DeskError) as e:
        case_card.choose_sim(store.db, counter, store.clerk, case_id, other)
    assert e.value.code == "sim_wrong_product"
    blank = add_blank_sims(store, "CMHK-DATA")[0]
    with store.db.write() as s:
        s.execute(
            SimStock.__table__.update().where(SimStock.iccid == blank).values(status="issued")
        )
    with pytest.raises(DeskError) as e:
        case_card.choose_sim(store.db, counter, store.clerk, case_id, blank)
    assert e.value.code == "sim_taken"


def test_the_customer_card_lists_cases_and_the_queue_offers_next_steps(store, counter):
    case_id = lost_case(store, counter)
    rows = case_views.cases_of_customer(store.db, store.customers["chan"])
    assert [r.id for r in rows] == [case_id] and rows[0].status is CaseStatus.DRAFT
    queue = case_views.open_cases(store.db)
    assert [r.id for r in queue] == [case_id]
    assert queue[0].next_actions == (CaseAction.CANCEL,)
    assert case_views.open_cases(store.db, carrier="CSL") == ()


def test_notices_are_queued_at_submission_before_the_card_changes_and_at_activation(store, counter):
    from desk.store.models import Notice

    case_id = lost_case(store, counter)
    pass_all_checks(store, counter, case_id, DocumentKind.HKID, "A123456(3)")
    case_checks.verify(store.db, counter, store.clerk, case_id)
    case_card.choose_sim(
        store.db, counter, store.clerk, case_id, add_blank_sims(store, "CMHK-DATA")[0]
    )
    case_card.set_handover(store.db, counter, store.clerk, case_id, Handover.COUNTER)
    pay_case(store, counter, case_id)
    number = case_flow.submit(store.db, counter, store.clerk, case_id).application_number
    with store.db.read() as s:
        (notice,) = s.scalars(select(Notice)).all()
        line = s.get(Line, line_of(store, CHAN_LINE))
        assert line.iccid == "89014103211118510720"  # the old card, still: notice first
    assert notice.kind == "case_submitted" and notice.recipient == "+85251234567"
    assert number in notice.body and "+852 5123 ****" in notice.body
    # A Hong Kong store writes to its customers in traditional characters.
    assert "補卡申請已提交" in notice.body and "补卡申请" not in notice.body
    assert notice.subject == "SIM replacement requested 補卡申請已提交"
    for action in (
        CaseAction.APPROVE,
        CaseAction.ISSUE_CARD,
        CaseAction.DELIVER,
        CaseAction.ACTIVATE,
    ):
        case_flow.advance(store.db, counter, store.clerk, case_id, action)
    with store.db.read() as s:
        kinds = [n.kind for n in s.scalars(select(Notice).order_by(Notice.created_at))]
        queued = s.scalars(
            select(AuditRecord.details).where(AuditRecord.action == "notice.queued")
        ).all()
    assert kinds == ["case_submitted", "case_activated"]
    assert len(queued) == 2 and all("+852 5123 ****" in d for d in queued)  # masked


def test_a_one_time_code_is_sent_kept_hashed_and_three_wrong_entries_fail(store, counter):
    from desk.core.one_time_code import CodeOutcome
    from desk.store.case_models import CaseCode
    from desk.store.models import Notice

    case_id = lost_case(store, counter)
    sent = case_checks.send_code(store.db, counter, store.clerk, case_id)
    assert sent.sent_to == "+852 5123 ****"
    with store.db.read() as s:
        body = s.scalar(select(Notice.body).where(Notice.kind == "one_time_code"))
        kept = s.scalar(select(CaseCode))
    code = next(w for w in body.replace("，", " ").split() if w.isdigit() and len(w) == 6)
    assert code.encode() not in kept.digest and len(kept.digest) == 32
    wrong = "000000" if code != "000000" else "111111"
    outcomes = [
        case_checks.enter_code(store.db, counter, store.clerk, case_id, wrong)[0] for _ in range(3)
    ]
    assert outcomes == [CodeOutcome.WRONG, CodeOutcome.WRONG, CodeOutcome.LOCKED]
    outcome, _ = case_checks.enter_code(store.db, counter, store.clerk, case_id, code)
    assert outcome is CodeOutcome.LOCKED  # even the right code, after three wrong
    case_checks.send_code(store.db, counter, store.clerk, case_id)  # a new code, a new try
    with store.db.read() as s:
        failed = s.scalars(select(Verification.failure).where(Verification.passed.is_(False))).all()
    assert failed == ["too_many_attempts"]


def test_the_audit_trail_finds_a_changed_deleted_or_reordered_entry(store, counter):
    case_id = lost_case(store, counter)
    case_checks.check_id_document(
        store.db, counter, store.clerk, case_id, DocumentKind.HKID, "A123456(3)"
    )
    report = audit.verify(store.db)
    assert report.intact and report.entries >= 4
    conn = store.db.raw()
    try:
        conn.execute(
            "UPDATE audit_entry SET details = replace(details, 'lost', 'damaged') WHERE seq = 1"
        )
        assert audit.verify(store.db).broken_seq == 1
        conn.execute(
            "UPDATE audit_entry SET details = replace(details, 'damaged', 'lost') WHERE seq = 1"
        )
        assert audit.verify(store.db).intact
        conn.execute("DELETE FROM audit_entry WHERE seq = 3")
        assert audit.verify(store.db).broken_seq == 4
    finally:
        conn.close()


def test_a_sim_is_given_to_one_case_only_from_two_processes_at_once(tmp_path):
    import multiprocessing

    from tests.services.race import race_for_one_sim

    results = race_for_one_sim(tmp_path, multiprocessing.get_context("spawn"))
    assert sorted(results) == ["sim_taken", "taken"], results


def test_lifting_a_suspension_is_its_own_audited_action(store, counter):
    line = line_of(store, CHAN_LINE)
    line_actions.report_lost(store.db, counter, store.clerk, line, CaseReason.LOST)
    with pytest.raises(DeskError) as e:
        line_actions.lift_suspension(store.db, counter, store.clerk, line, " ")
    assert e.value.code == "reason_required"
    assert (
        line_actions.lift_suspension(store.db, counter, store.clerk, line, "card found")
        is LineStatus.ACTIVE
    )
    with store.db.read() as s:
        actions = s.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)).all()
    assert actions == ["line.report_lost", "line.lift_suspension"]


def test_a_second_replacement_inside_the_cooling_period_needs_a_supervisor(store, counter, clock):
    first = lost_case(store, counter)
    pass_all_checks(store, counter, first, DocumentKind.HKID, "A123456(3)")
    case_checks.verify(store.db, counter, store.clerk, first)
    case_card.choose_sim(
        store.db, counter, store.clerk, first, add_blank_sims(store, "CMHK-DATA")[0]
    )
    case_card.set_handover(store.db, counter, store.clerk, first, Handover.COUNTER)
    pay_case(store, counter, first)
    case_flow.submit(store.db, counter, store.clerk, first)
    for action in (
        CaseAction.APPROVE,
        CaseAction.ISSUE_CARD,
        CaseAction.DELIVER,
        CaseAction.ACTIVATE,
    ):
        case_flow.advance(store.db, counter, store.clerk, first, action)
    clock.advance(days=29)
    line = line_of(store, CHAN_LINE)
    second = case_intake.open_case(store.db, counter, store.clerk, line, CaseReason.DAMAGED).case_id
    pass_all_checks(store, counter, second, DocumentKind.HKID, "A123456(3)")
    case_checks.verify(store.db, counter, store.clerk, second)
    case_card.choose_sim(
        store.db, counter, store.clerk, second, add_blank_sims(store, "CMHK-DATA")[0]
    )
    case_card.set_handover(store.db, counter, store.clerk, second, Handover.COUNTER)
    pay_case(store, counter, second)
    with pytest.raises(DeskError) as e:
        case_flow.submit(store.db, counter, store.clerk, second)
    assert e.value.code == GuardCode.COOLING_PERIOD
    with pytest.raises(DeskError) as e:  # a clerk's approval is refused by the service
        case_intake.approve(
            store.db, counter, store.clerk, store.clerk, second, GuardCode.COOLING_PERIOD, "ok"
        )
    assert e.value.code == "supervisor_required"
    case_intake.approve(
        store.db,
        counter,
        store.clerk,
        store.supervisor,
        second,
        GuardCode.COOLING_PERIOD,
        "the new card was faulty",
    )
    number = case_flow.submit(store.db, counter, store.clerk, second).application_number
    assert number == "HK01-1-20261123-0002"


def test_two_counters_of_one_store_never_make_the_same_number(store, clock):
    from dataclasses import replace

    first, second = counter_for(store, clock), replace(counter_for(store, clock), number=2)
    numbers = []
    for counter, msisdn in ((first, CHAN_LINE), (second, "+85253456789")):
        line = line_of(store, msisdn)
        line_actions.report_lost(store.db, counter, store.clerk, line, CaseReason.LOST)
        case_id = case_intake.open_case(
            store.db, counter, store.clerk, line, CaseReason.LOST
        ).case_id
        number = "A123456(3)" if msisdn == CHAN_LINE else WONG_HKID
        pass_all_checks(store, counter, case_id, DocumentKind.HKID, number)
        case_checks.verify(store.db, counter, store.clerk, case_id)
        blank = add_blank_sims(store, "CMHK-DATA")[0]
        case_card.choose_sim(store.db, counter, store.clerk, case_id, blank)
        case_card.set_handover(store.db, counter, store.clerk, case_id, Handover.COUNTER)
        pay_case(store, counter, case_id)
        numbers.append(case_flow.submit(store.db, counter, store.clerk, case_id).application_number)
    assert numbers == ["HK01-1-20261123-0001", "HK01-2-20261123-0001"]


def test_a_mainland_store_writes_its_notices_in_simplified_characters(store, counter):
    from dataclasses import replace

    from desk.store.models import Notice

    mainland = replace(counter, store=replace(counter.store, region="CN"))
    case_id = lost_case(store, mainland)
    case_checks.send_code(store.db, mainland, store.clerk, case_id)
    with store.db.read() as s:
        notice = s.scalars(select(Notice).where(Notice.kind == "one_time_code")).one()
    assert "您的验证码是" in notice.body and "驗證碼" not in notice.body
    assert notice.subject == "Your one-time code 您的验证码"
