"""Opening a store's SQLite file by URI: plain sqlite3, no SQLAlchemy (the login path
uses it before the ORM is imported)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def sqlite_uri(path: Path, mode: str) -> str:
    """The SQLite URI of ``path``, opened in ``mode`` (ro, rw or rwc).

    Built from the absolute path with every special character percent-encoded, so
    that a folder named ``shop #2`` or ``100% 門市?`` is that folder: a bare ``#`` would
    end the path and drop ``?mode=ro``.
    """
    return f"{path.absolute().as_uri()}?mode={mode}"


def connect(path: Path, mode: str = "rw", **kwargs: Any) -> sqlite3.Connection:
    """A plain sqlite3 connection to ``path`` in ``mode``; never creates unless ``rwc``."""
    conn: sqlite3.Connection = sqlite3.connect(sqlite_uri(path, mode), uri=True, **kwargs)
    return conn
