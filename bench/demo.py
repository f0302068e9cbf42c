"""How fast ``desk demo`` builds a store: ``python bench/demo.py [--customers N]``.

``--history-days N`` as ``desk demo`` (default 7: a week of closed business days).
Builds into a temporary directory (removed afterwards), then prints the elapsed time,
rows per second and the database size, and runs the checks the build itself skips
for speed (``PRAGMA integrity_check``), timed apart.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DESK_KEYRING", "off")

from desk.config import Paths
from desk.demo import create_demo_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--history-days", type=int, default=7, help="closed business days before today"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="desk-bench-demo-") as tmp:
        paths = Paths(Path(tmp) / "data")
        started = time.perf_counter()

        def progress(text: str) -> None:
            if not args.quiet:
                print(f"  {time.perf_counter() - started:7.1f} s  {text}", flush=True)

        summary = create_demo_store(
            paths,
            customers=args.customers,
            seed=args.seed,
            progress=progress,
            history_days=args.history_days,
        )
        elapsed = time.perf_counter() - started
        rows = (
            summary.customers * 2  # customer + its name-index row
            + summary.documents
            + summary.lines
            + summary.stock
            + summary.staff
            + summary.carriers
            + summary.products
        )
        size = paths.database.stat().st_size
        print(f"customers        {summary.customers:>12,}")
        print(f"documents        {summary.documents:>12,}")
        print(f"lines            {summary.lines:>12,}")
        print(f"blank SIMs       {summary.stock:>12,}")
        print(f"cases            {summary.cases:>12,}  ({summary.closed_days} closed days, today)")
        print(f"elapsed          {elapsed:>12.1f} s")
        print(f"rows per second  {rows / elapsed:>12,.0f}  ({rows:,} rows, name index included)")
        print(f"customers / s    {summary.customers / elapsed:>12,.0f}")
        per_customer = size / max(1, summary.customers)
        print(f"database size    {size / 1_048_576:>12,.1f} MiB ({per_customer:,.0f} B a customer)")

        t0 = time.perf_counter()
        conn = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchall()
            foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            conn.close()
        ok = integrity == [("ok",)] and not foreign
        print(
            f"integrity_check  {'ok' if ok else integrity[:3] + foreign[:3]!s:>12}"
            f"  ({time.perf_counter() - t0:.1f} s, journal_mode {mode})"
        )
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
