"""`desk void|refund RECEIPT --staff LOGIN --reason TEXT`: a supervisor's void (a receipt
of today) or refund (of an earlier business day) from the command line, the PIN on
standard input; the new receipt's number printed; every mistake one line, exit 1."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk.cli import main
from desk.core.cases import CaseStatus
from desk.store.case_models import Case
from desk.store.payment_models import Payment, PaymentKind
from tests.factories import CLERK_PIN, SUPERVISOR_PIN
from tests.services.case_helpers import counter_for, paid_case


def today(store) -> date:
    """The business day the command works on: today on the store's wall clock."""
    return datetime.now(ZoneInfo(store.store.timezone)).date()


@pytest.fixture(autouse=True)
def open_today(store):
    """The counter's business day, opened this morning (the day a void goes into)."""
    from desk.services import days

    days.open_day(store.db, counter_for(store), store.clerk, 100000, today(store))


def paid_on(store, day: date) -> str:
    """A case paid (HK$100.00) on business day ``day``; its receipt number."""
    return paid_case(store, replace(counter_for(store), business_day=lambda: day))[1]


def desk(store, monkeypatch, pin: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    return main([*args, "--data-dir", str(store.paths.data_dir)])


def receipts(store) -> list[Payment]:
    with store.db.read() as s:
        return list(s.scalars(select(Payment).order_by(Payment.business_day, Payment.sequence)))


def case_status(store) -> CaseStatus:
    with store.db.read() as s:
        return s.scalars(select(Case)).one().status


def test_a_supervisor_voids_a_receipt_of_today(store, monkeypatch, capsys):
    number = paid_on(store, today(store))
    args = ("void", number, "--staff", "supervisor", "--reason", "wrong card chosen")
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *args) == 0
    original, void = receipts(store)
    assert capsys.readouterr().out == f"{void.receipt_number}\n"
    assert (original.receipt_number, void.kind, void.original_id) == (
        number,
        PaymentKind.VOID,
        original.id,
    )
    assert void.total_minor == -10000 and void.reason == "wrong card chosen"
    assert case_status(store) is CaseStatus.VERIFIED
    # Once only; a refund of today's receipt is refused, whatever the order.
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already voided or refunded" in err


def test_a_receipt_of_an_earlier_day_is_refunded_not_voided(store, monkeypatch, capsys):
    number = paid_on(store, today(store) - timedelta(days=1))
    void = ("void", number, "--staff", "supervisor", "--reason", "late")
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *void) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Only a receipt of today can be voided" in err
    refund = ("refund", number, "--staff", "supervisor", "--reason", "rejected by carrier")
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *refund) == 0
    _original, made = receipts(store)
    assert made.kind is PaymentKind.REFUND and made.total_minor == -10000
    assert capsys.readouterr().out == f"{made.receipt_number}\n"
    assert today(store).strftime("%Y%m%d") in made.receipt_number


@pytest.mark.parametrize(
    ("command", "args", "pin", "said"),
    [
        ("void", ("--staff", "clerk", "--reason", "x"), CLERK_PIN, "Only a supervisor"),
        ("void", ("--staff", "supervisor", "--reason", "x"), "0000", "Wrong PIN"),
        ("void", ("--staff", "nobody", "--reason", "x"), SUPERVISOR_PIN, "nobody"),
        ("void", ("--staff", "supervisor"), SUPERVISOR_PIN, "reason"),
        ("void", ("--staff", "supervisor", "--reason", "  "), SUPERVISOR_PIN, "reason"),
        ("void", ("--reason", "x"), SUPERVISOR_PIN, "--staff"),
        ("refund", ("--staff", "supervisor", "--reason", "x"), SUPERVISOR_PIN, "voided, not"),
    ],
)
def test_mistakes_are_one_line_and_change_nothing(
    store, monkeypatch, capsys, command, args, pin, said
):
    number = paid_on(store, today(store))
    assert desk(store, monkeypatch, pin, command, number, *args) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("desk: ") and said in err, err
    assert [p.kind for p in receipts(store)] == [PaymentKind.PAYMENT]
    assert case_status(store) is CaseStatus.PAID


@pytest.mark.parametrize(
    ("number", "said"),
    [("HK01-1-20261122-9999", "no receipt"), ("not-a-number", "HK01-1-20261122-0042")],
)
def test_an_unknown_or_misspelt_receipt_is_refused(store, monkeypatch, capsys, number, said):
    args = ("void", number, "--staff", "supervisor", "--reason", "x")
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err, err


def test_no_void_without_an_open_day(store, monkeypatch, capsys):
    from desk.services import days

    number = paid_on(store, today(store))
    counter = replace(counter_for(store), business_day=lambda: today(store))
    days.close_day(store.db, counter, store.supervisor, counted_total=10**6, reason="test")
    args = ("void", number, "--staff", "supervisor", "--reason", "late")
    assert desk(store, monkeypatch, SUPERVISOR_PIN, *args) == 1
    err = capsys.readouterr().err
    assert err.startswith("desk: ") and err.count("\n") == 1 and "not open" in err
    assert len(receipts(store)) == 1
