"""A failed sync keeps its error as a code with values as well as in English, so that the
Sync page can show it in the clerk's language: head office unreachable, not answering
in time, refusing; a DeskError raised during the sync keeps its own code and values.
Real store files, a real closed port, a real silent socket and a real head office."""

from __future__ import annotations

import json
import socket

import pytest

from desk.hq.pgcluster import free_port
from desk.services.stores import open_database
from desk.sync import client
from desk.sync.errors import stored_error, values_json
from desk.sync.reference_format import SnapshotError
from desk.sync.status import read_status
from tests.hq.server import running_hq
from tests.sync.harness import Endpoint


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
