"""``desk backup [--out FILE]`` and ``desk restore FILE [--other-store]``.

A backup is made while Desk runs (the clerk's work goes on), checked, and written
whole or not at all (:mod:`desk.store.backups`). A restore asks no question: it refuses
in words when the copy is not fit, or while a Desk has the store open, and otherwise
keeps the database in use before replacing it (:mod:`desk.services.restore`).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desk.config import Paths
from desk.core.errors import DeskError


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    made = sub.add_parser(
        "backup", parents=[common], help="a checked copy of the store's database, Desk running"
    )
    made.add_argument(
        "--out",
        metavar="FILE",
        help="where to write (default: backups/desk-manual-<UTC time>.sqlite3 in the data dir)",
    )
    back = sub.add_parser(
        "restore", parents=[common], help="put a copy back (the database in use is kept first)"
    )
    back.add_argument("file", metavar="FILE", help="the copy, e.g. backups/desk-day-….sqlite3")
    back.add_argument(
        "--other-store",
        action="store_true",
        help="the copy belongs to another store: put it here all the same",
    )


def run(paths: Paths, args: argparse.Namespace) -> int:
    if args.command == "backup":
        return cmd_backup(paths, args.out)
    return cmd_restore(paths, Path(args.file), other_store=args.other_store)


def cmd_backup(paths: Paths, out: str | None) -> int:
    from desk.store.backups import manual_backup_path, online_backup
    from desk.store.problems import StoreProblem

    if not paths.database.exists():
        raise StoreProblem("missing", paths.data_dir)
    target = Path(out).expanduser().absolute() if out else manual_backup_path(paths.backups)
    if target.is_dir():
        raise DeskError(
            "backup_out",
            f"{target} is a folder: give the file to write, e.g. {target}/desk.sqlite3",
        )
    store_files = {
        paths.database.resolve().with_name(paths.database.name + s) for s in ("", "-wal", "-shm")
    }
    if target.resolve() in store_files:
        raise DeskError(
            "backup_out", f"{target} is the store's database itself: give another file."
        )
    if out and not target.parent.is_dir():
        raise DeskError("backup_out", f"There is no folder {target.parent} to write into.")
    made = online_backup(paths.database, target)
    print(
        f"Backup written: {made.path} ({made.size / 1e6:,.1f} MB in {made.seconds:.2f} s, "
        "checked: integrity and foreign keys OK)."
    )
    return 0


def _moment(at: datetime | None) -> str:
    return "none" if at is None else at.strftime("%Y-%m-%d %H:%M UTC")


def cmd_restore(paths: Paths, file: Path, *, other_store: bool) -> int:
    from desk.services.restore import restore

    done = restore(paths, file, other_store=other_store)
    upgraded = f", upgraded to {done.schema}" if done.file_schema != done.schema else ""
    print(f"Restored {done.file} (store {done.store_code}, schema {done.file_schema}{upgraded}).")
    print(
        f"  It holds work up to: last payment {_moment(done.newest_payment_at)}, "
        f"last audit entry {_moment(done.newest_audit_at)}. sha256 {done.sha256}"
    )
    if done.replaced_backup is None:
        print("  There was no database to replace.")
    else:
        whose = f" (store {done.replaced_store})" if done.replaced_store else ""
        print(f"  The database it replaced{whose} is kept as {done.replaced_backup}")
    print("  Recorded for head office: the next sync tells it of this restore.")
    if done.key_missing:
        print(
            f"  Note: there is no desk.key in {paths.data_dir}. Put this store's key back "
            "too, or its ID numbers cannot be read."
        )
    again = "desk enroll --again URL TOKEN (a new token from head office: desk hq enrol-token)"
    if done.chain_key_missing:
        print(
            "  Its ID numbers are under head office's chain key, which is not on this PC "
            f"(a backup carries no key and no credential): enrol again with {again}. "
            "That fetches the chain key and a new credential; until then the store "
            "cannot be opened."
        )
    elif done.enrolled and not done.enrolment_here:
        print(
            "  This data folder holds no enrolment with head office (a backup carries no "
            f"credential): to sync, enrol again with {again}."
        )
    elif not done.enrolled and done.enrolment_here:
        print(
            "  This copy was made before the store enrolled with head office: enrol again "
            f"with {again}, so that its ID numbers move to the chain's key."
        )
    return 0
