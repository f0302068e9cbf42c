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

It runs on every key the clerk types, so it reads through a plain sqlite3 connection
(:meth:`Database.fast_read`): every query here is an index range or an FTS5 match, and
the ORM's per-statement cost would otherwise be most of the time. Columns are the
models' (UUIDs as 32 hex digits, enums as their values).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers

from desk.core import identifiers as ids
from desk.core.enums import LineStatus
from desk.core.names import count_key, match_expression, query_terms
from desk.store.db import Database
from desk.store.keys import IdCipher

MIN_PHONE_PREFIX = 4  # national digits; fewer would match a good part of the store
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
    carrier_zh_hant: str | None = None
    sim_change_lock: bool = False


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
    # When nothing matched and the text has the shape of an identifier that fails its
    # check (a typo, a misread scan): why, in the words of desk.core.identifiers.
    problem: ids.InvalidIdentifier | None = None


# Complete-looking identifiers: if one of these finds no one, its check says why.
_SHAPES = (
    (re.compile(r"^[A-Z]{1,2}\d{6}\(?[0-9A]\)?$"), "hkid"),
    (re.compile(r"^\d{17}[\dX]$"), "cn_ric"),
    (re.compile(r"^89\d{17,18}$"), "iccid"),
    (re.compile(r"^89\d{30}$"), "eid"),
)


def _problem(q: str, region: str) -> ids.InvalidIdentifier | None:
    compact = re.sub(r"[\s\-]", "", q).upper()
    for shape, kind in _SHAPES:
        if shape.match(compact):
            try:
                ids.parse(kind, compact, region=region)
            except ids.InvalidIdentifier as exc:
                return exc
            return None
    if _PHONE_CHARS.match(q) and len(_digits(q)) >= 8:
        try:
            ids.parse_phone(q, region)
        except ids.InvalidIdentifier as exc:
            return None if ids.is_incomplete(exc) else exc
    return None


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
    """Customer ids (hex) in the order found, each once, with what found them."""

    def __init__(self) -> None:
        self.order: dict[str, str] = {}

    def add(self, rows: Iterable[tuple[str]], how: str) -> None:
        for (cid,) in rows:
            self.order.setdefault(cid, how)


def _by_document(conn: sqlite3.Connection, cipher: IdCipher, q: str, hits: _Hits) -> int:
    compact = q.replace(" ", "").upper()
    hashes = []
    for kind, parse in _DOCUMENT_KINDS:
        try:
            hashes.append(cipher.hash(kind, parse(compact)))
        except ids.InvalidIdentifier:
            continue
    if _PASSPORT.match(compact):
        hashes.append(cipher.hash("passport", compact))
    if not hashes:
        return 0
    marks = ",".join("?" * len(hashes))
    found = conn.execute(
        f"SELECT DISTINCT customer_id FROM identity_document WHERE number_hash IN ({marks})",
        hashes,
    ).fetchall()
    hits.add(found, "id")
    return len(found)


def _by_range(
    conn: sqlite3.Connection, column: str, low: str, limit: int, hits: _Hits, how: str
) -> int:
    """Lines whose ``column`` starts with ``low``: count their customers, keep the first."""
    where = f"FROM line WHERE {column} >= ? AND {column} < ?"
    args = (low, _end(low))
    total = conn.execute(f"SELECT count(DISTINCT customer_id) {where}", args).fetchone()[0]
    if total:
        hits.add(conn.execute(f"SELECT customer_id {where} LIMIT ?", (*args, limit)), how)
    return int(total)


