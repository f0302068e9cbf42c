"""Head office for the sync tests: on the real PostgreSQL server the tests start
(``pg_db``), and on the SQLite file of a one-machine trial."""

from __future__ import annotations

import pytest

from desk.hq.db import make_engine, upgrade, url_for
from desk.services.stores import id_cipher
from tests.sync.records_setup import bare_store
from tests.sync.test_enrolment import enroll, token_for


def _on_postgresql(request):
    """Head office's database set up by its owner role, used through the service's role
    (which does not own the tables)."""
    db = request.getfixturevalue("pg_db")
    owner = make_engine(db.owner_url)
    upgrade(owner)
    owner.dispose()
    return make_engine(db.app_url)


@pytest.fixture(params=["postgresql", "sqlite"])
def hq_engine(request, tmp_path):
    """Head office's database, on PostgreSQL and on the trial's SQLite file."""
    if request.param == "sqlite":
        engine = make_engine(url_for(None, tmp_path))
        upgrade(engine)
    else:
        engine = _on_postgresql(request)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_engine(request):
    """Head office on PostgreSQL only (the heavy proofs)."""
    engine = _on_postgresql(request)
    yield engine
    engine.dispose()


@pytest.fixture
def hq_url(hq_engine):
    """``hq_engine`` served over real HTTP (tests/hq/server.py)."""
    from tests.hq.server import running_hq

    with running_hq(hq_engine) as url:
        yield url


@pytest.fixture
def two(capsys, tmp_path, store, hq_engine, hq_url):
    """Store HK01 with its customers and store KL02 with none, both enrolled."""
    other = bare_store(tmp_path / "kl02", "KL02")
    for st, code in ((store, "HK01"), (other, "KL02")):
        assert enroll(capsys, st, hq_url, token_for(hq_engine, code))[0] == 0
        # Enrolment re-keys the ID data: the test store's cipher follows.
        st.cipher = id_cipher(st.db, st.paths)
    yield store, other
    other.db.close()
