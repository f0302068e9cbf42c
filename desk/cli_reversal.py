"""``desk void RECEIPT --staff LOGIN --reason TEXT`` and ``desk refund RECEIPT --staff
LOGIN --reason TEXT``: a supervisor's void (a receipt of today) or refund (of an earlier
business day), as on the Cases page.

``--staff`` is the supervisor, with their own PIN on standard input (as ``desk print``
reads it); the reversal is a new receipt with negative amounts, its own number printed
on success, and the original keeps its number. Every mistake is one line on standard
error and exit status 1: a wrong PIN, a clerk, a receipt of another day, one already
reversed, a missing reason.
"""

from __future__ import annotations

import argparse

from desk.cli_common import open_store
from desk.config import Paths
from desk.core.errors import DeskError

COMMANDS = ("void", "refund")


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    helps = {
        "void": "a supervisor voids a receipt of today",
        "refund": "a supervisor refunds a receipt of an earlier business day",
    }
    for name in COMMANDS:
        p = sub.add_parser(name, parents=[common], help=helps[name])
        p.add_argument(
            "number", metavar="RECEIPT", help="the receipt number, e.g. HK01-1-20261122-0042"
        )
        # Checked by the command, not argparse: a missing one is one line, exit 1.
        p.add_argument("--staff", metavar="LOGIN", help="the supervisor (PIN on standard input)")
        p.add_argument("--reason", metavar="TEXT", help="why, kept on the receipt and in the audit")


def cmd_reverse(paths: Paths, args: argparse.Namespace) -> int:
    from desk.core.numbers import parse_number
    from desk.services import reversals

    what = args.command
    number = str(parse_number(args.number))
    if not args.staff:
        raise DeskError("staff_required", f"Say who does the {what}: --staff LOGIN (a supervisor).")
    if not (args.reason or "").strip():
        raise DeskError("reason_required", f"Please give a reason for the {what}: --reason TEXT.")
    reverse = reversals.void if what == "void" else reversals.refund
    from desk.services.days import required_day
    from desk.store.instance import acquire

    # One Desk at a time: a void or refund writes to the counter's open business day.
    with open_store(paths) as opened, acquire(paths.data_dir, "reversal"):
        member = opened.log_in(args.staff)
        store, number_of = opened.store, opened.settings.counter_number
        counter = opened.counter(lambda: required_day(opened.db, store, number_of))
        done = reverse(opened.db, counter, member, number, args.reason)
    print(done.receipt_number)
    return 0