def _by_phone(conn: sqlite3.Connection, q: str, region: str, limit: int, hits: _Hits) -> int:
    """Lines whose number is, or starts with, what was typed."""
    if not _PHONE_CHARS.match(q):
        return 0
    digits = _digits(q)
    try:
        full = ids.parse_phone(q, region)
    except ids.InvalidIdentifier:
        full = None
    if full is not None:
        hits.add(conn.execute("SELECT customer_id FROM line WHERE msisdn = ?", (full,)), "phone")
    if q.lstrip().startswith("+") or digits.startswith("00"):
        digits = digits if q.lstrip().startswith("+") else digits[2:]
        national = len(digits) - _country_code_length(digits)
    else:
        national = len(digits)
        digits = f"{phonenumbers.country_code_for_region(region)}{digits}"
    if national < MIN_PHONE_PREFIX:
        return 1 if full else 0
    return _by_range(conn, "msisdn", "+" + digits, limit, hits, "phone")


def _by_card(conn: sqlite3.Connection, q: str, limit: int, hits: _Hits) -> int:
    compact = re.sub(r"[\s\-]", "", q).upper().removesuffix("F")
    if not compact.isdigit() or len(compact) < MIN_CARD_TAIL:
        return 0
    rev = compact[::-1]
    return _by_range(conn, "iccid_tail_key", rev, limit, hits, "iccid") + _by_range(
        conn, "eid_tail_key", rev, limit, hits, "eid"
    )


def _by_name(conn: sqlite3.Connection, q: str, limit: int, hits: _Hits) -> int:
    if any(ch.isdigit() for ch in q):
        return 0  # a number is being typed (ID, phone, card): names have no digits
    terms = query_terms(q)
    if not terms:
        return 0
    expr = match_expression(terms)
    found = conn.execute(
        "SELECT c.id FROM customer_search f JOIN customer c ON c.search_key = f.rowid "
        "WHERE customer_search MATCH ? ORDER BY f.rowid LIMIT ?",
        (expr, limit + len(hits.order)),
    )
    hits.add(found, "name")
    key = count_key(terms)
    if key is not None:  # one term (陈, 大文) or a short prefix (li, chan): counted already
        row = conn.execute(
            "SELECT docs FROM customer_search_count WHERE term = ?", (key,)
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT count(*) FROM customer_search WHERE customer_search MATCH ?", (expr,)
        ).fetchone()
    return int(row[0]) if row else 0


def _rows(conn: sqlite3.Connection, order: dict[str, str]) -> tuple[CustomerRow, ...]:
    if not order:
        return ()
    wanted = list(order)
    marks = ",".join("?" * len(wanted))
    people = {
        cid: (zh, en)
        for cid, zh, en in conn.execute(
            f"SELECT id, name_zh, name_en FROM customer WHERE id IN ({marks})", wanted
        )
    }
    masked: dict[str, str] = {}
    for cid, m in conn.execute(
        "SELECT customer_id, number_masked FROM identity_document "
        f"WHERE customer_id IN ({marks}) ORDER BY created_at",
        wanted,
    ):
        masked.setdefault(cid, m)
    lines: dict[str, list[LineSummary]] = {}
    for cid, msisdn, c_en, c_zh, status, c_hant, lock in conn.execute(
        "SELECT l.customer_id, l.msisdn, c.name_en, c.name_zh, l.status, c.name_zh_hant, "
        "l.sim_change_lock "
        "FROM line l JOIN carrier c ON c.id = l.carrier_id "
        f"WHERE l.customer_id IN ({marks}) ORDER BY l.msisdn",
        wanted,
    ):
        lines.setdefault(cid, []).append(
            LineSummary(msisdn, c_en, c_zh, LineStatus(status), c_hant, bool(lock))
        )
    return tuple(
        CustomerRow(
            uuid.UUID(hex=cid),
            people[cid][0],
            people[cid][1],
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
    with db.fast_read() as conn:
        exact = _by_document(conn, cipher, q, hits)
        exact += _by_phone(conn, q, region, limit, hits) + _by_card(conn, q, limit, hits)
        named = _by_name(conn, q, limit, hits)
        shown = dict(list(hits.order.items())[:limit])
        rows = _rows(conn, shown)
    # The kinds hardly overlap (names have no digits), so the sum is the count.
    total = max(exact + named, len(hits.order))
    return LookupResult(q, rows, total, None if total else _problem(q, region))
