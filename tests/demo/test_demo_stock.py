"""The demo store's blank SIMs: boxes of every SIM product, valid and unique, taken by
the cases as they should be; every card that came into stock was received, on the
store's date of its arrival, and each movement is a card's own."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from desk.config import Paths
from desk.core.enums import CardKind
from desk.core.identifiers import parse_iccid
from desk.demo import create_demo_store
from desk.demo.catalog import load_catalog
from tests.demo.checks import luhn_ok


def test_every_blank_sim_was_received_on_its_day(tmp_path):
    paths = Paths(tmp_path)
    create_demo_store(paths, customers=200, seed=3, history_days=0)
    conn = sqlite3.connect(paths.database)
    try:
        rows = conn.execute(
            "SELECT s.id, s.received_at, m.business_day, m.at, m.counter"
            " FROM sim_stock s JOIN stock_movement m ON m.stock_id = s.id"
            " WHERE m.kind = 'received'"
        ).fetchall()
        (cards,) = conn.execute("SELECT count(*) FROM sim_stock").fetchone()
    finally:
        conn.close()
    assert cards > 0 and len(rows) == cards == len({r[0] for r in rows})
    zone = ZoneInfo("Asia/Hong_Kong")
    for _, received, day, at, counter in rows:
        assert at == received and counter == 1
        moment = datetime.fromisoformat(received).replace(tzinfo=UTC)
        assert day == moment.astimezone(zone).date().isoformat()


def test_stock_is_blank_sims_of_every_sim_product(conn: sqlite3.Connection) -> None:
    per_product = dict(
        conn.execute(
            "SELECT p.code, count(*) FROM sim_stock s JOIN product p ON p.id = s.product_id"
            " GROUP BY p.code"
        ).fetchall()
    )
    sim_products = {p.code for p in load_catalog().products if p.card_kind is CardKind.SIM}
    assert set(per_product) == sim_products
    # A box or two each, and now and then one more box in the demo's business days.
    assert all(100 <= n <= 400 for n in per_product.values())
    rows = conn.execute("SELECT iccid, status, store_id FROM sim_stock").fetchall()
    (store_id,) = conn.execute("SELECT id FROM store").fetchone()
    # The demo's cases (desk/demo/cases.py) took some: issued, never twice; a cancelled
    # case's SIM went back to stock; an activated case's new card is on its line; the
    # clerk found one damaged in a week.
    statuses = ("in_stock", "issued", "damaged")
    assert all(status in statuses and sid == store_id for _, status, sid in rows)
    issued = {i for i, status, _ in rows if status == "issued"}
    taken = {
        r[0]
        for r in conn.execute(
            "SELECT new_iccid FROM replacement_case WHERE new_iccid IS NOT NULL"
            " AND status != 'cancelled'"
        )
    }
    assert issued == taken
    assert all(parse_iccid(i) == i and luhn_ok(i) for i, _, _ in rows)
    on_lines = {r[0] for r in conn.execute("SELECT iccid FROM line")}
    activated = {
        r[0]
        for r in conn.execute("SELECT new_iccid FROM replacement_case WHERE status = 'activated'")
    }
    assert len({i for i, _, _ in rows}) == len(rows)
    assert on_lines & {i for i, _, _ in rows} == activated
