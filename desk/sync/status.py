"""What the Sync page and the status bar show: the last good sync, the rows waiting, the
last error in plain words, and head office's view of the store's totals."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.store.sync_models import SyncOutbox, SyncState

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
    )
