"""``GET /v1/reference?have=N``: the chain's newest reference snapshot, for a store.

Read-only on purpose: head office publishes only from its own machine
(``desk hq publish``); no route lets a store write reference data.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from desk.hq.deps import CallerDep, EngineDep
from desk.hq.reference import newest

router = APIRouter(prefix="/v1", tags=["reference"])


@router.get(
    "/reference",
    responses={204: {"description": "Nothing published yet."}},
)
def get_reference(
    engine: EngineDep,
    caller: CallerDep,
    have: Annotated[int, Query(ge=0, description="the version the store applied")] = 0,
) -> Any:
    """The newest snapshot (``version``, ``sha256``, ``body``) if newer than ``have``,
    else ``{"version": have, "unchanged": true}``; 204 if nothing was ever published."""
    with engine.connect() as conn:
        found = newest(conn)
    if found is None:
        return Response(status_code=204)
    if found.version <= have:
        return {"version": have, "unchanged": True}
    return {"version": found.version, "sha256": found.sha256, "body": found.body}
