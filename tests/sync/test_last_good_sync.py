"""``desk hq report --day D`` shows each counter's last good sync (its push complete and
its per-day totals the same as head office's, judged by head office) beside when head
office last heard from it."""

from __future__ import annotations

from datetime import date

import httpx
from sqlalchemy import select

from desk.hq import schema
from desk.hq.report import day_report
from desk.services.stores import open_database
from desk.store.sync_models import SyncState
from desk.sync.client import local_totals
from desk.sync.protocol import PROTOCOL_VERSION
from tests.hq.server import running_hq
from tests.sync.chain import FIRST_DAY, busy_store


def _moments(engine, store):
    k = schema.counter
    with engine.connect() as conn:
        return conn.execute(
            select(k.c.last_good_sync_at, k.c.last_seen_at).where(k.c.store_id == store.hq_id)
        ).one()


def _line(engine, code: str, day: date = FIRST_DAY) -> str:
    return next(ln for ln in day_report(engine, day) if ln.startswith(code))


def _state(store):
    db = open_database(store.paths)
    try:
        with db.read() as s:
            state = s.get(SyncState, 1)
            return state.epoch, state.acked_seq, local_totals(s)
    finally:
        db.close()


def test_the_report_shows_the_last_good_sync_beside_last_seen(tmp_path, hq_engine):
    store = busy_store(tmp_path / "a", hq_engine, "HK07", seed=1, days=1, cases=20)
    header = next(ln for ln in day_report(hq_engine, FIRST_DAY) if "last seen" in ln)
    assert "last good sync" in header
    assert _line(hq_engine, "HK07").split()[-2:] == ["never", "never"]
    with running_hq(hq_engine) as url:
        assert store.sync(url).ok
        good, seen = _moments(hq_engine, store)
        assert good is not None and seen is not None and good >= seen
        line = _line(hq_engine, "HK07")
        assert "never" not in line and line.count(" UTC") == 2
        epoch, cursor, totals = _state(store)
        auth = {"Authorization": f"Bearer {store.credential}"}
        with httpx.Client(base_url=url, headers=auth, timeout=10) as hq:

            def synced(**change):
                body = {"epoch": epoch, "cursor": cursor, "totals": totals, **change}
                answer = hq.post("/v1/synced", json=body)
                assert answer.status_code == 200, answer.text
                return answer.json()

            # Totals that differ, or a push that did not reach head office's cursor:
            # head office hears of the sync but does not count it as good.
            day = FIRST_DAY.isoformat()
            short = {**totals, day: {**totals[day], "payment": [0, 0]}}
            assert synced(totals=short) == {"good": False, "pushed": True, "matched": False}
            assert synced(cursor=cursor + 5) == {"good": False, "pushed": False, "matched": True}
            assert synced(epoch=epoch + 1)["good"] is False
            assert _moments(hq_engine, store).last_good_sync_at == good
            # A sync cut short after its handshake: seen later, last good as it was.
            handshake = {
                "protocol": PROTOCOL_VERSION,
                "schema_version": "x",
                "app_version": "x",
                "epoch": epoch,
                "highest_seq": cursor,
                "acked_seq": cursor,
                "clock": "2026-06-01T00:00:00+00:00",
            }
            assert hq.post("/v1/handshake", json=handshake).status_code == 200
            after = _moments(hq_engine, store)
            assert after.last_good_sync_at == good and after.last_seen_at > seen
            assert synced() == {"good": True, "pushed": True, "matched": True}
        assert _moments(hq_engine, store).last_good_sync_at > good
