"""The day's export files for accounting, from a :class:`~desk.services.day_report.DayReport`:
``payments.csv``, ``tenders.csv``, ``cases.csv``, ``stock.csv``, ``day-YYYY-MM-DD.xlsx``
(a sheet of each, and a summary sheet) and ``manifest.json`` (each file's rows and
SHA-256). The columns are documented in ``docs/exports.md``; a change to them bumps
:data:`FORMAT_VERSION`.

- CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Chinese right), a
  header row, CRLF line ends, quoted only where needed. Free text typed at the counter
  (notes, references) that begins with ``= + - @`` gets a leading ``'`` so that a
  spreadsheet never runs it as a formula.
- Dates ``YYYY-MM-DD``; times ISO 8601 on the store's clock with its UTC offset
  (``2026-11-23T14:35:12+08:00``), to the second.
- Amounts are decimal strings in the store's currency (``123.50``, ``-50.00``), with as
  many decimals as the currency has; in the workbook, numbers.
- ID numbers only masked (``A123***(3)``), phone numbers masked (``+852 5123 ****``), no
  customer names.

Everything is made from the report alone, so the same closed day gives the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from desk.core.money import minor_digits
from desk.documents.xlsx import Amount, Value, XlsxSheet, workbook
from desk.services.day_report import DayReport, Total

__all__ = ["FORMAT_VERSION", "MANIFEST", "Table", "export_files", "manifest", "tables"]

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Table:
    name: str  # payments, tenders, cases, stock, summary
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    free_text: frozenset[str] = frozenset()  # typed at the counter: guarded in CSV


def xlsx_name(report: DayReport) -> str:
    return f"day-{report.day.isoformat()}.xlsx"


def tables(report: DayReport) -> tuple[Table, ...]:
    """The four tables of the CSV files, then the summary (the workbook's last sheet)."""
    zone = ZoneInfo(report.timezone)
    digits = minor_digits(report.currency)
    day, counter, currency = report.day.isoformat(), report.counter, report.currency

    def at(moment: datetime) -> str:
        return moment.astimezone(zone).replace(microsecond=0).isoformat()

    def money(minor: int | None) -> Amount | None:
        return None if minor is None else amount_text(minor, digits)

    payments = tuple(
        (
            day, counter, p.receipt_number, p.kind, at(p.at), p.case_id,
            p.application_number, p.carrier, p.reason, p.urgency,
            money(p.scheduled_total_minor), money(p.total_minor), currency, p.clerk,
            p.approved_by, p.original_receipt, p.note,
        )
        for p in report.payments
    )  # fmt: skip
    tenders = tuple(
        (
            day, counter, t.receipt_number, t.seq, t.kind, money(t.amount_minor),
            money(t.given_minor), money(t.change_minor), currency, t.reference,
        )
        for t in report.tenders
    )  # fmt: skip
    cases = tuple(
        (
            day, counter, at(c.at), c.case_id, c.seq, c.action, c.from_status,
            c.to_status, c.application_number, c.carrier, c.reason, c.card_kind, c.id_masked,
            c.line_masked, c.clerk, c.note,
        )
        for c in report.cases
    )  # fmt: skip
    stock = tuple(
        (
            day, counter, at(m.at), m.kind, m.iccid, m.product, m.case_id,
            m.application_number, m.clerk, m.note,
        )
        for m in report.stock_moves
    )  # fmt: skip
    return (
        Table("payments", PAYMENT_COLUMNS, payments, frozenset({"note"})),
        Table("tenders", TENDER_COLUMNS, tenders, frozenset({"reference"})),
        Table("cases", CASE_COLUMNS, cases, frozenset({"note"})),
        Table("stock", STOCK_COLUMNS, stock, frozenset({"note"})),
        Table("summary", SUMMARY_COLUMNS, _summary(report, at, money), frozenset({"text"})),
    )


PAYMENT_COLUMNS = (
    "business_day", "counter", "receipt_number", "kind", "at", "case_id",
    "application_number", "carrier", "reason", "urgency", "scheduled_total", "total",
    "currency", "clerk", "approved_by", "original_receipt", "note",
)  # fmt: skip
TENDER_COLUMNS = (
    "business_day", "counter", "receipt_number", "seq", "kind", "amount", "given", "change",
    "currency", "reference",
)  # fmt: skip
CASE_COLUMNS = (
    "business_day", "counter", "at", "case_id", "seq", "action", "from_status", "to_status",
    "application_number", "carrier", "reason", "card_kind", "id_masked", "line_masked",
    "clerk", "note",
)  # fmt: skip
STOCK_COLUMNS = (
    "business_day", "counter", "at", "kind", "iccid", "product", "case_id",
    "application_number", "clerk", "note",
)  # fmt: skip
SUMMARY_COLUMNS = ("section", "item", "count", "amount", "text")


def _summary(
    report: DayReport,
    at: Callable[[datetime], str],
    money: Callable[[int | None], Amount | None],
) -> tuple[tuple[Value, ...], ...]:
    flow = report.flow
    closed_by = report.closed_by.en if report.closed_by else None
    rows: list[tuple[Value, ...]] = [
        ("day", "format_version", FORMAT_VERSION, None, None),
        ("day", "store", None, None, report.store.code),
        ("day", "counter", report.counter, None, None),
        ("day", "business_day", None, None, report.day.isoformat()),
        ("day", "status", None, None, report.status),
        ("day", "currency", None, None, report.currency),
        ("day", "opened_at", None, None, at(report.opened_at)),
        ("day", "opened_by", None, None, report.opened_by.en),
        ("day", "closed_at", None, None, at(report.closed_at) if report.closed_at else None),
        ("day", "closed_by", None, None, closed_by),
        ("cash", "float", None, money(flow.float_minor), None),
        ("cash", "cash_taken", None, money(flow.cash_taken), None),
        ("cash", "cash_returned", None, money(flow.cash_returned), None),
        ("cash", "cash_in", None, money(flow.cash_in), None),
        ("cash", "cash_out", None, money(flow.cash_out), None),
        ("cash", "expected", None, money(report.expected_minor), None),
        ("cash", "counted", None, money(report.counted_minor), None),
        ("cash", "over_short", None, money(report.over_short_minor), None),
        ("cash", "close_reason", None, None, report.close_reason),
    ]
    rows += [("count", str(money(v)), q, money(v * q), None) for v, q in report.count]

    def totals(section: str, found: Sequence[Total]) -> None:
        rows.extend((section, t.key, t.count, money(t.amount_minor), None) for t in found)

    totals("receipts", report.by_kind)
    totals("tender", report.by_tender)
    totals("carrier", report.by_carrier)
    totals("reason", report.by_reason)
    totals("clerk", report.by_clerk)
    rows += [("cases", c.key, c.count, None, None) for c in report.case_events]
    rows += [("stock", c.key, c.count, None, None) for c in report.stock]
    return tuple(rows)


def amount_text(minor: int, digits: int) -> Amount:
    """``12350, 2`` -> ``"123.50"``; ``-5000, 2`` -> ``"-50.00"`` (exact: integers only)."""
    if digits == 0:
        return Amount(str(minor))
    whole, part = divmod(abs(minor), 10**digits)
    return Amount(f"{'-' if minor < 0 else ''}{whole}.{part:0{digits}d}")


def _guarded(row: tuple[Value, ...], columns: Sequence[int]) -> tuple[Value, ...]:
    """The row with typed text that a spreadsheet would run as a formula quoted."""
    risky = [
        n for n in columns if isinstance(row[n], str) and str(row[n]).startswith(_FORMULA_START)
    ]
    if not risky:
        return row
    return tuple(f"'{v}" if n in risky else v for n, v in enumerate(row))


def csv_bytes(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    typed = [n for n, c in enumerate(table.columns) if c in table.free_text]
    writer.writerows(_guarded(row, typed) for row in table.rows)  # None: an empty field
    return out.getvalue().encode("utf-8-sig")


def manifest(report: DayReport, files: Mapping[str, bytes], rows: Mapping[str, Any]) -> bytes:
    """``manifest.json``: the format, the day, and each file's name, rows and SHA-256
    (sorted keys, two-space indent, UTF-8, a newline at the end)."""
    listed = []
    for name in sorted(files):
        entry: dict[str, Any] = {"name": name, "sha256": hashlib.sha256(files[name]).hexdigest()}
        if name in rows:
            entry.update(rows[name])
        listed.append(entry)
    data = {
        "format": "desk-day-export",
        "format_version": FORMAT_VERSION,
        "store": report.store.code,
        "counter": report.counter,
        "business_day": report.day.isoformat(),
        "currency": report.currency,
        "timezone": report.timezone,
        "closed_at": report.closed_at.isoformat() if report.closed_at else None,
        "files": listed,
    }
    return (json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()


def export_files(report: DayReport, extra: Mapping[str, bytes] | None = None) -> dict[str, bytes]:
    """Every export file by name, ``extra`` ones (the Z report) beside them, and the
    manifest of them all."""
    made = tables(report)
    files: dict[str, bytes] = {}
    rows: dict[str, Any] = {}
    for table in made[:-1]:
        name = f"{table.name}.csv"
        files[name] = csv_bytes(table)
        rows[name] = {"rows": len(table.rows)}
    sheets = [XlsxSheet(t.name, t.columns, t.rows) for t in made]
    created = report.closed_at or report.opened_at
    title = f"{report.store.code} counter {report.counter} {report.day.isoformat()}"
    name = xlsx_name(report)
    files[name] = workbook(
        sheets, created=created, title=title, decimals=minor_digits(report.currency)
    )
    rows[name] = {
        "rows": sum(len(t.rows) for t in made),
        "sheets": {t.name: len(t.rows) for t in made},
    }
    files.update(extra or {})
    files[MANIFEST] = manifest(report, files, rows)
    return files
