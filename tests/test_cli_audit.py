"""`desk audit verify` on a real store: an intact chain, and every kind of tampering
(a changed row, a deleted row, two rows' places swapped) found at the right entry."""

from __future__ import annotations

import sqlite3

import pytest

from desk.cli import main
from desk.services.customer_card import view_customer
from tests.services.case_helpers import counter_for


@pytest.fixture
def chained(store):
    """A store with 6 audit entries (card views), its Database closed."""
    counter = counter_for(store)
    for name in ("chan", "chen", "anna", "wong", "chan", "chen"):
        view_customer(store.db, counter, store.clerk, store.customers[name])
    store.db.close()
    return store


def _verify(store, capsys) -> tuple[int, str]:
    code = main(["audit", "verify", "--data-dir", str(store.paths.data_dir)])
    out = capsys.readouterr()
    return code, out.out + out.err


def _sql(store, *statements: str) -> None:
    conn = sqlite3.connect(store.paths.database)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_an_intact_trail(chained, capsys):
    code, out = _verify(chained, capsys)
    assert code == 0 and out == "Audit trail intact: 6 entries.\n"


def test_a_changed_row_is_found(chained, capsys):
    _sql(chained, "UPDATE audit_entry SET details = '{\"x\": 1}' WHERE seq = 3")
    code, out = _verify(chained, capsys)
    assert code == 1 and out.startswith("Audit trail broken at entry 3:")
    assert out.count("\n") == 1


def test_a_changed_staff_or_time_is_found(chained, capsys):
    _sql(chained, "UPDATE audit_entry SET at = '2020-01-01 00:00:00.000000' WHERE seq = 5")
    code, out = _verify(chained, capsys)
    assert code == 1 and out.startswith("Audit trail broken at entry 5:")


def test_a_deleted_row_is_found(chained, capsys):
    _sql(chained, "DELETE FROM audit_entry WHERE seq = 4")
    code, out = _verify(chained, capsys)
    assert code == 1 and out.startswith("Audit trail broken at entry 4:")
    assert "missing" in out


def test_two_rows_swapped_are_found(chained, capsys):
    _sql(
        chained,
        "UPDATE audit_entry SET seq = -1 WHERE seq = 2",
        "UPDATE audit_entry SET seq = 2 WHERE seq = 3",
        "UPDATE audit_entry SET seq = 3 WHERE seq = -1",
    )
    code, out = _verify(chained, capsys)
    assert code == 1 and out.startswith("Audit trail broken at entry 2:")


def test_a_damaged_database_is_one_clear_line(tmp_path, capsys):
    (tmp_path / "desk.sqlite3").write_bytes(b"this is not a database" * 100)
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "Traceback" not in err


def test_no_store_is_one_clear_line(tmp_path, capsys):
    assert main(["audit", "verify", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "desk demo" in err
