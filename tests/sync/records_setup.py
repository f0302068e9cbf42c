"""Two enrolled stores and what the records tests read of them (the ``two`` fixture is
in conftest.py)."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select, update

from desk.config import Paths
from desk.core.errors import DeskError
from desk.hq import schema
from desk.hq.db import check_ready, upgrade
from desk.hq.records import VERSION_KEY
from desk.services import auth
from desk.services.stores import create_store, id_cipher, open_database
from desk.store.models import Line, Role
from desk.sync.client import sync_once
from desk.sync.enrolment import load_enrolment
from tests import factories
from tests.factories import CLERK_PIN, SUPERVISOR_PIN
from tests.services.case_helpers import CHAN_LINE


def bare_store(folder, code: str) -> factories.TestStore:
    """A store with the same catalogue (its own ids for it) and no customers."""
    paths = Paths(folder)
    db = open_database(paths, create=True)
    info = create_store(db, paths, code=code, name=f"Store {code}")
    factories.add_catalog(db)
    cipher = id_cipher(db, paths)
    staff = [
        auth.add_staff(
            db, login=login, display_name=login, role=role, pin=pin, pepper=cipher.pin_pepper
        )
        for login, role, pin in (
            ("clerk", Role.CLERK, CLERK_PIN),
            ("supervisor", Role.SUPERVISOR, SUPERVISOR_PIN),
        )
    ]
    return factories.TestStore(paths, db, info, cipher, *staff)


def synced(st: factories.TestStore):
    report = sync_once(st.paths)
    assert report.ok, report.error
    return report


def line_row(st: factories.TestStore, msisdn: str = CHAN_LINE) -> Line:
    with st.db.read() as s:
        line = s.scalar(select(Line).where(Line.msisdn == msisdn))
        assert line is not None
        s.expunge(line)
        return line


def record_version(engine) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == VERSION_KEY)
            ).scalar_one()
        )


def pulled_version(st: factories.TestStore) -> int:
    with st.db.read() as s:
        return int(
            s.connection()
            .exec_driver_sql("SELECT pulled_version FROM sync_state WHERE id = 1")
            .scalar_one()
        )


def pull_page(st: factories.TestStore, after: int = 0, limit: int = 2000) -> dict:
    """Head office's answer to this store's ``GET /v1/records``."""
    enrolment = load_enrolment(st.paths)
    assert enrolment is not None
    with httpx.Client(
        base_url=enrolment.url, headers={"Authorization": f"Bearer {enrolment.credential}"}
    ) as http:
        answer = http.get("/v1/records", params={"after_version": after, "limit": limit})
        assert answer.status_code == 200, answer.text
        return answer.json()


def upgrade_from(engine, version: int) -> None:
    """Head office's database marked as schema ``version`` left it: refused until
    ``desk hq db upgrade``, ready after it."""
    meta = schema.meta
    with engine.begin() as conn:
        conn.execute(update(meta).where(meta.c.key == "schema_version").values(value=str(version)))
    with pytest.raises(DeskError, match="desk hq db upgrade"):
        check_ready(engine)
    upgrade(engine)
    check_ready(engine)
