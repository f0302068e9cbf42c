"""The chain's customer and line records move incrementally by version: a customer made
at one store is found by ID at the next; a line reported lost or given a new card at
one store is so at every store; head office wins, except over a change not yet pushed;
a malformed answer writes nothing; head office's schema 1 gains the records."""

from __future__ import annotations

import base64
import uuid

import httpx
import pytest
from sqlalchemy import select, update

from desk.core.cases import CaseAction, CaseReason, Handover
from desk.core.errors import DeskError
from desk.hq import schema
from desk.hq.records import VERSION_KEY
from desk.services import case_flow, line_actions
from desk.services.lookup import search
from desk.store.models import Carrier, Customer, Line, LineStatus
from desk.store.name_index import count_problems
from desk.sync import records
from desk.sync.enrolment import load_enrolment
from tests.services.case_helpers import (
    CHAN_LINE,
    Clock,
    counter_for,
    line_of,
    pay_case,
    verified_case,
)
from tests.sync.records_setup import (
    bare_store,
    line_row,
    pull_page,
    pulled_version,
    record_version,
    synced,
    upgrade_from,
)
from tests.sync.test_enrolment import enroll, found, token_for


def test_a_customer_made_at_one_store_is_found_by_id_at_the_next(two, hq_engine):
    a, b = two
    assert found(b.paths) == {name: set() for name in found(b.paths)}
    synced(a)
    first = synced(b)
    assert first.records.added >= 3 * len(a.customers) and first.records.passed_over == 0
    # Found by ID number at B, as the lookup finds anyone: they are A's customers.
    assert found(b.paths) == {name: {a.customers[name]} for name in found(b.paths)}
    # And by name, the name index and its counts as a customer saved at B leaves them.
    for typed in ("陳大文", "CHAN Tai", "chen"):
        assert [r.id for r in search(b.db, b.cipher, typed).rows if r.matched_by == "name"]
    with b.db.read() as s:
        assert count_problems(s.connection().connection.driver_connection) == []
    # B's copy of Chan's line names B's own carrier and product of the same codes.
    line_a, line_b = line_row(a), line_row(b)
    assert line_b.id == line_a.id and line_b.iccid == line_a.iccid
    with b.db.read() as s:
        carrier = s.get(Carrier, line_b.carrier_id)
        assert carrier is not None and carrier.code == "CMHK"
        assert s.scalar(select(Customer.store_id).where(Customer.id == a.customers["chan"])) is None
    # Incremental: nothing new, nothing pulled; both stand at head office's newest version.
    again = synced(b)
    assert (again.records.added, again.records.changed) == (0, 0)
    assert pulled_version(b) == record_version(hq_engine) > 0
    home = synced(a)  # A hears its own records back, the same as it has them
    assert (home.records.added, home.records.changed, home.records.passed_over) == (0, 0, 0)
    assert pulled_version(a) == record_version(hq_engine)


def test_a_line_reported_lost_and_given_a_new_card_at_one_store_is_so_at_every_store(
    two, hq_engine
):
    a, b = two
    synced(a)
    synced(b)
    clock = Clock()
    at_b = counter_for(b, clock)
    line = line_of(b, CHAN_LINE)
    line_actions.report_lost(b.db, at_b, b.clerk, line, CaseReason.LOST)
    synced(b)
    assert synced(a).records.changed == 1
    assert line_row(a).status is LineStatus.SUSPENDED

    # At B, a whole case on A's customer's line: the ID check passes on the chain's key.
    case_id = verified_case(b, at_b, handover=Handover.COUNTER)
    pay_case(b, at_b, case_id)
    case_flow.submit(b.db, at_b, b.clerk, case_id)
    for action in (
        CaseAction.APPROVE,
        CaseAction.ISSUE_CARD,
        CaseAction.DELIVER,
        CaseAction.ACTIVATE,
    ):
        clock.advance(minutes=5)
        case_flow.advance(b.db, at_b, b.clerk, case_id, action)
    new_card = line_row(b)
    assert new_card.status is LineStatus.ACTIVE and new_card.iccid != line_row(a).iccid
    synced(b)
    assert synced(a).records.changed >= 1
    at_a = line_row(a)
    assert (at_a.iccid, at_a.iccid_tail_key, at_a.status) == (
        new_card.iccid,
        new_card.iccid_tail_key,
        LineStatus.ACTIVE,
    )
    # A line event already applied is not applied again when B's rows are all pushed
    # once more (a new epoch): the line stays as it is.
    with hq_engine.connect() as conn:
        before = conn.execute(
            select(schema.record.c.version, schema.record.c.body).where(
                schema.record.c.row_id == uuid.UUID(hex=line.hex)
            )
        ).one()
    with b.db.write() as s:
        s.connection().exec_driver_sql("UPDATE sync_state SET acked_seq = 0")
        from desk.sync.outbox import start_capture

        start_capture(s)
    synced(b)
    with hq_engine.connect() as conn:
        after = conn.execute(
            select(schema.record.c.version, schema.record.c.body).where(
                schema.record.c.row_id == uuid.UUID(hex=line.hex)
            )
        ).one()
    assert after == before


