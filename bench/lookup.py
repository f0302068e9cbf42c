"""Speed of the customer lookup, beside a plain LIKE '%…%' scan of the same searches.

    python bench/lookup.py [--customers 1000000] [--data-dir DIR]

For each kind of query (phone prefix, Chinese name fragments of 1 and 2 characters,
Latin name fragment, full ID number, ICCID tail) it prints the median and p95 time of
desk.services.lookup.search over queries drawn from the store, and the same for the
plain scan a naive lookup would run. The aim (issue 2): p95 under 10 ms for every kind.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from _store import arguments, bench_store
from sqlalchemy import select, text

from desk.services.lookup import search
from desk.services.stores import id_cipher, open_database
from desk.store.models import Customer, IdentityDocument, Line

QUERIES_PER_KIND = 200


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    args = arguments(__doc__ or "")
    paths = bench_store(args)
    db = open_database(paths)
    cipher = id_cipher(db, paths)
    rng = random.Random(7)
    with db.read() as s:
        n = s.scalar(text("SELECT max(search_key) FROM customer")) or 0
        keys = rng.sample(range(1, n + 1), QUERIES_PER_KIND)
        people = s.execute(
            select(Customer.id, Customer.name_zh, Customer.name_en).where(
                Customer.search_key.in_(keys)
            )
        ).all()
        ids_ = [p.id for p in people]
        lines = s.execute(select(Line.msisdn, Line.iccid).where(Line.customer_id.in_(ids_))).all()
        docs = s.execute(
            select(IdentityDocument.kind, IdentityDocument.number_encrypted).where(
                IdentityDocument.customer_id.in_(ids_)
            )
        ).all()

    zh = [p.name_zh for p in people if p.name_zh]
    en = [p.name_en.split() for p in people if p.name_en and len(p.name_en.split()) >= 2]
    kinds: dict[str, list[tuple[str, str]]] = {
        # (the query as typed, the LIKE pattern of the plain scan)
        "phone prefix (4 digits)": [
            (f"{m[4:8]}", f"%{m[4:8]}%") for m, _ in lines if m.startswith("+852")
        ],
        "Chinese, 1 character": [(z[0], f"%{z[0]}%") for z in zh],
        "Chinese, 2 characters": [(z[-2:], f"%{z[-2:]}%") for z in zh if len(z) >= 3],
        "Latin, first word": [(w[0], f"{w[0]}%") for w in en],
        "Latin fragment": [(f"{w[0]} {w[1][:3]}", f"%{w[0]} {w[1][:3]}%") for w in en],
        "full ID number": [(cipher.decrypt(k.value, sealed), "") for k, sealed in docs],
        "ICCID tail (8 digits)": [(i[-8:], f"%{i[-8:]}") for _, i in lines if i],
    }
    scans = {
        "phone prefix (4 digits)": "SELECT DISTINCT customer_id FROM line WHERE msisdn LIKE :p",
        "Chinese, 1 character": "SELECT id FROM customer WHERE name_zh LIKE :p",
        "Chinese, 2 characters": "SELECT id FROM customer WHERE name_zh LIKE :p",
        "Latin, first word": "SELECT id FROM customer WHERE name_en LIKE :p",
        "Latin fragment": "SELECT id FROM customer WHERE name_en LIKE :p",
        "full ID number": "SELECT customer_id FROM identity_document WHERE hex(number_hash) = :p",
        "ICCID tail (8 digits)": "SELECT DISTINCT customer_id FROM line WHERE iccid LIKE :p",
    }

    print(f"Lookup on {n:,} customers, {QUERIES_PER_KIND} queries a kind (times in ms)")
    head = f"{'kind':<26}{'n':>5}{'median':>9}{'p95':>9}{'rows':>7}"
    print(head + f"{'LIKE med':>10}{'LIKE p95':>10}{'speed-up':>10}")
    for kind, queries in kinds.items():
        queries = queries[:QUERIES_PER_KIND]
        for q, _ in queries[:5]:
            search(db, cipher, q)  # warm the page cache for this kind
        ours, rows = [], []
        for q, _ in queries:
            t0 = time.perf_counter()
            result = search(db, cipher, q)
            ours.append((time.perf_counter() - t0) * 1000)
            rows.append(result.total)
        plain = []
        with db.read() as s:
            conn = s.connection()
            for q, pattern in queries[:40]:  # the scan is slow: 40 of each suffice
                if kind == "full ID number":
                    pattern = cipher.hash(kind_of(q), q).hex().upper()
                plain.append(
                    timed(
                        lambda p=pattern, k=kind, c=conn: c.execute(text(scans[k]), {"p": p}).all()
                    )
                )
        med, p95 = statistics.median(ours), percentile(ours, 95)
        lmed, lp95 = statistics.median(plain), percentile(plain, 95)
        print(
            f"{kind:<26}{len(queries):>5}{med:>9.2f}{p95:>9.2f}{statistics.median(rows):>7.0f}"
            f"{lmed:>10.1f}{lp95:>10.1f}{lmed / med:>9.0f}×"
        )


def kind_of(number: str) -> str:
    if len(number) == 18 and number[:17].isdigit():
        return "cn_ric"
    if "(" in number:
        return "hkid"
    return "passport"


if __name__ == "__main__":
    main()
