"""When a store's Desk syncs on its own: the nightly hour in the store's time zone, a
missed night made up, a catch-up after a day without a good sync, the trickle."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk.config import Paths, Settings, load_settings, save_settings
from desk.sync.schedule import (
    RETRY_AFTER,
    Plan,
    Why,
    catch_up_due,
    next_nightly,
    next_sync,
    parse_sync_time,
    previous_nightly,
    valid_sync_time,
)

HK = ZoneInfo("Asia/Hong_Kong")  # UTC+8 all year: no daylight saving
PLAN = Plan(at=time(2, 0), zone=HK)


def hk(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=HK)


def test_the_night_is_the_store_s_night_not_utc():
    now = hk(27, 1, 30)
    assert next_nightly(now, time(2, 0), HK) == hk(27, 2).astimezone(UTC)
    assert next_nightly(now, time(2, 0), HK).hour == 18  # 02:00 in Hong Kong
    assert next_nightly(hk(27, 2), time(2, 0), HK) == hk(28, 2)  # after, never at
    assert previous_nightly(hk(27, 2), time(2, 0), HK) == hk(27, 2)
    assert previous_nightly(hk(27, 1, 59), time(2, 0), HK) == hk(26, 2)
    # Late in the evening, the next night is the store's tomorrow.
    assert next_nightly(hk(27, 23, 59), time(2, 0), HK) == hk(28, 2)


def test_a_synced_store_waits_for_tonight():
    due = next_sync(hk(27, 15), PLAN, last_good_at=hk(27, 2, 1), last_attempt_at=hk(27, 2))
    assert due == next_sync(hk(27, 15), PLAN, last_good_at=hk(27, 2), last_attempt_at=hk(27, 2))
    assert due.why is Why.NIGHTLY and due.at == hk(28, 2)
    assert not due.due(hk(28, 1, 59)) and due.due(hk(28, 2))


def test_a_night_missed_while_the_pc_was_off_is_made_up_at_once():
    # Last attempt yesterday afternoon; the PC was off at 02:00; it is 09:00 now.
    now = hk(27, 9)
    due = next_sync(now, PLAN, last_good_at=hk(26, 15), last_attempt_at=hk(26, 15))
    assert due.why is Why.NIGHTLY and due.due(now)


def test_a_store_that_never_synced_catches_up_at_once():
    now = hk(27, 11)
    due = next_sync(now, PLAN, last_good_at=None, last_attempt_at=None)
    assert due.due(now)


def test_after_a_failed_night_the_catch_up_retries_every_half_hour():
    # The night's attempt failed at 02:00; the last good sync was the night before that.
    last_good, failed = hk(25, 2), hk(27, 2)
    assert catch_up_due(hk(27, 2), last_good)
    due = next_sync(hk(27, 2, 1), PLAN, last_good_at=last_good, last_attempt_at=failed)
    assert due.why is Why.CATCH_UP and due.at == failed + RETRY_AFTER
    # A good sync at 02:30: nothing more until tomorrow night.
    due = next_sync(hk(27, 2, 31), PLAN, last_good_at=hk(27, 2, 30), last_attempt_at=hk(27, 2, 30))
    assert due.why is Why.NIGHTLY and due.at == hk(28, 2)


def test_less_than_a_day_without_a_good_sync_is_no_catch_up():
    assert not catch_up_due(hk(27, 20), hk(27, 2))
    assert catch_up_due(hk(28, 2, 1), hk(27, 2))


def test_the_trickle_follows_the_last_attempt():
    plan = Plan.from_settings("02:00", 15, HK)
    assert plan.trickle == timedelta(minutes=15)
    due = next_sync(hk(27, 10, 5), plan, last_good_at=hk(27, 10), last_attempt_at=hk(27, 10))
    assert due.why is Why.TRICKLE and due.at == hk(27, 10, 15)
    # Overdue (the PC slept): at once, not in the past's rhythm.
    due = next_sync(hk(27, 13), plan, last_good_at=hk(27, 10), last_attempt_at=hk(27, 10))
    assert due.due(hk(27, 13)) and due.at == hk(27, 13)
    # Close to the night, the night comes first.
    due = next_sync(hk(28, 1, 50), plan, last_good_at=hk(28, 1, 49), last_attempt_at=hk(28, 1, 49))
    assert due.why is Why.NIGHTLY and due.at == hk(28, 2)
    assert Plan.from_settings("02:00", 0, HK).trickle is None


def test_another_zone_another_hour():
    paris = ZoneInfo("Europe/Paris")
    now = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # winter: UTC+1
    assert next_nightly(now, time(3, 30), paris) == datetime(2026, 1, 16, 2, 30, tzinfo=UTC)


def test_naive_moments_are_refused():
    with pytest.raises(ValueError):
        next_nightly(datetime(2026, 11, 27, 2), time(2, 0), HK)


@pytest.mark.parametrize("text", ["02:00", "23:59", "00:00", "07:30"])
def test_sync_times(text):
    assert valid_sync_time(text)
    assert parse_sync_time(text).strftime("%H:%M") == text


@pytest.mark.parametrize("text", ["24:00", "2:00", "02:60", "", "noon", "02:00:00"])
def test_bad_sync_times_give_two_in_the_morning(text):
    assert not valid_sync_time(text)
    assert parse_sync_time(text) == time(2, 0)


def test_the_sync_settings_are_declared_and_validated(tmp_path):
    paths = Paths(tmp_path)
    assert load_settings(paths).sync_time == "02:00"
    assert load_settings(paths).sync_trickle_minutes == 0
    save_settings(paths, Settings(sync_time="23:15", sync_trickle_minutes=30))
    assert load_settings(paths).sync_time == "23:15"
    assert load_settings(paths).sync_trickle_minutes == 30
    paths.settings.write_text('{"sync_time": "25:00", "sync_trickle_minutes": -3}')
    assert load_settings(paths).sync_time == "02:00"
    assert load_settings(paths).sync_trickle_minutes == 0
    paths.settings.write_text('{"sync_trickle_minutes": 1}')  # too often: every 5 minutes
    assert load_settings(paths).sync_trickle_minutes == 5
    paths.settings.write_text('{"sync_trickle_minutes": "often"}')
    assert load_settings(paths).sync_trickle_minutes == 0
