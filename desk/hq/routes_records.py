"""The pull side for the chain's customer, ID document and line records: every store
asks for the records above the version it has (:mod:`desk.hq.records`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from desk.hq import records
from desk.hq.deps import CallerDep, EngineDep

router = APIRouter(prefix="/v1", tags=["records"])


class RecordsOut(BaseModel):
    rows: list[dict[str, Any]]
    last_version: int  # the store has every record up to here once it applies the page
    more: bool


@router.get("/records", response_model=RecordsOut)
def chain_records(
    engine: EngineDep,
    caller: CallerDep,
    after_version: int = Query(default=0, ge=0, le=(1 << 62)),
    limit: int = Query(default=2000, ge=1, le=5000),
) -> RecordsOut:
    """Customer, ID document and line records changed after ``after_version``, oldest
    change first (a line's customer may come ahead of its turn)."""
    del caller  # any enrolled store; the records are the chain's
    with engine.connect() as conn:
        rows, last, more = records.page(conn, after_version, limit)
    return RecordsOut(rows=rows, last_version=last, more=more)
