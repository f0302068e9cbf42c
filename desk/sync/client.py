"""One sync of this Desk with head office: handshake, push, compare, pull.

``sync_once`` never leaves the counter waiting on the network and never raises for
network trouble: the report (and ``sync_state``) says what went wrong, in English words
and as a code with values that the Sync page shows in the clerk's language
(:mod:`desk.sync.errors`), and the next sync carries on where this one stopped. Never
two syncs at once: a lock file shared by the window and ``desk sync``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol

import httpx
import orjson
from sqlalchemy.orm import Session

from desk.config import Paths
from desk.core.errors import DeskError
from desk.store.db import Database
from desk.store.instance import SYNC_LOCK_NAME, StoreInUse, acquire
from desk.store.schema import HEAD
from desk.store.sync_models import SyncState
from desk.sync import answers, outbox
from desk.sync.errors import MESSAGES, sync_error, values_json
from desk.sync.net import tls
from desk.sync.protocol import BODY_HASH_HEADER, PROTOCOL_VERSION, app_version, body_hash
from desk.sync.pullback import fetch_all, pull_back
from desk.sync.records import Pulled, pull_records
from desk.sync.tables import DAY_TABLES

# Fault injection for the tests (named points where the process is killed):
# after_send, after_commit (head office answered, the answer not read), after_answer.
FAULT_ENV = "DESK_SYNC_FAULT"
RECORDS_PAGE = 2000


class Endpoint(Protocol):
    url: str
    credential: str


class SyncBusy(DeskError):
    def __init__(self) -> None:
        super().__init__("sync_busy", MESSAGES["sync_busy"])


class HqRefused(DeskError):
    """Head office's refusal: its code and words, or only an HTTP status when the answer
    had none (a proxy's page, a server error)."""

    def __init__(
        self, status: int, code: str, message: str, answer: dict[str, Any], path: str = ""
    ) -> None:
        super().__init__("hq_refused", message or f"Head office answered {status}.", detail=code)
        self.status = status
        self.code_hq = code
        self.answer = answer
        self.path = path
        self.said = bool(message)  # head office gave its reason in words


@dataclass
class SyncReport:
    ok: bool = False
    pushed: int = 0
    batches: int = 0
    new_epoch: bool = False
    pulled_back: int = 0
    mismatched_days: list[date] = field(default_factory=list)
    reference_version: int | None = None
    records: Pulled = field(default_factory=Pulled)
    error: str | None = None  # in English, for the command line and the log
    error_code: str | None = None  # the same as a DeskError code, for the UI to translate
    error_values: dict[str, Any] = field(default_factory=dict)
    elapsed: float = 0.0
    clock_skew_ms: int | None = None


class _Hq:
    def __init__(self, endpoint: Endpoint, timeout: float) -> None:
        self.url = endpoint.url.rstrip("/")
        self.http = httpx.Client(
            base_url=self.url,
            timeout=timeout,
            headers={"Authorization": f"Bearer {endpoint.credential}"},
            verify=tls(),
        )

    def close(self) -> None:
        self.http.close()

    def _answer(self, response: httpx.Response) -> Any:
        if response.status_code == 204:
            return None
        try:
            data = orjson.loads(response.content)
        except ValueError:  # orjson's JSONDecodeError is one
            if response.is_success:  # not head office's: nothing of it can be used
                raise sync_error(
                    "sync_answer", url=self.url, path=response.request.url.path
                ) from None
            data = {}
        if response.is_success:
            return data
        data = data if isinstance(data, dict) else {}
        raise HqRefused(
            response.status_code,
            str(data.get("error", "")),
            str(data.get("message") or ""),
            data,
            path=response.request.url.path,
        )

    def post(self, path: str, body: dict[str, Any]) -> Any:
        return self._answer(self.http.post(path, json=body))

    def get(self, path: str, **params: Any) -> Any:
        return self._answer(self.http.get(path, params=params))

    def push(self, body: bytes, fault: str | None) -> Any:
        request = self.http.build_request(
            "POST",
            "/v1/batches",
            content=body,
            headers={BODY_HASH_HEADER: body_hash(body), "Content-Type": "application/json"},
        )
        if fault == "after_send":
            threading.Timer(random.uniform(0, 0.02), _die).start()
        response = self.http.send(request, stream=True)
        try:
            if fault == "after_commit":
                _die()
            response.read()
        finally:
            response.close()
        return self._answer(response)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def sync_once(
    paths: Paths,
    endpoint: Endpoint | None = None,
    *,
    timeout: float = 30.0,
) -> SyncReport:
    """One whole sync; takes the sync lock (SyncBusy if another sync holds it)."""
    if endpoint is None:
        from desk.sync.enrolment import load_enrolment

        endpoint = load_enrolment(paths)
        if endpoint is None:
            raise sync_error("not_enrolled")
    try:
        lock = acquire(paths.data_dir, "sync", SYNC_LOCK_NAME)
    except StoreInUse:
        raise SyncBusy() from None
    from desk.services.stores import open_database

    started = time.monotonic()
    report = SyncReport()
    db = open_database(paths)
    hq = _Hq(endpoint, timeout)
    try:
        with db.write() as s:
            _state(s).last_attempt_at = datetime.now(UTC)
        try:
            _sync(db, hq, report)
            report.ok = True
        except (DeskError, httpx.HTTPError) as exc:
            failure = _failure(exc, hq.url)
            report.error, report.error_code = str(failure), failure.code
            report.error_values = dict(failure.values)
        report.elapsed = time.monotonic() - started
        with db.write() as s:
            state = _state(s)
            state.last_error = report.error
            state.last_error_code = report.error_code
            state.last_error_values = None if report.ok else values_json(report.error_values)
            state.clock_skew_ms = report.clock_skew_ms
            if report.ok:
                state.last_good_at = datetime.now(UTC)
    finally:
        hq.close()
        db.close()
        lock.release()
    return report


def _failure(exc: DeskError | httpx.HTTPError, url: str) -> DeskError:
    """What went wrong, as the report and ``sync_state`` keep it."""
    if isinstance(exc, HqRefused):
        if not exc.said:
            return sync_error("sync_status", url=url, path=exc.path, status=exc.status)
        return sync_error("sync_refused", reason=str(exc))
    if isinstance(exc, DeskError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        return sync_error("sync_no_answer", url=url)
    return sync_error("sync_unreachable", url=url, kind=type(exc).__name__)


def _state(s: Session) -> SyncState:
    state = s.get(SyncState, 1)
    assert state is not None
    return state


def _sync(db: Database, hq: _Hq, report: SyncReport) -> None:
    fault = os.environ.get(FAULT_ENV)
    fault_at = int(os.environ.get(FAULT_ENV + "_AT", "1"))
    cursor, epoch = _handshake(db, hq, report)
    for _round in range(2):
        cursor = _push(db, hq, epoch, cursor, report, fault, fault_at)
        days, totals, theirs = _compare(db, hq)
        if not days:
            break
        report.mismatched_days = sorted(set(report.mismatched_days) | set(days))
        _requeue_days(db, days)
    # Head office's reference data (fees, carriers, staff, ...): a whole newer version.
    from desk.sync.reference import pull_reference

    report.reference_version = pull_reference(db, lambda have: hq.get("/v1/reference", have=have))
    # The chain's customers, ID documents and lines changed since the last pull.
    report.records = pull_records(
        db, lambda after: hq.get("/v1/records", after_version=after, limit=RECORDS_PAGE)
    )
    with db.write() as s:
        _state(s).hq_view = json.dumps({"totals": theirs})
    _tell_synced(hq, epoch, cursor, totals)


def _tell_synced(hq: _Hq, epoch: int, cursor: int, totals: dict[str, Any]) -> None:
    """The sync's end (the totals as last compared), for head office to judge and record
    as its last good sync (desk.hq.routes_synced); a head office older than that route
    is not asked."""
    try:
        hq.post("/v1/synced", {"epoch": epoch, "cursor": cursor, "totals": totals})
    except HqRefused as exc:
        if exc.status != 404:
            raise


def _handshake(db: Database, hq: _Hq, report: SyncReport) -> tuple[int, int]:
    restart = False
    for _attempt in range(4):
        with db.read() as s:
            state = _state(s)
            epoch, acked, highest = state.epoch, state.acked_seq, outbox.highest_seq(s)
        answer = hq.post(
            "/v1/handshake",
            {
                "protocol": PROTOCOL_VERSION,
                "schema_version": HEAD,
                "app_version": app_version(),
                "epoch": epoch,
                "highest_seq": highest,
                "acked_seq": acked,
                "clock": datetime.now(UTC).isoformat(),
                "restart": restart,
            },
        )
        said = answers.handshake(answer, hq.url)
        skew = datetime.now(UTC) - said.hq_clock
        report.clock_skew_ms = int(skew.total_seconds() * 1000)
        if said.new_epoch:
            report.new_epoch = True
            if said.rows_at_hq:
                rows = list(fetch_all(lambda after: _rows_page(hq, after)))
                report.pulled_back += pull_back(db, rows, epoch).inserted
            with db.write() as s:
                outbox.start_capture(s)
                _state(s).epoch = said.epoch
            restart = False
            continue
        cursor = said.cursor
        if cursor > acked:
            with db.read() as s:
                mine = outbox.entry_key(s, cursor)
            if mine != said.last_key:
                restart = True  # this file's history is not what head office saw
                continue
        return cursor, epoch
    raise sync_error("sync_epoch")


def _rows_page(hq: _Hq, after: int) -> tuple[list[dict[str, Any]], int | None]:
    return answers.rows_page(hq.get("/v1/rows", after_version=after, limit=2000), hq.url)


def _push(
    db: Database,
    hq: _Hq,
    epoch: int,
    cursor: int,
    report: SyncReport,
    fault: str | None,
    fault_at: int,
) -> int:
    while True:
        with db.read() as s:
            batch = outbox.read_batch(s, cursor)
        if batch is None:
            return cursor
        body = batch.body(epoch)
        report.batches += 1
        here = fault if report.batches == fault_at else None
        try:
            answer = hq.push(body, here)
        except HqRefused as exc:
            if exc.code_hq != "gap":
                raise
            cursor = answers.cursor(exc.answer, hq.url)  # head office has less: from there
            continue
        if here == "after_answer":
            _die()
        cursor = answers.cursor(answer, hq.url)
        report.pushed += len(batch.rows)
        with db.write() as s:
            outbox.acknowledge(s, cursor)


def local_totals(s: Session) -> dict[str, dict[str, list[int]]]:
    out: dict[str, dict[str, list[int]]] = {}
    conn = s.connection()
    for spec in DAY_TABLES:
        amount = f"coalesce(sum(t.{spec.amount}), 0)" if spec.amount else "0"
        found = conn.exec_driver_sql(
            f"SELECT {spec.day_sql} AS d, count(*), {amount} FROM {spec.name} t"
            " GROUP BY d HAVING d IS NOT NULL"
        )
        for day, count, total in found:
            out.setdefault(str(day), {})[spec.name] = [int(count), int(total)]
    return out


def _compare(db: Database, hq: _Hq) -> tuple[list[date], dict[str, Any], dict[str, Any]]:
    """The business days whose counts or sums differ between the store and head office;
    the store's totals and head office's."""
    theirs = answers.totals(hq.get("/v1/totals"), hq.url)
    with db.read() as s:
        mine = local_totals(s)
    days = [date.fromisoformat(d) for d in sorted(mine) if mine[d] != theirs.get(d, {})]
    return days, mine, theirs


def _requeue_days(db: Database, days: list[date]) -> None:
    with db.write() as s:
        conn = s.connection()
        for day in days:
            for spec in DAY_TABLES:
                conn.exec_driver_sql(
                    f"INSERT INTO sync_outbox (tbl, row_id, op) SELECT '{spec.name}', t.id, 'u'"
                    f" FROM {spec.name} t WHERE {spec.day_sql} = ?",
                    (day.isoformat(),),
                )
