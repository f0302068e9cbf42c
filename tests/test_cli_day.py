"""`desk day status|open|close` and `desk export`: the business day from a supervisor's
script; every refusal one line on standard error and exit 1."""

from __future__ import annotations

import io
import json

import pytest

from desk.cli import main
from desk.services import days
from desk.store.instance import acquire
from tests.factories import CLERK_PIN, SUPERVISOR_PIN
from tests.services.day_helpers import busy_day, expected_cash


def desk(store, monkeypatch, pin: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    return main([*args, "--data-dir", str(store.paths.data_dir)])


def refused(capsys, said: str) -> None:
    err = capsys.readouterr().err
    assert err.startswith("desk: ") and err.count("\n") == 1 and said in err, err


def test_a_day_opened_and_closed_from_a_script(store, monkeypatch, capsys, tmp_path):
    assert (
        desk(store, monkeypatch, CLERK_PIN, "day", "open", "--float", "500", "--staff", "clerk")
        == 0
    )
    opened = capsys.readouterr().out
    assert "Opened business day" in opened and "HK$500.00" in opened
    assert desk(store, monkeypatch, "", "day", "status") == 0
    assert "Expected in the drawer: HK$500.00" in capsys.readouterr().out
    close = ("day", "close", "--counted", "HK$503", "--staff", "supervisor", "--reason", "found")
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *close) == 0
    out = capsys.readouterr().out
    assert "expected HK$500.00, counted HK$503.00, over/short HK$3.00" in out
    folder = next((store.paths.data_dir / "days").iterdir())
    assert str(folder) in out
    day = folder.name.removesuffix("-counter1")
    assert desk(store, monkeypatch, "", "day", "status") == 0
    assert "no business day is open" in capsys.readouterr().out
    export = tmp_path / "export"
    assert desk(store, monkeypatch, "", "export", "--day", day, "--out", str(export)) == 0
    assert f"Wrote {export}" in capsys.readouterr().out
    for path in folder.iterdir():
        assert (export / path.name).read_bytes() == path.read_bytes(), path.name


def test_the_over_short_limit_is_a_setting(store, monkeypatch, capsys):
    day = busy_day(store)
    store.paths.settings.write_text(json.dumps({"over_short_limit": "5.00"}))
    short = f"{(expected_cash(day) - 1000) / 100:.2f}"  # HK$10.00 short
    close = ("day", "close", "--counted", short, "--staff", "supervisor")
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *close) == 1
    refused(capsys, "give a reason")
    assert days.open_day_date(store.db, store.store, 1) is not None
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *close, "--reason", "till roll jam") == 0
    assert "over/short -HK$10.00" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("pin", "args", "said"),
    [
        (CLERK_PIN, ("--staff", "clerk"), "supervisor"),
        ("0000", ("--staff", "supervisor"), "Wrong PIN"),
        (SUPERVISOR_PIN, ("--staff", "nobody"), "nobody"),
    ],
)
def test_only_a_supervisor_closes_the_day(store, monkeypatch, capsys, pin, args, said):
    day = busy_day(store)
    counted = f"{expected_cash(day) / 100:.2f}"
    assert desk(store, monkeypatch, pin, "day", "close", "--counted", counted, *args) == 1
    refused(capsys, said)
    assert days.open_day_date(store.db, store.store, 1) is not None
    assert not (store.paths.data_dir / "days").exists()


def test_no_close_while_a_desk_window_holds_the_store(store, monkeypatch, capsys):
    busy_day(store)
    close = ("day", "close", "--counted", "1000", "--staff", "supervisor")
    with acquire(store.paths.data_dir, "gui"):
        assert desk(store, monkeypatch, SUPERVISOR_PIN, *close) == 1
    refused(capsys, "Desk is using the store")
    assert days.open_day_date(store.db, store.store, 1) is not None


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("day", "close", "--counted", "1000", "--staff", "supervisor"), "not open"),
        (("day", "close", "--counted", "ten", "--staff", "supervisor"), "like 100.50"),
        (("day", "open", "--float", "-5", "--staff", "clerk"), "negative"),
        (("export", "--day", "2026-11-23", "--out", "{tmp}/x"), "never opened"),
        (("export", "--day", "23/11/2026", "--out", "{tmp}/x"), "YYYY-MM-DD"),
        (("export", "--day", "2026-11-23", "--out", "{tmp}/no/x"), "no folder"),
    ],
)
def test_mistakes_are_one_line(store, monkeypatch, capsys, tmp_path, args, said):
    args = tuple(a.format(tmp=tmp_path) for a in args)
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *args) == 1
    refused(capsys, said)


def test_an_open_day_or_a_folder_of_other_files_is_not_exported(
    store, monkeypatch, capsys, tmp_path
):
    day = busy_day(store)
    out = tmp_path / "x"
    assert desk(store, monkeypatch, "", "export", "--day", "2026-11-23", "--out", str(out)) == 1
    refused(capsys, "still open")
    assert not out.exists()
    days.close_day(store.db, day.counter, store.supervisor, counted_total=expected_cash(day))
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    assert desk(store, monkeypatch, "", "export", "--day", "2026-11-23", "--out", str(out)) == 1
    refused(capsys, "holds other files")
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
