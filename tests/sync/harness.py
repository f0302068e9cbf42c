"""Head office for the sync tests (served by tests/hq/server.py): waiting for a head
office started as a child process, and counters enrolled straight into its tables."""

from __future__ import annotations

import http.server
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx
from sqlalchemy import Engine

from desk.hq import schema
from desk.hq.auth import new_secret
from desk.hq.db import now, sha256_hex


@dataclass(frozen=True)
class Endpoint:
    url: str
    credential: str


def wait_up(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            httpx.get(url + "/openapi.json", timeout=1)
            return
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def add_store(engine: Engine, code: str, name: str = "") -> uuid.UUID:
    store_id = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(
            schema.store.insert().values(
                store_id=store_id, code=code, name=name or code, created_at=now()
            )
        )
    return store_id


def enrol_directly(
    engine: Engine, hq_store: uuid.UUID, local_store: uuid.UUID, counter: int = 1
) -> str:
    """A credential for one counter, written into head office's tables."""
    secret = new_secret()
    with engine.begin() as conn:
        conn.execute(
            schema.counter.insert().values(
                store_id=hq_store,
                counter=counter,
                credential_sha256=sha256_hex(secret),
                local_store_id=local_store,
                enrolled_at=now(),
            )
        )
    return secret


@contextmanager
def answering(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """``handler`` served over real HTTP on loopback: its URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class NotHeadOffice:
    """Something at head office's address that is not head office (a proxy's page,
    another server, a broken head office): it answers a request with ``status`` and
    ``body`` (with 200 and ``by_path[path]`` for a path there), and keeps the paths it
    was asked."""

    status: int
    body: bytes
    content_type: str = "application/json"
    by_path: dict[str, bytes] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    @contextmanager
    def serving(self) -> Iterator[str]:
        office = self

        class Answer(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                path = self.path.split("?")[0]
                office.asked.append(path)
                body = office.by_path.get(path)
                self.send_response(office.status if body is None else 200)
                self.send_header("Content-Type", office.content_type)
                body = office.body if body is None else body
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *_args: object) -> None:
                pass

        with answering(Answer) as url:
            yield url
