"""What every head-office route needs: the database, the calling counter, and refusals
in words (JSON ``{"error": code, "message": text}``, always a 4xx for a bad request)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy import Engine

from desk.hq.auth import Caller, caller_for


class Refused(HTTPException):
    """A request head office will not carry out, and why, for the store's screen."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(status, detail={"error": code, "message": message, **extra})


def engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Caller:
    scheme, _, credential = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not credential.strip():
        raise Refused(401, "no_credential", "This request needs the store's credential.")
    with engine(request).connect() as conn:
        found = caller_for(conn, credential.strip())
    if found is None:
        raise Refused(
            401,
            "bad_credential",
            "Head office does not know this credential, or it was revoked: enrol again.",
        )
    return found


EngineDep = Annotated[Engine, Depends(engine)]
CallerDep = Annotated[Caller, Depends(caller)]
