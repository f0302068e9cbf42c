"""Copies of a store's database: made while Desk runs, checked, never half written.

:func:`online_backup` is the one way a copy is made (``desk backup``, the day close's
daily copy, the copies before an upgrade or a restore):

1. SQLite's backup API copies the live file in ONE step from a separate read-only
   connection. In WAL mode a reader never blocks a writer, so the clerk's commits go
   on during the copy; one step keeps one read transaction, so the copy is the
   database as it was at one moment (a copy made in several steps would start again
   after every commit of another connection, and might never finish on a busy day).
2. The copy, a temporary ``.partial`` file beside the target (0600), is turned into a
   single self-contained file (rollback journal, no ``-wal`` beside it), then
   ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` run on it, off the live
   file.
3. fsync, then an atomic rename onto the target, then fsync of the folder: the target
   is the old file or the new one, never half of one. A failure (a full disk, a
   read-only folder, a kill) leaves at most a ``.partial`` file, which the next backup
   into that folder removes once its process is gone.

Daily copies (``desk-day-YYYY-MM-DD.sqlite3``) are pruned by :func:`to_keep`: the
newest 14, and the newest of each of the last 12 months. Other copies (upgrades,
manual, before a restore) are never pruned here.

Plain sqlite3 only: no SQLAlchemy import.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desk.core.errors import DeskError
from desk.store.instance import process_alive
from desk.store.problems import StoreProblem, store_problem
from desk.store.sqlite_files import connect

if TYPE_CHECKING:
    from desk.store.db import Database

KEEP_DAILY = 14  # the newest daily copies kept
KEEP_MONTHLY = 12  # months, counting this one, whose newest daily copy is kept
PARTIAL_PREFIX = ".desk-backup-"  # + pid + random + .partial
_STALE_PARTIAL_SECONDS = 24 * 3600  # where a partial's process cannot be asked about
_DAILY = re.compile(r"desk-day-(\d{4})-(\d{2})-(\d{2})\.sqlite3")
_BUSY_TIMEOUT_MS = 5000  # as every connection of desk.store.db
# SQLite result codes of a copy that are the source's fault: busy, locked, corrupt, not a db.
_SOURCE_ERRORS = (5, 6, 11, 26)
_CHECK_MMAP_BYTES = 1 << 32


@dataclass(frozen=True)
class BackupResult:
    """A checked copy: where, how big, and how long it took."""

    path: Path
    size: int  # bytes
    seconds: float  # the whole backup: copy, check, flush
    copy_seconds: float  # the backup API's one step: the only part that reads the store
    check_seconds: float  # integrity_check and foreign_key_check of the copy


class BackupDamaged(DeskError):
    """The database being copied is damaged, so no copy was made of it."""

    def __init__(self, source: Path, detail: str) -> None:
        super().__init__(
            "backup_damaged",
            f"{source} is damaged ({detail}), so no backup was made of it. Nothing was "
            "changed. Run `desk db check` to see what is wrong, and tell your support.",
            file=str(source),
            detail=detail,
        )
        self.source = source
        self.detail = detail


def utc_stamp() -> str:
    """The moment now, for a backup's name: ``20261123T081502Z``."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def online_backup(
    source: Database | Path, target: Path, *, check_keys: bool = True
) -> BackupResult:
    """Copy ``source`` (a Database or a SQLite file) to ``target``, checked, atomically.

    Raises :class:`BackupDamaged` when the source is damaged (or, with ``check_keys``,
    when a row points at a missing one), and a :class:`StoreProblem` naming the file
    in trouble for anything else (the target's folder full or read-only, the source
    busy or unreadable). ``target`` is replaced whole, or not touched.
    """
    started = time.perf_counter()
    src = source if isinstance(source, Path) else source.path
    if not src.exists():
        raise StoreProblem("missing", src.parent)
    target = target.absolute()
    folder = target.parent
    with _as_problem_of(target):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        _remove_dead_partials(folder)
        fd, name = tempfile.mkstemp(
            prefix=f"{PARTIAL_PREFIX}{os.getpid()}-", suffix=".partial", dir=folder
        )  # 0600: the owner's alone, like every file of a store
        os.close(fd)
    partial = Path(name)
    try:
        copy_seconds = _copy(src, partial, target)
        checking = time.perf_counter()
        problems = check_copy(partial, check_keys=check_keys)
        check_seconds = time.perf_counter() - checking
        if problems:
            more = f" and {len(problems) - 1} more" if len(problems) > 1 else ""
            raise BackupDamaged(src, problems[0] + more)
        with _as_problem_of(target):
            _fsync(partial)
            os.replace(partial, target)
            fsync_folder(folder)
    except BaseException:
        _discard(partial)
        raise
    seconds = time.perf_counter() - started
    return BackupResult(target, target.stat().st_size, seconds, copy_seconds, check_seconds)


