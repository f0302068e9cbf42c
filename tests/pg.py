"""A real PostgreSQL for head office's tests: one private cluster for the whole session
(``pg_cluster``) and a fresh database with its owner and app roles per test (``pg_db``).

PostgreSQL missing is a failure, not a skip: ``make test`` installs it (Debian's
``postgresql``, through scripts/bootstrap.sh), and CI must too.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desk.hq.pgcluster import PgCluster, find_bin_dir

APP_PASSWORD = "app-secret"
OWNER_PASSWORD = "owner-secret"
_numbers = itertools.count(1)


@dataclass(frozen=True)
class PgDatabase:
    """A test's own database; both URLs are SQLAlchemy URLs with the psycopg 3 driver."""

    name: str
    owner: str
    app: str
    owner_url: str
    app_url: str
    admin_url: str


def cluster_directory() -> Path:
    """A fresh directory for a cluster, under the system's temporary directory: as root
    the server runs as another user, who cannot enter pytest's own (0700) tmp dirs."""
    return Path(tempfile.mkdtemp(prefix="desk-pg-"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One private PostgreSQL server for the session, stopped and removed at its end."""
    try:
        find_bin_dir()
    except RuntimeError as e:
        pytest.fail(f"Head office's tests need a PostgreSQL server: {e}", pytrace=False)
    directory = cluster_directory()
    cluster = PgCluster(directory)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def pg_db(pg_cluster: PgCluster) -> Iterator[PgDatabase]:
    """A new database with its own owner role (owns the schema) and app role (reads and
    writes, owns nothing); dropped after the test."""
    name = f"desk_test_{next(_numbers)}"
    owner, app = f"{name}_owner", f"{name}_app"
    pg_cluster.create_database(name)
    pg_cluster.create_roles(
        name, owner=owner, app=app, app_password=APP_PASSWORD, owner_password=OWNER_PASSWORD
    )
    yield PgDatabase(
        name=name,
        owner=owner,
        app=app,
        owner_url=pg_cluster.url(name, owner, OWNER_PASSWORD),
        app_url=pg_cluster.url(name, app, APP_PASSWORD),
        admin_url=pg_cluster.admin_url(name),
    )
    pg_cluster.drop_database(name, roles=(app, owner))
