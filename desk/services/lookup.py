"""The customer lookup: one field, any way a clerk or a scanner types who they look for.

What it finds, in this order (each customer once):
0. an application number (``HK01-1-20261123-0001``, typed or scanned): the customer
   of that case, alone (``matched_by`` "application");
1. exact matches — the full ID number (through the keyed hash, never by decrypting;
   an HKID or mainland ID typed without its check character is completed with the one
   valid check character; 5–9 letters or digits are tried as a passport number, all
   digits included), the phone number of a line (full, a prefix of 4+ digits as typed,
   or its last 4+ digits; 11 digits starting with 1 as a mainland mobile), the ICCID
   or EID of a line (full, its first 15+ digits, or its last 6+ digits);
2. name matches — any part of a Chinese name (陈, 大文) or the start of Latin name words
   (``chan tai``), through the FTS5 name index (:mod:`desk.core.names`).

Beside the rows it says why a whole-looking number finds no one, or what more to type
(:mod:`desk.services.lookup_hints`).

Only what the results list may show leaves this module: names, the masked ID, and the
lines (number, carrier, status). The customer card says more, and later issues will
put it behind the identity check.

It runs on every key the clerk types, so it reads through a plain sqlite3 connection
(:meth:`Database.fast_read`): every query here is an index range or an FTS5 match, and
the ORM's per-statement cost would otherwise be most of the time. Columns are the
models' (UUIDs as 32 hex digits, enums as their values).
"""

from __future__ import annotations

import contextlib
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
from desk.core.numbers import parse_number
from desk.core.refusal import Refusal
from desk.services import lookup_hints as hints
from desk.store.db import Database
from desk.store.keys import IdCipher
from desk.store.lookup_index import PHONE_TAIL_DIGITS

_PASSPORT = re.compile(r"^[A-Z0-9]{5,9}$")  # all digits too: US and Nepali passports
_DOCUMENT_KINDS = ("hkid", "cn_ric")
# The phone-tail query compares the last digits through the expression that
# desk.store.lookup_index indexes: SQLite then answers from that index.
TAIL_DIGITS = PHONE_TAIL_DIGITS


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
    matched_by: str  # application, id, phone, iccid, eid or name


@dataclass(frozen=True)
class LookupResult:
    query: str
    rows: tuple[CustomerRow, ...]
    total: int  # all matching customers, of which ``rows`` shows the first ``limit``
    # When the text has the shape of a whole identifier that fails its check (a typo,
    # a misread scan): why, in the words of desk.core.identifiers.
    problem: ids.InvalidIdentifier | None = None
    # When nothing was found because the text is still being typed (a few digits, one
    # letter, the start of an ID): what more is needed, one of lookup_hints.NEEDS.
    need: str | None = None


EMPTY = LookupResult("", (), 0)


def _end(prefix: str) -> str:
    # Upper bound of a prefix range over digit strings: ':' sorts right after '9'.
    return prefix + ":"


class _Hits:
    """Customer ids (hex) in the order found, each once, with what found them; and the
    kinds whose number was found only with its check character recomputed."""

    def __init__(self) -> None:
        self.order: dict[str, str] = {}
        self.fixed: set[str] = set()

    def add(self, rows: Iterable[tuple[str]], how: str) -> int:
        before = len(self.order)
        for (cid,) in rows:
            self.order.setdefault(cid, how)
        return len(self.order) - before


def _by_hashes(conn: sqlite3.Connection, hashes: list[bytes], hits: _Hits, how: str = "id") -> int:
    if not hashes:
        return 0
    marks = ",".join("?" * len(hashes))
    found = conn.execute(
        f"SELECT DISTINCT customer_id FROM identity_document WHERE number_hash IN ({marks})",
        hashes,
    ).fetchall()
    hits.add(found, how)
    return len(found)


def _by_document(conn: sqlite3.Connection, cipher: IdCipher, q: str, hits: _Hits) -> int:
    compact = hints.compact(q)
    hashes = []
    total = 0
    for kind in _DOCUMENT_KINDS:
        try:
            hashes.append(cipher.hash(kind, ids.parse(kind, compact)))
        except ids.InvalidIdentifier as exc:
            # Typed without its check character (C968695), or with a wrong one: the
            # number with the one valid check character. A wrong one found someone
            # only if the check character was the only error (lookup_hints).
            fixed = ids.with_valid_check(kind, compact)
            if fixed is None or exc.code not in ("check_digit", "length", "format"):
                continue
            if exc.code == "check_digit":
                found = _by_hashes(conn, [cipher.hash(kind, fixed)], hits)
                if found:
                    hits.fixed.add(kind)
                    total += found
            else:
                hashes.append(cipher.hash(kind, fixed))
    if _PASSPORT.match(compact):
        hashes.append(cipher.hash("passport", compact))
    return total + _by_hashes(conn, hashes, hits)


