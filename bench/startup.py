"""Cold start: from process start to the login window painted.

    python bench/startup.py [--customers 1000000] [--data-dir DIR] [--runs 7]

Runs `python -m desk` on the store with DESK_STARTUP_PROBE=exit (Desk prints the
moment the login window is first painted, then quits) and prints the median, the
fastest and the slowest. The aim (issue 2): under 1 second on a 1,000,000-customer
store. The first run is left out of the median: it fills the OS page cache.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from _store import bench_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--data-dir")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    paths = bench_store(args)
    env = dict(os.environ, DESK_STARTUP_PROBE="exit")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    for _ in range(args.runs + 1):
        t0 = time.time()
        done = subprocess.run(
            [sys.executable, "-m", "desk", "--data-dir", str(paths.data_dir)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        painted = [ln for ln in done.stderr.splitlines() if ln.startswith("desk-painted ")]
        if done.returncode != 0 or not painted:
            raise SystemExit(f"Desk did not start:\n{done.stderr}")
        times.append(float(painted[0].split()[1]) - t0)
    warm = times[1:]
    size = paths.database.stat().st_size / 2**20
    print(f"Start to login window painted, store of {size:,.0f} MiB, {len(warm)} runs:")
    print(
        f"  median {statistics.median(warm) * 1000:.0f} ms, fastest {min(warm) * 1000:.0f} ms, "
        f"slowest {max(warm) * 1000:.0f} ms (first run, cold cache: {times[0] * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
