"""The long crash test: ``make soak`` (``python bench/soak_payments.py [--kills N]``).

A child process pays and voids case after case; it is killed (SIGKILL) after a random
0-300 ms, ``--kills`` times (1000 by default). Afterwards every receipt of the day is
there exactly once, numbered 1..N without a gap, each with its lines and tenders, each
case in the state its receipts say, and ``PRAGMA integrity_check`` is ok
(tests/services/crash.py). Prints the kills, receipts and seconds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.services.crash import crash_loop, prepare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        cases = prepare(folder)
        start = time.perf_counter()
        done = crash_loop(folder, cases, args.kills, seed=args.seed)
        took = time.perf_counter() - start
    print(f"soak: {done.kills} kills, {done.receipts} receipts, whole and gapless, {took:.0f} s")


if __name__ == "__main__":
    main()
