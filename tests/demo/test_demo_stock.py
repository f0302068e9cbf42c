"""The demo store's blank SIMs: every card that came into stock was received, on the
store's date of its arrival, and each movement is a card's own."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from desk.config import Paths
from desk.demo import create_demo_store


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_KEYRING", "off")


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