def test_head_office_wins_except_over_a_change_not_yet_pushed(two):
    a, b = two
    synced(a)
    synced(b)
    chan = a.customers["chan"].hex
    with a.db.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE customer SET contact_phone = '+85261111111' WHERE id = ?", (chan,)
        )
    synced(a)
    # B's clerk changed the same customer and B has not pushed it yet.
    with b.db.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE customer SET contact_phone = '+85262222222' WHERE id = ?", (chan,)
        )
    with b.db.read() as s:
        row = dict(
            s.connection()
            .exec_driver_sql("SELECT * FROM customer WHERE id = ?", (chan,))
            .mappings()
            .one()
        )
    row.pop("search_key")
    theirs = {
        "t": "customer",
        "id": chan,
        "version": 10**9,
        "row": {**row, "contact_phone": "+85261111111"},
    }
    done = records.apply_page(b.db, [theirs], 10**9)
    assert (done.kept_local, done.changed) == (1, 0)

    def phone(st):
        with st.db.read() as s:
            return s.scalar(
                select(Customer.contact_phone).where(Customer.id == a.customers["chan"])
            )

    assert phone(b) == "+85262222222"
    # The next syncs: B's change reaches head office, and from there every store.
    with b.db.write() as s:
        s.connection().exec_driver_sql("UPDATE sync_state SET pulled_version = 0")
    synced(b)
    synced(a)
    assert phone(a) == phone(b) == "+85262222222"


def test_a_malformed_answer_writes_nothing(two):
    a, b = two
    synced(a)
    answer = pull_page(b)
    assert answer["rows"] and answer["more"] is False
    doc = next(r for r in answer["rows"] if r["t"] == "identity_document")
    bad_answers = [
        [],
        {"rows": answer["rows"]},  # no version
        {**answer, "last_version": -1},
        {**answer, "rows": [*answer["rows"], {"t": "staff", "id": "x", "row": {}}]},
        {**answer, "rows": [*answer["rows"], {**doc, "row": {**doc["row"], "pin_hash": "x"}}]},
        {**answer, "rows": [*answer["rows"], {**doc, "row": {**doc["row"], "number_hash": "%%"}}]},
        {**answer, "rows": [*answer["rows"], {**doc, "row": "not a row"}]},
    ]
    for bad in bad_answers:
        with pytest.raises(DeskError) as refused:
            records.pull_records(b.db, lambda _after, bad=bad: bad)
        assert "Head office" in str(refused.value) and "nothing" in str(refused.value)
        with b.db.read() as s:
            assert s.scalar(select(Customer.id).limit(1)) is None
        assert pulled_version(b) == 0
    assert base64.b64decode(doc["row"]["number_hash"])  # the good one was well formed


def test_a_line_that_cannot_be_placed_is_passed_over(two):
    a, b = two
    synced(a)
    synced(b)
    line = line_row(b, "+85253456789")
    with b.db.read() as s:
        row = dict(
            s.connection()
            .exec_driver_sql("SELECT * FROM line WHERE id = ?", (line.id.hex,))
            .mappings()
            .one()
        )
    stranger = {**row, "id": uuid.uuid4().hex, "msisdn": "+85259999999", "iccid": None}
    twin = {**row, "id": uuid.uuid4().hex, "iccid": None}  # Wong's number, another line
    pages = [
        {"t": "line", "id": stranger["id"], "row": stranger, "refs": {"carrier": "NOPE"}},
        {"t": "line", "id": twin["id"], "row": twin, "refs": {"carrier": "CMHK"}},
    ]
    done = records.apply_page(b.db, pages, pulled_version(b))
    assert (done.passed_over, done.added) == (2, 0)
    with b.db.read() as s:
        assert s.get(Line, uuid.UUID(hex=stranger["id"])) is None
        assert s.get(Line, uuid.UUID(hex=twin["id"])) is None


def test_a_fresh_store_gets_a_lines_customer_before_the_line(
    capsys, tmp_path, two, hq_engine, hq_url
):
    a, _b = two
    synced(a)
    with a.db.write() as s:  # Chan's record changes after her ID document and line
        s.execute(
            update(Customer)
            .where(Customer.id == a.customers["chan"])
            .values(name_en="CHAN Tai Man Peter")
        )
    synced(a)
    c = bare_store(tmp_path / "kl03", "KL03")
    try:
        assert enroll(capsys, c, hq_url, token_for(hq_engine, "KL03"))[0] == 0
        enrolment = load_enrolment(c.paths)
        assert enrolment is not None
        with httpx.Client(
            base_url=enrolment.url,
            headers={"Authorization": f"Bearer {enrolment.credential}"},
        ) as http:
            pulled = records.pull_records(
                c.db,
                lambda after: http.get(
                    "/v1/records", params={"after_version": after, "limit": 1}
                ).json(),
            )
        assert pulled.passed_over == 0
        assert found(c.paths) == {name: {a.customers[name]} for name in found(c.paths)}
    finally:
        c.db.close()


def test_head_office_at_schema_1_gains_the_records_at_upgrade(two, hq_engine):
    a, _b = two
    synced(a)
    rec, meta = schema.record, schema.meta
    with hq_engine.connect() as conn:
        made = set(conn.execute(select(rec.c.tbl, rec.c.row_id)).all())
    assert {t for t, _ in made} == {"customer", "identity_document", "line"}
    with hq_engine.begin() as conn:  # as schema 1 left it
        conn.execute(rec.delete())
        conn.execute(meta.delete().where(meta.c.key == VERSION_KEY))
    upgrade_from(hq_engine, 1)
    with hq_engine.connect() as conn:
        assert set(conn.execute(select(rec.c.tbl, rec.c.row_id)).all()) == made
    assert record_version(hq_engine) == len(made)
