"""One Desk holds a store for writing: a second one, in this process or another, is
refused in words until the first lets go (or dies)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from desk.core.errors import DeskError
from desk.store.instance import hold


def test_a_second_hold_is_refused_until_the_first_lets_go(tmp_path):
    with hold(tmp_path):
        with pytest.raises(DeskError) as e, hold(tmp_path):
            pass
        assert e.value.code == "store_in_use" and str(tmp_path) in str(e.value)
    with hold(tmp_path):  # let go: free again
        pass


def test_another_process_holding_the_store_refuses_this_one(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from desk.store.instance import hold
        with hold(Path({str(tmp_path)!r})):
            print("held", flush=True)
            sys.stdin.readline()
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as other:
        assert other.stdout is not None and other.stdout.readline().strip() == "held"
        with pytest.raises(DeskError), hold(tmp_path):
            pass
        other.kill()  # dies holding it: the system lets go
        other.wait()
    with hold(tmp_path):
        pass
