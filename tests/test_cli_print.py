"""`desk print receipt|form NUMBER -o FILE.pdf`: the counter's PDF from the command line,
recorded and audited like a print from the window; every mistake one line, exit 1."""

from __future__ import annotations

import io
import subprocess

import pytest
from sqlalchemy import select

from desk.cli import main
from desk.store.payment_models import DocumentPrint, Payment
from tests.factories import CLERK_PIN, SUPERVISOR_PIN
from tests.services.case_helpers import counter_for
from tests.services.test_case_views_more import submitted_case


@pytest.fixture
def paid(store):
    number = submitted_case(store, counter_for(store))
    with store.db.read() as s:
        receipt = s.scalars(select(Payment.receipt_number)).one()
    return number, receipt


def desk(store, monkeypatch, pin: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    return main([*args, "--data-dir", str(store.paths.data_dir)])


def text_of(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_receipt_then_its_reprints(store, paid, tmp_path, monkeypatch, capsys):
    _application, receipt = paid
    out = tmp_path / "receipt.pdf"
    args = ("print", "receipt", receipt, "-o", str(out), "--staff", "clerk")
    assert desk(store, monkeypatch, CLERK_PIN, *args) == 0
    assert f"Wrote {out} (original" in capsys.readouterr().out
    first = text_of(out)
    assert receipt in first and "A123***(3)" in first and "A123456" not in first
    assert "COPY" not in first
    assert desk(store, monkeypatch, CLERK_PIN, *args, "--layout", "a4") == 0
    assert "COPY 1" in text_of(out)
    # A second reprint needs a supervisor: refused for the clerk, the file untouched.
    before = out.read_bytes()
    assert desk(store, monkeypatch, CLERK_PIN, *args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs a supervisor" in err
    assert out.read_bytes() == before
    supervisor = ("print", "receipt", receipt, "-o", str(out), "--staff", "supervisor")
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *supervisor) == 0
    assert "COPY 2" in text_of(out)
    with store.db.read() as s:
        copies = s.scalars(select(DocumentPrint.copy_number).order_by(DocumentPrint.at)).all()
    assert copies == [0, 1, 2]


def test_the_application_form_bilingual_with_its_barcode_number(
    store, paid, tmp_path, monkeypatch, capsys
):
    application, receipt = paid
    out = tmp_path / "form.pdf"
    args = ("print", "form", application, "-o", str(out), "--staff", "clerk")
    assert desk(store, monkeypatch, CLERK_PIN, *args, "--language", "zh_HK") == 0
    text = text_of(out)
    assert application in text and receipt in text
    assert "申請表" in text and "Application" in text and "A123***(3)" in text


@pytest.mark.parametrize(
    ("args", "pin", "said"),
    [
        (("receipt", "HK01-1-20261122-9999"), CLERK_PIN, "no receipt"),
        (("form", "not-a-number"), CLERK_PIN, "looks like HK01-1-20261122-0042"),
        (("form", "{application}"), "0000", "Wrong PIN"),
        (("form", "{application}", "--staff", "nobody"), CLERK_PIN, "nobody"),
    ],
)
def test_mistakes_are_one_line_and_write_nothing(
    store, paid, tmp_path, monkeypatch, capsys, args, pin, said
):
    application, _receipt = paid
    out = tmp_path / "x.pdf"
    args = tuple(a.format(application=application) for a in args)
    staff = () if "--staff" in args else ("--staff", "clerk")
    assert desk(store, monkeypatch, pin, "print", *args, "-o", str(out), *staff) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err, err
    assert not out.exists()


def test_a_missing_folder_or_a_wrong_suffix_is_refused(store, paid, tmp_path, monkeypatch, capsys):
    application, _receipt = paid
    for out in (tmp_path / "no such folder" / "f.pdf", tmp_path / "form.txt"):
        args = ("print", "form", application, "-o", str(out), "--staff", "clerk")
        assert desk(store, monkeypatch, CLERK_PIN, *args) == 1
        assert capsys.readouterr().err.startswith("desk: ")
        assert not out.exists()
