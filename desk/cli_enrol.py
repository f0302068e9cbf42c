"""``desk enroll URL TOKEN``: this Desk becomes a counter of its store at head office."""

from __future__ import annotations

import argparse

from desk.config import Paths


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    enroll = sub.add_parser(
        "enroll",
        aliases=["enrol"],
        parents=[common],
        help="enrol this Desk with head office (once, with the token head office gives)",
    )
    enroll.add_argument("url", help="head office's address, e.g. http://hq.example:8740")
    enroll.add_argument("token", help="the one-time enrolment token from head office")
    enroll.add_argument(
        "--again",
        action="store_true",
        help="this Desk is enrolled already: replace its credential with a new one",
    )


def cmd_enroll(paths: Paths, args: argparse.Namespace) -> int:
    from desk.sync.enrolment import enrol

    done = enrol(paths, args.url, args.token, again=args.again)
    print(
        f"This Desk is counter {done.counter} of store {done.store_code} at head office "
        f"({done.url}). ID numbers are now under the chain's key: customers of every "
        "store are found by ID number."
    )
    return 0
