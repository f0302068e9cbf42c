"""An index the lookup needs for a phone number's last digits.

A clerk often knows only the end of a number ("the one ending 4567"). ``line.msisdn``
is indexed from its start, so its end needs an index of its own: on the expression
``substr(msisdn, -4)`` (a built-in function, so any SQLite tool can still read and
write the file), with ``msisdn`` and ``customer_id`` beside it so that the lookup
checks longer tails and counts customers from the index alone. The lookup
(:mod:`desk.services.lookup`) asks with the very same expression. Every store is
migrated before its first lookup (schema 0004 makes the index), so the lookup never
asks a store without it: it would read the whole msisdn index (~300 ms on a million).

Made by a schema migration (:func:`create_phone_tail_index`), and declared beside
the model as
``Index("ix_line_msisdn_tail", func.substr(msisdn, -4), "msisdn", "customer_id")``.
"""

from __future__ import annotations

import sqlite3
from typing import Final

PHONE_TAIL_INDEX: Final = "ix_line_msisdn_tail"
PHONE_TAIL_DIGITS: Final = 4


def create_phone_tail_index(conn: sqlite3.Connection) -> None:
    """Create the index if it is not there (idempotent; a million lines: ~1 s)."""
    conn.execute(
        f"CREATE INDEX IF NOT EXISTS {PHONE_TAIL_INDEX} "
        f"ON line (substr(msisdn, -{PHONE_TAIL_DIGITS}), msisdn, customer_id)"
    )
