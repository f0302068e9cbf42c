"""A busy day of the Hong Kong store (HK01, 旺角店), as the Z report is handed it: two
pages, with a count by denomination, cash in and out, a reason and a dozen voids."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from desk.core.day import CashFlow
from desk.documents.day_model import CashMoveRow, Count, DayReport, PaymentRow, Total
from desk.documents.model import Names
from tests.documents.samples import STORE

OPENED = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 09:00 in Hong Kong
CLOSED = datetime(2026, 11, 23, 13, 30, tzinfo=UTC)  # 21:30
WONG = Names("Wong Ka Yan", "黄嘉欣", "黃嘉欣")
LEE = Names("Lee Siu Ming", "李小明", "李小明")
CASE = str(uuid.UUID(int=7))


def _void(n: int) -> PaymentRow:
    return PaymentRow(
        receipt_number=f"HK01-1-20261123-{n + 1:04d}",
        kind="void",
        at=OPENED + timedelta(minutes=30 * n),
        case_id=CASE,
        application_number=None,
        carrier="CMHK",
        reason="lost",
        urgency="normal",
        scheduled_total_minor=-10000,
        total_minor=-10000,
        clerk="lee",
        approved_by="lee",
        original_receipt=f"HK01-1-20261123-{n:04d}",
        note="顧客改變主意 customer changed mind",
    )


def zreport(**changes: object) -> DayReport:
    flow = CashFlow(50000, cash_taken=250000, cash_returned=20000, cash_in=30000, cash_out=100000)
    report = DayReport(
        store=STORE,
        timezone="Asia/Hong_Kong",
        currency="HKD",
        counter=1,
        day=date(2026, 11, 23),
        status="closed",
        opened_at=OPENED,
        opened_by=WONG,
        closed_at=CLOSED,
        closed_by=LEE,
        flow=flow,
        expected_minor=flow.expected,
        counted_minor=flow.expected - 12050,
        over_short_minor=-12050,
        close_reason="少找了一張一百元 a $100 note short in change",
        count=((100000, 1), (50000, 1), (10000, 3), (1000, 2), (50, 1)),
        cash_moves=(
            CashMoveRow(OPENED + timedelta(hours=2), "in", 30000, "coins from safe", "lee"),
            CashMoveRow(OPENED + timedelta(hours=9), "out", 100000, "bank drop", "lee"),
        ),
        by_kind=(
            Total("payment", Names("Payments", "收款", "收款"), 25, 250000),
            Total("void", Names("Voids", "作废", "作廢"), 12, -120000),
        ),
        by_tender=(
            Total("cash", Names("Cash", "现金", "現金"), 20, 230000),
            Total("octopus", Names("Octopus", "八达通", "八達通"), 5, -100000),
        ),
        by_carrier=(
            Total(
                "CMHK", Names("China Mobile Hong Kong", "中国移动香港", "中國移動香港"), 25, 130000
            ),
        ),
        by_reason=(Total("lost", Names("Lost", "丢失", "遺失"), 25, 130000),),
        by_clerk=(
            Total("lee", LEE, 0, -120000),
            Total("wong", WONG, 25, 250000),
        ),
        case_events=(
            Count("open", Names("Opened", "新开", "新開"), 26),
            Count("submit", Names("Submitted", "已提交", "已遞交"), 25),
            Count("activate", Names("Activated", "已激活", "已啟用"), 3),
            Count("cancel", Names("Cancelled", "已取消", "已取消"), 1),
        ),
        stock=(
            Count("received", Names("Received", "入库", "入庫"), 100),
            Count("issued", Names("Issued", "发出", "發出"), 25),
            Count("returned", Names("Returned to stock", "退回库存", "退回庫存"), 0),
            Count("damaged", Names("Damaged", "损坏", "損壞"), 1),
        ),
        payments=tuple(_void(n) for n in range(1, 13)),
        tenders=(),
        cases=(),
        stock_moves=(),
        staff_names={"lee": LEE, "wong": WONG},
    )
    return replace(report, **changes)  # type: ignore[arg-type]
