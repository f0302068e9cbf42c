"""The end of a store's sync: ``POST /v1/synced``, so that head office knows its last
good sync, not only when it was last seen.

A sync is good when its push completed (the store's cursor is head office's for that
epoch: every row the store had reached head office) and the per-day totals match (the
store sends its own, head office compares them with what it holds for the counter,
:func:`desk.hq.apply.day_totals`). Head office judges both itself: it trusts neither
the store's word nor the store's clock. A good one sets ``hq_counter.last_good_sync_at``,
which ``desk hq report`` shows beside ``last_seen_at`` (any handshake).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import select, update

from desk.hq import schema
from desk.hq.apply import day_totals
from desk.hq.db import now
from desk.hq.deps import CallerDep, EngineDep

router = APIRouter(prefix="/v1", tags=["sync"])

_Day = Annotated[str, StringConstraints(max_length=10)]
_Table = Annotated[str, StringConstraints(max_length=32)]
_Figures = Annotated[list[int], Field(min_length=2, max_length=2)]


class SyncedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    epoch: int = Field(ge=1, le=1 << 22)
    cursor: int = Field(ge=0, le=(1 << 40) - 1)
    # Per business day and table: [rows, sum], as the store holds them (a day's tables
    # are few; 20 years of days at most).
    totals: dict[_Day, Annotated[dict[_Table, _Figures], Field(max_length=64)]] = Field(
        max_length=8000
    )


class SyncedOut(BaseModel):
    good: bool
    pushed: bool  # every row the store had reached head office
    matched: bool  # the per-day totals are the same on both sides


@router.post("/synced", response_model=SyncedOut)
def synced(body: SyncedIn, engine: EngineDep, caller: CallerDep) -> SyncedOut:
    """The store's sync ended: head office records it as its last good one if it was."""
    c, k = schema.cursor, schema.counter
    with engine.begin() as conn:
        last_seq = conn.execute(
            select(c.c.last_seq).where(
                c.c.store_id == caller.store_id,
                c.c.counter == caller.counter,
                c.c.epoch == body.epoch,
            )
        ).scalar()
        pushed = last_seq is not None and int(last_seq) == body.cursor
        matched = day_totals(conn, caller) == body.totals
        good = pushed and matched
        if good:
            conn.execute(
                update(k)
                .where(k.c.store_id == caller.store_id, k.c.counter == caller.counter)
                .values(last_good_sync_at=now())
            )
    return SyncedOut(good=good, pushed=pushed, matched=matched)
