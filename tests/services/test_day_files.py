"""The closed day's folder: the Z report and exports written whole by the close or not
at all, the day left open when they cannot be, and made again only for a closed day."""

from __future__ import annotations

import stat
import subprocess

import pytest
from sqlalchemy import select

from desk.core.day import DayStatus
from desk.services import day_files
from desk.services.day_files import day_folder, produce_again
from desk.services.errors import DeskError
from desk.store.day_models import BusinessDay
from tests.services.day_helpers import DAY, busy_day, close

FILES = {
    "cases.csv", "day-2026-11-23.xlsx", "manifest.json", "payments.csv", "stock.csv",
    "tenders.csv", "zreport-2026-11-23.pdf",
}  # fmt: skip


def status(store):
    with store.db.read() as s:
        return s.scalar(select(BusinessDay.status))


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_close_writes_the_days_folder_privately(store):
    day = busy_day(store)
    closed, folder = close(store, day)
    assert folder == store.paths.data_dir / "days" / "2026-11-23-counter1"
    assert folder == day_folder(store.paths, DAY, 1)
    assert {p.name for p in folder.iterdir()} == FILES
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # nothing left aside
    text = pdf_text(folder / "zreport-2026-11-23.pdf")
    assert "日結報表" in text and "Z report" in text and "備用金" in text
    assert "HK01-1-20261123-0001" in text and "changed mind" in text
    assert "A123456" not in text and "A123***" not in text  # no ID number at all
    assert closed.over_short_minor == 0 and status(store) is DayStatus.CLOSED


def test_files_that_cannot_be_written_leave_the_day_open(store):
    day = busy_day(store)
    (store.paths.data_dir / "days").write_text("not a folder")
    with pytest.raises(DeskError) as e:
        close(store, day)
    assert e.value.code == "day_files"
    assert status(store) is DayStatus.OPEN


def test_a_close_that_fails_after_the_files_takes_them_away(store, monkeypatch):  # the commit
    day = busy_day(store)
    written = day_files.DayFiles.__call__

    def then_fail(self, s, row):
        written(self, s, row)
        assert self.written is not None and self.written.is_dir()
        raise OSError("disk full at the commit")

    monkeypatch.setattr(day_files.DayFiles, "__call__", then_fail)
    with pytest.raises(OSError):
        close(store, day)
    assert status(store) is DayStatus.OPEN
    assert not day_folder(store.paths, DAY, 1).exists()


def test_a_folder_left_by_a_crash_is_replaced_by_the_close(store):
    day = busy_day(store)
    stale = day_folder(store.paths, DAY, 1)
    stale.mkdir(parents=True)
    (stale / "manifest.json").write_text("{}")
    (stale / "payments.csv").write_text("half")
    _closed, folder = close(store, day)
    assert {p.name for p in folder.iterdir()} == FILES
    assert (folder / "payments.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_only_a_closed_day_is_produced_again_and_never_over_other_files(store, tmp_path):
    day = busy_day(store)
    out = tmp_path / "export"
    with pytest.raises(DeskError) as e:
        produce_again(store.db, store.paths, store.store, DAY, out, counter=1)
    assert e.value.code == "day_open" and not out.exists()
    close(store, day)
    with pytest.raises(DeskError) as e:
        produce_again(store.db, store.paths, store.store, DAY.replace(day=1), out, counter=1)
    assert e.value.code == "no_business_day"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    with pytest.raises(DeskError) as e:
        produce_again(store.db, store.paths, store.store, DAY, out, counter=1)
    assert e.value.code == "export_out"
    assert [p.name for p in out.iterdir()] == ["mine.txt"]
    (out / "mine.txt").unlink()
    produce_again(store.db, store.paths, store.store, DAY, out, counter=1)
    produce_again(store.db, store.paths, store.store, DAY, out, counter=1)  # over itself
    assert {p.name for p in out.iterdir()} == FILES
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()} == {0o644}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export", "store"]
