"""What the Sync page and the status bar show: the last good sync, the rows waiting, the
last error (in English, and as a code with values for the clerk's language), and head
office's view of the store's totals."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.errors import DeskError
from desk.store.sync_models import SyncOutbox, SyncState
from desk.sync.errors import stored_error

# The status bar warns after this long without a good sync.
WARN_AFTER = timedelta(hours=48)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    last_good_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    pending_rows: int  # outbox entries head office has not acknowledged
    epoch: int
    reference_version: int
    clock_skew_ms: int | None
    hq_view: dict[str, Any] = field(default_factory=dict)
    last_error_code: str | None = None  # None: no error, or one kept before Desk kept codes
    last_error_values: str | None = None  # JSON, as sync_state keeps them

    @property
    def error(self) -> DeskError | None:
        """The last error, for :func:`desk.ui.texts.error_text` (None: none)."""
        return stored_error(self.last_error, self.last_error_code, self.last_error_values)

    def overdue(self, now: datetime) -> bool:
        return self.last_good_at is None or now - self.last_good_at > WARN_AFTER


def read_status(s: Session, *, enrolled: bool) -> SyncStatus:
    state = s.get(SyncState, 1)
    assert state is not None, "sync_state has its one row from migration 0009"
    pending = s.scalar(
        select(func.count()).select_from(SyncOutbox).where(SyncOutbox.seq > state.acked_seq)
    )
    try:
        view = json.loads(state.hq_view) if state.hq_view else {}
    except ValueError:
        view = {}
    return SyncStatus(
        enrolled=enrolled,
        last_good_at=state.last_good_at,
        last_attempt_at=state.last_attempt_at,
        last_error=state.last_error,
        pending_rows=int(pending or 0),
        epoch=state.epoch,
        reference_version=state.reference_version,
        clock_skew_ms=state.clock_skew_ms,
        hq_view=view if isinstance(view, dict) else {},
        last_error_code=state.last_error_code,
        last_error_values=state.last_error_values,
    )
