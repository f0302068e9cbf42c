"""The customer lookup: one field, any way a clerk or a scanner types who they look for.

What it finds, in this order (each customer once):
1. exact matches — the full ID number (through the keyed hash, never by decrypting),
   the phone number of a line (full, or a prefix of 4+ digits as typed), the ICCID or
   EID of a line (full, or its last 6+ digits);
2. name matches — any part of a Chinese name (陈, 大文) or the start of Latin name words
   (``chan tai``), through the FTS5 name index (:mod:`desk.core.names`).

Only what the results list may show leaves this module: names, the masked ID, and the
lines (number, carrier, status). The customer card says more, and later issues will
put it behind the identity check.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import phonenumbers
from sqlalchemy import Row, func, select, text
from sqlalchemy.orm import Session

from desk.core import identifiers as ids
from desk.core.names import match_query
from desk.store.db import Database
from desk.store.keys import IdCipher
from desk.store.models import Carrier, Customer, IdentityDocument, Line, LineStatus

MIN_PHONE_PREFIX = 4  # digits; fewer would match a good part of the store
MIN_CARD_TAIL = 6
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-().]+$")
_DOCUMENT_KINDS = (("hkid", ids.parse_hkid), ("cn_ric", ids.parse_cn_ric))
_PASSPORT = re.compile(r"^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{5,9}$")


@dataclass(frozen=True)
class LineSummary:
    msisdn: str
    carrier_en: str
    carrier_zh: str
    status: LineStatus


@dataclass(frozen=True)
class CustomerRow:
    id: uuid.UUID
    name_zh: str | None
    name_en: str | None
    id_masked: str
    lines: tuple[LineSummary, ...]
    matched_by: str  # id, phone, iccid, eid or name


@dataclass(frozen=True)
class LookupResult:
    query: str
    rows: tuple[CustomerRow, ...]
    total: int  # all matching customers, of which ``rows`` shows the first ``limit``

    @property
    def exact(self) -> tuple[CustomerRow, ...]:
        return tuple(r for r in self.rows if r.matched_by != "name")


EMPTY = LookupResult("", (), 0)


def _digits(text_: str) -> str:
    return "".join(ch for ch in text_ if ch.isdigit())


def _end(prefix: str) -> str:
    # Upper bound of a prefix range over digit strings: ':' sorts right after '9'.
    return prefix + ":"


def _country_code_length(digits: str) -> int:
    for n in (1, 2, 3):
        if int(digits[:n] or 0) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return n
    return 0


class _Hits:
    """Customer ids in the order found, each once, with what found them."""

    def __init__(self) -> None:
        self.order: dict[uuid.UUID, str] = {}

    def add(self, ids_: Iterable[uuid.UUID], how: str) -> None:
        for cid in ids_:
            self.order.setdefault(cid, how)


def _by_document(s: Session, cipher: IdCipher, q: str, hits: _Hits) -> None:
    compact = q.replace(" ", "").upper()
    hashes = []
    for kind, parse in _DOCUMENT_KINDS:
        with contextlib.suppress(ids.InvalidIdentifier):
            hashes.append(cipher.hash(kind, parse(compact)))
    if _PASSPORT.match(compact):
        hashes.append(cipher.hash("passport", compact))
    if hashes:
        found = s.scalars(
            select(IdentityDocument.customer_id).where(IdentityDocument.number_hash.in_(hashes))
        )
        hits.add(found, "id")


def _by_phone(s: Session, q: str, region: str, hits: _Hits) -> int:
    """Lines whose number is, or starts with, what was typed; returns all matches."""
    if not _PHONE_CHARS.match(q):
        return 0
    digits = _digits(q)
    try:
        full = ids.parse_phone(q, region)
    except ids.InvalidIdentifier:
        full = None
    if full is not None:
        hits.add(s.scalars(select(Line.customer_id).where(Line.msisdn == full)), "phone")
    if q.lstrip().startswith("+") or digits.startswith("00"):
        digits = digits.removeprefix("00") if not q.lstrip().startswith("+") else digits
        national = len(digits) - _country_code_length(digits)
    else:
        national = len(digits)
        digits = f"{phonenumbers.country_code_for_region(region)}{digits}"
    if national < MIN_PHONE_PREFIX:
        return 0
    prefixes = ["+" + digits]
    total = 0
    for p in prefixes:
        where = (Line.msisdn >= p, Line.msisdn < _end(p))
        total += s.scalar(select(func.count(func.distinct(Line.customer_id))).where(*where)) or 0
        hits.add(s.scalars(select(Line.customer_id).where(*where).limit(200)), "phone")
    return total


def _by_card(s: Session, q: str, hits: _Hits) -> int:
    compact = re.sub(r"[\s\-]", "", q).upper().removesuffix("F")
    if not compact.isdigit() or len(compact) < MIN_CARD_TAIL:
        return 0
    rev = compact[::-1]
    total = 0
    for column, how in ((Line.iccid_tail_key, "iccid"), (Line.eid_tail_key, "eid")):
        where = (column >= rev, column < _end(rev))
        total += s.scalar(select(func.count(func.distinct(Line.customer_id))).where(*where)) or 0
        hits.add(s.scalars(select(Line.customer_id).where(*where).limit(200)), how)
    return total


def _by_name(s: Session, q: str, limit: int, hits: _Hits) -> int:
    if any(ch.isdigit() for ch in q):
        return 0  # a number is being typed (ID, phone, card): names have no digits
    expr = match_query(q)
    if expr is None:
        return 0
    keys = s.scalars(
        text("SELECT rowid FROM customer_search WHERE customer_search MATCH :q LIMIT :n"),
        {"q": expr, "n": limit + len(hits.order)},
    ).all()
    if keys:
        found = s.execute(
            select(Customer.search_key, Customer.id).where(Customer.search_key.in_(keys))
        )
        by_key = dict(found.all())
        hits.add((by_key[k] for k in keys if k in by_key), "name")
    return int(
        s.scalar(
            text("SELECT count(*) FROM customer_search WHERE customer_search MATCH :q"),
            {"q": expr},
        )
        or 0
    )


def _rows(s: Session, order: dict[uuid.UUID, str]) -> tuple[CustomerRow, ...]:
    wanted = list(order)
    if not wanted:
        return ()
    people = {
        r.id: r
        for r in s.execute(
            select(Customer.id, Customer.name_zh, Customer.name_en).where(Customer.id.in_(wanted))
        )
    }
    masked: dict[uuid.UUID, str] = {}
    for cid, m in s.execute(
        select(IdentityDocument.customer_id, IdentityDocument.number_masked)
        .where(IdentityDocument.customer_id.in_(wanted))
        .order_by(IdentityDocument.created_at)
    ):
        masked.setdefault(cid, m)
    lines: dict[uuid.UUID, list[LineSummary]] = {}
    line_rows: Sequence[Row[tuple[uuid.UUID, str, str, str, LineStatus]]] = s.execute(
        select(Line.customer_id, Line.msisdn, Carrier.name_en, Carrier.name_zh, Line.status)
        .join(Carrier, Carrier.id == Line.carrier_id)
        .where(Line.customer_id.in_(wanted))
        .order_by(Line.msisdn)
    ).all()
    for cid, msisdn, c_en, c_zh, status in line_rows:
        lines.setdefault(cid, []).append(LineSummary(msisdn, c_en, c_zh, status))
    return tuple(
        CustomerRow(
            cid,
            people[cid].name_zh,
            people[cid].name_en,
            masked.get(cid, ""),
            tuple(lines.get(cid, ())),
            how,
        )
        for cid, how in order.items()
        if cid in people
    )


def search(
    db: Database, cipher: IdCipher, query: str, *, region: str = "HK", limit: int = 50
) -> LookupResult:
    """Customers matching what was typed: exact matches first, then names; ≤ limit rows."""
    q = unicodedata.normalize("NFKC", query).strip()
    if not q:
        return EMPTY
    hits = _Hits()
    with db.read() as s:
        _by_document(s, cipher, q, hits)
        exact_total = len(hits.order) + _by_phone(s, q, region, hits) + _by_card(s, q, hits)
        exact_total = max(exact_total, len(hits.order))
        name_total = _by_name(s, q, limit, hits)
        shown = dict(list(hits.order.items())[:limit])
        rows = _rows(s, shown)
    return LookupResult(q, rows, max(exact_total + name_total, len(hits.order)))
