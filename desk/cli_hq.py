"""``desk hq ...``: head office's service and its upkeep.

Every ``desk hq`` command takes ``--db URL`` (PostgreSQL, e.g.
``postgresql+psycopg://desk_hq_app@127.0.0.1:5432/desk_hq``; without it, the trial file
``hq.sqlite3`` in the data dir). Each part of head office adds its own commands here
through a module in ``PARTS`` with ``add_parsers(hq_sub, common)`` and ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from types import ModuleType

from desk.config import Paths

PARTS = (
    "desk.hq.cli_core",
    "desk.hq.cli_enrol",
    "desk.hq.cli_reference",
)


def _parts() -> list[ModuleType]:
    return [importlib.import_module(name) for name in PARTS]


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="head office's database (default: hq.sqlite3 in the data dir, for a trial)",
    )
    hq = sub.add_parser("hq", parents=[common], help="head office: the sync service")
    hq_sub = hq.add_subparsers(dest="hq_command", metavar="ACTION", required=True)
    for part in _parts():
        part.add_parsers(hq_sub, [common, db])


def run(paths: Paths, args: argparse.Namespace) -> int:
    commands: dict[str, Callable[[Paths, argparse.Namespace], int]] = {}
    for part in _parts():
        commands.update(part.COMMANDS)
    return commands[args.hq_command](paths, args)
