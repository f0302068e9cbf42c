"""The private PostgreSQL server head office's tests and trial run on: it answers, the app
role reads and writes what the owner made but cannot drop or alter it, databases are
apart, and stop() stops it."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import ProgrammingError

from desk.hq import pgcluster
from desk.hq.pg_roles import grant_app
from desk.hq.pgcluster import PgCluster, free_port
from tests.pg import PgDatabase, cluster_directory


def engine(url: str) -> sa.Engine:
    return sa.create_engine(url, poolclass=sa.pool.NullPool)


def scalar(url: str, query: str) -> object:
    e = engine(url)
    try:
        with e.connect() as conn:
            return conn.execute(sa.text(query)).scalar()
    finally:
        e.dispose()


def test_the_cluster_answers_a_real_query(pg_cluster: PgCluster) -> None:
    assert scalar(pg_cluster.admin_url(), "SELECT 6 * 7") == 42
    version = scalar(pg_cluster.admin_url(), "SHOW server_version_num")
    assert int(str(version)) >= 130000
    assert scalar(pg_cluster.admin_url(), "SHOW listen_addresses") == "127.0.0.1"


def test_the_app_role_reads_and_writes_the_owners_tables_but_owns_none(
    pg_db: PgDatabase,
) -> None:
    owner = engine(pg_db.owner_url)
    app = engine(pg_db.app_url)
    try:
        with owner.begin() as conn:
            conn.execute(sa.text("CREATE TABLE before_grant (id serial PRIMARY KEY, n int)"))
        grant_app(owner, pg_db.app)
        with owner.begin() as conn:  # made after the grants: default privileges cover it
            conn.execute(sa.text("CREATE TABLE store (id bigserial PRIMARY KEY, name text)"))

        with app.begin() as conn:
            conn.execute(sa.text("INSERT INTO store (name) VALUES ('HK01'), ('HK02')"))
            conn.execute(sa.text("UPDATE store SET name = 'HK03' WHERE name = 'HK02'"))
            conn.execute(sa.text("DELETE FROM store WHERE name = 'HK01'"))
            conn.execute(sa.text("INSERT INTO before_grant (n) VALUES (1)"))
        with app.connect() as conn:
            assert conn.execute(sa.text("SELECT name FROM store")).scalars().all() == ["HK03"]
            assert conn.execute(sa.text("SELECT current_user")).scalar() == pg_db.app

        for statement in (
            "DROP TABLE store",
            "ALTER TABLE store ADD COLUMN extra text",
            "TRUNCATE store",
            "CREATE TABLE mine (id int)",
            "DROP TABLE before_grant",
        ):
            with app.connect() as conn, pytest.raises(ProgrammingError) as refused:
                conn.execute(sa.text(statement))
            assert "InsufficientPrivilege" in type(refused.value.orig).__name__, statement

        with owner.connect() as conn:  # the owner still can
            conn.execute(sa.text("ALTER TABLE store ADD COLUMN extra text"))
            conn.commit()
    finally:
        owner.dispose()
        app.dispose()


def test_two_databases_are_apart(pg_cluster: PgCluster, pg_db: PgDatabase) -> None:
    other = "desk_test_other"
    pg_cluster.create_database(other)
    pg_cluster.create_roles(other, owner="other_owner", app="other_app", app_password="x")
    first = engine(pg_db.owner_url)
    second = engine(pg_cluster.url(other, "other_owner"))
    try:
        with first.begin() as conn:
            conn.execute(sa.text("CREATE TABLE store (name text)"))
            conn.execute(sa.text("INSERT INTO store VALUES ('HK01')"))
        with second.connect() as conn:
            assert conn.execute(sa.text("SELECT to_regclass('store')")).scalar() is None
        # One database's app role cannot even connect to the other.
        with pytest.raises(sa.exc.OperationalError):
            scalar(pg_cluster.url(other, pg_db.app, "app-secret"), "SELECT 1")
    finally:
        first.dispose()
        second.dispose()
        pg_cluster.drop_database(other, roles=("other_app", "other_owner"))


def test_stop_really_stops_the_server() -> None:
    directory = cluster_directory()
    port = free_port()
    cluster = PgCluster(directory, port=port)
    try:
        with cluster:
            assert cluster.port == port
            assert cluster.is_running()
            assert scalar(cluster.admin_url(), "SELECT 1") == 1
        assert not cluster.is_running()
        with (
            pytest.raises(ConnectionRefusedError),
            socket.create_connection(("127.0.0.1", port), timeout=5),
        ):
            pass
        cluster.stop()  # a second stop is no error

        cluster.start()  # the same cluster starts again, on the same data
        assert cluster.is_running()
    finally:
        cluster.stop()
        shutil.rmtree(directory, ignore_errors=True)


def test_another_handle_finds_the_running_servers_port(pg_cluster: PgCluster) -> None:
    again = PgCluster(pg_cluster.directory)  # as a second `make hq` does
    assert again.is_running()
    assert again.port == pg_cluster.port  # read from its postmaster.pid
    assert again.start() is again and again.port == pg_cluster.port


def test_a_server_that_cannot_start_says_why_from_its_log(pg_cluster: PgCluster) -> None:
    directory = cluster_directory()
    taken = PgCluster(directory, port=pg_cluster.port)
    try:
        with pytest.raises(RuntimeError, match=r"(?s)did not start.*already in use"):
            taken.start()
        assert not taken.is_running()
    finally:
        taken.stop()
        shutil.rmtree(directory, ignore_errors=True)


def test_without_postgresql_the_message_names_the_debian_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(pgcluster, "LIB_DIR", tmp_path / "none")
    with pytest.raises(RuntimeError, match="apt-get install postgresql"):
        pgcluster.find_bin_dir()
