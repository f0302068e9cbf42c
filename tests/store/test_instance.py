"""One Desk at a time on a store: the lock on desk.lock, and who holds it."""

from __future__ import annotations

import os
import signal

import pytest

from desk.store.instance import StoreInUse, acquire
from tests.processes import python_child

HOLDER = """
import sys
from pathlib import Path
from desk.store.instance import acquire
lock = acquire(Path(sys.argv[1]), "gui")
print("held", flush=True)
sys.stdin.read()
"""


def test_a_second_holder_is_refused_and_told_who_has_it(tmp_path):
    with acquire(tmp_path, "restore"):
        with pytest.raises(StoreInUse) as refused:
            acquire(tmp_path, "gui")
        text = str(refused.value)
        assert f"Desk is using the store in {tmp_path} (a restore, process {os.getpid()}" in text
        assert refused.value.code == "store_in_use"
    acquire(tmp_path, "gui").release()  # free again once let go
    assert oct((tmp_path / "desk.lock").stat().st_mode & 0o777) == "0o600"


def test_a_killed_desk_lets_go_of_the_store_at_once(tmp_path):
    with python_child(HOLDER, str(tmp_path), ready="held") as child:
        with pytest.raises(StoreInUse, match=f"the counter window, process {child.pid}"):
            acquire(tmp_path, "restore")
        os.kill(child.pid, signal.SIGKILL)  # Desk dies with the lock held
        child.wait(timeout=30)
    with acquire(tmp_path, "restore"):  # no stale lock to remove by hand
        pass
