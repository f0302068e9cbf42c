"""A failed sync keeps its error as a code with values as well as in English, so that the
Sync page can show it in the clerk's language: head office unreachable, not answering
in time, refusing, answering what is not head office's; a DeskError raised during the
sync keeps its own code and values: the reference data and the records refused, the
enrolment that cannot be read. Real store files, a real closed port, a real silent
socket, a real server answering nonsense on loopback and a real head office."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime

import pytest

from desk.core.errors import DeskError
from desk.hq.pgcluster import free_port
from desk.services.stores import open_database
from desk.sync import client
from desk.sync.enrolment import load_enrolment
from desk.sync.errors import MESSAGES, stored_error, values_json
from desk.sync.records import pull_records
from desk.sync.reference import pull_reference
from desk.sync.reference_format import SnapshotError
from desk.sync.status import read_status
from tests.hq.server import running_hq
from tests.sync.harness import Endpoint, NotHeadOffice
from tests.sync.test_reference import answer_for, store_body


def _kept(store) -> tuple[str | None, str | None, dict | None]:
    """``sync_state``'s last error, code and values, read back from the store's file."""
    db = open_database(store.paths)
    try:
        with db.read() as s:
            state = client._state(s)
            values = state.last_error_values
            return state.last_error, state.last_error_code, values and json.loads(values)
    finally:
        db.close()


def test_head_office_unreachable_is_kept_as_a_code_with_its_values(store):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    report = client.sync_once(store.paths, Endpoint(url, "credential"), timeout=5)
    assert not report.ok
    assert report.error == (
        f"Head office at {url} cannot be reached (ConnectError); Desk works on and will try again."
    )
    assert report.error_code == "sync_unreachable"
    assert report.error_values == {"url": url, "kind": "ConnectError"}
    assert _kept(store) == (report.error, "sync_unreachable", report.error_values)
    with store.db.read() as s:
        status = read_status(s, enrolled=True)
    error = status.error
    assert error is not None and (error.code, error.values) == (
        "sync_unreachable",
        {"url": url, "kind": "ConnectError"},
    )
    assert str(error) == report.error


def test_head_office_silent_past_the_timeout_is_kept_as_no_answer(store):
    with socket.socket() as silent:  # takes the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        report = client.sync_once(store.paths, Endpoint(url, "credential"), timeout=0.5)
    assert not report.ok
    assert report.error == f"Head office at {url} did not answer in time; Desk will try again."
    assert (report.error_code, report.error_values) == ("sync_no_answer", {"url": url})
    assert _kept(store) == (report.error, "sync_no_answer", {"url": url})


@pytest.mark.parametrize("hq_engine", ["sqlite"], indirect=True)
def test_head_office_refusing_is_kept_with_its_reason(store, hq_engine):
    with running_hq(hq_engine) as url:
        report = client.sync_once(store.paths, Endpoint(url, "a made-up credential"))
    reason = "Head office does not know this credential, or it was revoked: enrol again."
    assert not report.ok
    assert report.error == f"Head office refused the sync: {reason}"
    assert (report.error_code, report.error_values) == ("sync_refused", {"reason": reason})
    assert _kept(store) == (report.error, "sync_refused", {"reason": reason})


def test_a_good_sync_clears_the_code_with_the_error(store, tmp_path):
    from desk.hq import enrolment as hq
    from desk.sync.enrolment import enrol, load_enrolment
    from tests.hq.server import trial_engine

    client.sync_once(store.paths, Endpoint(f"http://127.0.0.1:{free_port()}", "x"), timeout=5)
    assert _kept(store)[1] == "sync_unreachable"
    engine = trial_engine(tmp_path / "hq")
    try:
        with running_hq(engine) as url:
            enrol(store.paths, url, hq.add_store(engine, "HK01", "Store HK01")[1])
            assert client.sync_once(store.paths, load_enrolment(store.paths)).ok
    finally:
        engine.dispose()
    assert _kept(store) == (None, None, None)


def test_a_desk_error_during_the_sync_keeps_its_own_code_and_values():
    refused = SnapshotError("fees.amount", "should be a whole number, not 1.5.")
    kept = client._failure(refused, "http://hq.example")
    assert kept is refused
    again = stored_error(str(kept), kept.code, values_json(kept.values))
    assert again is not None and (again.code, again.values, str(again)) == (
        "reference_invalid",
        {"field": "fees.amount", "problem": "should be a whole number, not 1.5."},
        "fees.amount: should be a whole number, not 1.5.",
    )


def test_an_error_kept_before_codes_were_kept_is_its_english_text():
    old = stored_error("Head office at http://hq:8 cannot be reached.", None, None)
    assert old is not None and (old.code, old.values, str(old)) == (
        "",
        {},
        "Head office at http://hq:8 cannot be reached.",
    )
    unreadable = stored_error("Unreadable values.", "sync_refused", "{not json")
    assert unreadable is not None and (unreadable.code, str(unreadable)) == (
        "",
        "Unreadable values.",
    )
    assert stored_error(None, None, None) is None


# --- head office's answers that this Desk cannot use ----------------------------------


def _epoch(store) -> int:
    with store.db.read() as s:
        return client._state(s).epoch


@pytest.mark.parametrize(
    "body",
    [b"<html>Welcome to nginx!</html>", b'{"hq_clock": "yesterday", "new_epoch": 1}', b"[1, 2]"],
    ids=["not JSON", "another shape", "a list"],
)
def test_an_answer_not_head_office_s_is_kept_as_a_code_with_its_values(store, body):
    other = NotHeadOffice(200, body)
    with other.serving() as url:
        report = client.sync_once(store.paths, Endpoint(url, "credential"), timeout=5)
    values = {"url": url, "path": "/v1/handshake"}
    assert not report.ok
    assert (report.error_code, report.error_values) == ("sync_answer", values)
    assert report.error == (
        f"Head office at {url} answered /v1/handshake with something this Desk does not "
        "understand: nothing of it was written; Desk will try again."
    )
    assert _kept(store) == (report.error, "sync_answer", values)
    assert other.asked == ["/v1/handshake"]  # nothing more asked, nothing written
    assert _epoch(store) == 0


def test_a_page_of_its_own_rows_not_understood_brings_nothing_back(store):
    handshake = {
        "epoch": 1,
        "new_epoch": True,
        "cursor": 0,
        "last_key": None,
        "rows_at_hq": 3,
        "hq_clock": datetime.now(UTC).isoformat(),
    }
    other = NotHeadOffice(
        404,
        b"{}",
        by_path={
            "/v1/handshake": json.dumps(handshake).encode(),
            "/v1/rows": b'{"rows": "three", "next_version": null}',
        },
    )
    with other.serving() as url:
        report = client.sync_once(store.paths, Endpoint(url, "credential"), timeout=5)
    assert (report.error_code, report.error_values) == (
        "sync_answer",
        {"url": url, "path": "/v1/rows"},
    )
    assert other.asked == ["/v1/handshake", "/v1/rows"]
    assert (report.pulled_back, _epoch(store)) == (0, 0)  # the new epoch not begun


def test_an_error_page_without_head_office_s_words_is_kept_with_its_status(store):
    with NotHeadOffice(502, b"<h1>Bad gateway</h1>", "text/html").serving() as url:
        report = client.sync_once(store.paths, Endpoint(url, "credential"), timeout=5)
    values = {"url": url, "path": "/v1/handshake", "status": 502}
    assert (report.error_code, report.error_values) == ("sync_status", values)
    assert report.error == (
        f"Head office at {url} answered /v1/handshake with HTTP 502 and no reason; Desk "
        "will try again."
    )
    assert _kept(store) == (report.error, "sync_status", values)


# --- refusals raised inside the sync: each its own code, its English from MESSAGES ---


def _said(caught: pytest.ExceptionInfo[DeskError], code: str, **values: object) -> None:
    error = caught.value
    assert (error.code, error.values) == (code, values)
    assert str(error) == MESSAGES[code].format(**values)
    assert client._failure(error, "http://hq.example") is error  # kept as raised


def test_reference_data_this_desk_cannot_use_is_refused_naming_the_field(store):
    body = store_body(store)
    body["tenders"] = []
    with pytest.raises(DeskError) as caught:
        pull_reference(store.db, lambda have: answer_for(body, 2))
    _said(
        caught,
        "reference_unusable",
        version=2,
        field="tenders",
        problem="should name at least one way to pay.",
    )
    assert str(caught.value) == (
        "Head office's reference version 2 was not applied: this Desk cannot use it "
        "(tenders: should name at least one way to pay.). Tell head office."
    )
    with pytest.raises(DeskError) as caught:
        pull_reference(store.db, lambda have: {"version": True, "body": {}})
    _said(caught, "reference_answer")


@pytest.mark.parametrize(
    ("rows", "last", "code", "values"),
    [
        ([], "7", "records_answer", {}),
        ([{"t": "payment", "row": {}}], 1, "records_unknown", {}),
        (
            [{"t": "customer", "row": {"id": "c1", "shoe_size": 9}}],
            1,
            "hq_row_malformed",
            {"table": "customer", "columns": "shoe_size"},
        ),
        ([{"t": "line", "row": {"msisdn": "91234567"}}], 1, "hq_row_no_id", {"table": "line"}),
        ([{"t": "line", "row": ["not", "a", "row"]}], 1, "hq_row_no_id", {"table": "line"}),
        (
            [{"t": "identity_document", "row": {"id": "d1", "number_hash": "%%"}}],
            1,
            "hq_row_binary",
            {"table": "identity_document"},
        ),
    ],
    ids=["no version", "not a record", "unknown column", "no id", "not a row", "bad binary"],
)
def test_records_this_desk_cannot_take_are_refused_each_with_its_code(
    store, rows, last, code, values
):
    with pytest.raises(DeskError) as caught:
        pull_records(store.db, lambda after: {"rows": rows, "last_version": last})
    _said(caught, code, **values)


def test_an_enrolment_that_cannot_be_used_says_so_before_the_sync(store):
    store.paths.enrolment.write_text("{not json", encoding="utf-8")
    with pytest.raises(DeskError) as caught:
        client.sync_once(store.paths)
    assert caught.value.code == "enrolment_damaged"
    assert caught.value.values["path"] == str(store.paths.enrolment)
    assert str(caught.value).endswith("enrol this Desk again with desk enroll --again URL TOKEN.")
    enrolment = {
        "url": "http://hq.example",
        "store_id": "0190a8a0-0000-7000-8000-000000000001",
        "store_code": "HK01",
        "counter": 1,
        "local_store_id": "0190a8a0-0000-7000-8000-000000000002",
    }
    store.paths.enrolment.write_text(json.dumps(enrolment), encoding="utf-8")
    with pytest.raises(DeskError) as caught:
        load_enrolment(store.paths)
    _said(caught, "credential_missing", file=store.paths.credential_file.name)
