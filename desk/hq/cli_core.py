"""``desk hq serve``, ``desk hq db upgrade``, ``desk hq report``."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import Any

from desk.config import Paths
from desk.core.errors import DeskError

KEEP_ALIVE_S = 30


def add_parsers(hq_sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:  # type: ignore[type-arg]
    serve = hq_sub.add_parser("serve", parents=parents, help="run the sync service")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=int, default=8740, help="port (8740)")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (1); more use more CPUs for a chain's night",
    )
    db = hq_sub.add_parser("db", parents=parents, help="head office's database")
    db.add_argument("db_action", choices=["upgrade"], metavar="upgrade")
    report = hq_sub.add_parser("report", parents=parents, help="per store: rows, sums, last sync")
    report.add_argument("--day", metavar="YYYY-MM-DD", required=True)


def _engine(paths: Paths, args: argparse.Namespace, *, ready: bool = True):  # type: ignore[no-untyped-def]
    from desk.hq.db import check_ready, make_engine, url_for

    engine = make_engine(url_for(args.db, paths.data_dir))
    if ready:
        check_ready(engine)
    return engine


def cmd_serve(paths: Paths, args: argparse.Namespace) -> int:
    import uvicorn

    from desk.hq.api import DB_URL_ENV, create_app
    from desk.hq.nodelay import NoDelayH11Protocol

    if not 0 < args.port < 65536:
        raise DeskError("hq_port", f"--port must be from 1 to 65535, not {args.port}")
    if not 1 <= args.workers <= 64:
        raise DeskError("hq_workers", f"--workers must be from 1 to 64, not {args.workers}")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    engine = _engine(paths, args)
    print(f"Head office listening on http://{args.host}:{args.port} (Ctrl+C stops it).")
    sys.stdout.flush()
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_level": "warning",
        # Longer than a store keeps an idle connection (httpx: 5 s), so that head office
        # never closes one as a store sends its next batch on it (a store busy filling its
        # outbox, or starved of CPU, can be idle for more than 5 s between requests).
        "timeout_keep_alive": KEEP_ALIVE_S,
        "http": NoDelayH11Protocol,
    }
    if args.workers == 1:
        uvicorn.run(create_app(engine), **options)
        return 0
    # Each worker process opens the database itself (desk.hq.api.app_from_environment);
    # the batches of one store stay in order across them: apply_batch holds the store's
    # cursor row (FOR UPDATE; the whole database on the trial's SQLite file).
    os.environ[DB_URL_ENV] = engine.url.render_as_string(hide_password=False)
    engine.dispose()
    uvicorn.run("desk.hq.api:app_from_environment", factory=True, workers=args.workers, **options)
    return 0


def cmd_db(paths: Paths, args: argparse.Namespace) -> int:
    from desk.hq.db import upgrade

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    version = upgrade(_engine(paths, args, ready=False))
    print(f"Head office's database is at schema {version}.")
    return 0


def cmd_report(paths: Paths, args: argparse.Namespace) -> int:
    from desk.hq.report import day_report

    try:
        day = date.fromisoformat(args.day)
    except ValueError:
        raise DeskError(
            "hq_day", f"--day must be a date like 2026-11-23, not {args.day!r}"
        ) from None
    for line in day_report(_engine(paths, args), day):
        print(line)
    return 0


COMMANDS = {"serve": cmd_serve, "db": cmd_db, "report": cmd_report}
