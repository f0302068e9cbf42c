"""A store restored from yesterday's backup keeps trading and syncs: nothing lost.

Before it trades on, the restored store pulls back from head office its own rows the
backup lacks; its receipt numbers go on after the last one head office saw."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from desk.services.restore import restore
from desk.store.backups import online_backup
from tests.hq.server import running_hq
from tests.sync.chain import FIRST_DAY, busy_store, hq_rows, store_rows, totals_match, trade


def _trade(store, day_offset: int, cases: int = 30) -> None:
    trade(store.paths, day_offset, cases=cases, seed=900 + day_offset)


def _receipts(store, day_offset: int) -> list[str]:
    conn = sqlite3.connect(store.paths.database)
    try:
        return [
            r
            for (r,) in conn.execute(
                "SELECT receipt_number FROM payment WHERE business_day = ? ORDER BY sequence",
                ((FIRST_DAY + timedelta(days=day_offset)).isoformat(),),
            )
        ]
    finally:
        conn.close()


def test_a_store_restored_from_yesterdays_backup_loses_nothing(tmp_path, hq_engine):
    store = busy_store(tmp_path / "a", hq_engine, "HK01", seed=1, days=1, cases=40)
    with running_hq(hq_engine) as url:
        assert store.sync(url).ok
        copy = online_backup(store.paths.database, tmp_path / "yesterday.sqlite3").path
        _trade(store, 5)  # today's work, synced at night
        assert store.sync(url).ok
        today = _receipts(store, 5)
        before = store_rows(store.paths)
        restore(store.paths, copy)  # the disk died: yesterday's copy is put back
        assert _receipts(store, 5) == []
        report = store.sync(url)
        assert report.ok, report.error
        assert report.new_epoch and report.pulled_back > 0
        # Nothing lost: every row the store had is back, and the receipts go on.
        assert before <= store_rows(store.paths)
        assert _receipts(store, 5) == today
        _trade(store, 6)
        assert store.sync(url).ok
    assert hq_rows(hq_engine, store) == store_rows(store.paths)
    assert totals_match(hq_engine, store)


def test_a_file_put_back_by_hand_starts_a_new_epoch_and_loses_nothing(tmp_path, hq_engine):
    store = busy_store(tmp_path / "a", hq_engine, "HK01", seed=1, days=1, cases=20)
    old = tmp_path / "old.sqlite3"
    with running_hq(hq_engine) as url:
        assert store.sync(url).ok
        old.write_bytes(store.paths.database.read_bytes())
        _trade(store, 7, cases=10)
        assert store.sync(url).ok
        before = store_rows(store.paths)
        # No restore, no record of one: the file itself went back in time.
        for suffix in ("-wal", "-shm"):
            store.paths.database.with_name(store.paths.database.name + suffix).unlink(
                missing_ok=True
            )
        store.paths.database.write_bytes(old.read_bytes())
        _trade(store, 8, cases=10)  # and traded on before it synced
        report = store.sync(url)
        assert report.ok and report.new_epoch, report
        assert before <= store_rows(store.paths)
    assert hq_rows(hq_engine, store) == store_rows(store.paths)
    assert totals_match(hq_engine, store)
