"""The application form: bilingual labels, every field, the eSIM code on one copy only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk.core.errors import DeskError
from desk.documents.declarations import DEFAULT_DECLARATIONS
from desk.documents.form import render_form
from desk.documents.model import Names
from tests.documents import samples
from tests.documents.reading import codes_on, missing_from, pdf_text

LABELS = {
    "zh_CN": ["补卡申请表", "申请编号", "门店", "职员", "批准主管", "姓名", "证件类型", "证件号码",
              "手机号码", "运营商", "套餐", "旧卡", "新卡", "原因", "交付方式", "快递地址", "费用",
              "收据编号", "核实方式", "受托代办人", "客户签名", "职员签名", "客户联"],
    "zh_HK": ["補卡申請表", "申請編號", "分店", "職員", "批核主管", "姓名", "證件類別", "證件號碼",
              "手提電話號碼", "電訊商", "服務計劃", "舊卡", "新卡", "原因", "交收方式", "速遞地址",
              "費用", "收據編號", "核實方式", "獲授權代辦人", "客戶簽署", "職員簽署", "客戶聯"],
}  # fmt: skip
ENGLISH = ["SIM Card Replacement Application", "Application no.", "Store", "Clerk", "Name",
           "ID type", "ID no.", "Mobile no.", "Carrier", "Plan", "Old ICCID / EID",
           "New ICCID / EID", "Reason", "Handover", "Courier address", "Fee", "Receipt no.",
           "Verified by", "Authorised proxy", "Customer's signature", "Clerk's signature",
           "Customer's copy", "Declarations"]  # fmt: skip
VALUES = ["HK01-A-20261122-0007", "2026-11-22 14:35 HKT", "HK01", "Wong Ka Yan 黃嘉欣",
          "Lee Siu Ming 李小明", "陳大文 CHAN Tai Man", "A123***(3)", "+852 5123 4567",
          "China Mobile Hong Kong", "MySIM 5G monthly plan", "89852120000000000014",
          "8985212000000000022", "Card lost", "Courier", "HK$100.00", "HK01-1-20261122-0042",
          "Flat B, 20/F, Block 3, Sunshine Garden, 8 Tai Po Road, Sham Shui Po",
          "ID card seen", "One-time code to the line", "Chan Siu Fong 陳小芳"]  # fmt: skip
SCRIPT_VALUES = {
    "zh_CN": ["旺角店", "香港身份证", "中国移动香港", "MySIM 5G 月费计划", "卡遗失", "快递送到地址",
              "核验身份证原件", "短信验证码"],
    "zh_HK": ["旺角店", "香港身份證", "中國移動香港", "MySIM 5G 月費計劃", "卡遺失", "速遞送到地址",
              "核對身份證正本", "短訊驗證碼"],
}  # fmt: skip


@pytest.mark.parametrize("language", ["zh_CN", "zh_HK"])
def test_every_field_and_label_in_chinese_and_english(language: str) -> None:
    pdf = render_form(samples.form(language))
    declarations = [d.for_language(language) for d in DEFAULT_DECLARATIONS]
    declarations += [d.en for d in DEFAULT_DECLARATIONS]
    expected = LABELS[language] + ENGLISH + VALUES + SCRIPT_VALUES[language] + declarations
    assert missing_from(pdf, expected) == []


def test_a_normal_form_fits_on_one_page() -> None:
    assert _pages(render_form(samples.form("zh_HK"))) == 1
    assert _pages(render_form(samples.esim_form(True, "zh_CN"))) == 1


def test_a_store_given_declaration_replaces_the_default_ones() -> None:
    own = Names("Store rule.", "本店规定。", "本店規定。")
    text = pdf_text(render_form(samples.form("zh_HK", declarations=(own,))))
    assert "本店規定。" in text and "Store rule." in text
    assert DEFAULT_DECLARATIONS[1].en not in text


def test_the_customers_esim_copy_carries_the_code_as_a_qr_only() -> None:
    doc = samples.esim_form(customer_copy=True)
    pdf = render_form(doc)
    assert codes_on(pdf) == [
        ("Code128", doc.application_number),
        ("QRCode", samples.ACTIVATION_CODE),  # as the customer's phone scans it
    ]
    assert "SMDP" not in pdf_text(pdf) and b"SMDP" not in pdf
    assert "Apple iPhone 16" in pdf_text(pdf)


@pytest.mark.parametrize("language", ["zh_CN", "zh_HK"])
def test_the_stores_esim_copy_never_has_the_activation_code(language: str) -> None:
    doc = samples.esim_form(customer_copy=False, language=language)
    pdf = render_form(doc)
    text = pdf_text(pdf)
    assert codes_on(pdf) == [("Code128", doc.application_number)]
    for part in ["LPA:1", "SMDP.EXAMPLE.COM", "04386-AGYFT-A74Y8-3F815", "AGYFT"]:
        assert part not in text and part.encode() not in pdf
    assert "The activation code is printed on the customer's copy only." in text
    assert "Store's copy" in text


def test_a_reprint_is_marked_as_a_copy() -> None:
    assert "COPY" not in pdf_text(render_form(samples.form()))
    assert "副本 / COPY 1" in pdf_text(render_form(samples.form(copy_number=1)))


def test_the_form_is_not_printed_in_english_only() -> None:
    with pytest.raises(DeskError):
        render_form(samples.form("en"))


def test_the_same_form_gives_the_same_bytes() -> None:
    assert render_form(samples.form()) == render_form(samples.form())


def test_a_very_long_courier_address_flows_onto_a_second_page() -> None:
    address = "Flat B, 20/F, Block 3, Sunshine Garden, 8 Tai Po Road, Sham Shui Po. " * 60
    pdf = render_form(replace(samples.form(), courier_address=address))
    assert _pages(pdf) == 2
    assert "客戶簽署" in pdf_text(pdf)


# One word for each thing, the same as the UI's (words a Hong Kong customer reads).
WORDS = {
    "zh_HK": {"say": ["電訊商", "客戶聯"], "never": ["網絡商", "營辦商", "存根"]},
    "zh_CN": {"say": ["运营商", "客户联"], "never": ["网络运营商", "存联", "存根"]},
}


@pytest.mark.parametrize("language", ["zh_CN", "zh_HK"])
def test_the_form_says_carrier_and_copy_as_the_ui_does(language: str) -> None:
    customers = pdf_text(render_form(samples.esim_form(customer_copy=True, language=language)))
    stores = pdf_text(render_form(samples.esim_form(customer_copy=False, language=language)))
    text = customers + stores
    assert all(word in text for word in WORDS[language]["say"]), text
    assert not [w for w in WORDS[language]["never"] if w in text]
    assert {"zh_HK": "店舖聯", "zh_CN": "门店联"}[language] in stores


@pytest.mark.parametrize(
    ("language", "handover", "printed"),
    [("zh_HK", "counter", "門市即場領取"), ("zh_HK", "courier", "速遞送到地址"),
     ("zh_CN", "counter", "门店现场领取"), ("zh_CN", "courier", "快递送到地址")],
)  # fmt: skip
def test_the_handover_reads_as_the_wizard_offers_it(language, handover, printed) -> None:
    from desk.services.document_words import HANDOVERS

    doc = replace(samples.form(language), handover=HANDOVERS[handover])
    assert printed in pdf_text(render_form(doc))


def test_a_carrier_whose_chinese_name_has_its_english_one_is_printed_once() -> None:
    csl = Names("csl", "香港电讯csl", "香港電訊csl")
    text = pdf_text(render_form(replace(samples.form("zh_HK"), carrier=csl)))
    assert "香港電訊csl" in text and "香港電訊csl csl" not in text
    assert "中國移動香港 China Mobile Hong Kong" in pdf_text(render_form(samples.form("zh_HK")))


def _pages(pdf: bytes) -> int:
    import re

    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))
