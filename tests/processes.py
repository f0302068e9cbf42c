"""A child Python process for the tests that kill one half-way, or hold something."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def python_child(script: str, *args: str, ready: str) -> Iterator[subprocess.Popen[str]]:
    """``python -c SCRIPT ARGS`` once it has printed the line ``ready``; SIGKILLed (by its
    own id) when the block ends, if it still runs."""
    with subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline() == ready + "\n"
            yield child
        finally:
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
