"""The Z report (日結報表) read back with pdftotext: every section in Chinese and English,
the pages numbered, the same bytes for the same day, dated by its close."""

from __future__ import annotations

import re

import pytest

from desk.documents.zreport import render_zreport
from tests.documents.reading import missing_from, pdf_text
from tests.documents.zreport_sample import zreport

SECTIONS = {
    "zh_HK": ["日結報表", "錢箱現金", "備用金", "應有現金", "點算現金", "長款", "按面額點算",
              "現金存取", "收據", "按付款方式", "按電訊商", "按原因", "按職員", "作廢及退款",
              "補卡申請", "空白 SIM 卡", "櫃位", "營業日", "旺角店", "八達通", "已啟用"],
    "zh_CN": ["日结报表", "钱箱现金", "备用金", "应有现金", "点算现金", "长款", "按面额点算",
              "现金存取", "收据", "按支付方式", "按运营商", "按原因", "按职员", "作废及退款",
              "补卡申请", "空白 SIM 卡", "柜台", "营业日", "旺角店", "八达通", "已激活"],
}  # fmt: skip
ENGLISH = ["Z report", "Cash drawer", "Float", "Expected in the drawer", "Counted",
           "Over (+) / short (-)", "Count by note and coin", "Cash in and out", "Receipts",
           "By tender", "By carrier", "By reason", "By clerk", "Voids and refunds", "Cases",
           "Blank SIM cards", "Counter", "Business day", "Mong Kok Shop"]  # fmt: skip
VALUES = ["2026-11-23", "2026-11-23 09:00 HKT", "2026-11-23 21:30 HKT", "HK$500.00",
          "HK$2,500.00", "-HK$200.00", "HK$300.00", "-HK$1,000.00", "HK$2,100.00",
          "HK$1,979.50", "-HK$120.50", "HK$0.50", "a $100 note short in change",
          "HK01-1-20261123-0012", "HK01-1-20261123-0013", "coins from safe", "bank drop",
          "Wong Ka Yan", "李小明"]  # fmt: skip


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_every_section_in_chinese_and_english(language: str) -> None:
    pdf = render_zreport(zreport(), language)
    assert missing_from(pdf, SECTIONS[language] + ENGLISH + VALUES) == []


def test_pages_are_numbered_when_there_is_more_than_one() -> None:
    text = pdf_text(render_zreport(zreport(), "zh_HK"))
    assert "第 1 頁，共 2 頁 / Page 1 of 2" in text and "Page 2 of 2" in text
    quiet = zreport(payments=(), count=(), cash_moves=(), by_carrier=(), by_reason=())
    short = pdf_text(render_zreport(quiet, "zh_HK"))
    assert "Page" not in short


def test_the_same_day_gives_the_same_bytes_dated_by_its_close() -> None:
    first = render_zreport(zreport(), "zh_HK")
    assert first == render_zreport(zreport(), "zh_HK")
    assert b"(D:20261123133000+00'00')" in first  # the close, not the time of printing
    assert not re.search(rb"D:20000101", first)


def test_a_day_not_yet_closed_says_so() -> None:
    text = pdf_text(render_zreport(zreport(status="open", closed_at=None, closed_by=None), "en"))
    assert "未日結 / NOT CLOSED" in text
