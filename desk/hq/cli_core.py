"""``desk hq serve``, ``desk hq db upgrade``, ``desk hq report``."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desk.config import Paths
from desk.core.errors import DeskError


def add_parsers(hq_sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:  # type: ignore[type-arg]
    serve = hq_sub.add_parser("serve", parents=parents, help="run the sync service")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=int, default=8740, help="port (8740)")
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

    from desk.hq.api import create_app

    if not 0 < args.port < 65536:
        raise DeskError("hq_port", f"--port must be from 1 to 65535, not {args.port}")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    app = create_app(_engine(paths, args))
    print(f"Head office listening on http://{args.host}:{args.port} (Ctrl+C stops it).")
    sys.stdout.flush()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
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
