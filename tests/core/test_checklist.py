"""The checklist: which items each carrier × reason × card kind needs (precedence checked
against an independent reading of the shipped data), the data's validation, the state."""

from __future__ import annotations

import copy
import itertools
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk.core.cases import CaseReason
from desk.core.checklist import (
    DATA_FILE,
    FAILURES,
    METHODS,
    PROXY_ITEMS,
    ChecklistDataError,
    ChecklistItem,
    ChecklistState,
    ItemResult,
    default_rules,
    load_rules,
    parse_rules,
)
from desk.core.enums import CardKind
from desk.core.refusal import Refusal

I = ChecklistItem  # noqa: E741
BASE = (I.ID_DOCUMENT_SIGHTED, I.PHOTO_MATCHES, I.NAME_MATCHES, I.SECRET)
RAW = json.loads(DATA_FILE.read_text(encoding="utf-8"))
CARRIERS = [*sorted({r["carrier"] for r in RAW["rules"]} - {"*"}), "CUG", "NOBODY"]
AT = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def independent_required(carrier: str, reason: str, kind: str, proxy: bool) -> set[str]:
    """The documented precedence, written out as an explicit order of patterns."""
    by_key = {(r["carrier"], r["reason"], r["card_kind"]): r["items"] for r in RAW["rules"]}
    c, r, k = carrier, reason, kind
    order = [
        (c, r, k),
        (c, r, "*"),
        (c, "*", k),
        ("*", r, k),
        (c, "*", "*"),
        ("*", r, "*"),
        ("*", "*", k),
        ("*", "*", "*"),
    ]
    items = next(by_key[p] for p in order if p in by_key)
    return set(items) | ({"proxy_id", "proxy_authorisation"} if proxy else set())


@pytest.mark.parametrize(
    ("carrier", "reason", "kind", "proxy"),
    list(itertools.product(CARRIERS, CaseReason, CardKind, (False, True))),
)
def test_required_items_follow_the_documented_precedence(
    carrier: str, reason: CaseReason, kind: CardKind, proxy: bool
) -> None:
    required = default_rules().required(carrier, reason, kind, proxy=proxy)
    assert {i.value for i in required} == independent_required(carrier, reason, kind, proxy)
    assert list(required) == sorted(required, key=list(ChecklistItem).index)
    assert I.ID_DOCUMENT_SIGHTED in required
    assert (I.PROXY_ID in required) is proxy and (I.PROXY_AUTHORISATION in required) is proxy


@pytest.mark.parametrize(
    ("carrier", "reason", "kind", "extra"),
    [
        ("CSL", CaseReason.LOST, CardKind.SIM, ()),  # the default rule
        ("CMHK", CaseReason.LOST, CardKind.SIM, (I.ORIGINAL_CARD_HOLDER,)),
        ("cmhk", CaseReason.DAMAGED, CardKind.SIM, (I.ORIGINAL_CARD_HOLDER,)),  # any case
        ("CMHK", CaseReason.STOLEN, CardKind.SIM, ()),  # most specific rule wins
        ("CMHK", CaseReason.LOST, CardKind.ESIM, ()),
        # carrier beats reason: CMHK/*/sim wins over */account_anomaly/*
        ("CMHK", CaseReason.ACCOUNT_ANOMALY, CardKind.SIM, (I.ORIGINAL_CARD_HOLDER,)),
        ("CMHK", CaseReason.ACCOUNT_ANOMALY, CardKind.ESIM, (I.PROOF_OF_PURCHASE,)),
        ("LYCA", CaseReason.DAMAGED, CardKind.SIM, (I.PROOF_OF_PURCHASE,)),
        ("3HK", CaseReason.ESIM_NEW_DEVICE, CardKind.ESIM, (I.PROOF_OF_PURCHASE,)),
        ("3HK", CaseReason.LOST, CardKind.SIM, ()),
    ],
)
def test_shipped_rules_by_hand(
    carrier: str, reason: CaseReason, kind: CardKind, extra: tuple[ChecklistItem, ...]
) -> None:
    assert default_rules().required(carrier, reason, kind) == (*BASE, *extra)
    with_proxy = default_rules().required(carrier, reason, kind, proxy=True)
    assert with_proxy == (*BASE, *extra, *PROXY_ITEMS)


def test_every_pattern_outranks_the_ones_below_it() -> None:
    rules = []
    for c, r, k in itertools.product(("X", "*"), ("lost", "*"), ("sim", "*")):
        rules.append(
            {"carrier": c, "reason": r, "card_kind": k, "items": ["id_document_sighted"],
             "note": f"{c}/{r}/{k}"}
        )  # fmt: skip
    parsed = parse_rules({"version": 1, "rules": rules})
    # remove the winner one by one: the next pattern in the documented order wins
    order = ["X/lost/sim", "X/lost/*", "X/*/sim", "*/lost/sim", "X/*/*", "*/lost/*", "*/*/sim"]
    remaining = list(parsed.rules)
    for want in order:
        got = type(parsed)(tuple(remaining)).rule_for("X", CaseReason.LOST, CardKind.SIM)
        assert got.note == want
        remaining = [r for r in remaining if r.note != want]
    assert type(parsed)(tuple(remaining)).rule_for("X", CaseReason.LOST, CardKind.SIM).note == (
        "*/*/*"
    )


def broken(change) -> dict:  # type: ignore[no-untyped-def, type-arg]
    data = copy.deepcopy(RAW)
    change(data)
    return data


def rule2(**fields: object):  # type: ignore[no-untyped-def]
    return lambda d: d["rules"][1].update(fields)


