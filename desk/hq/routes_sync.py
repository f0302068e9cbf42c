"""The push side of the protocol: handshake, batches, totals, and a store's own rows
(for a store restored from a copy). See :mod:`desk.sync.protocol`."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Literal, NotRequired, cast

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError, with_config
from sqlalchemy import and_, func, select, update
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect
from typing_extensions import TypedDict  # pydantic's own, before Python 3.12

from desk.hq import schema
from desk.hq.apply import apply_batch, day_totals
from desk.hq.db import now
from desk.hq.deps import CallerDep, EngineDep, Refused
from desk.sync.protocol import BODY_HASH_HEADER, MAX_BATCH_BYTES, PROTOCOL_VERSION, body_hash

router = APIRouter(prefix="/v1", tags=["sync"])

_SEQ = Field(ge=0, le=(1 << 40) - 1)


class HandshakeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    protocol: int = Field(ge=1, le=1000)
    schema_version: str = Field(max_length=32)
    app_version: str = Field(max_length=32)
    epoch: int = Field(ge=0, le=1 << 22)
    highest_seq: int = _SEQ
    acked_seq: int = _SEQ
    clock: datetime
    restart: bool = False  # the store saw its history differs from head office's


class HandshakeOut(BaseModel):
    epoch: int
    new_epoch: bool
    cursor: int
    last_key: str | None
    rows_at_hq: int
    hq_clock: datetime


@with_config(ConfigDict(extra="ignore"))
class RowIn(TypedDict):
    """A row of a batch, validated into a plain dict (no model to make and dump again:
    a batch has thousands of them)."""

    t: Annotated[str, Field(max_length=32)]
    id: Annotated[str, Field(max_length=36)]
    seq: Annotated[int, _SEQ]
    op: Literal["u", "d"]
    day: NotRequired[Annotated[str | None, Field(max_length=32)]]
    line: NotRequired[Annotated[str | None, Field(max_length=20)]]
    doc: NotRequired[Annotated[str | None, Field(max_length=64)]]
    # The codes of what the row's own ids name in the store (a line's carrier, product).
    refs: NotRequired[
        Annotated[dict[str, Annotated[str, Field(max_length=40)]] | None, Field(max_length=8)]
    ]
    row: NotRequired[dict[str, Any] | None]


class BatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    protocol: int = Field(ge=1, le=1000)
    epoch: int = Field(ge=1, le=1 << 22)
    after: int = _SEQ
    last: int = _SEQ
    last_key: str = Field(max_length=80)
    rows: list[RowIn] = Field(max_length=100_000)


class BatchOut(BaseModel):
    cursor: int


def _check_protocol(protocol: int) -> None:
    if protocol != PROTOCOL_VERSION:
        raise Refused(
            409,
            "protocol",
            f"This Desk speaks sync protocol {protocol}, head office {PROTOCOL_VERSION}: "
            "update Desk (or head office).",
        )


@router.post("/handshake", response_model=HandshakeOut)
def handshake(body: HandshakeIn, engine: EngineDep, caller: CallerDep) -> HandshakeOut:
    _check_protocol(body.protocol)
    moment = now()
    clock = body.clock if body.clock.tzinfo else body.clock.replace(tzinfo=UTC)
    skew_ms = int((clock - moment).total_seconds() * 1000)
    c = schema.cursor
    mine = and_(c.c.store_id == caller.store_id, c.c.counter == caller.counter)
    with engine.begin() as conn:
        conn.execute(
            update(schema.counter)
            .where(
                schema.counter.c.store_id == caller.store_id,
                schema.counter.c.counter == caller.counter,
            )
            .values(last_seen_at=moment, app_version=body.app_version, clock_skew_ms=skew_ms)
        )
        found = conn.execute(
            select(c.c.last_seq, c.c.last_key)
            .where(mine, c.c.epoch == body.epoch)
            .with_for_update()
        ).first()
        rewound = found is not None and found.last_seq > body.highest_seq
        if body.epoch == 0 or found is None or body.restart or rewound:
            # A new line of history: the store pushes everything again, from scratch.
            top = conn.execute(select(func.max(c.c.epoch)).where(mine)).scalar()
            epoch = max(int(top or 0), body.epoch) + 1
            conn.execute(
                c.insert().values(
                    store_id=caller.store_id,
                    counter=caller.counter,
                    epoch=epoch,
                    last_seq=-1,  # opened: the store's first handshake in it sets it
                    started_at=moment,
                    updated_at=moment,
                )
            )
            rows = conn.execute(
                select(func.count())
                .select_from(schema.row)
                .where(
                    schema.row.c.store_id == caller.store_id,
                    schema.row.c.counter == caller.counter,
                )
            ).scalar_one()
            return HandshakeOut(
                epoch=epoch,
                new_epoch=True,
                cursor=0,
                last_key=None,
                rows_at_hq=int(rows),
                hq_clock=moment,
            )
        cursor, last_key = int(found.last_seq), found.last_key
        if cursor < 0:  # the epoch's first handshake: it starts where the store's outbox does
            cursor = body.acked_seq
            conn.execute(
                update(c)
                .where(mine, c.c.epoch == body.epoch)
                .values(last_seq=cursor, updated_at=moment)
            )
        return HandshakeOut(
            epoch=body.epoch,
            new_epoch=False,
            cursor=cursor,
            last_key=last_key,
            rows_at_hq=0,
            hq_clock=moment,
        )


@router.post(
    "/batches",
    response_model=BatchOut,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": BatchIn.model_json_schema()}},
        },
        "parameters": [
            {
                "name": BODY_HASH_HEADER,
                "in": "header",
                "required": True,
                "schema": {"type": "string", "minLength": 64, "maxLength": 64},
            }
        ],
    },
)
async def push_batch(request: Request, engine: EngineDep, caller: CallerDep) -> BatchOut:
    try:
        raw = await request.body()
    except ClientDisconnect:
        raise Refused(400, "cut_short", "The batch was cut short: nothing was applied.") from None
    if len(raw) > 2 * MAX_BATCH_BYTES:
        raise Refused(413, "too_big", "This batch is larger than head office takes.")
    claimed = request.headers.get(BODY_HASH_HEADER, "")
    if body_hash(raw) != claimed.lower():
        raise Refused(
            400,
            "hash_mismatch",
            "The batch arrived cut short or altered (its hash differs): nothing was applied.",
        )
    try:
        batch = BatchIn.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise Refused(
            422, "malformed", f"The batch is malformed: {where or 'body'}: {first['msg']}."
        ) from None
    _check_protocol(batch.protocol)
    cursor = await run_in_threadpool(
        apply_batch,
        engine,
        caller,
        epoch=batch.epoch,
        after=batch.after,
        last=batch.last,
        last_key=batch.last_key,
        body_sha256=claimed.lower(),
        rows=cast("list[dict[str, Any]]", batch.rows),
    )
    return BatchOut(cursor=cursor)


@router.get("/totals")
def totals(engine: EngineDep, caller: CallerDep) -> dict[str, dict[str, list[int]]]:
    """Per business day and table: [rows, sum], as head office holds them for this counter."""
    with engine.connect() as conn:
        return day_totals(conn, caller)


class RowsOut(BaseModel):
    rows: list[dict[str, Any]]
    next_version: int | None


@router.get("/rows", response_model=RowsOut)
def own_rows(
    engine: EngineDep,
    caller: CallerDep,
    after_version: int = Query(default=0, ge=0, le=(1 << 62)),
    limit: int = Query(default=1000, ge=1, le=5000),
) -> RowsOut:
    """This counter's own rows as head office holds them, by version: what a store
    restored from a copy pulls back before it trades on."""
    r = schema.row
    with engine.connect() as conn:
        found = conn.execute(
            select(r.c.tbl, r.c.row_id, r.c.version, r.c.deleted, r.c.body)
            .where(
                r.c.store_id == caller.store_id,
                r.c.counter == caller.counter,
                r.c.version > after_version,
            )
            .order_by(r.c.version)
            .limit(limit)
        ).all()
    rows = [
        {
            "t": f.tbl,
            "id": uuid.UUID(str(f.row_id)).hex,
            "version": int(f.version),
            "deleted": bool(f.deleted),
            "row": f.body if isinstance(f.body, dict) else json.loads(f.body),
        }
        for f in found
    ]
    more = len(found) == limit
    return RowsOut(rows=rows, next_version=rows[-1]["version"] if more else None)