@contextmanager
def _as_problem_of(path: Path) -> Iterator[None]:
    """A file error while writing ``path`` turned into its StoreProblem (full disk,
    read-only folder, permission …); any other error goes on as it is."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        problem = store_problem(exc, path)
        if problem is None:
            raise
        raise problem from exc


def _copy(src: Path, partial: Path, target: Path) -> float:
    """The backup API's one step from ``src`` into ``partial``; its seconds."""
    try:
        reader = connect(src, "ro")
        reader.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise _source_problem(exc, src) from exc
    try:
        with _as_problem_of(target):
            copy = sqlite3.connect(partial)
            try:
                # Its own syncs would only slow the copy (by ~40 %): the partial file is
                # trusted once the fsync before its rename, not before.
                copy.execute("PRAGMA synchronous = OFF")
                started = time.perf_counter()
                try:
                    reader.backup(copy)  # pages=-1: every page in one step
                except sqlite3.Error as exc:
                    if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _SOURCE_ERRORS:
                        raise _source_problem(exc, src) from exc
                    raise
                seconds = time.perf_counter() - started
                # One file, whatever the source's journal: no -wal to carry along.
                copy.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                copy.close()
    finally:
        reader.close()
    return seconds


def check_copy(path: Path, *, check_keys: bool = True) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` of a file: empty when sound."""
    try:
        conn = connect(path, "ro")
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        # Pages read in place rather than through a small cache: the check of a
        # million-customer store takes about 40 % less time.
        conn.execute(f"PRAGMA mmap_size = {_CHECK_MMAP_BYTES}")
        found = [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if check_keys and not found:
            found = [
                f"{table} row {rowid} points at a missing {parent} row"
                for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
            ]
        return found
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def _source_problem(exc: sqlite3.Error, src: Path) -> DeskError:
    problem = store_problem(exc, src)
    if problem is None or problem.code == "damaged":
        return BackupDamaged(src, str(exc))
    return problem


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(partial: Path) -> None:
    for leftover in (partial, partial.with_name(partial.name + "-journal")):
        with suppress(OSError):  # a read-only folder: nothing was written there either
            leftover.unlink(missing_ok=True)


def _remove_dead_partials(folder: Path) -> None:
    """Throw away the ``.partial`` files of backups killed half-way."""
    now = time.time()
    for leftover in folder.glob(f"{PARTIAL_PREFIX}*.partial*"):
        pid = leftover.name[len(PARTIAL_PREFIX) :].split("-", 1)[0]
        with suppress(OSError):  # another backup's, removed first: fine
            if os.name == "posix":
                dead = pid.isdigit() and not process_alive(int(pid))
            else:
                dead = now - leftover.stat().st_mtime > _STALE_PARTIAL_SECONDS
            if dead:
                leftover.unlink()


def _free_name(path: Path) -> Path:
    """``path``, or ``name-2.sqlite3`` … when two copies are made in the same second."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def backup(
    source: Database | Path, backups_dir: Path, label: str, *, check_keys: bool = True
) -> Path:
    """A checked copy named ``desk-<UTC stamp>-<label>.sqlite3`` in ``backups_dir``."""
    target = _free_name(backups_dir / f"desk-{utc_stamp()}-{label}.sqlite3")
    return online_backup(source, target, check_keys=check_keys).path


def manual_backup_path(backups_dir: Path) -> Path:
    """Where ``desk backup`` writes without ``--out``."""
    return _free_name(backups_dir / f"desk-manual-{utc_stamp()}.sqlite3")


# --- the day close's daily copies ---


def daily_name(day: date) -> str:
    return f"desk-day-{day:%Y-%m-%d}.sqlite3"


@dataclass(frozen=True)
class DailyBackup:
    """The day's copy, and the older daily copies removed to make room."""

    backup: BackupResult
    pruned: tuple[Path, ...]


def daily_backup(source: Database | Path, backups_dir: Path, day: date) -> DailyBackup:
    """The business day ``day``'s copy (a second close of the same day replaces it),
    then the daily copies :func:`to_keep` does not keep are removed."""
    made = online_backup(source, backups_dir / daily_name(day))
    return DailyBackup(made, prune_daily(backups_dir, today=day))


def daily_copies(backups_dir: Path) -> dict[date, Path]:
    """The daily copies in ``backups_dir`` by their day (other files are not looked at)."""
    found: dict[date, Path] = {}
    for path in backups_dir.glob("desk-day-*.sqlite3"):
        match = _DAILY.fullmatch(path.name)
        if match is None:
            continue
        try:
            found[date(*(int(g) for g in match.groups()))] = path
        except ValueError:  # desk-day-2026-02-31: not a name Desk wrote
            continue
    return found


def prune_daily(backups_dir: Path, *, today: date) -> tuple[Path, ...]:
    """Remove the daily copies :func:`to_keep` lets go; the ones removed."""
    copies = daily_copies(backups_dir)
    keep = to_keep(list(copies), today)
    removed = []
    for day, path in sorted(copies.items()):
        if day not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return tuple(removed)


def to_keep(days: list[date], today: date) -> set[date]:
    """Which daily copies to keep on ``today``: the newest :data:`KEEP_DAILY`, and the
    newest of each of the last :data:`KEEP_MONTHLY` months (this month included).

    A copy dated after ``today`` (a clock set wrong, a day closed late) is kept and
    does not count: a wrong clock must never cost a good copy.
    """
    future = {d for d in days if d > today}
    past = sorted({d for d in days if d <= today}, reverse=True)
    keep = set(past[:KEEP_DAILY])
    months = {_month_index(today) - n for n in range(KEEP_MONTHLY)}
    newest_of_month: dict[int, date] = {}
    for d in past:  # newest first: the first seen of a month is its newest
        newest_of_month.setdefault(_month_index(d), d)
    keep |= {d for month, d in newest_of_month.items() if month in months}
    return keep | future


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1
