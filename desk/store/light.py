"""What the login window needs, read with plain sqlite3: no SQLAlchemy import.

Start-up shows the login window before the heavier parts of Desk are imported (they
load while the clerk types the PIN), so these reads stay free of the ORM. They are the
only implementation: the services call them too.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from desk.core.enums import Role
from desk.core.staff import StaffMember, StoreInfo
from desk.store.sqlite_files import connect

STORE_ID_KEY = "store_id"


def _connect(path: Path) -> sqlite3.Connection:
    conn = connect(path, "ro")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def read_store(path: Path) -> StoreInfo | None:
    """The store this database belongs to, or None if it has none (yet)."""
    if not path.exists():
        return None
    conn = _connect(path)
    try:
        row = conn.execute(
            "SELECT s.id, s.code, s.name, s.region, s.currency, s.timezone, s.name_zh_hant "
            "FROM local_setting l JOIN store s ON s.id = replace(l.value, '-', '') "
            "WHERE l.key = ?",
            (STORE_ID_KEY,),
        ).fetchone()
    except sqlite3.OperationalError:  # not a Desk database, or an empty one
        return None
    finally:
        conn.close()
    if row is None:
        return None
    return StoreInfo(uuid.UUID(row[0]), *row[1:])


def read_active_staff(path: Path) -> list[StaffMember]:
    """Everyone who may log in here, by name."""
    # pin_hash '': head office added them, the store has not set their PIN yet.
    return _read_staff(path, "pin_hash <> ''")


def read_staff_without_pin(path: Path) -> list[StaffMember]:
    """Active staff head office added who have no PIN yet (a supervisor sets a first one,
    desk.services.auth.set_first_pin), by name."""
    return _read_staff(path, "pin_hash = ''")


def _read_staff(path: Path, where: str) -> list[StaffMember]:
    conn = _connect(path)
    try:
        rows = conn.execute(
            "SELECT id, login, display_name, role, display_name_zh_hant FROM staff "
            f"WHERE active = 1 AND {where} ORDER BY display_name"
        ).fetchall()
    finally:
        conn.close()
    return [
        StaffMember(uuid.UUID(i), login, name, Role(role), hant)
        for i, login, name, role, hant in rows
    ]
