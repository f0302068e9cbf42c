"""The SIM-swap guard across the chain: a case or failed checks at one store (or one
counter) are seen at the next, through head office; head office out of reach opens the
case but asks a supervisor, in words; a Desk not enrolled guards as before."""

from __future__ import annotations

import http.server
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from desk.config import Paths
from desk.core.cases import CaseReason
from desk.core.enums import DocumentKind
from desk.core.guard import Finding, GuardCode, Verdict
from desk.hq.pgcluster import free_port
from desk.services import case_checks, case_flow, case_intake, line_actions
from desk.services.case_context import Counter
from desk.services.case_wizard_reads import wizard_line
from desk.services.errors import DeskError
from desk.services.stores import id_cipher, open_database
from desk.store.case_models import LineEvent
from desk.store.models import IdentityDocument
from desk.sync.chain_guard import ask_chain, chain_asker
from desk.sync.client import sync_once
from tests import factories
from tests.factories import WONG_HKID, make_store
from tests.hq.server import running_hq
from tests.services.case_helpers import (
    CHAN_LINE,
    Clock,
    counter_for,
    line_of,
    pay_case,
    verified_case,
)
from tests.sync.harness import Endpoint, add_store, answering, enrol_directly


@pytest.fixture
def chain(tmp_path, hq_engine):
    """Stores A and B (each its own Desk) enrolled at one head office, served over HTTP."""
    a, b = make_store(tmp_path / "a"), make_store(tmp_path / "b")
    ids = {}
    for code, store in (("HKA", a), ("HKB", b)):
        hq_id = add_store(hq_engine, code)
        ids[code] = (hq_id, enrol_directly(hq_engine, hq_id, store.store.id))
    with running_hq(hq_engine) as url:
        yield url, (a, Endpoint(url, ids["HKA"][1])), (b, Endpoint(url, ids["HKB"][1])), ids
    for store in (a, b):
        store.db.close()


def enrolled(store: factories.TestStore, endpoint: Endpoint) -> Counter:
    """The store's counter asking head office (on the real clock: head office's is)."""
    return replace(counter_for(store, Clock(datetime.now(UTC))), chain=chain_asker(endpoint))


def fail_id_checks(
    store: factories.TestStore, counter: Counter, msisdn: str, typed: str, n: int = 3
):
    """A case on the line and ``n`` ID checks failed on it with the number ``typed``;
    then the case is cancelled (it is the failures that count)."""
    line = line_of(store, msisdn)
    case_id = case_intake.open_case(
        store.db, counter, store.clerk, line, CaseReason.DAMAGED
    ).case_id
    for _ in range(n):
        case_checks.check_id_document(
            store.db, counter, store.clerk, case_id, DocumentKind.HKID, typed
        )
    case_flow.cancel(store.db, counter, store.clerk, case_id, "customer left")


def test_a_case_open_at_one_store_refuses_the_line_at_the_next(chain):
    _url, (a, a_end), (b, b_end), _ids = chain
    at_a, at_b = enrolled(a, a_end), enrolled(b, b_end)
    line_a = line_of(a, CHAN_LINE)
    line_actions.report_lost(a.db, at_a, a.clerk, line_a, CaseReason.LOST)
    case_intake.open_case(a.db, at_a, a.clerk, line_a, CaseReason.LOST)
    line_b = line_of(b, CHAN_LINE)
    line_actions.report_lost(b.db, at_b, b.clerk, line_b, CaseReason.LOST)
    # Before A synced, head office knows nothing of A's case.
    first = case_intake.open_case(b.db, at_b, b.clerk, line_b, CaseReason.LOST)
    case_flow.cancel(b.db, at_b, b.clerk, first.case_id, "opened by mistake")

    assert sync_once(a.paths, a_end).ok
    with pytest.raises(DeskError) as refused:
        case_intake.open_case(b.db, at_b, b.clerk, line_b, CaseReason.LOST)
    assert refused.value.code == "open_case_elsewhere"
    assert refused.value.values["store"] == "HKA" and refused.value.values["counter"] == 1
    assert "store HKA, counter 1" in str(refused.value)


