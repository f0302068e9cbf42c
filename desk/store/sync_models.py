"""The store's side of the sync with head office (both *local*: they never leave the store).

``sync_outbox``: one row per change to a pushed table (:mod:`desk.sync.tables`), written
by triggers (migration 0009) in the same transaction as the change itself, so that no
business write can commit without its outbox row. ``seq`` only grows (AUTOINCREMENT):
a sequence that goes backwards means the file went back in time (a restore).

``sync_state``: one row. ``capture`` is 0 until the store first syncs (then the outbox
is filled once from every pushed row, and capture starts); a pull from head office
turns it off inside its own transaction, so that head office's rows are not pushed
back. ``epoch`` counts the store's lines of history as head office knows them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models import Base, UtcDateTime


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = ({"sqlite_autoincrement": True},)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    tbl: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(32))  # the row's UUID, as SQLite keeps it
    op: Mapped[str] = mapped_column(String(1))  # u: inserted or updated, d: deleted


class SyncState(Base):
    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    capture: Mapped[int] = mapped_column(Integer, default=0)
    epoch: Mapped[int] = mapped_column(Integer, default=0)  # 0: never synced
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    reference_version: Mapped[int] = mapped_column(Integer, default=0)
    pulled_version: Mapped[int] = mapped_column(Integer, default=0)  # customers and lines
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_good_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)  # in English (desk sync, the log)
    # The same as a DeskError code and its values (JSON), for the Sync page to show in
    # the clerk's language (desk.sync.errors); None in a row from before migration 0011.
    last_error_code: Mapped[str | None] = mapped_column(Text)
    last_error_values: Mapped[str | None] = mapped_column(Text)
    clock_skew_ms: Mapped[int | None] = mapped_column(Integer)
    # Head office's view of the store after the last good sync (JSON).
    hq_view: Mapped[str | None] = mapped_column(Text)


__all__ = ["SyncOutbox", "SyncState"]
