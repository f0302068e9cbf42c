"""``desk demo --history-days N`` on the command line, and the other commands on a demo
store with a past: a receipt of a closed day printed, its audit trail verified."""

from __future__ import annotations

import io
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk.cli import main
from desk.config import Paths
from desk.demo import DEFAULT_HISTORY_DAYS, DemoSummary


def _copy(paths: Paths, to: Path) -> Paths:
    """A store of the shared ``week`` fixture, copied to write to."""
    to.mkdir(mode=0o700)
    for name in (paths.database.name, paths.key_file.name):
        shutil.copy2(paths.data_dir / name, to / name)
    return Paths(to)


@pytest.mark.parametrize("days", ["-1", "367"])
def test_refuses_a_history_out_of_range_in_one_line(tmp_path, capsys, days) -> None:
    data = tmp_path / "demo"
    args = ["demo", "--history-days", days, "--customers", "10", "--data-dir", str(data)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err == "desk: --history-days must be from 0 to 366\n"
    assert not data.exists()


def test_no_history_leaves_only_today_open(tmp_path, capsys) -> None:
    data = tmp_path / "demo"
    before = datetime.now(ZoneInfo("Asia/Hong_Kong")).date().isoformat()
    args = ["demo", "--history-days", "0", "--customers", "200", "--data-dir", str(data)]
    assert main(args) == 0
    after = datetime.now(ZoneInfo("Asia/Hong_Kong")).date().isoformat()
    assert "0 closed business days and today's open" in capsys.readouterr().out
    conn = sqlite3.connect(data / "desk.sqlite3")
    try:
        days = conn.execute("SELECT day, status FROM business_day").fetchall()
        (payments,) = conn.execute("SELECT count(*) FROM payment").fetchone()
    finally:
        conn.close()
    assert len(days) == 1 and days[0][1] == "open" and days[0][0] in (before, after)
    assert payments > 0  # today's customers paid, as at a counter at work


def test_the_help_says_the_default_week(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["demo", "--help"])
    assert done.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"(0-366, default {DEFAULT_HISTORY_DAYS})" in help_text


def test_a_closed_days_receipt_prints_and_the_trail_verifies(
    week: list[tuple[Paths, DemoSummary]], tmp_path, monkeypatch, capsys
) -> None:
    paths = _copy(week[0][0], tmp_path / "store")
    conn = sqlite3.connect(paths.database)
    try:
        (receipt,) = conn.execute(
            "SELECT p.receipt_number FROM payment p JOIN business_day d"
            " ON d.day = p.business_day WHERE d.status = 'closed' AND p.kind = 'refund'"
        ).fetchone()
    finally:
        conn.close()
    out = tmp_path / "refund.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO("5678\n"))
    args = ["print", "receipt", receipt, "-o", str(out), "--staff", "supervisor"]
    assert main([*args, "--data-dir", str(paths.data_dir)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["audit", "verify", "--data-dir", str(paths.data_dir)]) == 0
    assert "Audit trail intact" in capsys.readouterr().out
