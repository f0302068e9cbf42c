"""The counter as a ``desk`` sub-command sees it: the store's database, this Desk's
counter on today's business day, and the staff member at it — logged in with the PIN
read from standard input (one line, never on the command line where the process list
would show it; typed unseen at a terminal). Wrong PINs count toward a lockout, as at
the login window.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desk.config import Paths, Settings, load_settings
from desk.core.errors import DeskError

if TYPE_CHECKING:
    from desk.core.staff import StaffMember, StoreInfo
    from desk.services.case_context import Counter
    from desk.store.db import Database


@dataclass(frozen=True)
class AtCounter:
    db: Database
    counter: Counter
    member: StaffMember
    store: StoreInfo
    settings: Settings


def read_pin() -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("PIN: ")
    return sys.stdin.readline().strip()


@contextmanager
def at_counter(paths: Paths, login: str) -> Iterator[AtCounter]:
    """The counter with ``login`` at it (their PIN read and checked); the database is
    closed when the block ends."""
    from desk.services import auth
    from desk.services.case_context import Counter
    from desk.services.stores import current_store, id_cipher, open_database

    settings = load_settings(paths)
    db = open_database(paths)
    try:
        store = current_store(db)
        if store is None:
            raise DeskError("no_store", f"There is no store in {paths.data_dir}.")
        cipher = id_cipher(db, paths)
        staff = {m.login: m for m in auth.active_staff(db)}
        member = staff.get(login)
        if member is None:
            raise DeskError("unknown_staff", f"No active staff member logs in as {login}.")
        member = auth.login(
            db,
            member.id,
            read_pin(),
            pepper=cipher.pin_pepper,
            max_failed=settings.max_failed_pins,
        )
        timezone = store.timezone

        def today() -> date:
            return datetime.now(ZoneInfo(timezone)).date()

        counter = Counter(
            store=store,
            number=settings.counter_number,
            cipher=cipher,
            business_day=today,
            tenders=settings.tender_kinds(),
        )
        yield AtCounter(db, counter, member, store, settings)
    finally:
        db.close()
