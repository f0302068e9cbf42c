"""A name said once: a carrier's Chinese name that has its English one in it, a product
named after its carrier."""

from __future__ import annotations

import pytest

from desk.core.wording import bilingual, carrier_and_product


@pytest.mark.parametrize(
    ("chinese", "english", "shown"),
    [("香港電訊csl", "csl", "香港電訊csl"), ("eSIM", "ESIM", "eSIM"),
     ("中國移動香港", "China Mobile Hong Kong", "中國移動香港 China Mobile Hong Kong"),
     ("萊卡 Lycamobile", "Lycamobile UK", "萊卡 Lycamobile Lycamobile UK")],
)  # fmt: skip
def test_the_english_name_follows_unless_the_chinese_says_it(chinese, english, shown):
    assert bilingual(chinese, english) == shown


@pytest.mark.parametrize(
    ("carrier", "product", "english", "shown"),
    [("csl", "csl prepaid SIM", "csl", "csl prepaid SIM"),
     ("香港電訊csl", "csl 儲值卡", "csl", "香港電訊csl 儲值卡"),
     ("香港电讯csl", "CSL 月费计划 SIM 卡", "csl", "香港电讯csl 月费计划 SIM 卡"),
     ("中國電信國際", "中國電信國際 香港數據卡", "China Telecom Global", "中國電信國際 香港數據卡"),
     ("中國移動香港", "MySIM 5G 月費計劃", "China Mobile Hong Kong",
      "中國移動香港 MySIM 5G 月費計劃"),
     ("3HK", "3HKx plan", "3HK", "3HK 3HKx plan"),
     ("和記3香港", "3HK 儲值卡", "3HK", "和記3香港 3HK 儲值卡")],
)  # fmt: skip
def test_the_carrier_is_said_once_before_its_product(carrier, product, english, shown):
    assert carrier_and_product(carrier, product, english) == shown
