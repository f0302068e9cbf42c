"""``desk hq publish FILE``: the chain's reference data as the next version."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.config import Paths


def add_parsers(hq_sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:  # type: ignore[type-arg]
    publish = hq_sub.add_parser(
        "publish",
        parents=parents,
        help="publish carriers, products, fees, tenders, staff and settings to every store",
    )
    publish.add_argument("file", metavar="FILE", help="the reference snapshot (JSON)")


def cmd_publish(paths: Paths, args: argparse.Namespace) -> int:
    from desk.hq.cli_core import _engine
    from desk.hq.reference import publish, read_snapshot_file

    body = read_snapshot_file(Path(args.file))  # refused before the database is opened
    done = publish(_engine(paths, args), body)
    print(
        f"Reference version {done.version} published ({len(body['carriers'])} carriers, "
        f"{len(body['products'])} products, {len(body['fees']['entries'])} fee entries, "
        f"{len(body['staff'])} staff); stores take it at their next sync."
    )
    return 0


COMMANDS = {"publish": cmd_publish}
