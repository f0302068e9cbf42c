"""Stores with a past, enrolled straight into head office, for the sync tests."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select

from desk.config import Paths
from desk.core.staff import StoreInfo
from desk.demo import create_demo_store
from desk.demo.busy_day import Staff, build_day
from desk.hq import schema
from desk.services.stores import current_store, open_database
from desk.sync.client import local_totals, sync_once
from tests.sync.harness import Endpoint, add_store, enrol_directly

FIRST_DAY = date(2026, 6, 1)  # well before the demo store's own today
_TEMPLATES: dict[tuple[int, int], Path] = {}
_CACHE = Path(tempfile.mkdtemp(prefix="desk-sync-demo-"))
atexit.register(shutil.rmtree, _CACHE, True)


def demo_copy(folder: Path, *, seed: int, customers: int) -> Paths:
    """A fresh copy of a demo store with no past (made once per seed and size)."""
    key = (seed, customers)
    if key not in _TEMPLATES:
        made = _CACHE / f"demo-{seed}-{customers}"
        create_demo_store(Paths(made), customers=customers, seed=seed, history_days=0)
        _TEMPLATES[key] = made
    shutil.copytree(_TEMPLATES[key], folder)
    return Paths(folder)


@dataclass
class ChainStore:
    paths: Paths
    code: str
    hq_id: uuid.UUID
    local_id: uuid.UUID
    credential: str

    def endpoint(self, url: str) -> Endpoint:
        return Endpoint(url, self.credential)

    def sync(self, url: str, **kw):  # type: ignore[no-untyped-def]
        return sync_once(self.paths, self.endpoint(url), **kw)


def busy_store(
    folder: Path, engine: Engine, code: str, *, seed: int, days: int = 2, cases: int = 300
) -> ChainStore:
    """A demo store (no past of its own) with ``days`` busy business days of ``cases``
    cases and about 1.5 payments each, enrolled at head office as ``code``."""
    paths = demo_copy(folder, seed=seed, customers=max(600, cases * 2))
    for n in range(days):
        trade(paths, n, cases=cases, seed=seed * 100 + n)
    info = _store_info(paths)
    hq_id = add_store(engine, code)
    return ChainStore(paths, code, hq_id, info.id, enrol_directly(engine, hq_id, info.id))


def _store_info(paths: Paths) -> StoreInfo:
    db = open_database(paths)
    try:
        info = current_store(db)
    finally:
        db.close()
    assert info is not None
    return info


def trade(paths: Paths, day_offset: int, *, cases: int, seed: int) -> None:
    """A busy business day ``day_offset`` days after FIRST_DAY: ``cases`` cases and about
    1.5 payments each, written straight into the store (with or without capture on)."""
    db = open_database(paths)
    try:
        info = current_store(db)
        assert info is not None
        conn = db.raw()
        try:
            staff = dict(conn.execute("SELECT login, id FROM staff").fetchall())
            build_day(
                conn,
                (info.id.hex, info.code, info.currency),
                Staff(staff["clerk"], staff["supervisor"]),
                FIRST_DAY + timedelta(days=day_offset),
                cases=cases,
                payments=cases * 3 // 2,
                seed=seed,
            )
        finally:
            conn.close()
    finally:
        db.close()


def store_rows(paths: Paths) -> set[tuple[str, str]]:
    """(table, id) of every row the store pushes."""
    from desk.sync.tables import PUSHED

    conn = sqlite3.connect(paths.database)
    try:
        return {
            (p.name, row_id)
            for p in PUSHED
            for (row_id,) in conn.execute(f"SELECT id FROM {p.name}")
        }
    finally:
        conn.close()


def hq_rows(engine: Engine, store: ChainStore) -> set[tuple[str, str]]:
    r = schema.row
    with engine.connect() as conn:
        return {
            (tbl, uuid.UUID(str(row_id)).hex)
            for tbl, row_id in conn.execute(
                select(r.c.tbl, r.c.row_id).where(
                    r.c.store_id == store.hq_id, r.c.deleted.is_(False)
                )
            )
        }


def chain_view(engine: Engine, store: ChainStore) -> set[tuple[str, str]]:
    """What the store should hold after a sync: its own rows at head office, and the
    chain's customer, ID document and line records made in other stores."""
    rec = schema.record
    with engine.connect() as conn:
        others = {
            (tbl, uuid.UUID(str(row_id)).hex)
            for tbl, row_id in conn.execute(
                select(rec.c.tbl, rec.c.row_id).where(rec.c.home_store != store.hq_id)
            )
        }
    return hq_rows(engine, store) | others


def totals_match(engine: Engine, store: ChainStore) -> bool:
    from desk.hq.apply import day_totals
    from desk.hq.auth import Caller

    db = open_database(store.paths)
    try:
        with db.read() as s:
            mine = local_totals(s)
    finally:
        db.close()
    with engine.connect() as conn:
        theirs = day_totals(conn, Caller(store.hq_id, store.code, 1, store.local_id))
    return mine == theirs


def hq_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.row)).scalar_one())
