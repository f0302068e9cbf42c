"""One sync in a process of its own, for the tests that kill it: ``python -m
tests.sync.sync_child DATA_DIR URL CREDENTIAL`` (fault points from the environment,
:data:`desk.sync.client.FAULT_ENV`)."""

from __future__ import annotations

import sys
from pathlib import Path

from desk.config import Paths
from desk.sync.client import sync_once
from tests.sync.harness import Endpoint


def main() -> int:
    data_dir, url, credential = sys.argv[1:4]
    report = sync_once(Paths(Path(data_dir)), Endpoint(url, credential), timeout=20)
    print(report)
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
