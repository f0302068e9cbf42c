"""What the staff sub-commands of ``desk`` share (``desk print``, ``desk day``,
``desk export``): the store opened and closed again, a staff member logged in with the
PIN from standard input, and the counter of this Desk."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desk.config import Paths, Settings, load_settings
from desk.core.errors import DeskError
from desk.core.staff import StaffMember, StoreInfo

if TYPE_CHECKING:
    from desk.core.chain import ChainAsk
    from desk.services.case_context import Counter
    from desk.store.db import Database
    from desk.store.keys import IdCipher


def read_pin() -> str:
    """One line of standard input (never the command line, where the process list would
    show it); a prompt that does not echo when a person types at a terminal."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("PIN: ")
    return sys.stdin.readline().strip()


@dataclass
class OpenStore:
    paths: Paths
    db: Database
    store: StoreInfo
    settings: Settings

    @cached_property
    def cipher(self) -> IdCipher:
        """The store's key (only what needs PINs or ID numbers loads it)."""
        from desk.services.stores import id_cipher

        return id_cipher(self.db, self.paths)

    def today(self) -> date:
        """The date on the store's wall clock."""
        return datetime.now(ZoneInfo(self.store.timezone)).date()

    def log_in(self, login: str) -> StaffMember:
        """``login``'s staff member, with the PIN read from standard input."""
        from desk.services import auth

        member = {m.login: m for m in auth.active_staff(self.db)}.get(login)
        if member is None:
            raise DeskError("unknown_staff", f"No active staff member logs in as {login}.")
        return auth.login(
            self.db,
            member.id,
            read_pin(),
            pepper=self.cipher.pin_pepper,
            max_failed=self.settings.max_failed_pins,
        )

    def chain(self) -> ChainAsk | None:
        """The enrolment's head office for the guard (None: this Desk is not enrolled)."""
        from desk.sync.chain_guard import enrolled_chain

        return enrolled_chain(self.paths)

    def counter(self, business_day: Callable[[], date] | None = None) -> Counter:
        """This Desk's counter; its business day is today unless told."""
        from desk.services.case_context import Counter
        from desk.services.counter_reference import counter_reference

        reference = counter_reference(self.db, self.settings.tender_kinds())
        return Counter(
            store=self.store,
            number=self.settings.counter_number,
            cipher=self.cipher,
            business_day=business_day or self.today,
            tenders=reference.tenders,
            fees=reference.fees,
            guard=reference.guard,
            chain=self.chain(),
        )


@contextmanager
def open_store(paths: Paths) -> Iterator[OpenStore]:
    """The store of ``paths``, its database closed again at the end."""
    from desk.services.stores import current_store, open_database

    settings = load_settings(paths)
    db = open_database(paths)
    try:
        store = current_store(db)
        if store is None:
            raise DeskError("no_store", f"There is no store in {paths.data_dir}.")
        yield OpenStore(paths, db, store, settings)
    finally:
        db.close()
