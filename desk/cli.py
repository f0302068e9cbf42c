"""The ``desk`` command: the GUI by default, and sub-commands for the rest.

Every sub-command takes ``--data-dir DIR`` (or ``$DESK_DATA_DIR``): all of a store's
files live under it. Imports stay inside the commands so that start-up stays quick.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from desk.config import Paths, resolve_data_dir


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the store's folder (default: $DESK_DATA_DIR, else the user data dir)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="desk",
        description="Desk (补卡柜台): SIM and eSIM replacement at the shop counter.",
        parents=[common],
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo store (created on first start) instead of a real one",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", parents=[common], help="start the counter window (default)")
    gui.add_argument("--demo", action="store_true", help=argparse.SUPPRESS)

    demo = sub.add_parser("demo", parents=[common], help="create a demo store in the data dir")
    demo.add_argument("--customers", type=int, default=5000, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")
    demo.add_argument(
        "--history-days",
        type=int,
        metavar="N",
        help="closed business days before today, each with its Z report's figures "
        "(0-366, default 7); today is left open",
    )

    db = sub.add_parser("db", parents=[common], help="the store's database")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", parents=[common], help="back up, then migrate to this Desk")
    db_sub.add_parser("check", parents=[common], help="integrity and foreign-key check")

    audit = sub.add_parser("audit", parents=[common], help="the store's audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser(
        "verify", parents=[common], help="check every link of the chain; exit 1 on a break"
    )

    look = sub.add_parser("lookup", parents=[common], help="find customers, as the lookup does")
    look.add_argument(
        "query",
        help="what the clerk would type; '-' reads it from standard input, so that a full "
        "ID number never shows in the process list",
    )
    from desk.cli_backup import add_parser as add_backup
    from desk.cli_day import add_parser as add_day
    from desk.cli_enrol import add_parser as add_enrol
    from desk.cli_hq import add_parser as add_hq
    from desk.cli_print import add_parser as add_print
    from desk.cli_reversal import add_parser as add_reversal
    from desk.cli_sync import add_parser as add_sync

    add_print(sub, common)
    add_backup(sub, common)
    add_day(sub, common)
    add_reversal(sub, common)
    add_hq(sub, common)
    add_sync(sub, common)
    add_enrol(sub, common)
    return parser


def _paths(args: argparse.Namespace) -> Paths:
    demo = bool(getattr(args, "demo", False))
    return Paths(resolve_data_dir(getattr(args, "data_dir", None), demo=demo))


def _fail(message: str) -> int:
    print(f"desk: {message}", file=sys.stderr)
    return 1


def cmd_demo(paths: Paths, customers: int, seed: int, history_days: int | None = None) -> int:
    from desk.demo import DEFAULT_HISTORY_DAYS, DEMO_STAFF, MAX_HISTORY_DAYS, create_demo_store
    from desk.services.errors import DeskError

    if customers < 1:
        return _fail("--customers must be at least 1")
    days = DEFAULT_HISTORY_DAYS if history_days is None else history_days
    if not 0 <= days <= MAX_HISTORY_DAYS:
        return _fail(f"--history-days must be from 0 to {MAX_HISTORY_DAYS}")
    try:
        summary = create_demo_store(
            paths,
            customers=customers,
            seed=seed,
            history_days=days,
            progress=lambda line: print("  " + line),
        )
        _demo_day_files(paths)
    except DeskError as exc:
        return _fail(str(exc))
    print(
        f"Demo store ready in {paths.data_dir}: {summary.customers:,} customers, "
        f"{summary.lines:,} lines, {summary.stock:,} blank SIMs, {summary.cases:,} cases, "
        f"{summary.closed_days} closed business days and today's open "
        f"({summary.elapsed:.1f} s)."
    )
    for staff in DEMO_STAFF:
        print(f"  {staff.role:<10} {staff.login:<10} PIN {staff.pin}")
    return 0


def _demo_day_files(paths: Paths) -> None:
    """Each closed day of the demo's past gets its Z report and exports in ``days/``,
    as a close at the counter writes them."""
    from sqlalchemy import select

    from desk.core.day import DayStatus
    from desk.services.day_files import day_folder, produce_again
    from desk.services.stores import current_store, open_database
    from desk.store.day_models import BusinessDay

    db = open_database(paths)
    try:
        store = current_store(db)
        assert store is not None
        with db.read() as s:
            closed = s.execute(
                select(BusinessDay.day, BusinessDay.counter).where(
                    BusinessDay.status == DayStatus.CLOSED
                )
            ).all()
        for day, counter in closed:
            out = day_folder(paths, day, counter)
            produce_again(db, paths, store, day, out, counter=counter, private=True)
    finally:
        db.close()


def cmd_db(paths: Paths, action: str) -> int:
    from desk.store.db import Database
    from desk.store.schema import HEAD, ensure_schema, integrity_problems

    db = Database(paths.database)
    try:
        if action == "upgrade":
            copy = ensure_schema(db, paths.backups)
            print(f"Schema {HEAD}." + (f" Backup before upgrading: {copy}" if copy else ""))
            return 0
        problems = integrity_problems(db)
        for p in problems:
            print(p)
        print("Database OK." if not problems else f"{len(problems)} problem(s) found.")
        return 0 if not problems else 1
    finally:
        db.close()


def cmd_audit_verify(paths: Paths) -> int:
    """Walk the whole chain: "intact" and 0, or where it first breaks and 1."""
    from desk.services import audit
    from desk.services.stores import open_database

    db = open_database(paths)
    try:
        report = audit.verify(db)
    finally:
        db.close()
    if report.intact:
        print(f"Audit trail intact: {report.entries:,} entries.")
        return 0
    print(f"Audit trail broken at entry {_break_text(report)}")
    return 1


def _break_text(report: object) -> str:
    from desk.services.audit import ChainReport

    assert isinstance(report, ChainReport) and report.broken_seq is not None
    found, expected = report.broken_seq, report.expected_seq or report.broken_seq
    if found != expected:
        return (
            f"{expected}: entry {expected} is missing (deleted or renumbered); "
            f"the next entry found is {found}. Entries before it are intact."
        )
    return (
        f"{found}: it does not match its hash (changed, replaced or moved). "
        "Entries before it are intact."
    )


def _read_query(query: str) -> str:
    if query != "-":
        return query
    text = sys.stdin.readline().strip()
    if not text:
        raise _Refusal("nothing to look up on standard input")
    return text


def cmd_lookup(paths: Paths, query: str) -> int:
    from desk.services.lookup import search
    from desk.services.stores import current_store, id_cipher, open_database

    query = _read_query(query)
    db = open_database(paths)
    try:
        store = current_store(db)
        if store is None:
            return _fail(f"no store in {paths.data_dir}: create one with `desk demo`")
        result = search(db, id_cipher(db, paths), query, region=store.region)
    finally:
        db.close()
    for row in result.rows:
        lines = ", ".join(f"{ln.msisdn} {ln.carrier_en} {ln.status}" for ln in row.lines)
        name = " ".join(n for n in (row.name_zh, row.name_en) if n)
        print(f"{row.matched_by:<5} {name:<30} {row.id_masked:<20} {lines}")
    print(f"{len(result.rows)} shown of {result.total} matching.")
    return 0


class _Refusal(Exception):
    """A bad argument: one line, exit 2."""


def _run(paths: Paths, command: Callable[[], int]) -> int:
    """``command``, with every known failure turned into one line and an exit code.

    A traceback reaching the person at the keyboard is a bug: the store's file problems
    (damaged, full, read-only, permission, busy, disk error, missing), a lost or wrong
    key, a newer schema and every DeskError each get their own sentence. Set
    DESK_DEBUG=1 to see the traceback of anything else.
    """
    from desk.core.errors import DeskError
    from desk.store.problems import store_problem

    try:
        return command()
    except _Refusal as exc:
        print(f"desk: {exc}", file=sys.stderr)
        return 2
    except DeskError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("stopped")
    except Exception as exc:
        problem = store_problem(exc, paths.database)
        if problem is not None:
            return _fail(str(problem))
        if os.environ.get("DESK_DEBUG"):
            raise
        return _fail(
            f"unexpected error ({type(exc).__name__}: {exc}). "
            "Run again with DESK_DEBUG=1 for the details, and tell your support."
        )


def main(argv: Sequence[str] | None = None) -> int:
    # Every file Desk makes is its owner's alone: customers' data and PIN hashes.
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    paths = _paths(args)
    if args.command == "demo":
        return _run(paths, lambda: cmd_demo(paths, args.customers, args.seed, args.history_days))
    if args.command == "db":
        return _run(paths, lambda: cmd_db(paths, args.db_command))
    if args.command == "audit":
        return _run(paths, lambda: cmd_audit_verify(paths))
    if args.command == "lookup":
        return _run(paths, lambda: cmd_lookup(paths, args.query))
    if args.command == "print":
        from desk.cli_print import cmd_print

        return _run(paths, lambda: cmd_print(paths, args))
    if args.command in ("backup", "restore"):
        from desk.cli_backup import run

        return _run(paths, lambda: run(paths, args))
    if args.command in ("day", "export"):
        from desk.cli_day import cmd_day, cmd_export

        command = cmd_day if args.command == "day" else cmd_export
        return _run(paths, lambda: command(paths, args))
    if args.command in ("void", "refund"):
        from desk.cli_reversal import cmd_reverse

        return _run(paths, lambda: cmd_reverse(paths, args))
    if args.command == "sync":
        from desk.cli_sync import cmd_sync

        return _run(paths, lambda: cmd_sync(paths, args))
    if args.command == "hq":
        from desk.cli_hq import run as run_hq

        return _run(paths, lambda: run_hq(paths, args))
    if args.command in ("enroll", "enrol"):
        from desk.cli_enrol import cmd_enroll

        return _run(paths, lambda: cmd_enroll(paths, args))
    if args.demo and not paths.database.exists():
        print(f"Creating the demo store in {paths.data_dir} ...")
        if _run(paths, lambda: cmd_demo(paths, 5000, 0)) != 0:
            return 1
    from desk.launch import run_gui

    return run_gui(paths)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
