"""``desk hq db upgrade``, ``desk hq report`` and ``desk hq serve``'s refusals, from the
command line, on the trial's SQLite file."""

from __future__ import annotations

from desk.cli import main
from desk.hq.db import make_engine, url_for
from desk.sync.client import sync_once
from tests.hq.server import running_hq
from tests.sync.chain import busy_store


def test_report_before_upgrade_says_what_to_run(tmp_path, capsys):
    assert main(["hq", "report", "--day", "2026-06-01", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "desk hq db upgrade" in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_upgrade_then_report_a_synced_store(tmp_path, capsys):
    assert main(["hq", "db", "upgrade", "--data-dir", str(tmp_path)]) == 0
    assert main(["hq", "db", "upgrade", "--data-dir", str(tmp_path)]) == 0  # again: fine
    engine = make_engine(url_for(None, tmp_path))
    store = busy_store(tmp_path / "a", engine, "HK07", seed=1, days=1, cases=20)
    with running_hq(engine) as url:
        assert sync_once(store.paths, store.endpoint(url)).ok
    capsys.readouterr()
    assert main(["hq", "report", "--day", "2026-06-01", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.startswith("HK07"))
    assert "never" not in line and int(line.split()[3].replace(",", "")) >= 20


def test_bad_day_and_bad_port_are_one_line(tmp_path, capsys):
    assert main(["hq", "report", "--day", "yesterday", "--data-dir", str(tmp_path)]) == 1
    assert "--day must be a date" in capsys.readouterr().err
    assert main(["hq", "serve", "--port", "0", "--data-dir", str(tmp_path)]) == 1
    assert "--port" in capsys.readouterr().err
