"""Head office on its SQLite trial file, served over real HTTP."""

from __future__ import annotations

import pytest

from tests.hq.server import running_hq, trial_engine


@pytest.fixture
def hq_dir(tmp_path):
    return tmp_path / "hq"


@pytest.fixture
def hq_engine(hq_dir):
    engine = trial_engine(hq_dir)
    yield engine
    engine.dispose()


@pytest.fixture
def hq_url(hq_engine):
    with running_hq(hq_engine) as url:
        yield url
