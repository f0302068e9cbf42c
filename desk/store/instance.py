"""One Desk at a time holds a store for writing: an exclusive lock on ``desk.lock`` in its
data dir, held by the counter window for as long as it runs, and taken for a moment by
the commands that must not run beside it (``desk day close``).

The operating system lets go of the lock when the process ends, however it ends, so a
crash never leaves a store locked; the file itself stays (removing it would let two
processes lock two different files).

Error code: ``store_in_use`` (another Desk holds the store).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desk.core.errors import DeskError

__all__ = ["LOCK_FILE", "hold"]

LOCK_FILE = "desk.lock"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextmanager
def hold(data_dir: Path) -> Iterator[None]:
    """Hold the store of ``data_dir`` for writing until the block ends; refused in words
    (``store_in_use``) while another Desk holds it."""
    path = data_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(fd):
            raise DeskError(
                "store_in_use",
                f"Another Desk has the store in {data_dir} open: close its window (or wait "
                "for it to finish), then try again.",
                folder=str(data_dir),
            )
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # who holds it, for a person to read
        yield
    finally:
        os.close(fd)  # closing lets go of the lock
