"""One store's batches arriving at the same moment, through several requests at once and
through ``desk hq serve --workers 2`` (two processes): each batch applied once, the
cursor only forward (head office holds the store's cursor row for the whole batch), and
every answer sent at once."""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from sqlalchemy import func, select

from desk.hq import schema
from desk.hq.pgcluster import free_port
from tests.hq.server import running_hq
from tests.sync.chain import busy_store, chain_view, hq_rows, store_rows, totals_match
from tests.sync.harness import wait_up
from tests.sync.test_protocol import _batches, _body, _cursor, _opened, _post

ROOT = Path(__file__).resolve().parents[2]


def _batches_applied(engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.batch)).scalar_one())


def _median_answer_ms(url: str, credential: str) -> float:
    """A store's question with an answer of some length, asked again and again on one
    connection: the median milliseconds to the whole answer."""
    times = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {credential}"}) as http:
        for _ in range(15):
            started = time.perf_counter()
            assert http.get("/v1/totals").status_code == 200
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _race(url: str, credential: str, bodies: list[bytes], senders: int) -> list[int]:
    """Every body sent by ``senders`` threads at once, body after body; the cursors
    head office answered, in order."""
    cursors: list[int] = []
    for body in bodies:
        barrier = threading.Barrier(senders)
        answers: list[httpx.Response] = []

        def send(body: bytes, barrier: threading.Barrier, answers: list[httpx.Response]) -> None:
            barrier.wait()
            answers.append(_post(url, credential, body))

        threads = [
            threading.Thread(target=send, args=(body, barrier, answers)) for _ in range(senders)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert [a.status_code for a in answers] == [200] * senders, answers[0].text
        assert len({a.json()["cursor"] for a in answers}) == 1
        cursors.append(answers[0].json()["cursor"])
    return cursors


def test_the_same_batches_sent_at_once_apply_once(tmp_path, hq_engine):
    store = busy_store(tmp_path / "a", hq_engine, "HK01", seed=3, days=1, cases=30)
    with running_hq(hq_engine) as url:
        epoch, cursor, db = _opened(store, url)
        try:
            batches = _batches(db, cursor, 200)
        finally:
            db.close()
        cursors = _race(url, store.credential, [_body(epoch, b) for b in batches], 6)
        assert cursors == [b.last for b in batches]
        assert _batches_applied(hq_engine) == len(batches)
        assert _cursor(hq_engine, store) == batches[-1].last
        assert hq_rows(hq_engine, store) == store_rows(store.paths)
        assert store.sync(url).pushed == 0


def test_serve_with_two_workers_syncs_stores_exactly_once(tmp_path, hq_engine):
    a = busy_store(tmp_path / "a", hq_engine, "HK01", seed=4, days=1, cases=30)
    b = busy_store(tmp_path / "b", hq_engine, "HK02", seed=5, days=1, cases=30)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    db_url = hq_engine.url.render_as_string(hide_password=False)
    command = [sys.executable, "-m", "desk", "hq", "serve", "--db", db_url, "--workers", "2"]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--data-dir", str(tmp_path / "hq")],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_up(url, 60)
        epoch, cursor, db = _opened(a, url)
        try:
            batches = _batches(db, cursor, 300)
        finally:
            db.close()
        # Store A's batches raced through both processes while store B syncs.
        other = threading.Thread(target=lambda: b.sync(url))
        other.start()
        assert _race(url, a.credential, [_body(epoch, x) for x in batches], 4) == [
            x.last for x in batches
        ]
        other.join()
        for store in (a, b):
            report = store.sync(url)
            assert report.ok and report.pushed == 0 and not report.mismatched_days, report
            assert chain_view(hq_engine, store) == store_rows(store.paths)
            assert totals_match(hq_engine, store)
        # Answers with a body come at once: without TCP_NODELAY each waited some 40 ms
        # for the store to acknowledge its head (desk/hq/nodelay.py).
        assert _median_answer_ms(url, a.credential) < 20
    finally:
        server.terminate()
        server.wait(30)
