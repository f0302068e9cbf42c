"""The guard across the chain, as the case services use it: ask head office (outside
any transaction: the network never holds the store's write lock), and keep its answer
with the case.

Head office is asked when a case is opened and again just before it is submitted;
never when the wizard merely shows a case (that runs on the GUI thread). Each answer is
a fact kept with the case, so that the wizard shows what the guard will meet, a
restarted Desk still knows it, and head office sees at night what this counter knew:
a ``line_event`` of the case, action ``chain_answer`` (``reason``: the answer's JSON,
:class:`desk.core.chain.ChainCounts`) or ``chain_unreachable`` (``reason``: in words).
The newest one counts. (A table of its own would say it better; ``line_event`` already
syncs and needs no migration — see ``what's left`` in the branch's notes.)
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.chain import ChainCounts
from desk.core.staff import StaffMember
from desk.services.case_context import Counter, load_case
from desk.store.case_models import LineEvent
from desk.store.db import Database
from desk.store.models import IdentityDocument, Line

log = logging.getLogger(__name__)

CHAIN_ANSWER, CHAIN_UNREACHABLE = "chain_answer", "chain_unreachable"
UNREACHABLE_WORDS = "Head office could not be asked (not reachable, too slow, or refused)."


@dataclass(frozen=True)
class ChainLook:
    """What asking head office gave: ``asked`` False for a Desk not enrolled."""

    asked: bool = False
    counts: ChainCounts | None = None

    @property
    def unreachable(self) -> bool:
        return self.asked and self.counts is None


NOT_ASKED = ChainLook()


def line_keys(s: Session, line: Line) -> tuple[str, str | None]:
    """The line's E.164 number and its customer's first ID document's keyed hash (hex),
    as the store pushes them to head office (:data:`desk.sync.tables.PUSHED`)."""
    first = s.scalar(
        select(IdentityDocument.number_hash)
        .where(IdentityDocument.customer_id == line.customer_id)
        .order_by(IdentityDocument.created_at)
        .limit(1)
    )
    return line.msisdn, bytes(first).hex() if first else None


def ask(db: Database, counter: Counter, line_id: uuid.UUID) -> ChainLook:
    """Head office's answer on the line (about a second at most); not in a transaction."""
    if counter.chain is None:
        return NOT_ASKED
    with db.read() as s:
        line = s.get(Line, line_id)
        if line is None:
            return NOT_ASKED  # the service refuses it in words
        msisdn, doc = line_keys(s, line)
    try:
        counts = counter.chain(msisdn, doc)
    except Exception:  # the callable promises not to raise; a case still opens if it does
        log.exception("asking head office for the guard failed")
        counts = None
    return ChainLook(True, counts)


def ask_for_case(db: Database, counter: Counter, case_id: uuid.UUID) -> ChainLook:
    """:func:`ask` about the line of an existing case."""
    if counter.chain is None:
        return NOT_ASKED
    with db.read() as s:
        line_id = load_case(s, case_id).line_id
    return ask(db, counter, line_id)


def keep(
    s: Session,
    counter: Counter,
    member: StaffMember,
    line_id: uuid.UUID,
    case_id: uuid.UUID,
    look: ChainLook,
) -> None:
    """Head office's answer (or that it could not be asked), kept with the case."""
    if not look.asked:
        return
    s.add(
        LineEvent(
            line_id=line_id,
            case_id=case_id,
            action=CHAIN_UNREACHABLE if look.counts is None else CHAIN_ANSWER,
            staff_id=member.id,
            reason=UNREACHABLE_WORDS if look.counts is None else look.counts.dumps(),
            at=counter.now(),
        )
    )


def keep_for_case(
    db: Database, counter: Counter, member: StaffMember, case_id: uuid.UUID, look: ChainLook
) -> None:
    """:func:`keep` in its own transaction (before a submission that may be refused:
    the answer stays with the case either way)."""
    if not look.asked:
        return
    with db.write() as s:
        case = load_case(s, case_id)
        keep(s, counter, member, case.line_id, case.id, look)


def kept(s: Session, case_id: uuid.UUID) -> ChainLook:
    """The newest answer kept with the case (NOT_ASKED if none)."""
    found = s.execute(
        select(LineEvent.action, LineEvent.reason)
        .where(
            LineEvent.case_id == case_id,
            LineEvent.action.in_((CHAIN_ANSWER, CHAIN_UNREACHABLE)),
        )
        .order_by(LineEvent.at.desc(), LineEvent.id.desc())
        .limit(1)
    ).first()
    if found is None:
        return NOT_ASKED
    if found.action == CHAIN_UNREACHABLE:
        return ChainLook(True, None)
    try:
        counts = ChainCounts.from_json(json.loads(found.reason or ""))
    except ValueError:
        counts = None
    return ChainLook(True, counts)
