"""The business day from the command line, for a supervisor's script:

- ``desk day status``: the open day and the cash the drawer should hold;
- ``desk day open --float AMOUNT --staff LOGIN``: open today's business day;
- ``desk day close --counted AMOUNT --staff LOGIN [--reason TEXT]``: close it with the
  drawer's count, write its Z report and exports into ``DATA_DIR/days/…``, lock it.
  Refused while a Desk window holds the store (:mod:`desk.store.instance`);
- ``desk export --day YYYY-MM-DD --out DIR``: a closed day's exports and Z report again,
  the same bytes as at the close. Days still open are refused: their files would change.

PINs come from standard input, one line, as for ``desk print``. Every refusal is one
line on standard error and exit code 1.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desk.cli_common import OpenStore, open_store
from desk.config import Paths
from desk.core.errors import DeskError

LANGUAGES = ("zh_CN", "zh_HK")


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    export = sub.add_parser(
        "export", parents=[common], help="a closed day's exports and Z report into a folder"
    )
    export.add_argument("--day", required=True, metavar="YYYY-MM-DD", help="the business day")
    export.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder")
    _script(export)
    day = sub.add_parser("day", parents=[common], help="the business day: status, open, close")
    action = day.add_subparsers(dest="day_command", metavar="ACTION", required=True)
    action.add_parser("status", parents=[common], help="the open day and the expected cash")
    opening = action.add_parser("open", parents=[common], help="open today's business day")
    opening.add_argument(
        "--float",
        required=True,
        metavar="AMOUNT",
        dest="float_amount",
        help="the cash in the drawer to start with, e.g. 500.00",
    )
    closing = action.add_parser(
        "close", parents=[common], help="close the day with the drawer's count, then lock it"
    )
    closing.add_argument(
        "--counted",
        required=True,
        metavar="AMOUNT",
        help="the cash counted in the drawer, e.g. 1234.50",
    )
    closing.add_argument(
        "--reason",
        default=None,
        metavar="TEXT",
        help="why the drawer is over or short (needed above the limit)",
    )
    _script(closing)
    for p in (opening, closing):
        p.add_argument(
            "--staff",
            required=True,
            metavar="LOGIN",
            help="who does it: a supervisor to close (PIN on standard input)",
        )


def _script(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="the Z report's Chinese beside the English (default: the store's)",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DeskError(
            "day_format", f"{text!r} is not a day: type it as YYYY-MM-DD, e.g. 2026-11-23."
        ) from None


def _money(opened: OpenStore, minor: int) -> str:
    from desk.core.money import format_money

    return format_money(minor, opened.store.currency)


def cmd_export(paths: Paths, args: argparse.Namespace) -> int:
    from desk.services.day_files import produce_again

    day = _day(args.day)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise DeskError(
            "export_folder",
            f"There is no folder {out.parent} to write into.",
            folder=str(out.parent),
        )
    with open_store(paths) as opened:
        number = opened.settings.counter_number
        produce_again(
            opened.db, paths, opened.store, day, out, counter=number, language=args.language
        )
    names = sorted(p.name for p in out.iterdir())
    print(f"Wrote {out}: {', '.join(names)} (business day {day}, counter {number}).")
    return 0


def cmd_day(paths: Paths, args: argparse.Namespace) -> int:
    if args.day_command == "status":
        return _status(paths)
    if args.day_command == "open":
        return _open(paths, args)
    return _close(paths, args)


def _status(paths: Paths) -> int:
    from desk.documents.receipt import local_time
    from desk.services.day_report import find_day
    from desk.services.days import cash_flow, open_day_date

    with open_store(paths) as opened:
        store, number = opened.store, opened.settings.counter_number
        day = open_day_date(opened.db, store, number)
        if day is None:
            print(f"Counter {number}: no business day is open.")
            return 0
        with opened.db.read() as s:
            row = find_day(s, store.id, number, day)
            flow = cash_flow(s, store.id, number, row)
            since = local_time(row.opened_at, store.timezone)
        print(f"Counter {number}: business day {day} open since {since}.")
        print(f"Expected in the drawer: {_money(opened, flow.expected)}")
        for label, minor in (
            ("float", flow.float_minor),
            ("cash taken", flow.cash_taken),
            ("cash voided or refunded", -flow.cash_returned),
            ("cash in", flow.cash_in),
            ("cash out", -flow.cash_out),
        ):
            print(f"  {label:<24} {_money(opened, minor):>14}")
    return 0


def _open(paths: Paths, args: argparse.Namespace) -> int:
    from desk.core.money import parse_money
    from desk.services.days import open_day

    with open_store(paths) as opened:
        amount = parse_money(args.float_amount, opened.store.currency)
        member = opened.log_in(args.staff)
        today = opened.today()
        day = open_day(opened.db, opened.counter(lambda: today), member, amount, today)
        number = opened.settings.counter_number
        print(f"Opened business day {day} at counter {number}: float {_money(opened, amount)}.")
    return 0


def _close(paths: Paths, args: argparse.Namespace) -> int:
    import threading

    from desk.core.money import parse_money
    from desk.documents import fonts
    from desk.services.day_files import write_day_files
    from desk.services.days import close_day, required_day
    from desk.store.backups import daily_backup
    from desk.store.instance import acquire

    with open_store(paths) as opened, acquire(paths.data_dir, "day_close"):
        # The Z report's font, read while the PIN is checked (as the window does).
        threading.Thread(target=fonts.register, name="fontWarmUp", daemon=True).start()
        store, settings = opened.store, opened.settings
        counted = parse_money(args.counted, store.currency)
        member = opened.log_in(args.staff)
        counter = opened.counter(lambda: required_day(opened.db, store, settings.counter_number))
        with write_day_files(paths, store, args.language) as files:
            closed = close_day(
                opened.db,
                counter,
                member,
                counted_total=counted,
                reason=args.reason,
                limit_minor=settings.over_short_limit_minor(store.currency),
                write_files=files,
            )
        over_short = _money(opened, closed.over_short_minor)
        print(
            f"Closed business day {closed.day} at counter {counter.number}: expected "
            f"{_money(opened, closed.expected_minor)}, counted "
            f"{_money(opened, closed.counted_minor)}, over/short {over_short}."
        )
        print(f"Z report and exports: {files.written}")
        copy = daily_backup(opened.db, paths.backups, closed.day)
        print(f"Backup: {copy.backup.path}")
    return 0
