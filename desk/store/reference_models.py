"""Head office's reference data as this store last applied it (``reference_part``).

Carriers, products and staff have their own tables; the rest of a reference snapshot
(the fee schedule, the tenders, the chain's settings) is kept here, one row per part, as
the JSON head office published. :func:`desk.sync.reference.apply_snapshot` writes every
part, the carriers, products, staff and ``sync_state.reference_version`` in one
transaction, so a store never holds half of two versions. No row: the store has not
applied a snapshot yet, and runs on the defaults shipped with Desk.

*Local*: head office's own data, never pushed back.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models import Base, UtcDateTime, utcnow

FEES, TENDERS, SETTINGS = "fees", "tenders", "settings"


class ReferencePart(Base):
    """One part of the applied reference snapshot: its name, version and JSON body."""

    __tablename__ = "reference_part"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)  # fees, tenders, settings
    version: Mapped[int] = mapped_column(Integer)  # the snapshot's version at head office
    body: Mapped[str] = mapped_column(Text)  # JSON, as published
    applied_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


__all__ = ["FEES", "SETTINGS", "TENDERS", "ReferencePart"]
