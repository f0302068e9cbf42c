"""Head office's reference snapshots at the store: the format, one-transaction apply,
the counter's fee schedule, and the pull."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from datetime import date

import pytest
from sqlalchemy import func, select

from desk.core.cases import CaseReason
from desk.core.errors import DeskError
from desk.core.fees import Urgency
from desk.services import payments
from desk.services.case_context import Counter
from desk.services.counter_reference import counter_reference
from desk.store.light import read_active_staff
from desk.store.models import Carrier, Product, Role, Staff
from desk.store.reference_models import ReferencePart
from desk.store.sync_models import SyncOutbox, SyncState
from desk.sync.protocol import body_hash
from desk.sync.reference import (
    NO_PIN,
    apply_snapshot,
    canonical_json,
    default_snapshot,
    pull_reference,
    snapshot_from_store,
    validate_snapshot,
)
from tests.services.case_helpers import Clock, verified_case


def store_body(store) -> dict:
    with store.db.read() as s:
        return copy.deepcopy(snapshot_from_store(s).body())


def card_fee(body: dict, carrier: str, product: str, amount: int) -> None:
    """Set the card fee of ``carrier`` × ``product`` (normal urgency) in ``body``."""
    for entry in body["fees"]["entries"]:
        if (entry["carrier"], entry["product"], entry["urgency"]) == (carrier, product, "normal"):
            for line in entry["lines"]:
                if line["code"] == "card_fee":
                    line["amount_minor"] = amount


def tables(store) -> dict:
    """Every table an apply writes, as plain values."""
    with store.db.read() as s:
        state = s.get(SyncState, 1)
        return {
            "carrier": sorted(
                (c.code, c.name_en, c.name_zh, c.name_zh_hant, c.region)
                for c in s.scalars(select(Carrier))
            ),
            "product": sorted(
                (p.code, str(p.carrier_id), p.name_en, p.card_kind, p.category)
                for p in s.scalars(select(Product))
            ),
            "staff": sorted(
                (m.login, m.display_name, m.role, m.active, m.pin_hash, str(m.store_id))
                for m in s.scalars(select(Staff))
            ),
            "reference_part": sorted(
                (p.name, p.version, p.body) for p in s.scalars(select(ReferencePart))
            ),
            "sync_state": (state.reference_version, state.capture),
        }


def counter_of(store) -> Counter:
    reference = counter_reference(store.db, ("cash",))
    return Counter(
        store=store.store,
        number=1,
        cipher=store.cipher,
        business_day=lambda: date(2026, 11, 23),
        clock=Clock(),
        fees=reference.fees,
        tenders=reference.tenders,
        guard=reference.guard,
    )


# --- the format ------------------------------------------------------------------------


def test_the_shipped_data_makes_a_valid_snapshot_that_reads_back_the_same():
    snapshot = default_snapshot()
    assert {c.code for c in snapshot.carriers} >= {"CMHK", "LYCA", "TMUS"}
    assert snapshot.fees.currency == "HKD" and snapshot.staff == ()
    body = json.loads(json.dumps(snapshot.body()))
    assert validate_snapshot(body) == snapshot


def _break(body: dict, how: str) -> None:
    if how == "negative fee":
        body["fees"]["entries"][1]["lines"][0]["amount_minor"] = -100
    elif how == "unknown carrier":
        body["products"][0]["carrier"] = "NOPE"
    elif how == "duplicate carrier":
        body["carriers"].append(dict(body["carriers"][0]))
    elif how == "duplicate product":
        body["products"].append(dict(body["products"][2]))
    elif how == "missing key":
        del body["tenders"]
    elif how == "unknown tender":
        body["tenders"].append("cheque")
    elif how == "fee of an unknown carrier":
        body["fees"]["entries"][0]["carrier"] = "CMKH"
    elif how == "staff with a PIN":
        body["staff"][0]["pin_hash"] = "x"
    elif how == "bad role":
        body["staff"][1]["role"] = "boss"
    elif how == "setting out of range":
        body["settings"]["cooling_days"] = -1
    elif how == "format":
        body["format"] = 2


@pytest.mark.parametrize(
    ("how", "where"),
    [
        ("negative fee", "fees.entries[1]: line 1: amount_minor should be 0 to"),
        ("unknown carrier", "products[0].carrier: no carrier has the code 'NOPE'"),
        ("duplicate carrier", "carriers[2].code: 'CMHK' is listed twice"),
        ("duplicate product", "products[3].code: 'CSL-ESIM' is listed twice"),
        ("missing key", "tenders: is missing"),
        ("unknown tender", "tenders[5]: should be one of"),
        ("fee of an unknown carrier", "fees.entries[0].carrier: no carrier has the code 'CMKH'"),
        ("staff with a PIN", "staff[0].pin_hash: is not a known field"),
        ("bad role", "staff[1].role: should be one of"),
        ("setting out of range", "settings.cooling_days: should be a whole number 0 to 365"),
        ("format", "format: should be 1, not 2"),
    ],
)
def test_a_malformed_snapshot_is_refused_naming_the_field(store, how, where):
    body = store_body(store)
    _break(body, how)
    with pytest.raises(DeskError, match="^" + re.escape(where)) as caught:
        validate_snapshot(body)
    assert caught.value.code == "reference_invalid"


def test_a_snapshot_that_is_no_object_is_refused():
    with pytest.raises(DeskError, match="should be an object"):
        validate_snapshot([])


# --- applying ----------------------------------------------------------------------------


def test_the_counter_charges_the_applied_schedule(store):
    before = counter_of(store)
    case_id = verified_case(store, before)
    quote = payments.quote_case(store.db, before, case_id, Urgency.NORMAL)
    assert [(line.code, line.amount_minor) for line in quote.lines] == [("card_fee", 10000)]

    body = store_body(store)
    card_fee(body, "CMHK", "*", 12500)
    body["tenders"] = ["cash", "octopus"]
    body["settings"] = {"cooling_days": 14}
    result = apply_snapshot(store.db, validate_snapshot(body), 1)
    assert result.applied and result.version == 1

    after = counter_of(store)
    assert after.tenders == ("cash", "octopus") and after.guard.cooling_days == 14
    quote = payments.quote_case(store.db, after, case_id, Urgency.NORMAL)
    assert [(line.code, line.amount_minor) for line in quote.lines] == [("card_fee", 12500)]
    assert counter_reference(store.db, ("cash",)).version == 1


def test_without_a_snapshot_the_counter_runs_on_the_shipped_defaults(store):
    reference = counter_reference(store.db, ("cash", "card"))
    assert reference.version == 0 and reference.tenders == ("cash", "card")
    assert reference.fees == default_snapshot().fees


def test_carriers_products_and_staff_follow_head_office(store):
    body = store_body(store)
    body["carriers"][0]["name_en"] = "China Mobile HK"
    body["carriers"].append(
        {
            "code": "LYCA",
            "name_en": "Lycamobile UK",
            "name_zh": "莱卡",
            "name_zh_hant": "萊卡",
            "region": "GB",
        }
    )
    body["products"] = [p for p in body["products"] if p["code"] != "CSL-ESIM"]
    body["fees"]["entries"] = [e for e in body["fees"]["entries"] if e["product"] != "CSL-ESIM"]
    clerk = next(m for m in body["staff"] if m["login"] == "clerk")
    clerk["role"] = "supervisor"
    next(m for m in body["staff"] if m["login"] == "supervisor")["store"] = "KL02"
    body["staff"].append(
        {"login": "newbie", "display_name": "Ho Ka Yan", "role": "clerk", "active": True}
    )
    body["staff"].append(
        {
            "login": "elsewhere",
            "display_name": "Wu",
            "role": "clerk",
            "active": True,
            "store": "KL02",
        }
    )
    with store.db.read() as s:
        old_hash = s.scalar(select(Staff.pin_hash).where(Staff.login == "clerk"))

    result = apply_snapshot(store.db, validate_snapshot(body), 3)

    assert result.added == {"carrier": 1, "product": 0, "staff": 1}
    assert result.updated == {"carrier": 1, "product": 0, "staff": 2}
    assert result.kept == ("CSL-ESIM",)  # lines point at it: kept, not deleted
    with store.db.read() as s:
        assert s.scalar(select(Carrier.name_en).where(Carrier.code == "CMHK")) == "China Mobile HK"
        assert s.scalar(select(Product.id).where(Product.code == "CSL-ESIM")) is not None
        staff = {m.login: m for m in s.scalars(select(Staff))}
        assert staff["clerk"].role is Role.SUPERVISOR and staff["clerk"].pin_hash == old_hash
        assert staff["newbie"].pin_hash == NO_PIN and staff["newbie"].active
        assert "elsewhere" not in staff  # another store's staff member
        assert not staff["supervisor"].active  # moved to another store
    # A staff member without a PIN yet is not offered at the login.
    assert "newbie" not in {m.login for m in read_active_staff(store.db.path)}


def test_a_failure_mid_apply_leaves_the_previous_version_whole(store):
    first = store_body(store)
    card_fee(first, "CMHK", "*", 11000)
    apply_snapshot(store.db, validate_snapshot(first), 1)
    before = tables(store)

    second = copy.deepcopy(first)
    second["carriers"][0]["name_en"] = "Changed"
    second["products"][0]["name_en"] = "Changed too"
    card_fee(second, "CMHK", "*", 99900)
    second["tenders"] = ["cash"]
    snapshot = validate_snapshot(second)
    # Its last part breaks a constraint (a staff member's name is NOT NULL), after the
    # carriers, products and fee schedule were written in the same transaction.
    broken_member = dataclasses.replace(snapshot.staff[-1], display_name=None)
    broken = dataclasses.replace(snapshot, staff=(*snapshot.staff[:-1], broken_member))
    with pytest.raises(Exception, match="NOT NULL"):
        apply_snapshot(store.db, broken, 2)

    assert tables(store) == before
    assert counter_reference(store.db, ()).version == 1


def test_a_version_not_newer_is_skipped(store):
    newer = store_body(store)
    card_fee(newer, "CMHK", "*", 20000)
    older = store_body(store)
    card_fee(older, "CMHK", "*", 5000)
    assert apply_snapshot(store.db, validate_snapshot(newer), 5).applied
    for version in (5, 4):
        result = apply_snapshot(store.db, validate_snapshot(older), version)
        assert not result.applied and result.version == 5
    fees = counter_reference(store.db, ()).fees
    entry = fees.entry_for("CMHK", "X", CaseReason.LOST, Urgency.NORMAL, date(2026, 11, 23))
    assert entry is not None and entry.lines[0].amount_minor == 20000


def test_an_apply_writes_nothing_to_the_outbox(store):
    with store.db.write() as s:
        state = s.get(SyncState, 1)
        state.capture = 1
    body = store_body(store)
    body["carriers"][0]["name_en"] = "China Mobile HK"
    body["staff"].append(
        {"login": "newbie", "display_name": "Ho Ka Yan", "role": "clerk", "active": True}
    )
    assert apply_snapshot(store.db, validate_snapshot(body), 1).applied
    with store.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncOutbox)) == 0
        assert s.get(SyncState, 1).capture == 1  # back as it was


def test_a_schedule_in_another_currency_is_not_applied(store):
    body = store_body(store)
    body["fees"]["currency"] = "CNY"
    with pytest.raises(DeskError, match="in CNY but this store takes HKD"):
        apply_snapshot(store.db, validate_snapshot(body), 1)
    assert counter_reference(store.db, ()).version == 0


# --- the pull ------------------------------------------------------------------------


def answer_for(body: dict, version: int) -> dict:
    return {"version": version, "sha256": body_hash(canonical_json(body)), "body": body}


def test_the_pull_checks_the_hash_and_applies(store):
    body = store_body(store)
    card_fee(body, "CMHK", "*", 13000)
    asked: list[int] = []

    def get(have: int):
        asked.append(have)
        return answer_for(body, 2)

    assert pull_reference(store.db, get) == 2
    assert asked == [0]
    assert counter_reference(store.db, ()).version == 2
    assert pull_reference(store.db, lambda have: {"version": have, "unchanged": True}) is None
    assert pull_reference(store.db, lambda have: None) is None


def test_a_damaged_answer_is_not_applied(store):
    body = store_body(store)
    answer = answer_for(body, 1)
    answer["body"]["tenders"] = ["cash"]  # changed on the way
    with pytest.raises(DeskError, match="arrived damaged"):
        pull_reference(store.db, lambda have: answer)
    assert counter_reference(store.db, ()).version == 0
