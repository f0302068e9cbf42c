"""The head-office HTTP JSON service (FastAPI; its OpenAPI description at /openapi.json).

Each part of the protocol has its own routes module; this module only puts them
together and makes every refusal a clear JSON answer: a malformed request is a 4xx
with a message, never a 500.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from desk.sync.protocol import PROTOCOL_VERSION, app_version

# The database URL of ``desk hq serve --workers N``'s worker processes.
DB_URL_ENV = "DESK_HQ_DB_URL"

ROUTES = (
    "desk.hq.routes_sync",
    "desk.hq.routes_records",
    "desk.hq.routes_synced",
    "desk.hq.routes_enrol",
    "desk.hq.routes_reference",
    "desk.hq.routes_guard",
)


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI(
        title="Desk head office",
        version=app_version(),
        description="Nightly sync of every store's Desk with head office "
        f"(protocol {PROTOCOL_VERSION}).",
    )
    app.state.engine = engine
    for name in ROUTES:
        app.include_router(importlib.import_module(name).router)

    @app.exception_handler(StarletteHTTPException)
    async def _refused(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail: Any = exc.detail
        if not isinstance(detail, dict):
            detail = {"error": "http_" + str(exc.status_code), "message": str(detail)}
        return JSONResponse(detail, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _malformed(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = f"The request is malformed: {where or 'body'}: {first.get('msg', 'invalid')}."
        return JSONResponse({"error": "malformed", "message": message}, status_code=422)

    return app


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``desk hq serve --workers N``."""
    from desk.hq.db import check_ready, make_engine

    engine = make_engine(os.environ[DB_URL_ENV])
    check_ready(engine)
    return create_app(engine)
