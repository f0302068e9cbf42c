"""The demo store the benchmarks run on, made once and kept in the user cache dir."""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DESK_KEYRING", "off")

from desk.config import Paths


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--data-dir", help="a demo store to use (default: made in the cache)")
    return parser.parse_args()


def bench_store(args: argparse.Namespace) -> Paths:
    if args.data_dir:
        return Paths(Path(args.data_dir))
    from platformdirs import user_cache_dir

    paths = Paths(Path(user_cache_dir("desk-bench")) / f"store-{args.customers}")
    if not paths.database.exists():
        from desk.demo import create_demo_store

        print(f"Making a demo store of {args.customers:,} customers in {paths.data_dir} ...")
        t0 = time.perf_counter()
        create_demo_store(paths, customers=args.customers, seed=1)
        print(f"  made in {time.perf_counter() - t0:.1f} s")
    return paths


def copy_store(src: Paths, into: Path) -> Paths:
    """The store ``src`` copied into the folder ``into`` (its write-ahead log folded in
    first), with its key."""
    conn = sqlite3.connect(src.database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    dst = Paths(into)
    shutil.copy2(src.database, dst.database)
    if src.key_file.exists():
        shutil.copy2(src.key_file, dst.key_file)
    return dst
