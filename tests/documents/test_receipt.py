"""Receipts: every field on paper, in the customer's language, on a roll and on A4."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk.core.errors import DeskError
from desk.documents.receipt import render_receipt
from tests.documents import samples
from tests.documents.reading import codes_on, missing_from, pdf_text

WORDS = {
    "en": ["RECEIPT", "Receipt no.", "Date", "Clerk", "Customer", "ID no.", "Mobile no.",
           "Application no.", "Total", "Cash received", "Change", "Reason", "Approved by",
           "was", "Replacement card", "Same-day service", "Cash", "Mong Kok Shop",
           "Shop 12, G/F, 688 Nathan Road, Mong Kok, Kowloon"],
    "zh_CN": ["收据", "收据编号", "日期", "职员", "客户", "证件号码", "手机号码", "申请编号",
              "合计", "收取现金", "找零", "原因", "批准人", "原价", "补卡费", "加急服务", "现金",
              "九龙旺角弥敦道688号地下12号铺"],
    "zh_HK": ["收據", "收據編號", "日期", "職員", "客戶", "證件號碼", "手提電話號碼", "申請編號",
              "合計", "收取現金", "找續", "原因", "批核人", "原價", "補卡費", "即日服務", "現金",
              "九龍旺角彌敦道688號地下12號舖"],
}  # fmt: skip
VALUES = ["HK01-1-20261122-0042", "2026-11-22 14:35 HKT", "Wong Ka Yan 黃嘉欣",
          "陳大文 CHAN Tai Man", "A123***(3)", "+852 5123 4567", "HK01-A-20261122-0007",
          "HK$100.00", "HK$50.00", "HK$200.00", "HK$0.00", "Waived: card faulty on delivery",
          "Lee Siu Ming 李小明", "+852 2345 6789"]  # fmt: skip


@pytest.mark.parametrize("layout", ["80mm", "a4"])
@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_HK"])
def test_every_field_is_printed_in_the_customers_language(language: str, layout: str) -> None:
    pdf = render_receipt(samples.receipt(language), layout)  # type: ignore[arg-type]
    assert pdf.startswith(b"%PDF")
    assert missing_from(pdf, WORDS[language] + VALUES) == []


def test_hong_kong_receipts_use_traditional_wording() -> None:
    text = pdf_text(render_receipt(samples.receipt("zh_HK"), "80mm"))
    assert "收據" in text and "收据" not in text


def test_a_void_names_the_receipt_it_reverses_with_negative_amounts() -> None:
    text = pdf_text(render_receipt(samples.void("zh_HK"), "80mm"))
    assert "作廢" in text and "原收據編號" in text
    assert "HK01-1-20261122-0042" in text and "HK01-1-20261122-0043" in text
    assert "-HK$100.00" in text


def test_a_refund_has_its_own_title() -> None:
    doc = replace(samples.void("en"), kind="refund")
    assert "REFUND" in pdf_text(render_receipt(doc, "a4"))


@pytest.mark.parametrize("layout", ["80mm", "a4"])
def test_a_reprint_is_marked_as_a_copy(layout: str) -> None:
    original = pdf_text(render_receipt(samples.receipt("en"), layout))  # type: ignore[arg-type]
    reprint = pdf_text(render_receipt(samples.receipt("en", copy_number=2), layout))  # type: ignore[arg-type]
    assert "COPY" not in original
    assert "副本 / COPY 2" in reprint


def test_the_roll_is_80_mm_wide_and_as_long_as_its_content() -> None:
    short = render_receipt(samples.receipt("en", reason=None, approved_by=None), "80mm")
    long = render_receipt(samples.receipt("en"), "80mm")
    width, short_height = _page_size(short)
    _, long_height = _page_size(long)
    assert width == pytest.approx(80 / 25.4 * 72, abs=0.1)
    assert 200 < short_height < long_height < 842


@pytest.mark.parametrize("layout", ["80mm", "a4"])
def test_the_qr_code_holds_the_receipt_number(layout: str) -> None:
    pdf = render_receipt(samples.receipt("zh_HK"), layout)  # type: ignore[arg-type]
    assert codes_on(pdf) == [("QRCode", "HK01-1-20261122-0042")]  # as a scanner reads it


def test_the_same_receipt_gives_the_same_bytes() -> None:
    doc = samples.receipt("zh_CN")
    assert render_receipt(doc, "80mm") == render_receipt(doc, "80mm")


@pytest.mark.parametrize("text", ["陳大文 😀", "陳𠀀文"])
def test_a_character_without_a_glyph_is_refused(text: str) -> None:
    with pytest.raises(DeskError) as refused:
        render_receipt(samples.receipt("zh_HK", customer_name=text), "80mm")
    assert refused.value.code == "document_missing_glyph"
    assert "U+" in str(refused.value)


def _page_size(pdf: bytes) -> tuple[float, float]:
    import re

    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)", pdf)
    assert box
    return float(box[1]), float(box[2])
