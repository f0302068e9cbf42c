"""Settings: declared once, saved atomically, a damaged file never stops Desk."""

from __future__ import annotations

import json

import pytest

from desk.config import (
    Paths,
    Settings,
    declared_settings,
    load_settings,
    resolve_data_dir,
    save_settings,
)


def test_defaults_and_round_trip(tmp_path):
    paths = Paths(tmp_path)
    assert load_settings(paths) == Settings()
    save_settings(paths, Settings(language="en"))
    assert json.loads(paths.settings.read_text()) == {"language": "en"}  # only what differs
    assert load_settings(paths).language == "en"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary left


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"language": "klingon"}',
        '{"lookup_limit": -3}',
        '{"max_failed_pins": true}',
    ],
)
def test_a_damaged_or_strange_file_gives_the_defaults(tmp_path, content):
    paths = Paths(tmp_path)
    paths.settings.write_text(content)
    settings = load_settings(paths)
    assert settings == Settings()


def test_every_setting_is_declared_with_type_default_and_help():
    for name, kind, default, help_ in declared_settings():
        assert isinstance(default, kind) and help_, name


def test_data_dir_order(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("DESK_DATA_DIR")
    assert resolve_data_dir(None, demo=True).name == "demo-store"


@pytest.mark.parametrize(
    ("region", "language"),
    [("HK", "zh_HK"), ("MO", "zh_HK"), ("TW", "zh_HK"), ("CN", "zh_CN"), ("US", "en"), ("", "en")],
)
def test_a_store_that_never_chose_a_language_starts_in_its_regions(tmp_path, region, language):
    paths = Paths(tmp_path)
    assert load_settings(paths).language_for(region) == language


def test_a_chosen_language_is_kept_whatever_the_region(tmp_path):
    paths = Paths(tmp_path)
    save_settings(paths, Settings(language="zh_HK"))  # the region's own: still written
    assert json.loads(paths.settings.read_text()) == {"language": "zh_HK"}
    assert load_settings(paths).language_for("CN") == "zh_HK"
    save_settings(paths, Settings(language="en"))
    assert load_settings(paths).language_for("HK") == "en"


@pytest.mark.parametrize(
    "content",
    [
        '{"smtp_port": 0}',
        '{"smtp_port": 70000}',
        '{"smtp_port": "25"}',
        '{"smtp_starttls": 1}',
        '{"notice_timeout_seconds": 0}',
        '{"notice_timeout_seconds": 600}',
        '{"sms_url": "ftp://gateway.example.com/send"}',
        '{"sms_url": "http://a b"}',
        '{"smtp_from": "not an address"}',
        '{"smtp_host": 5}',
    ],
)
def test_notice_settings_out_of_range_give_the_defaults(tmp_path, content):
    paths = Paths(tmp_path)
    paths.settings.write_text(content)
    assert load_settings(paths) == Settings()


def test_notice_settings_round_trip(tmp_path):
    paths = Paths(tmp_path)
    chosen = Settings(
        smtp_host="mail.example.com",
        smtp_port=465,
        smtp_starttls=False,
        smtp_user="shop",
        smtp_password="secret",
        smtp_from="shop@example.com",
        sms_url="https://sms.example.com/v1/messages",
        sms_token="t0ken",
        notice_timeout_seconds=5,
    )
    save_settings(paths, chosen)
    assert load_settings(paths) == chosen
    assert paths.settings.stat().st_mode & 0o777 == 0o600  # it holds a password


def test_the_counter_number_is_a_setting_from_1_to_9(tmp_path):
    paths = Paths(tmp_path)
    assert load_settings(paths).counter_number == 1
    save_settings(paths, Settings(counter_number=2))
    assert load_settings(paths).counter_number == 2
    paths.settings.write_text('{"counter_number": 10}')
    assert load_settings(paths).counter_number == 1


@pytest.mark.parametrize(
    ("saved", "kept", "hkd", "jpy"),
    [("50.00", "50.00", 5000, 50), ("12.5", "12.5", 1250, 50), ("0", "0", 0, 0),
     ("abc", "50.00", 5000, 50), ("-5", "50.00", 5000, 50), ("1e3", "50.00", 5000, 50)],
)  # fmt: skip
def test_the_over_short_limit_is_an_amount_in_the_stores_currency(saved, kept, hkd, jpy):
    settings = Settings(over_short_limit=saved).validated()
    assert settings.over_short_limit == kept
    assert settings.over_short_limit_minor("HKD") == hkd
    assert settings.over_short_limit_minor("JPY") == jpy  # no decimals: 12.5 is no yen amount
