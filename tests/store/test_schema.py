"""The database: migrations from empty, pragmas, transactions, backups, checks."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from desk.store import backups, schema
from desk.store.db import Database
from desk.store.models import Base


@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning"
)
def test_migrations_from_empty_reach_head_and_match_the_models(tmp_path):
    db = Database(tmp_path / "desk.sqlite3", create=True)
    assert schema.current_revision(db.path) is None
    assert schema.ensure_schema(db, tmp_path / "backups") is None  # nothing to back up
    assert schema.current_revision(db.path) == schema.HEAD == schema.alembic_head()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # Only the hand-made FTS5 name index differs from what the models declare.
    assert all(
        op[0] == "remove_table" and op[1].name.startswith("customer_search") for op in diff
    ), diff
    with db.engine.connect() as conn:  # and the lookup's expression index is there
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")
        assert "ix_line_msisdn_tail" in {n for (n,) in names}
    assert schema.integrity_problems(db) == []


def test_every_connection_has_the_pragmas(store):
    with store.db.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_writes_take_the_write_lock_at_begin_and_reads_do_not(store):
    other = sqlite3.connect(store.db.path, timeout=0, isolation_level=None)
    with store.db.write() as s:
        s.execute(text("SELECT count(*) FROM customer"))  # a read first, as services do
        # BEGIN IMMEDIATE: the write lock is held already, so no upgrade can fail later.
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    with store.db.read():
        other.execute("BEGIN IMMEDIATE")  # a reader never blocks a writer
        other.execute("ROLLBACK")
    other.close()


def test_a_failed_action_leaves_nothing_behind(store):
    from desk.store.models import LocalSetting

    with pytest.raises(RuntimeError), store.db.write() as s:
        s.add(LocalSetting(key="half", value="written"))
        s.flush()
        raise RuntimeError("power cut")
    with store.db.read() as s:
        assert s.get(LocalSetting, "half") is None


def test_backup_is_a_consistent_copy(store):
    copy = backups.backup(store.db, store.paths.backups, "test")
    assert copy.exists() and not list(store.paths.backups.glob("*.partial"))
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 4
    conn.close()


def test_a_database_from_a_newer_desk_is_refused(store):
    conn = sqlite3.connect(store.db.path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(schema.SchemaError, match="newer Desk"):
        schema.ensure_schema(store.db, store.paths.backups)


def test_check_finds_a_broken_foreign_key(store):
    conn = sqlite3.connect(store.db.path)  # foreign keys off on this connection
    conn.execute("UPDATE line SET customer_id = 'ffffffffffffffffffffffffffffffff'")
    conn.commit()
    conn.close()
    problems = schema.integrity_problems(store.db)
    assert problems and all("line" in p and "customer" in p for p in problems)
