"""``POST /v1/enrol``: a Desk becomes a counter of its store (no credential needed yet,
the one-time token is the proof). The request is checked strictly: anything malformed
gets a 422 with words, never a 500."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, Field, StringConstraints

from desk.hq.deps import EngineDep, Refused
from desk.hq.enrolment import EnrolRefused, enrol

router = APIRouter(prefix="/v1")

Token = Annotated[
    str, StringConstraints(min_length=16, max_length=200, pattern=r"^[A-Za-z0-9_-]+$")
]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9]{2,8}$")]


class EnrolRequest(BaseModel):
    token: Token
    counter: int = Field(ge=1, le=9, strict=True)
    store_code: Code
    local_store_id: uuid.UUID
    app_version: str = Field(default="", max_length=32)


class StoreOut(BaseModel):
    store_id: uuid.UUID
    code: str
    name: str


class ChainKeyOut(BaseModel):
    key_id: str
    key: str  # base64 of 32 bytes


class EnrolAnswer(BaseModel):
    store: StoreOut
    counter: int
    credential: str
    chain_key: ChainKeyOut


@router.post("/enrol", response_model=EnrolAnswer)
def post_enrol(body: EnrolRequest, engine: EngineDep) -> EnrolAnswer:
    try:
        done = enrol(
            engine,
            token=body.token,
            counter=body.counter,
            store_code=body.store_code,
            local_store_id=body.local_store_id,
            app_version=body.app_version or None,
        )
    except EnrolRefused as exc:
        raise Refused(exc.status, exc.code, str(exc)) from exc
    return EnrolAnswer(
        store=StoreOut(store_id=done.store.store_id, code=done.store.code, name=done.store.name),
        counter=done.counter,
        credential=done.credential,
        chain_key=ChainKeyOut(key_id=done.chain_key.key_id, key=done.chain_key.key_b64),
    )
