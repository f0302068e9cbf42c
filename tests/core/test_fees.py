"""The fee schedule: the shipped data is whole, and every carrier, reason and urgency
gets the fee lines it should."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desk.core.cases import CaseReason
from desk.core.fees import (
    DATA_FILE,
    FeeScheduleError,
    Urgency,
    default_schedule,
    parse_schedule,
    quote,
)
from desk.core.refusal import Refusal

DAY = date(2026, 11, 23)
CATALOG = Path(__file__).parents[2] / "desk" / "demo" / "catalog.json"


def lines(
    carrier, product, reason=CaseReason.LOST, urgency=Urgency.NORMAL, *, courier=False, day=DAY
):
    found = quote(
        default_schedule(),
        carrier=carrier,
        product=product,
        reason=reason,
        urgency=urgency,
        courier=courier,
        day=day,
    )
    return {line.code: line.amount_minor for line in found}


# The card fee of each demo product for a lost card, on an ordinary day.
EXPECTED = {
    "CMHK-DATA-SIM": 1000,
    "CMHK-PURPLE": 5000,
    "CMHK-ESIM": 10000,
    "CUG-DATA-SIM": 1000,
    "CUG-ESIM": 5000,
    "CTG-DATA-SIM": 1000,
    "CTG-ESIM": 1000,
    "CSL-PREPAID": 1000,
    "CSL-POSTPAID": 10000,
    "CSL-ESIM": 10000,
    "3HK-PREPAID": 1000,
    "3HK-ESIM": 10000,
    "SMT-PREPAID": 0,
    "SMT-ESIM": 10000,
    "TMUS-DATA-SIM": 7800,
    "TMUS-DATA-ESIM": 7800,
    "LYCA-SIM": 0,
}


def _products():
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    return [(p["carrier"], p["code"]) for p in catalog["products"]]


def test_every_demo_product_has_a_fee_and_the_expected_one():
    assert {code for _c, code in _products()} == set(EXPECTED)
    for carrier, product in _products():
        assert lines(carrier, product) == {"card_fee": EXPECTED[product]}, product


@pytest.mark.parametrize("reason", list(CaseReason))
@pytest.mark.parametrize(("carrier", "product"), _products())
def test_every_carrier_reason_and_urgency_is_quoted(carrier, product, reason):
    normal = lines(carrier, product, reason)
    rush = lines(carrier, product, reason, Urgency.EMERGENCY, courier=True)
    assert rush["emergency"] == 5000 and rush["courier"] == 3000
    assert "courier" not in normal and "emergency" not in normal
    assert sum(normal.values()) + 8000 == sum(rush.values())


def test_reasons_and_products_pick_the_more_specific_entry():
    assert lines("CMHK", "CMHK-DATA-SIM", CaseReason.ACCOUNT_ANOMALY) == {"card_fee": 0}
    assert lines("CMHK", "CMHK-ESIM", CaseReason.ESIM_NEW_DEVICE) == {"esim_transfer": 5000}
    assert lines("CSL", "CSL-ESIM", CaseReason.ESIM_NEW_DEVICE) == {"esim_transfer": 0}
    assert lines("LYCA", "LYCA-SIM", urgency=Urgency.EMERGENCY) == {
        "card_fee": 0,
        "emergency": 5000,
    }


def test_the_latest_effective_entry_wins_and_future_ones_wait():
    assert lines("CSL", "CSL-POSTPAID", day=date(2025, 6, 30)) == {"card_fee": 8000}
    assert lines("CSL", "CSL-POSTPAID", day=date(2025, 7, 1)) == {"card_fee": 10000}
    assert lines("3HK", "3HK-ESIM") == {"card_fee": 10000}
    assert lines("3HK", "3HK-ESIM", day=date(2027, 1, 1)) == {"card_fee": 12000}
    with pytest.raises(Refusal) as e:
        lines("CSL", "CSL-POSTPAID", day=date(2023, 12, 31))
    assert e.value.code == "fee_not_found"


def test_an_unknown_carrier_has_no_fee():
    with pytest.raises(Refusal) as e:
        lines("NEWCO", "NEWCO-SIM")
    assert e.value.code == "fee_not_found" and "head office" in str(e.value)


def test_every_line_code_has_labels_in_three_languages():
    schedule = default_schedule()
    assert schedule.currency == "HKD"
    assert schedule.label("card_fee").for_language("zh_HK") == "補卡費"
    assert schedule.label("card_fee").for_language("zh_CN") == "补卡费"
    assert schedule.label("courier").for_language("en") == "Courier delivery"


def _data():
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: d.update(version=2), "version should be 1"),
        (lambda d: d.update(currency="hk"), "currency"),
        (lambda d: d["labels"]["card_fee"].pop("zh_HK"), "needs exactly en, zh_CN and zh_HK"),
        (lambda d: d["entries"][0].update(urgency="soon"), "entry 1: urgency"),
        (lambda d: d["entries"][0].update(reason="bored"), "entry 1: reason"),
        (lambda d: d["entries"][0].update(effective_from="soon"), "effective_from"),
        (lambda d: d["entries"][0]["lines"][0].update(amount_minor=1.5), "whole number"),
        (lambda d: d["entries"][0]["lines"][0].update(amount_minor=-1), "amount_minor"),
        (lambda d: d["entries"][0]["lines"][0].update(code="tip"), "has no label"),
        (lambda d: d["entries"][0]["lines"][0].update(only="always"), "only should be"),
        (lambda d: d["entries"][0].update(colour="red"), "unknown field 'colour'"),
        (lambda d: d["entries"].append(dict(d["entries"][0])), "the same carrier, product"),
        (lambda d: d["entries"][0].update(lines=[]), "non-empty"),
    ],
)
def test_a_broken_schedule_is_refused_with_a_clear_message(change, says):
    data = _data()
    change(data)
    with pytest.raises(FeeScheduleError) as e:
        parse_schedule(data)
    assert e.value.code == "fee_schedule" and says in str(e.value), str(e.value)