@pytest.mark.parametrize(
    ("change", "rule", "problem"),
    [
        (rule2(items=["id_document_sighted", "photo"]), 2, "unknown item 'photo'"),
        (rule2(items=[]), 2, "non-empty list"),
        (rule2(items="secret"), 2, "non-empty list"),
        (rule2(items=["photo_matches", "secret"]), 2, "must require id_document_sighted"),
        (rule2(items=["id_document_sighted", "secret", "secret"]), 2, "listed twice"),
        (rule2(items=["id_document_sighted", "proxy_id"]), 2, "do not list it"),
        (rule2(reason="forgot"), 2, "reason should be one of"),
        (rule2(card_kind="usim"), 2, "card_kind should be sim, esim"),
        (rule2(carrier=""), 2, "carrier should be"),
        (rule2(carrier="cmhk"), 2, "carrier should be"),
        (rule2(colour="red"), 2, "unknown field 'colour'"),
        (rule2(note=5), 2, "note should be text"),
        (lambda d: d["rules"][1].pop("reason"), 2, "'reason' is missing"),
        (lambda d: d["rules"].insert(1, "CMHK"), 2, "should be an object"),
        (lambda d: d["rules"].append(dict(d["rules"][1])), 7, "same carrier, reason"),
        (lambda d: d["rules"].pop(0), None, "default rule"),
        (lambda d: d.update(version=2), None, "version should be 1"),
        (lambda d: d.update(rules={}), None, "'rules' should be a list"),
    ],
)
def test_broken_data_names_the_rule(change, rule: int | None, problem: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ChecklistDataError) as refused:
        parse_rules(broken(change))
    err = refused.value
    assert err.code == "checklist_data"
    assert err.values["rule"] == rule
    assert problem in str(err)
    if rule is not None:
        assert str(err).startswith(f"checklist.json, rule {rule}")


def test_unreadable_files(tmp_path: Path) -> None:
    bad = tmp_path / "checklist.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ChecklistDataError, match=r"^checklist.json: cannot be read"):
        load_rules(bad)
    with pytest.raises(ChecklistDataError, match="cannot be read"):
        load_rules(tmp_path / "missing.json")
    with pytest.raises(ChecklistDataError, match="one JSON object"):
        parse_rules([])
    assert load_rules(DATA_FILE) == default_rules()


# --- the state -------------------------------------------------------------------------

STAFF = uuid.uuid4()


def ok(item: ChecklistItem, method: str | None = None) -> ItemResult:
    return ItemResult(item, True, method, None, AT, STAFF)


def fail(item: ChecklistItem, failure: str, method: str | None = None) -> ItemResult:
    return ItemResult(item, False, method, failure, AT, STAFF)


def passing(item: ChecklistItem) -> ItemResult:
    return ok(item, sorted(METHODS[item])[0] if METHODS[item] else None)


@pytest.mark.parametrize("proxy", [False, True])
@pytest.mark.parametrize("reason", list(CaseReason))
@pytest.mark.parametrize("kind", list(CardKind))
def test_complete_only_when_every_item_passes(
    proxy: bool, reason: CaseReason, kind: CardKind
) -> None:
    state = default_rules().new_state("CMHK", reason, kind, proxy=proxy)
    assert not state.is_complete()
    for n, item in enumerate(state.required):
        assert state.missing() == state.required[n:]
        state = state.record(passing(item))
    assert state.is_complete() and state.failures() == ()
    # each item alone failing (latest result) makes it incomplete again
    for item in state.required:
        failed = state.record(fail(item, sorted(FAILURES[item])[0], passing(item).method))
        assert not failed.is_complete()
        assert failed.missing() == (item,)
        assert [r.item for r in failed.failed_items()] == [item]


def test_latest_result_counts_and_every_failure_is_kept() -> None:
    state = ChecklistState(BASE)
    state = state.record(fail(I.SECRET, "wrong_password", "service_password"))
    state = state.record(ok(I.SECRET, "one_time_code"))
    assert state.passed(I.SECRET)
    assert state.failed_items() == ()
    assert [r.failure for r in state.failures()] == ["wrong_password"]
    assert state.latest(I.PHOTO_MATCHES) is None


@pytest.mark.parametrize(
    ("result", "code"),
    [
        (ok(I.PROXY_ID, "hkid"), "item_not_required"),
        (ok(I.ID_DOCUMENT_SIGHTED), "method_required"),
        (ok(I.ID_DOCUMENT_SIGHTED, "one_time_code"), "method_not_allowed"),
        (ok(I.SECRET), "method_required"),
        (ok(I.SECRET, "birthday"), "method_not_allowed"),
        (ok(I.PHOTO_MATCHES, "hkid"), "method_not_allowed"),
        (ItemResult(I.PHOTO_MATCHES, True, None, "no_match"), "failure_not_allowed"),
        (ItemResult(I.PHOTO_MATCHES, False), "failure_required"),
        (fail(I.PHOTO_MATCHES, "wrong_code"), "failure_unknown"),
        (fail(I.SECRET, "number_mismatch", "one_time_code"), "failure_unknown"),
    ],
)
def test_results_that_cannot_be_recorded(result: ItemResult, code: str) -> None:
    with pytest.raises(Refusal) as refused:
        ChecklistState(BASE).record(result)
    assert refused.value.code == code


def test_a_result_has_no_place_for_a_secret_or_a_number() -> None:
    fields = set(ItemResult.__dataclass_fields__)
    assert fields == {"item", "passed", "method", "failure", "at", "staff_id"}
    every_method = set().union(*METHODS.values())
    every_failure = set().union(*FAILURES.values())
    # methods and failures are closed vocabularies: no free text can slip in
    assert all(m.isidentifier() for m in every_method | every_failure)
