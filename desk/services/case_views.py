"""What the screens show of cases: a customer's cases, the queue of open cases with the
next step of each, one case in full (to resume a draft), and the customer behind an
application number. Reads only: plain sqlite3 through ``Database.fast_read`` where a
clerk waits on it, like the lookup."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from desk.core.cases import OPEN, CaseAction, CaseReason, CaseStatus, Handover, allowed_actions
from desk.services.case_flow import FOLLOW_UP
from desk.services.case_receipts import CaseReceipts, receipts_of
from desk.store.db import Database
from desk.store.models import CardKind

# The states a case goes through in the wizard, before its submission.
IN_THE_WIZARD = frozenset({CaseStatus.DRAFT, CaseStatus.VERIFIED, CaseStatus.PAID})


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    customer_id: uuid.UUID
    line_id: uuid.UUID
    msisdn: str
    customer_name: str
    carrier_code: str
    reason: CaseReason
    status: CaseStatus
    card_kind: CardKind
    handover: Handover | None
    application_number: str | None
    opened_at: datetime
    changed_at: datetime
    next_actions: tuple[CaseAction, ...]  # what the clerk may do next, in queue order

    @property
    def resumable(self) -> bool:
        """Not submitted yet: the clerk goes on with it in the case wizard, which opens
        at the page the case has reached."""
        return self.status in IN_THE_WIZARD and self.application_number is None


_SELECT = (
    "SELECT c.id, c.customer_id, c.line_id, l.msisdn,"
    " trim(coalesce(cu.name_zh, '') || ' ' || coalesce(cu.name_en, '')),"
    " c.carrier_code, c.reason, c.status, c.card_kind, c.handover, c.application_number,"
    " c.opened_at, c.changed_at"
    " FROM replacement_case c JOIN line l ON l.id = c.line_id"
    " JOIN customer cu ON cu.id = c.customer_id"
)


def _time(text: str) -> datetime:
    from datetime import UTC

    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _row(r: tuple[object, ...], payment_required: bool = False) -> CaseRow:
    status = CaseStatus(str(r[7]))
    handover = Handover(str(r[9])) if r[9] else None
    actions = tuple(
        a
        for a in (*FOLLOW_UP, CaseAction.CANCEL)
        if a in allowed_actions(status, handover=handover, payment_required=payment_required)
    )
    return CaseRow(
        uuid.UUID(hex=str(r[0])),
        uuid.UUID(hex=str(r[1])),
        uuid.UUID(hex=str(r[2])),
        str(r[3]),
        str(r[4]),
        str(r[5]),
        CaseReason(str(r[6])),
        status,
        CardKind(str(r[8])),
        handover,
        str(r[10]) if r[10] else None,
        _time(str(r[11])),
        _time(str(r[12])),
        actions,
    )


def cases_of_customer(db: Database, customer_id: uuid.UUID) -> tuple[CaseRow, ...]:
    """A customer's cases, newest first."""
    with db.fast_read() as conn:
        rows = conn.execute(
            _SELECT + " WHERE c.customer_id = ? ORDER BY c.opened_at DESC",
            (customer_id.hex,),
        ).fetchall()
    return tuple(_row(r) for r in rows)


def open_cases(
    db: Database,
    *,
    status: CaseStatus | None = None,
    carrier: str | None = None,
    limit: int = 500,
) -> tuple[CaseRow, ...]:
    """The queue: open cases, oldest first, by state and carrier if asked."""
    wanted = [status] if status is not None else sorted(OPEN)
    where = f" WHERE c.status IN ({','.join('?' * len(wanted))})"
    args: list[object] = [s.value for s in wanted]
    if carrier:
        where += " AND c.carrier_code = ?"
        args.append(carrier)
    with db.fast_read() as conn:
        rows = conn.execute(
            _SELECT + where + " ORDER BY c.opened_at LIMIT ?", (*args, limit)
        ).fetchall()
    return tuple(_row(r) for r in rows)


def carriers_with_open_cases(db: Database) -> tuple[str, ...]:
    with db.fast_read() as conn:
        rows = conn.execute(
            "SELECT DISTINCT carrier_code FROM replacement_case"
            f" WHERE status IN ({','.join('?' * len(OPEN))}) ORDER BY 1",
            sorted(s.value for s in OPEN),
        ).fetchall()
    return tuple(str(r[0]) for r in rows)


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    new_iccid: str | None
    new_eid: str | None
    device: str | None
    activation_code_masked: str | None
    courier_address: str | None
    tracking_number: str | None
    opened_day: date


def case_detail(db: Database, case_id: uuid.UUID) -> CaseDetail:
    with db.fast_read() as conn:
        r = conn.execute(_SELECT + " WHERE c.id = ?", (case_id.hex,)).fetchone()
        extra = conn.execute(
            "SELECT new_iccid, new_eid, trim(coalesce(device_brand, '') || ' ' ||"
            " coalesce(device_model, '')), activation_code_masked, courier_address,"
            " tracking_number, opened_day FROM replacement_case WHERE id = ?",
            (case_id.hex,),
        ).fetchone()
    if r is None:
        from desk.services.errors import DeskError

        raise DeskError("no_case", "This case is not in this store's records.")
    return CaseDetail(
        _row(r),
        extra[0],
        extra[1],
        extra[2] or None,
        extra[3],
        extra[4],
        extra[5],
        date.fromisoformat(str(extra[6])),
    )


@dataclass(frozen=True)
class CarrierName:
    code: str
    name_en: str
    name_zh: str
    name_zh_hant: str | None


@dataclass(frozen=True)
class CaseQueue:
    """What the Cases page shows: the open cases asked for, the carriers that have open
    cases at all (the carrier filter's choices, named), and the receipts of the cases
    shown (to void, refund or reprint)."""

    rows: tuple[CaseRow, ...]
    carriers: tuple[CarrierName, ...]
    status: CaseStatus | None
    carrier: str | None
    receipts: Mapping[uuid.UUID, CaseReceipts] = field(default_factory=dict)


def case_queue(
    db: Database,
    *,
    status: CaseStatus | None = None,
    carrier: str | None = None,
    limit: int = 500,
) -> CaseQueue:
    """The queue and its filter's choices, read together on the page's worker thread."""
    rows = open_cases(db, status=status, carrier=carrier, limit=limit)
    codes = carriers_with_open_cases(db)
    with db.fast_read() as conn:
        named = {
            str(r[0]): CarrierName(str(r[0]), str(r[1]), str(r[2]), r[3])
            for r in conn.execute("SELECT code, name_en, name_zh, name_zh_hant FROM carrier")
        }
        receipts = receipts_of(conn, (r.id for r in rows))
    carriers = tuple(named.get(c, CarrierName(c, c, c, None)) for c in codes)
    return CaseQueue(rows, carriers, status, carrier, receipts)
