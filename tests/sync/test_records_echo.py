"""A store is not sent back the records that stand as it pushed them (their echo), but
hears every change another counter or a line event made, its own events included; head
office's schema 2 gains the echo at upgrade, its records kept."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from desk.core.cases import CaseReason
from desk.hq import schema
from desk.hq.db import make_engine, now, upgrade, url_for
from desk.services import line_actions
from tests.services.case_helpers import CHAN_LINE, Clock, counter_for, line_of
from tests.sync.records_setup import pull_page, record_version, synced, upgrade_from


def ids(answer: dict) -> set[str]:
    return {row["id"] for row in answer["rows"]}


def test_a_store_hears_what_others_changed_and_not_its_own_copies(two, hq_engine):
    a, b = two
    synced(a)
    with hq_engine.connect() as conn:
        made = {row_id.hex for row_id in conn.execute(select(schema.record.c.row_id)).scalars()}
    assert len(made) >= 3 * len(a.customers)
    # A made them all: head office sends A none back, and B every one.
    mine = pull_page(a)
    assert mine["rows"] == [] and mine["last_version"] == record_version(hq_engine)
    assert ids(pull_page(b)) == made
    synced(b)

    # B changes Chan's phone: A hears it; B is not sent its own copy back.
    chan = a.customers["chan"].hex
    with b.db.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE customer SET contact_phone = '+85261111111' WHERE id = ?", (chan,)
        )
    before = record_version(hq_engine)
    synced(b)
    assert ids(pull_page(a, before)) == {chan}
    assert pull_page(b, before)["rows"] == []
    assert synced(a).records.changed == 1

    # A reports Chan's line lost: the line as head office's event made it comes back to A
    # as well (head office cannot know A's line stood as its own did).
    line = line_of(a, CHAN_LINE)
    line_actions.report_lost(a.db, counter_for(a, Clock()), a.clerk, line, CaseReason.LOST)
    before = record_version(hq_engine)
    synced(a)
    assert ids(pull_page(a, before)) == ids(pull_page(b, before)) == {line.hex}


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_head_office_at_schema_2_gains_the_echo_at_upgrade(kind, request, tmp_path):
    if kind == "postgresql":
        url = request.getfixturevalue("pg_db").owner_url
    else:
        url = url_for(None, tmp_path)
    engine = make_engine(url)
    rec = schema.record
    try:
        upgrade(engine)
        row_id = uuid.uuid4()
        with engine.begin() as conn:  # as schema 2 left it, with a record
            conn.execute(
                rec.insert().values(
                    tbl="customer",
                    row_id=row_id,
                    version=1,
                    home_store=uuid.uuid4(),
                    refs=None,
                    body={"id": row_id.hex, "name_en": "CHAN Tai Man"},
                    updated_at=now(),
                )
            )
            for column in ("echo_store", "echo_counter"):
                conn.exec_driver_sql(f"ALTER TABLE hq_record DROP COLUMN {column}")
        upgrade_from(engine, 2)
        with engine.connect() as conn:
            kept = conn.execute(select(rec)).one()
        assert kept.row_id == row_id and kept.body["name_en"] == "CHAN Tai Man"
        assert (kept.echo_store, kept.echo_counter) == (None, None)
    finally:
        engine.dispose()
