"""``desk sync``: one sync with head office now (what the nightly timer runs)."""

from __future__ import annotations

import argparse

from desk.config import Paths
from desk.core.errors import DeskError


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    made = sub.add_parser(
        "sync", parents=[common], help="sync with head office now (the nightly timer runs this)"
    )
    made.add_argument(
        "--timeout", type=float, default=30.0, metavar="S", help="seconds to wait for an answer"
    )


def cmd_sync(paths: Paths, args: argparse.Namespace) -> int:
    from desk.store.problems import StoreProblem
    from desk.sync.client import sync_once

    if not paths.database.exists():
        raise StoreProblem("missing", paths.data_dir)
    if not 0 < args.timeout <= 600:
        raise DeskError("sync_timeout", "--timeout must be more than 0 and at most 600 seconds")
    report = sync_once(paths, timeout=args.timeout)
    if not report.ok:
        raise DeskError("sync_failed", report.error or "the sync did not finish")
    parts = [f"{report.pushed:,} rows sent in {report.batches} batches"]
    if report.new_epoch:
        parts.append("everything this Desk holds was sent (a new epoch at head office)")
    if report.pulled_back:
        parts.append(f"{report.pulled_back:,} rows brought back from head office")
    got = report.records
    if got.added or got.changed:
        parts.append(f"customer and line records: {got.added:,} new, {got.changed:,} changed")
    if got.passed_over:
        parts.append(
            f"{got.passed_over:,} records from head office could not be placed here "
            "(carrier or product unknown, or number or card held by another line)"
        )
    if report.mismatched_days:
        days = ", ".join(d.isoformat() for d in report.mismatched_days)
        parts.append(f"days sent again after their totals differed: {days}")
    print(f"Synced with head office: {'; '.join(parts)} ({report.elapsed:.1f} s).")
    return 0
