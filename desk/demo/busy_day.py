"""A busy business day written straight into a store's tables, for bench/dayclose.py and
the sync tests.

Through the services, 2,000 cases and 3,000 payments would take minutes; as rows through
``executemany``, seconds. The rows are valid ones, as the services would write them:
each case opened, verified, paid and mostly submitted (some activated, some cancelled
with their blank SIM back in stock), its events on the day; the blank SIMs received
that morning and issued to the cases; each payment's tenders sum to its total (cash
with change, card, wallets, split ones); a quarter of the payments voided and paid
again, the void's tenders the original's negated.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desk.core.identifier_checks import luhn_check_digit
from desk.core.ids import uuid7
from desk.core.numbers import format_number

TENDERS = ("cash", "cash", "card", "alipay", "wechat", "octopus", "split")
FEES = (10000, 10000, 15000, 20000)


@dataclass(frozen=True)
class Staff:
    clerk: str  # ids, as hex
    supervisor: str


def _t(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _luhn(body: str) -> str:
    return body + luhn_check_digit(body)


def _lines(conn: sqlite3.Connection, rng: random.Random, wanted: int) -> list[tuple[Any, ...]]:
    """``wanted`` random lines of SIM products: (line, customer, carrier code, iccid,
    product, document kind)."""
    top = conn.execute("SELECT max(rowid) FROM line").fetchone()[0]
    picked: dict[str, tuple[Any, ...]] = {}
    while len(picked) < wanted:
        rowids = rng.sample(range(1, top + 1), min(top, 2 * wanted))
        marks = ",".join("?" * len(rowids))
        for row in conn.execute(
            "SELECT l.id, l.customer_id, c.code, l.iccid, l.product_id,"
            " (SELECT d.kind FROM identity_document d WHERE d.customer_id = l.customer_id"
            "  ORDER BY d.created_at LIMIT 1)"
            " FROM line l JOIN product p ON p.id = l.product_id"
            f" JOIN carrier c ON c.id = l.carrier_id WHERE l.rowid IN ({marks})"
            " AND p.card_kind = 'sim'",
            rowids,
        ):
            if len(picked) < wanted:
                picked.setdefault(row[0], row)
    return list(picked.values())


def _tenders(rng: random.Random, total: int) -> list[tuple[Any, ...]]:
    """(kind, amount, given, change, reference) summing to ``total``."""
    kind = rng.choice(TENDERS)
    if kind == "cash":
        given = total + rng.choice((0, 0, 5000, 10000))
        return [("cash", total, given, given - total, None)]
    if kind == "split":
        cash = rng.choice((1000, 2000, 5000))
        return [
            ("card", total - cash, None, None, f"{rng.randrange(10000):04d}"),
            ("cash", cash, cash, 0, None),
        ]
    return [(kind, total, None, None, f"{rng.randrange(10**8):08d}")]


def build_day(
    conn: sqlite3.Connection,
    store: tuple[str, str, str],  # id hex, code, currency
    staff: Staff,
    day: date,
    *,
    cases: int = 2000,
    payments: int = 3000,
    seed: int = 1,
) -> dict[str, int]:
    """Write the day's rows in one transaction; returns how many of each."""
    rng = random.Random(seed)
    store_id, code, currency = store
    start = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)  # 09:00 in Hong Kong
    lines = _lines(conn, rng, cases)
    voided = set(rng.sample(range(cases), (payments - cases) // 2))
    rows: dict[str, list[tuple[Any, ...]]] = {
        k: [] for k in ("stock", "case", "event", "check", "move", "payment", "line", "tender")
    }
    receipts: list[tuple[Any, ...]] = []  # (at, id, case, kind, total, tenders, original id)
    applications = 0
    for n, (line_id, customer_id, carrier, old_iccid, product_id, kind) in enumerate(lines):
        t = start + timedelta(seconds=12 * n)
        case_id, stock_id = uuid7().hex, uuid7().hex
        iccid = _luhn(f"898529{day:%y%m%d}{n:06d}")
        rows["move"].append(
            (
                uuid7().hex,
                store_id,
                1,
                day.isoformat(),
                stock_id,
                "received",
                None,
                None,
                None,
                _t(start),
            )
        )
        rows["move"].append(
            (
                uuid7().hex,
                store_id,
                1,
                day.isoformat(),
                stock_id,
                "issued",
                case_id,
                staff.clerk,
                None,
                _t(t),
            )
        )
        steps = [
            ("open", None, "draft"),
            ("verify", "draft", "verified"),
            ("pay", "verified", "paid"),
        ]
        total = rng.choice(FEES)
        paid, first = _tenders(rng, total), uuid7().hex
        receipts.append((t + timedelta(seconds=60), first, case_id, "payment", total, paid, None))
        if n in voided:
            steps += [("void_payment", "paid", "verified"), ("pay", "verified", "paid")]
            back = [(k, -a, None, None, r) for k, a, _g, _c, r in paid]
            receipts.append(
                (t + timedelta(seconds=90), uuid7().hex, case_id, "void", -total, back, first)
            )
            receipts.append(
                (
                    t + timedelta(seconds=120),
                    uuid7().hex,
                    case_id,
                    "payment",
                    total,
                    _tenders(rng, total),
                    None,
                )
            )
        fate = rng.random()
        status, application, submitted = "paid", None, None
        if fate < 0.05:
            steps.append(("cancel", "paid", "cancelled"))
            status = "cancelled"
            rows["move"].append(
                (
                    uuid7().hex,
                    store_id,
                    1,
                    day.isoformat(),
                    stock_id,
                    "returned",
                    case_id,
                    staff.clerk,
                    None,
                    _t(t + timedelta(seconds=200)),
                )
            )
        elif fate < 0.9:
            applications += 1
            application = format_number(code, 1, day, applications)
            submitted = day.isoformat()
            steps.append(("submit", "paid", "submitted"))
            status = "submitted"
            if fate > 0.85:
                steps += [
                    ("issue_card", "submitted", "card_issued"),
                    ("activate", "card_issued", "activated"),
                ]
                status = "activated"
        for seq, (action, source, target) in enumerate(steps, start=1):
            rows["event"].append(
                (
                    uuid7().hex,
                    case_id,
                    seq,
                    action,
                    source,
                    target,
                    staff.clerk,
                    None,
                    _t(t + timedelta(seconds=30 * seq)),
                    1,
                    day.isoformat(),
                )
            )
        held = "in_stock" if status == "cancelled" else "issued"
        rows["stock"].append((stock_id, store_id, product_id, iccid, held, _t(start)))
        rows["check"].append(
            (
                uuid7().hex,
                case_id,
                line_id,
                "id_document_sighted",
                1,
                kind,
                staff.clerk,
                _t(t + timedelta(seconds=10)),
            )
        )
        rows["case"].append(
            (
                case_id,
                store_id,
                1,
                customer_id,
                line_id,
                carrier,
                "lost",
                status,
                "sim",
                0,
                old_iccid,
                stock_id,
                iccid,
                "counter",
                application,
                day.isoformat(),
                submitted,
                staff.clerk,
                _t(t),
                _t(t),
            )
        )
    for n in range(10):  # found damaged in the morning's delivery
        stock_id = uuid7().hex
        iccid = _luhn(f"898529{day:%y%m%d}9{n:05d}")
        rows["stock"].append((stock_id, store_id, lines[0][4], iccid, "damaged", _t(start)))
        for kind, who, why in (("received", None, None), ("damaged", staff.clerk, "bent")):
            rows["move"].append(
                (
                    uuid7().hex,
                    store_id,
                    1,
                    day.isoformat(),
                    stock_id,
                    kind,
                    None,
                    who,
                    why,
                    _t(start + timedelta(minutes=n)),
                )
            )
    for seq, (at, payment_id, case_id, kind, total, tenders, original_id) in enumerate(
        sorted(receipts), start=1
    ):
        void = kind == "void"
        rows["payment"].append(
            (
                payment_id,
                store_id,
                1,
                day.isoformat(),
                kind,
                format_number(code, 1, day, seq),
                seq,
                case_id,
                original_id,
                "normal",
                total,
                total,
                currency,
                staff.supervisor if void else staff.clerk,
                staff.supervisor if void else None,
                "customer changed mind" if void else None,
                "zh_HK",
                _t(at),
            )
        )
        rows["line"].append((uuid7().hex, payment_id, 1, "card_fee", total, total))
        for n, (k, amount, given, change, ref) in enumerate(tenders, start=1):
            rows["tender"].append((uuid7().hex, payment_id, n, k, amount, given, change, ref))
    sql = {
        "stock": "INSERT INTO sim_stock (id, store_id, product_id, iccid, status, received_at)"
        " VALUES (?,?,?,?,?,?)",
        "case": "INSERT INTO replacement_case (id, store_id, counter, customer_id, line_id,"
        " carrier_code, reason, status, card_kind, proxy, old_iccid, new_stock_id, new_iccid,"
        " handover, application_number, opened_day, submitted_day, opened_by, opened_at,"
        " changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "event": "INSERT INTO case_event (id, case_id, seq, action, from_status, to_status,"
        " staff_id, reason, at, counter, business_day) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        "check": "INSERT INTO verification (id, case_id, line_id, item, passed, method,"
        " staff_id, at) VALUES (?,?,?,?,?,?,?,?)",
        "move": "INSERT INTO stock_movement (id, store_id, counter, business_day, stock_id,"
        " kind, case_id, staff_id, reason, at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        "payment": "INSERT INTO payment (id, store_id, counter, business_day, kind,"
        " receipt_number, sequence, case_id, original_id, urgency, total_minor,"
        " scheduled_total_minor, currency, staff_id, approved_by, reason, language, at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "line": "INSERT INTO payment_line (id, payment_id, seq, code, scheduled_minor,"
        " amount_minor) VALUES (?,?,?,?,?,?)",
        "tender": "INSERT INTO tender (id, payment_id, seq, kind, amount_minor, given_minor,"
        " change_minor, reference) VALUES (?,?,?,?,?,?,?,?)",
    }
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in ("stock", "case", "event", "check", "move", "payment", "line", "tender"):
            conn.executemany(sql[table], rows[table])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return {k: len(v) for k, v in rows.items()}
