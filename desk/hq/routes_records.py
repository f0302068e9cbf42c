"""The pull side for the chain's customer, ID document and line records: every store
asks for the records above the version it has (:mod:`desk.hq.records`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Response
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
) -> Response:
    """Customer, ID document and line records changed after ``after_version``, oldest
    change first (a line's customer may come ahead of its turn), less those that stand
    as this counter pushed them."""
    with engine.connect() as conn:  # any enrolled store: the records are the chain's
        answer = records.page(conn, caller, after_version, limit)
    return Response(answer, media_type="application/json")  # as RecordsOut, made by hand
