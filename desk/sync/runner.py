"""What the Sync page, the status bar and the GUI's schedule call: one sync, and the
state of the sync as ``sync_state`` keeps it. No Qt; each call is made on a worker thread.

The composition root (:func:`desk.app_pages.sync_runner`) builds a :class:`StoreSyncRunner`
with the client's ``sync_once`` and the enrolment's check; tests build one with their own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from desk.config import Paths
from desk.store.db import Database
from desk.sync.errors import sync_error
from desk.sync.status import SyncStatus, read_status


class Report(Protocol):
    """What the page reads of ``desk.sync.client.SyncReport``."""

    @property
    def ok(self) -> bool: ...
    @property
    def pushed(self) -> int: ...
    @property
    def mismatched_days(self) -> Sequence[Any]: ...
    @property
    def error(self) -> str | None: ...
    @property
    def error_code(self) -> str | None: ...
    @property
    def error_values(self) -> Mapping[str, Any]: ...
    @property
    def elapsed(self) -> float: ...


class SyncRunner(Protocol):
    def run(self) -> Report:
        """One sync now. Network trouble comes back in ``report.error``; a known refusal
        (another sync running, not enrolled) as a :class:`DeskError`."""
        ...

    def status(self) -> SyncStatus: ...


class StoreSyncRunner:
    """The store's own runner: ``sync_once(paths)`` and ``read_status`` on its database."""

    def __init__(
        self,
        db: Database,
        paths: Paths,
        *,
        sync_once: Callable[[Paths], Report] | None,
        enrolled: Callable[[], bool],
    ) -> None:
        self.db = db
        self.paths = paths
        self._sync_once = sync_once
        self._enrolled = enrolled

    def run(self) -> Report:
        if not self._enrolled():
            raise sync_error("sync_not_enrolled")
        if self._sync_once is None:
            raise sync_error("sync_unavailable")
        return self._sync_once(self.paths)

    def status(self) -> SyncStatus:
        with self.db.read() as s:
            return read_status(s, enrolled=self._enrolled())
