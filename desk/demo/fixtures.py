"""The fixed part of the demo store: the store itself, its staff, carriers and products.

:data:`DEMO_STAFF` is what the README cites: the logins and PINs of the demo store.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass

from desk.config import Paths
from desk.demo.catalog import Catalog
from desk.demo.clock import DEMO_TIMEZONE, DemoClock
from desk.services.auth import hash_pin
from desk.services.stores import create_store, mark_demo_store
from desk.store.db import Database
from desk.store.light import STORE_ID_KEY
from desk.store.models import Role

DEMO_STORE_CODE = "HK01"
DEMO_STORE_NAME = "Desk Demo Store 演示门店"
DEMO_STORE_NAME_HANT = "Desk Demo Store 示範門市"
DEMO_STORE_ADDRESS = (
    "Shop 12, G/F, 88 Nathan Road, Tsim Sha Tsui, Kowloon",
    "九龙尖沙咀弥敦道88号地下12号铺",
    "九龍尖沙咀彌敦道88號地下12號舖",
)
DEMO_STORE_PHONE = "+852 2345 6789"


@dataclass(frozen=True)
class DemoStaff:
    login: str
    display_name: str
    display_name_zh_hant: str
    role: Role
    pin: str


DEMO_STAFF: tuple[DemoStaff, ...] = (
    DemoStaff("clerk", "陈小明 Chan Siu Ming", "陳小明 Chan Siu Ming", Role.CLERK, "1234"),
    DemoStaff("supervisor", "李美玲 Lee Mei Ling", "李美玲 Lee Mei Ling", Role.SUPERVISOR, "5678"),
    DemoStaff("admin", "管理员 Admin", "管理員 Admin", Role.ADMIN, "9999"),
)


@dataclass(frozen=True)
class FixedRows:
    store_id: str  # hex, as stored
    carrier_ids: dict[str, str]  # carrier code → id hex
    product_ids: dict[str, str]  # product code → id hex


def create_demo_store_row(db: Database, paths: Paths) -> None:
    """The store row and its ID-number key, through the same service as a real store."""
    create_store(
        db,
        paths,
        code=DEMO_STORE_CODE,
        name=DEMO_STORE_NAME,
        name_zh_hant=DEMO_STORE_NAME_HANT,
        region="HK",
        currency="HKD",
        timezone=DEMO_TIMEZONE,
        address=DEMO_STORE_ADDRESS,
        phone=DEMO_STORE_PHONE,
    )
    mark_demo_store(db)  # its notices are written to a file and shown, never sent


def write_fixed_rows(
    conn: sqlite3.Connection, clock: DemoClock, catalog: Catalog, pin_pepper: bytes
) -> FixedRows:
    """Give the store a seeded id, add staff, carriers and products (foreign keys on).

    ``create_store`` gave the store a fresh random UUIDv7; the demo store's id comes
    from the seed instead. Nothing refers to the store yet; if something ever did, the
    caller's ``PRAGMA foreign_keys = ON`` makes this fail loudly.
    """
    born = clock.start - 30 * 86_400_000  # the store opened a month before its first customer
    store_id = clock.uuid_hex(born)
    (old,) = conn.execute("SELECT id FROM store").fetchone()
    conn.execute(
        "UPDATE store SET id = ?, created_at = ? WHERE id = ?", (store_id, clock.stamp(born), old)
    )
    conn.execute(
        "UPDATE local_setting SET value = ? WHERE key = ?",
        (str(uuid.UUID(hex=store_id)), STORE_ID_KEY),
    )
    conn.executemany(
        "INSERT INTO staff (id, store_id, login, display_name, display_name_zh_hant, role,"
        " pin_hash, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
        [
            (
                clock.uuid_hex(born + i),
                store_id,
                s.login,
                s.display_name,
                s.display_name_zh_hant,
                s.role.value,
                hash_pin(s.pin, pin_pepper),
                clock.stamp(born + i),
            )
            for i, s in enumerate(DEMO_STAFF)
        ],
    )
    carrier_ids = {c.code: clock.uuid_hex(born) for c in catalog.carriers}
    conn.executemany(
        "INSERT INTO carrier (id, code, name_en, name_zh, name_zh_hant, region)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (carrier_ids[c.code], c.code, c.name_en, c.name_zh, c.name_zh_hant, c.region)
            for c in catalog.carriers
        ],
    )
    product_ids = {p.code: clock.uuid_hex(born) for p in catalog.products}
    conn.executemany(
        "INSERT INTO product (id, carrier_id, code, name_en, name_zh, name_zh_hant, card_kind,"
        " category) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                product_ids[p.code],
                carrier_ids[p.carrier],
                p.code,
                p.name_en,
                p.name_zh,
                p.name_zh_hant,
                p.card_kind.value,
                p.category,
            )
            for p in catalog.products
        ],
    )
    return FixedRows(store_id, carrier_ids, product_ids)