def _ranges(q: str, region: str) -> list[str]:
    """The E.164 prefixes the typed digits can start (a region's number, or one dialled
    with + or 00; 11 digits starting with 1 also a mainland mobile)."""
    digits = hints.digits_of(q)
    if q.lstrip().startswith("+") or digits.startswith("00"):
        digits = digits if q.lstrip().startswith("+") else digits[2:]
        national = len(digits) - hints.country_code_length(digits)
        return ["+" + digits] if national >= hints.MIN_PHONE_DIGITS else []
    if len(digits) < hints.MIN_PHONE_DIGITS:
        return []
    found = [f"+{phonenumbers.country_code_for_region(region)}{digits}"]
    if digits[0] == "1" and region != "CN":  # mainland mobiles start with 1, HK's never
        found.append(f"+86{digits}")
    return found


def _by_phone(conn: sqlite3.Connection, q: str, region: str, limit: int, hits: _Hits) -> int:
    """Lines whose number is, starts with, or ends with what was typed."""
    if not hints.PHONE_CHARS.match(q):
        return 0
    exact = [hints.mainland_mobile(q, region)]
    with contextlib.suppress(ids.InvalidIdentifier):
        exact.append(ids.parse_phone(q, region))
    for number in filter(None, exact):
        hits.add(conn.execute("SELECT customer_id FROM line WHERE msisdn = ?", (number,)), "phone")
    arms: list[str] = []
    args: list[object] = []
    for low in _ranges(q, region):
        arms.append("SELECT customer_id FROM line WHERE msisdn >= ? AND msisdn < ?")
        args += [low, _end(low)]
    digits = hints.digits_of(q)
    if hints.MIN_PHONE_DIGITS <= len(digits) <= 11 and not q.lstrip().startswith("+"):
        arms.append(
            f"SELECT customer_id FROM line WHERE substr(msisdn, -{TAIL_DIGITS}) = ? "
            "AND substr(msisdn, -?) = ?"
        )
        args += [digits[-TAIL_DIGITS:], len(digits), digits]
    if not arms:
        return 0
    total = conn.execute(f"SELECT count(*) FROM ({' UNION '.join(arms)})", args).fetchone()[0]
    if total:
        hits.add(conn.execute(f"{' UNION ALL '.join(arms)} LIMIT ?", (*args, limit)), "phone")
    return int(total)


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


def _by_card(conn: sqlite3.Connection, q: str, limit: int, hits: _Hits) -> int:
    # A reader's trailing F pads a 19-digit ICCID to 20 nibbles: not a digit we keep.
    compact = hints.compact(q).removesuffix("F")
    if not compact.isdigit() or len(compact) < hints.MIN_CARD_TAIL:
        return 0
    total = 0
    if compact.startswith("89") and len(compact) >= hints.MIN_CARD_PREFIX:
        total += _by_range(conn, "iccid", compact, limit, hits, "iccid")
    for kind in ("iccid", "eid"):
        fixed = ids.with_valid_check(kind, compact)
        if fixed is not None and fixed != compact:
            found = _by_range(conn, f"{kind}_tail_key", fixed[::-1], limit, hits, kind)
            if found:
                hits.fixed.add(kind)
                total += found
    rev = compact[::-1]
    return (
        total
        + _by_range(conn, "iccid_tail_key", rev, limit, hits, "iccid")
        + _by_range(conn, "eid_tail_key", rev, limit, hits, "eid")
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


def _by_application_number(conn: sqlite3.Connection, q: str) -> tuple[str, ...] | None:
    """The customer (hex id) of the case with this application number, typed or scanned;
    None when the text is not an application number at all."""
    try:
        number = str(parse_number(q))
    except Refusal:
        return None
    row = conn.execute(
        "SELECT customer_id FROM replacement_case WHERE application_number = ?", (number,)
    ).fetchone()
    return (str(row[0]),) if row else ()


def search(
    db: Database, cipher: IdCipher, query: str, *, region: str = "HK", limit: int = 50
) -> LookupResult:
    """Customers matching what was typed: exact matches first, then names; ≤ limit rows."""
    q = unicodedata.normalize("NFKC", query).strip()
    if not q:
        return EMPTY
    hits = _Hits()
    with db.fast_read() as conn:
        case_customer = _by_application_number(conn, q)
        if case_customer is not None:
            rows = _rows(conn, dict.fromkeys(case_customer, "application"))
            return LookupResult(q, rows, len(rows))
        exact = _by_document(conn, cipher, q, hits)
        exact += _by_phone(conn, q, region, limit, hits) + _by_card(conn, q, limit, hits)
        named = _by_name(conn, q, limit, hits)
        shown = dict(list(hits.order.items())[:limit])
        rows = _rows(conn, shown)
    # The kinds hardly overlap (names have no digits), so the sum is the count.
    total = max(exact + named, len(hits.order))
    problem = hints.problem(q, region, hits.fixed)
    if total and not (problem is not None and problem.values.get("confirmed")):
        problem = None  # found: a hint would only distract
    need = hints.need(q, region) if not total and problem is None else None
    return LookupResult(q, rows, total, problem, need)
