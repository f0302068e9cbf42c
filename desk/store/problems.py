"""What went wrong with a store's files, told apart so that the advice fits.

A damaged file, a full disk, a read-only mount, a permission, a busy database and a
disk error all reach Desk as ``sqlite3`` or ``OSError`` exceptions; each needs its own
advice. Inviting a restore from backup when the disk is merely full would lose the
day's work, so only real corruption says "restore". :func:`store_problem` turns any of
them into a :class:`StoreProblem` (a :class:`DeskError`: a code the UI translates, and
one English line for the command line), or None for anything it does not know.
"""

from __future__ import annotations

import errno
import shlex
import sqlite3
from pathlib import Path

from desk.core.errors import DeskError

# SQLite's primary result codes (an extended code's low byte is its primary code).
_SQLITE = {
    3: "permission",  # SQLITE_PERM
    5: "busy",  # SQLITE_BUSY
    6: "busy",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "io",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "cannot_open",  # SQLITE_CANTOPEN
    26: "damaged",  # SQLITE_NOTADB
}
_ERRNO = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EROFS: "read_only",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EIO: "io",
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds it by name
    """Marks ``text`` for ``make update-translations`` (context ``Texts``) without Qt:
    the UI translates these through :func:`desk.ui.texts.error_text`."""
    return text


MESSAGES = {
    "missing": QT_TRANSLATE_NOOP(
        "Texts",
        "There is no store in {folder}. Create the demo store with "
        "`desk demo --data-dir {folder_arg}`, or start Desk with `make run`.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Texts",
        "{file} is damaged ({detail}). Nothing more was written to it. Copies are in "
        "{backups}: ask your support to restore the newest good one.",
    ),
    "full": QT_TRANSLATE_NOOP(
        "Texts",
        "The disk holding {file} is full, so nothing was saved. Free some space "
        "(old backups can be moved elsewhere) and try again; no data was lost.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Texts",
        "{file} cannot be written: the file, its folder or the disk is read-only. "
        "Nothing was changed. Make the folder writable for this account and try again.",
    ),
    "permission": QT_TRANSLATE_NOOP(
        "Texts",
        "This account may not use {file} (permission denied). Start Desk as the account "
        "that owns the store's folder, or ask your support to fix its permissions.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Texts",
        "{file} is busy: another Desk, a backup or a sync is using it. Nothing was "
        "changed. Wait a moment and try again.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Texts",
        "{file} could not be read or written ({detail}): the disk may be failing. "
        "Check the disk before anything else; do not restore a backup over it yet.",
    ),
    "cannot_open": QT_TRANSLATE_NOOP(
        "Texts",
        "{file} cannot be opened ({detail}). Check that its folder exists and that this "
        "account may use it.",
    ),
}


class StoreProblem(DeskError):
    """A store's file cannot be used; ``code`` says why (see :data:`MESSAGES`)."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        """``path``: the store's folder for ``missing``, else the file in trouble."""
        folder = path if code == "missing" else path.parent
        values = {
            "file": str(path),
            "folder": str(folder),
            "folder_arg": shlex.quote(str(folder)),  # to paste into a shell as it is
            "backups": str(folder / "backups"),
            "detail": detail or code,
        }
        super().__init__(code, MESSAGES[code].format(**values), **values)
        self.path = path


def _sqlite_cause(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind ``exc`` (SQLAlchemy wraps it as ``.orig``)."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return None
        if isinstance(seen, sqlite3.Error):
            return seen
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return None


def _code_from_text(text: str) -> str | None:
    text = text.lower()
    for words, code in (
        (("malformed", "not a database", "corrupt"), "damaged"),
        (("disk is full", "database or disk is full"), "full"),
        (("readonly", "read-only"), "read_only"),
        (("locked", "busy"), "busy"),
        (("disk i/o error",), "io"),
        (("unable to open",), "cannot_open"),
    ):
        if any(w in text for w in words):
            return code
    return None


def store_problem(exc: BaseException, path: Path) -> StoreProblem | None:
    """``exc`` explained for the store file ``path``, or None if it isn't a file problem."""
    if isinstance(exc, StoreProblem):
        return exc
    cause = _sqlite_cause(exc)
    if cause is not None:
        code_number = getattr(cause, "sqlite_errorcode", None)
        code = _SQLITE.get(code_number & 0xFF) if isinstance(code_number, int) else None
        code = code or _code_from_text(str(cause))
        if code in ("cannot_open", "io"):
            # SQLite says "unable to open" or "disk I/O error" for a missing folder, a
            # permission, a full or a read-only disk alike: the file system knows which.
            code = _file_system_reason(path) or code
        return StoreProblem(code, path, str(cause)) if code else None
    if isinstance(exc, OSError) and exc.errno in _ERRNO:
        return StoreProblem(_ERRNO[exc.errno], Path(exc.filename or path), exc.strerror or "")
    return None


def _file_system_reason(path: Path) -> str | None:
    import os

    folder = path.parent
    if not folder.exists():
        return None
    disk = os.statvfs(folder)
    if disk.f_flag & os.ST_RDONLY:
        return "read_only"
    if disk.f_bavail * disk.f_frsize < 256 * 1024:
        return "full"
    if not os.access(folder, os.W_OK | os.X_OK) or (
        path.exists() and not os.access(path, os.R_OK | os.W_OK)
    ):
        return "permission"
    return None
