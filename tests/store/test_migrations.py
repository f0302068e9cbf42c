"""Upgrading a store that holds real rows: batch migrations, the backup, failures."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command

from desk.config import Paths
from desk.services.stores import open_database
from desk.store import schema
from desk.store.db import Database


def _hex() -> str:
    return uuid.uuid4().hex


def make_0001_store(data_dir: Path, *, customers: int = 40) -> Paths:
    """A store as the first Desk wrote it (schema 0001), with rows pointing at every
    table a batch migration copies: lines at carriers and products, stock at products."""
    paths = Paths(data_dir)
    data_dir.mkdir(parents=True)
    db = Database(paths.database, create=True)
    cfg = schema._alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.commit()
    db.close()
    conn = sqlite3.connect(paths.database)
    store, carrier, product = _hex(), _hex(), _hex()
    conn.execute(
        "INSERT INTO store VALUES (?, 'HK01', 'Old Store 旧店', 'HK', 'HKD', 'Asia/Hong_Kong',"
        " '2026-01-01 00:00:00')",
        (store,),
    )
    conn.execute("INSERT INTO local_setting VALUES ('store_id', ?)", (str(uuid.UUID(store)),))
    conn.execute(
        "INSERT INTO carrier VALUES (?, 'SMT', 'SmarTone', '数码通', 'HK')",
        (carrier,),
    )
    conn.execute(
        "INSERT INTO carrier VALUES (?, 'NEWCO', 'New Carrier', '新运营商', 'HK')", (_hex(),)
    )
    conn.execute(
        "INSERT INTO product VALUES (?, ?, 'SMT-PREPAID', 'SmarTone prepaid', '数码通 储值卡',"
        " 'sim', 'prepaid')",
        (product, carrier),
    )
    for n in range(customers):
        customer = _hex()
        conn.execute(
            "INSERT INTO customer (id, search_key, name_zh, created_at) VALUES (?, ?, ?, ?)",
            (customer, n + 1, f"客户{n}", "2026-01-01 00:00:00"),
        )
        conn.execute(
            "INSERT INTO line (id, customer_id, msisdn, carrier_id, product_id, status,"
            " sim_change_lock, created_at) VALUES (?, ?, ?, ?, ?, 'active', 0, ?)",
            (_hex(), customer, f"+8525100{n:04d}", carrier, product, "2026-01-01 00:00:00"),
        )
    conn.execute(
        "INSERT INTO identity_document VALUES (?, ?, 'other', NULL, x'00', zeroblob(32),"
        " 'AB12', 'k', '2026-01-01 00:00:00')",
        (_hex(), customer),
    )
    conn.execute(
        "INSERT INTO sim_stock VALUES (?, ?, ?, '89852060000000000019', 'in_stock', ?)",
        (_hex(), store, product, "2026-01-01 00:00:00"),
    )
    conn.commit()
    conn.close()
    return paths


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("carrier", "product", "customer", "line", "sim_stock")
        }
    finally:
        conn.close()


def test_a_populated_store_goes_through_the_batch_migration(tmp_path):
    paths = make_0001_store(tmp_path / "store")
    before = _counts(paths.database)
    db = open_database(paths)  # what Desk does at start: back up, then migrate
    try:
        assert schema.current_revision(paths.database) == schema.HEAD
        assert schema.integrity_problems(db) == []
        conn = db.raw()
        names = dict(conn.execute("SELECT code, name_zh_hant FROM carrier"))
        product = conn.execute("SELECT name_zh_hant FROM product").fetchone()[0]
        notnull = {row[1]: row[3] for row in conn.execute("PRAGMA table_info(carrier)")}
        masked = conn.execute("SELECT number_masked FROM identity_document").fetchone()[0]
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on afterwards
        conn.close()
    finally:
        db.close()
    assert _counts(paths.database) == before
    # Known codes get the shipped traditional name; others keep theirs until head office
    # publishes one.
    assert names == {"SMT": "數碼通", "NEWCO": "新运营商"}
    assert product == "數碼通 儲值卡"
    assert notnull["name_zh_hant"] == 1
    assert masked == "****"  # a short "other" ID was shown whole


def test_the_upgrade_backs_up_the_old_store_first(tmp_path):
    paths = make_0001_store(tmp_path / "store", customers=7)
    open_database(paths).close()
    (copy,) = paths.backups.glob("*.sqlite3")
    assert "from-0001-to-" in copy.name
    assert schema.current_revision(copy) == "0001"
    assert _counts(copy)["customer"] == 7
    assert oct(copy.stat().st_mode & 0o777) == "0o600"


def test_a_failed_upgrade_changes_nothing_and_backs_up_once(tmp_path):
    paths = make_0001_store(tmp_path / "store", customers=5)
    conn = sqlite3.connect(paths.database)  # foreign keys off: a line pointing nowhere
    conn.execute(
        "INSERT INTO line (id, customer_id, msisdn, carrier_id, product_id, status,"
        " sim_change_lock, created_at) SELECT ?, ?, '+85259999999', carrier_id, product_id,"
        " 'active', 0, created_at FROM line LIMIT 1",
        (_hex(), _hex()),
    )
    conn.commit()
    conn.close()
    for _attempt in range(3):
        with pytest.raises(schema.MigrationError, match="pointing at nothing"):
            open_database(paths)
        assert schema.current_revision(paths.database) == "0001"
    assert len(list(paths.backups.glob("*.sqlite3"))) == 1


def test_old_upgrade_backups_are_pruned(tmp_path):
    paths = make_0001_store(tmp_path / "store", customers=2)
    paths.backups.mkdir()
    for n in range(5):
        (paths.backups / f"desk-2026010{n}T000000Z-before-upgrade-from-000{n}.sqlite3").write_text(
            "old"
        )
    open_database(paths).close()
    left = sorted(p.name for p in paths.backups.glob("*.sqlite3"))
    assert len(left) == schema.KEEP_UPGRADE_BACKUPS
    assert any("from-0001-to-" in name for name in left)


@pytest.mark.parametrize(("name", "demo"), [("Desk Demo Store 演示门店", True), ("旧店", False)])
def test_schema_0005_marks_an_older_demo_store_and_only_it(tmp_path, name, demo):
    from desk.services.stores import is_demo_store

    paths = make_0001_store(tmp_path / "store", customers=2)
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE store SET name = ?", (name,))
    conn.commit()
    conn.close()
    db = open_database(paths)
    try:
        with db.read() as s:
            assert is_demo_store(s) is demo
    finally:
        db.close()


def test_schema_0006_adds_payments_and_the_address_and_keeps_a_0005_store(tmp_path):
    """A store at 0005 with cases keeps every row; a demo store gets its address."""
    from sqlalchemy import create_engine

    paths = make_0001_store(tmp_path / "store", customers=3)
    engine = create_engine(f"sqlite:///{paths.database}")  # foreign keys off, as Desk migrates
    cfg = schema._alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.commit()
    engine.dispose()
    conn = sqlite3.connect(paths.database)
    conn.execute("INSERT INTO local_setting VALUES ('demo_store', '1')")
    conn.commit()
    conn.close()
    before = _counts(paths.database)
    db = open_database(paths)
    try:
        assert schema.current_revision(paths.database) == schema.HEAD
        assert schema.integrity_problems(db) == []
        conn = db.raw()
        address, phone = conn.execute("SELECT address_zh_hant, phone FROM store").fetchone()
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        conn.close()
    finally:
        db.close()
    assert _counts(paths.database) == before
    assert {"payment", "payment_line", "tender", "document_print"} <= tables
    assert address.startswith("九龍") and phone == "+852 2345 6789"