def test_failed_checks_at_one_store_count_at_the_next(chain):
    _url, (a, a_end), (b, b_end), _ids = chain
    at_a, at_b = enrolled(a, a_end), enrolled(b, b_end)
    # At A: someone fails the ID check three times on Chan's line (typing Wong's HKID),
    # and three times on Wong's line typing Chan's HKID.
    fail_id_checks(a, at_a, CHAN_LINE, WONG_HKID)
    fail_id_checks(a, at_a, "+85253456789", "A123456(3)")
    assert sync_once(a.paths, a_end).ok
    with a.db.read() as s:
        chan_hash_a = bytes(
            s.scalar(
                select(IdentityDocument.number_hash).where(
                    IdentityDocument.customer_id == a.customers["chan"]
                )
            )
            or b""
        )
    answer = ask_chain(b_end, msisdn=CHAN_LINE, doc_hash_hex=chan_hash_a.hex())
    assert answer is not None
    assert len(answer.line_failures) == 3 and len(answer.document_failures) == 3
    assert answer.stores == ("HKA",) and not answer.open_cases
    # A asking about itself hears nothing: it counts its own rows.
    own = ask_chain(a_end, msisdn=CHAN_LINE, doc_hash_hex=chan_hash_a.hex())
    assert own is not None and not own.line_failures and not own.document_failures

    case_id = verified_case(b, at_b)  # the draft opens: the lock is a supervisor's
    lock = only_finding(b, at_b)
    assert lock.code is GuardCode.FAILURE_LOCK
    assert (lock.values["line_failures"], lock.values["document_failures"]) == (3, 0)
    # Enrolled stores share the chain's key for ID numbers (enrolment brings it): here
    # B's record of Chan's HKID is given A's keyed hash; submitting asks head office
    # again, and the failures on the document count too.
    with b.db.write() as s:
        doc = s.scalar(
            select(IdentityDocument).where(IdentityDocument.customer_id == b.customers["chan"])
        )
        assert doc is not None
        doc.number_hash = chan_hash_a
    pay_case(b, at_b, case_id)
    with pytest.raises(DeskError) as refused:
        case_flow.submit(b.db, at_b, b.clerk, case_id)
    assert refused.value.code == "failure_lock"
    lock = only_finding(b, at_b)
    assert (lock.values["line_failures"], lock.values["document_failures"]) == (3, 3)
    # B's supervisor clears the lock after seeing the customer: the case goes through.
    line_actions.clear_failure_lock(
        b.db, at_b, b.supervisor, line_of(b, CHAN_LINE), "customer known to the shop"
    )
    at_b.clock.advance(seconds=1)  # type: ignore[attr-defined]
    assert case_flow.submit(b.db, at_b, b.clerk, case_id).application_number


def only_finding(store: factories.TestStore, counter: Counter) -> Finding:
    """What the wizard shows the guard still needs for Chan's case: one finding."""
    case = wizard_line(store.db, counter, store.clerk, line_of(store, CHAN_LINE)).case
    assert case is not None and case.guard.verdict is Verdict.NEEDS_SUPERVISOR
    (finding,) = case.guard.findings
    return finding


def test_two_counters_of_one_store_see_each_others_cases(tmp_path, hq_engine):
    one = make_store(tmp_path / "one")
    two = second_counter(one, tmp_path / "two")
    hq_id = add_store(hq_engine, "HK01")
    cred_one = enrol_directly(hq_engine, hq_id, one.store.id, 1)
    cred_two = enrol_directly(hq_engine, hq_id, one.store.id, 2)
    with running_hq(hq_engine) as url:
        at_one = enrolled(one, Endpoint(url, cred_one))
        at_two = replace(enrolled(two, Endpoint(url, cred_two)), number=2)
        line = line_of(one, CHAN_LINE)
        line_actions.report_lost(one.db, at_one, one.clerk, line, CaseReason.LOST)
        case_intake.open_case(one.db, at_one, one.clerk, line, CaseReason.LOST)
        assert sync_once(one.paths, Endpoint(url, cred_one)).ok
        line_actions.report_lost(two.db, at_two, two.clerk, line, CaseReason.LOST)
        with pytest.raises(DeskError) as refused:
            case_intake.open_case(two.db, at_two, two.clerk, line, CaseReason.LOST)
    assert refused.value.code == "open_case_elsewhere"
    assert refused.value.values == {
        "store": "HK01",
        "counter": 1,
        "application_number": None,
        "status": "draft",
    }
    for store in (one, two):
        store.db.close()


def second_counter(store: factories.TestStore, folder: Path) -> factories.TestStore:
    """Counter 2 of the same store: its own Desk, made from a copy of counter 1's."""
    folder.mkdir(mode=0o700)
    paths = Paths(folder)
    src, dst = sqlite3.connect(store.paths.database), sqlite3.connect(paths.database)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    shutil.copy2(store.paths.key_file, paths.key_file)
    db = open_database(paths)
    return factories.TestStore(
        paths, db, store.store, id_cipher(db, paths), store.clerk, store.supervisor
    )


# --- head office out of reach -------------------------------------------------------


