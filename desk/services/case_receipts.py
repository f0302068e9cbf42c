"""The receipts of the cases on the Cases page: what may be voided or refunded, and
what may be reprinted. A read only, on the page's worker thread with the queue
(plain sqlite3 through ``Database.fast_read``, like the rest of the queue).

A case's *standing* payment is its newest receipt of kind ``payment`` that no void or
refund points at: a supervisor may void it on its own business day, refund it on a
later one (:mod:`desk.services.reversals` decides; the page only words the button).
"Reprint receipt" prints the case's newest receipt of any kind — after a void, the
void's own receipt.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

__all__ = ["CaseReceipts", "receipts_of"]


@dataclass(frozen=True)
class CaseReceipts:
    newest: str  # the newest receipt of the case, of any kind: what a reprint prints
    standing: str | None = None  # the payment not yet voided or refunded, if any
    standing_day: date | None = None  # its business day: the same as today's, a void
    standing_total_minor: int = 0
    currency: str = ""


_SELECT = (
    "SELECT p.case_id, p.receipt_number, p.kind, p.business_day, p.total_minor, p.currency,"
    " EXISTS (SELECT 1 FROM payment r WHERE r.original_id = p.id)"
    " FROM payment p WHERE p.case_id IN ({marks})"
    " ORDER BY p.business_day, p.sequence"
)
_CHUNK = 500  # case ids per statement (SQLite's limit on parameters is far above it)


def receipts_of(
    conn: sqlite3.Connection, case_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, CaseReceipts]:
    """The receipts of each of ``case_ids`` that has any (read in ``conn``'s transaction)."""
    ids = [c.hex for c in case_ids]
    found: dict[uuid.UUID, CaseReceipts] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = conn.execute(_SELECT.format(marks=",".join("?" * len(chunk))), chunk)
        for case_hex, number, kind, day, total, currency, reversed_ in rows:
            case_id = uuid.UUID(hex=str(case_hex))
            if kind == "payment" and not reversed_:
                found[case_id] = CaseReceipts(
                    str(number),
                    str(number),
                    date.fromisoformat(str(day)),
                    int(total),
                    str(currency),
                )
            else:  # a standing payment stays standing: a reversal points at another
                found[case_id] = replace(found.get(case_id, CaseReceipts("")), newest=str(number))
    return found
