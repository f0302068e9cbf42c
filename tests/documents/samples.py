"""Documents of a Hong Kong store (HK01, 旺角店) to draw in tests and the benchmark."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from desk.documents.model import (
    FeeLineText,
    FormDoc,
    Names,
    ReceiptDoc,
    StoreHeading,
    TenderText,
)

ISSUED_AT = datetime(2026, 11, 22, 6, 35, 12, tzinfo=UTC)  # 14:35 in Hong Kong
ACTIVATION_CODE = "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815"
FULL_HKID = "A1234563"  # the customer's real number: never on paper

STORE = StoreHeading(
    code="HK01",
    name=Names("Mong Kok Shop", "旺角店", "旺角店"),
    address=Names(
        "Shop 12, G/F, 688 Nathan Road, Mong Kok, Kowloon",
        "九龙旺角弥敦道688号地下12号铺",
        "九龍旺角彌敦道688號地下12號舖",
    ),
    phone="+852 2345 6789",
)

CARD_FEE = FeeLineText("card_fee", Names("Replacement card", "补卡费", "補卡費"), 10000, 10000)
EMERGENCY = FeeLineText("emergency", Names("Same-day service", "加急服务", "即日服務"), 5000, 0)
CASH = Names("Cash", "现金", "現金")


def receipt(language: str = "zh_HK", **changes: object) -> ReceiptDoc:
    doc = ReceiptDoc(
        kind="payment",
        number="HK01-1-20261122-0042",
        issued_at=ISSUED_AT,
        timezone="Asia/Hong_Kong",
        currency="HKD",
        language=language,
        store=STORE,
        clerk="Wong Ka Yan 黃嘉欣",
        customer_name="陳大文 CHAN Tai Man",
        id_masked="A123***(3)",
        line_number="+852 5123 4567",
        application_number="HK01-A-20261122-0007",
        fee_lines=(CARD_FEE, EMERGENCY),
        total_minor=10000,
        tenders=(TenderText("cash", CASH, 10000, given_minor=20000, change_minor=10000),),
        change_minor=10000,
        reason="Waived: card faulty on delivery",
        approved_by="Lee Siu Ming 李小明",
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def void(language: str = "zh_HK") -> ReceiptDoc:
    return receipt(
        language,
        kind="void",
        number="HK01-1-20261122-0043",
        original_number="HK01-1-20261122-0042",
        fee_lines=(replace(CARD_FEE, scheduled_minor=-10000, amount_minor=-10000),),
        total_minor=-10000,
        tenders=(TenderText("cash", CASH, -10000),),
        change_minor=0,
        reason="Wrong customer selected",
    )


def form(language: str = "zh_HK", **changes: object) -> FormDoc:
    doc = FormDoc(
        application_number="HK01-A-20261122-0007",
        issued_at=ISSUED_AT,
        timezone="Asia/Hong_Kong",
        language=language,
        store=STORE,
        clerk="Wong Ka Yan 黃嘉欣",
        supervisor="Lee Siu Ming 李小明",
        customer_name="陳大文 CHAN Tai Man",
        id_kind=Names("Hong Kong identity card", "香港身份证", "香港身份證"),
        id_masked="A123***(3)",
        line_number="+852 5123 4567",
        carrier=Names("China Mobile Hong Kong", "中国移动香港", "中國移動香港"),
        product=Names("MySIM 5G monthly plan", "MySIM 5G 月费计划", "MySIM 5G 月費計劃"),
        card_kind="sim",
        old_card="89852120000000000014",
        new_card="8985212000000000022",
        device=None,
        reason=Names("Card lost", "卡遗失", "卡遺失"),
        handover=Names("Courier", "快递送到地址", "速遞送到地址"),
        courier_address="Flat B, 20/F, Block 3, Sunshine Garden, 8 Tai Po Road, Sham Shui Po",
        fee_total_minor=10000,
        currency="HKD",
        receipt_number="HK01-1-20261122-0042",
        verification_methods=(
            Names("ID card seen", "核验身份证原件", "核對身份證正本"),
            Names("One-time code to the line", "短信验证码", "短訊驗證碼"),
        ),
        proxy_name="Chan Siu Fong 陳小芳",
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def esim_form(customer_copy: bool, language: str = "zh_HK") -> FormDoc:
    return form(
        language,
        card_kind="esim",
        old_card="89852120000000000014",
        new_card="89049032000001000000000000000123",
        device="Apple iPhone 16",
        handover=Names("In store", "门店现场领取", "門市即場領取"),
        courier_address=None,
        activation_code=ACTIVATION_CODE,
        customer_copy=customer_copy,
    )
