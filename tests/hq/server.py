"""Head office in the test process, over real HTTP: uvicorn in a thread on 127.0.0.1.

``running_hq(engine)`` gives the base URL while the block runs, and stops the server
at its end. Reused by every test that talks to head office (store side and hq side).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from sqlalchemy import Engine

from desk.hq.api import create_app
from desk.hq.db import make_engine, upgrade, url_for


def trial_engine(data_dir: Path) -> Engine:
    """Head office's trial database (SQLite) in ``data_dir``, set up: the same file
    ``desk hq ... --data-dir data_dir`` uses."""
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url_for(None, data_dir))
    upgrade(engine)
    return engine


@contextmanager
def running_hq(engine: Engine) -> Iterator[str]:
    """``create_app(engine)`` served on a free port; yields ``http://127.0.0.1:PORT``."""
    app = create_app(engine)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", lifespan="off", ws="none", http="h11", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("head office's test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
