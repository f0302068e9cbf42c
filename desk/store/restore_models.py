"""What a restore leaves behind for head office: one ``restore_event`` row per restore.

When a store's database is replaced by an older copy, the days after that copy are
gone from this counter but may already be at head office (pushed by an earlier sync).
The sync reads these rows to tell the two apart: the restored file's name and hash, the
newest audit entry and payment it held, and where the replaced database was kept.

Append-only, and written into the restored database itself, by ``desk restore``.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models import Base, UtcDateTime, _id_column, utcnow


class RestoreEvent(Base):
    """One restore of this store's database from a copy."""

    __tablename__ = "restore_event"

    id: Mapped[uuid.UUID] = _id_column()
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("store.id"))
    restored_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(255))  # the copy's name, no folder
    file_sha256: Mapped[str] = mapped_column(String(64))  # of the copy, as it was given
    file_schema: Mapped[str] = mapped_column(String(32))  # its schema before any upgrade
    # The newest moments the copy held: what happened after them is not in it.
    newest_audit_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    newest_payment_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The replaced database's copy in backups/ (None: there was no database to replace).
    replaced_backup: Mapped[str | None] = mapped_column(String(255))
    app_version: Mapped[str] = mapped_column(String(32))


__all__ = ["RestoreEvent"]
