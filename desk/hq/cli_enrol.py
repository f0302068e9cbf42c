"""``desk hq add-store``, ``desk hq enrol-token``, ``desk hq revoke``: which Desks head
office knows. A token is shown once, here, and kept only as its hash."""

from __future__ import annotations

import argparse
import os
import socket

from desk.config import Paths
from desk.core.errors import DeskError
from desk.hq.cli_core import _engine

ENV_HQ_URL = "DESK_HQ_URL"  # how the stores reach head office, for the line to type


def add_parsers(hq_sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:  # type: ignore[type-arg]
    url = argparse.ArgumentParser(add_help=False)
    url.add_argument(
        "--url",
        default=None,
        help="head office's address as the stores reach it, for the line to type there "
        f"(default: ${ENV_HQ_URL}, else http://<this computer>:8740)",
    )
    add = hq_sub.add_parser(
        "add-store",
        parents=[*parents, url],
        help="add a store; prints a token for its first counter",
    )
    add.add_argument("code", help="the store's code: 2 to 8 letters or digits, e.g. HK01")
    add.add_argument("name", help="the store's name")
    token = hq_sub.add_parser(
        "enrol-token", parents=[*parents, url], help="a one-time token for one more counter"
    )
    token.add_argument("code", help="the store's code")
    revoke = hq_sub.add_parser(
        "revoke", parents=parents, help="refuse a counter's credential from now on"
    )
    revoke.add_argument("code", help="the store's code")
    revoke.add_argument("counter", type=int, help="the counter's number (1-9)")


def _url(args: argparse.Namespace) -> str:
    url = args.url or os.environ.get(ENV_HQ_URL) or f"http://{socket.gethostname()}:8740"
    return str(url).rstrip("/")


def _print_token(args: argparse.Namespace, code: str, token: str) -> None:
    print(f"Enrolment token for one counter of {code} (once, within 7 days): {token}")
    print("At the store, on the counter's computer, type:")
    print(f"  desk enroll {_url(args)} {token}")


def cmd_add_store(paths: Paths, args: argparse.Namespace) -> int:
    from desk.hq.enrolment import add_store

    store, token = add_store(_engine(paths, args), args.code, args.name)
    print(f"Store {store.code} ({store.name}) added to head office.")
    _print_token(args, store.code, token)
    return 0


def cmd_enrol_token(paths: Paths, args: argparse.Namespace) -> int:
    from desk.hq.enrolment import enrol_token

    store, token = enrol_token(_engine(paths, args), args.code)
    _print_token(args, store.code, token)
    return 0


def cmd_revoke(paths: Paths, args: argparse.Namespace) -> int:
    from desk.hq.enrolment import COUNTERS, normal_code, revoke

    code = normal_code(args.code)
    if args.counter not in COUNTERS:
        raise DeskError("hq_counter", f"A counter is 1 to 9, not {args.counter}.")
    if revoke(_engine(paths, args), code, args.counter):
        print(
            f"Counter {args.counter} of store {code} revoked: head office refuses its "
            f"credential from now on. It can enrol again with a new token "
            f"(desk hq enrol-token {code})."
        )
    else:
        print(f"Counter {args.counter} of store {code} was revoked already.")
    return 0


COMMANDS = {"add-store": cmd_add_store, "enrol-token": cmd_enrol_token, "revoke": cmd_revoke}
