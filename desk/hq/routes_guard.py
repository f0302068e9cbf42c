"""The SIM-swap guard across the chain: what every other store and counter holds on a
line and an ID document (``POST /v1/guard``).

A store asks when a case is opened (and before it is submitted), with a short timeout:
open cases on the line, replacements activated on it within ``days``, and failed
identity checks on the line or on the document within ``days``, each with the store
(code) and counter it happened at. The caller's own counter is left out: it counts its
own rows locally. The answer's shape is :class:`desk.core.chain.ChainCounts`'s JSON.

Fast whatever the chain's size: every read goes through ``hq_row``'s ``line_key`` /
``doc_key`` indexes (a line or a document has few rows), and each read is capped; the
rest (status, time, passed) is judged here on the row's body as the store sent it.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection, and_, not_, select

from desk.core.cases import FINISHED, CaseStatus
from desk.core.chain import parse_moment
from desk.core.guard import GuardSettings
from desk.hq import schema
from desk.hq.auth import Caller
from desk.hq.db import now
from desk.hq.deps import CallerDep, EngineDep

router = APIRouter(prefix="/v1", tags=["guard"])

# Rows read per question at most: a line or a document has a handful; a cap keeps a
# pathological one (a document tried thousands of times) from slowing the counter.
ROW_CAP = 500
_OPEN = frozenset(s.value for s in CaseStatus if s not in FINISHED)
_CLEAR_FAILURES = "clear_failure_lock"  # desk.services.line_actions.CLEAR_FAILURES
# The tables read by line (hq_row.line_key) and by ID document (hq_row.doc_key): each
# must have its line_sql / doc_sql in desk.sync.tables, or its rows carry no key and the
# guard never sees them. By document, only failed checks count (as at the store);
# an identity_document row is not asked about, so it needs no doc key.
LINE_TABLES = ("replacement_case", "verification", "line_event")
DOC_TABLES = ("verification",)


class GuardIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    msisdn: str = Field(pattern=r"^\+[1-9][0-9]{6,14}$")  # E.164, as stores keep it
    doc_hash: str | None = Field(default=None, pattern=r"^[0-9a-fA-F]{64}$")
    days: int = Field(default=GuardSettings().cooling_days, ge=1, le=90)


class CaseOut(BaseModel):
    store: str
    counter: int
    status: str
    application_number: str | None = None


class EventOut(BaseModel):
    store: str
    counter: int
    at: str


class GuardOut(BaseModel):
    days: int
    open_cases: list[CaseOut]
    replacements: list[EventOut]
    line_failures: list[EventOut]
    document_failures: list[EventOut]
    failures_cleared_at: str | None
    stores: list[str]  # where anything was found, by code


def _body(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    try:
        found = json.loads(value)
    except (TypeError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _rows(
    conn: Connection, caller: Caller, column: Any, key: str, tables: tuple[str, ...]
) -> list[tuple[str, str, int, dict[str, Any]]]:
    """(table, store code, counter, body) of the rows under ``key`` in ``column``, not
    deleted, not the caller's own counter's."""
    r, s = schema.row, schema.store
    mine = and_(r.c.store_id == caller.store_id, r.c.counter == caller.counter)
    found = conn.execute(
        select(r.c.tbl, s.c.code, r.c.counter, r.c.body)
        .join(s, s.c.store_id == r.c.store_id)
        .where(column == key, r.c.tbl.in_(tables), r.c.deleted.is_(False), not_(mine))
        .limit(ROW_CAP)
    ).all()
    return [(f.tbl, f.code, int(f.counter), _body(f.body)) for f in found]


def _failed(body: dict[str, Any]) -> bool:
    return body.get("passed") in (False, 0)


def _event(code: str, counter: int, at: datetime) -> EventOut:
    return EventOut(store=code, counter=counter, at=at.isoformat())


def answer(conn: Connection, caller: Caller, ask: GuardIn, moment: datetime) -> GuardOut:
    since = moment - timedelta(days=ask.days)
    open_cases: list[CaseOut] = []
    replacements: list[EventOut] = []
    line_failures: list[EventOut] = []
    cleared: datetime | None = None
    line_key = schema.row.c.line_key
    for tbl, code, counter, body in _rows(conn, caller, line_key, ask.msisdn, LINE_TABLES):
        if tbl == "replacement_case":
            status = body.get("status")
            if status in _OPEN:
                number = body.get("application_number")
                open_cases.append(
                    CaseOut(
                        store=code,
                        counter=counter,
                        status=str(status),
                        application_number=number if isinstance(number, str) else None,
                    )
                )
            elif status == CaseStatus.ACTIVATED.value:
                at = parse_moment(body.get("changed_at"))
                if at is not None and at > since:
                    replacements.append(_event(code, counter, at))
        elif tbl == "verification":
            at = parse_moment(body.get("at"))
            if _failed(body) and at is not None and at > since:
                line_failures.append(_event(code, counter, at))
        elif body.get("action") == _CLEAR_FAILURES:
            at = parse_moment(body.get("at"))
            if at is not None and (cleared is None or at > cleared):
                cleared = at
    document_failures: list[EventOut] = []
    if ask.doc_hash:
        key = ask.doc_hash.lower()
        for _tbl, code, counter, body in _rows(conn, caller, schema.row.c.doc_key, key, DOC_TABLES):
            at = parse_moment(body.get("at"))
            if _failed(body) and at is not None and at > since:
                document_failures.append(_event(code, counter, at))
    found = [c.store for c in open_cases]
    found += [e.store for e in (*replacements, *line_failures, *document_failures)]
    return GuardOut(
        days=ask.days,
        open_cases=open_cases,
        replacements=replacements,
        line_failures=line_failures,
        document_failures=document_failures,
        failures_cleared_at=cleared.isoformat() if cleared else None,
        stores=sorted(set(found)),
    )


@router.post("/guard", response_model=GuardOut)
def guard(body: GuardIn, engine: EngineDep, caller: CallerDep) -> GuardOut:
    """What the chain's other stores and counters hold on this line and document."""
    with engine.connect() as conn:
        return answer(conn, caller, body, now())
