"""One Desk at a time on a store: an exclusive lock on ``desk.lock`` in the data dir.

The counter window holds it for as long as it runs; a restore (and, later, the day
close) takes it too, so that the database is never replaced under an open window. It
is an operating-system lock on an open file (``flock`` on POSIX, ``msvcrt.locking`` on
Windows): a Desk that crashes or is killed lets go of it at once, so there is never a
stale lock to remove by hand. The file itself stays; it only says who holds it.

No SQLAlchemy here: the login path takes the lock before the ORM is imported.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from types import TracebackType

from desk.core.errors import DeskError

LOCK_NAME = "desk.lock"
_WINDOWS_LOCK_AT = 1 << 30  # the byte locked on Windows, far past the holder's line

PURPOSES = {
    "gui": "the counter window",
    "restore": "a restore",
    "day_close": "the day close",
    "reversal": "a void or refund",
    "sync": "a sync with head office",
}
SYNC_LOCK_NAME = "sync.lock"  # never two syncs at once (the window's and the command's)


class StoreInUse(DeskError):
    """Another Desk holds this store's lock; ``holder`` says who, if it could be read."""

    def __init__(self, data_dir: Path, holder: str) -> None:
        super().__init__(
            "store_in_use",
            f"Desk is using the store in {data_dir} ({holder}). Nothing was changed. "
            "Close that Desk first (log out and quit), then try again.",
            folder=str(data_dir),
            holder=holder,
        )


def process_alive(pid: int) -> bool:
    """Whether the process ``pid`` still runs; where that cannot be asked safely (not
    POSIX), True, so that callers leave its files alone."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)  # signal 0: is there such a process (POSIX only)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class InstanceLock:
    """A held lock; :meth:`release` (or leaving the ``with`` block) lets go of it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def acquire(data_dir: Path, purpose: str, name: str = LOCK_NAME) -> InstanceLock:
    """The store's lock for ``purpose`` (a key of :data:`PURPOSES`), without waiting.

    Raises :class:`StoreInUse` when another Desk (another process, or another holder in
    this one) has it, and ``OSError`` when the lock file cannot be made (a read-only
    folder: then nothing can be written there anyway).
    """
    path = data_dir / name
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        locked = _try_lock(fd)
    except BaseException:
        os.close(fd)
        raise
    if not locked:
        os.close(fd)
        raise StoreInUse(data_dir, _holder(path))
    line = f"{os.getpid()} {purpose} {datetime.now().astimezone().isoformat(timespec='seconds')}"
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, (line + "\n").encode())
    except OSError:
        pass  # who holds it is a courtesy; the lock is what counts
    return InstanceLock(path, fd)


def _holder(path: Path) -> str:
    """Who holds the lock, in words: "the counter window, process 4242, since 09:02"."""
    try:
        pid, purpose, since = path.read_text(encoding="utf-8").split()[:3]
        started = datetime.fromisoformat(since).strftime("%Y-%m-%d %H:%M")
    except (OSError, ValueError):
        return "another Desk"
    return f"{PURPOSES.get(purpose, purpose)}, process {pid}, since {started}"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_AT, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_AT, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock locks belong to the open file, not the process: a second acquire in
        # the same process is refused too, as it should be.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