class _Sleepy(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        time.sleep(3)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


class _NotJson(_Sleepy):
    def do_POST(self) -> None:
        body = b"<html>gateway</html>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def head_office(kind: str) -> Iterator[str]:
    if kind == "nothing listens":
        yield f"http://127.0.0.1:{free_port()}"
    else:
        with answering(_Sleepy if kind == "hangs" else _NotJson) as url:
            yield url


@pytest.mark.parametrize("kind", ["nothing listens", "hangs", "not json"])
def test_head_office_out_of_reach_opens_the_case_for_a_supervisor(store, kind):
    with head_office(kind) as url:
        counter = replace(counter_for(store), chain=chain_asker(Endpoint(url, "secret")))
        line = line_of(store, CHAN_LINE)
        line_actions.report_lost(store.db, counter, store.clerk, line, CaseReason.LOST)
        started = time.monotonic()
        opened = case_intake.open_case(store.db, counter, store.clerk, line, CaseReason.LOST)
        assert time.monotonic() - started < 1.6  # about the 1 s timeout, whatever head office does
        guard = wizard_line(store.db, counter, store.clerk, line).case.guard  # type: ignore[union-attr]
        assert guard.verdict is Verdict.NEEDS_SUPERVISOR
        (finding,) = guard.findings
        assert finding.code is GuardCode.CHAIN_UNREACHABLE
        assert "Head office could not be asked" in finding.message
        with store.db.read() as s:
            kept = s.scalars(
                select(LineEvent.action).where(LineEvent.case_id == opened.case_id)
            ).all()
        assert kept == ["chain_unreachable"]


def test_a_supervisor_approves_a_case_head_office_could_not_be_asked_about(store):
    counter = replace(
        counter_for(store), chain=chain_asker(Endpoint(f"http://127.0.0.1:{free_port()}", "x"))
    )
    case_id = verified_case(store, counter)
    pay_case(store, counter, case_id)
    with pytest.raises(DeskError) as refused:
        case_flow.submit(store.db, counter, store.clerk, case_id)
    assert refused.value.code == "chain_unreachable"
    case_intake.approve(
        store.db,
        counter,
        store.clerk,
        store.supervisor,
        case_id,
        GuardCode.CHAIN_UNREACHABLE,
        "network down in the mall; customer known",
    )
    assert case_flow.submit(store.db, counter, store.clerk, case_id).application_number


def test_a_desk_not_enrolled_guards_as_before(store):
    counter = counter_for(store)
    assert counter.chain is None
    case_id = verified_case(store, counter)
    pay_case(store, counter, case_id)
    with store.db.read() as s:
        assert not s.scalars(select(LineEvent.action).where(LineEvent.action.like("chain%"))).all()
    assert case_flow.submit(store.db, counter, store.clerk, case_id).application_number


# --- head office's route ------------------------------------------------------------


MALFORMED = [
    {},
    {"msisdn": "51234567"},
    {"msisdn": "+85251234567", "doc_hash": "xyz"},
    {"msisdn": "+85251234567", "doc_hash": "a" * 63},
    {"msisdn": "+85251234567", "days": 0},
    {"msisdn": "+85251234567", "days": 91},
    {"msisdn": "+85251234567", "days": "many"},
    {"msisdn": "+85251234567", "extra": 1},
    {"msisdn": ["+85251234567"]},
    ["+85251234567"],
]


def test_a_malformed_question_is_a_422_in_words(chain):
    url, (_a, a_end), _b, _ids = chain
    auth = {"Authorization": f"Bearer {a_end.credential}"}
    for body in MALFORMED:
        answer = httpx.post(url + "/v1/guard", json=body, headers=auth)
        assert answer.status_code == 422, body
        assert answer.json()["error"] == "malformed"
    answer = httpx.post(url + "/v1/guard", content=b"{not json", headers=auth)
    assert answer.status_code == 422


def test_the_question_needs_a_credential(chain):
    url, *_ = chain
    answer = httpx.post(url + "/v1/guard", json={"msisdn": "+85251234567"})
    assert answer.status_code == 401
    assert ask_chain(Endpoint(url, "wrong"), msisdn="+85251234567", doc_hash_hex=None) is None


def test_every_table_the_guard_reads_carries_the_key_it_is_read_by():
    """A table head office's guard reads by line or by ID document must push that key
    (desk.sync.tables): else its rows are at head office and the guard never sees them.
    identity_document is not among them: by document, only failed checks count."""
    from desk.hq.routes_guard import DOC_TABLES, LINE_TABLES
    from desk.sync.tables import BY_NAME

    assert [t for t in LINE_TABLES if not BY_NAME[t].line_sql] == []
    assert [t for t in DOC_TABLES if not BY_NAME[t].doc_sql] == []
    assert "identity_document" not in DOC_TABLES
