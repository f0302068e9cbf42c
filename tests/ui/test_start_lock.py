"""A second Desk on a store that a Desk already has open is refused, in words."""

from __future__ import annotations

import os

from desk.config import Settings, save_settings
from desk.launch import run_gui
from desk.store.instance import acquire


def test_a_second_desk_on_the_same_store_says_who_has_it(qapp, store, quiet_dialogs):
    save_settings(store.paths, Settings(language="en"))
    with acquire(store.paths.data_dir, "gui"):  # the Desk already running
        assert run_gui(store.paths) == 1
    (said,) = quiet_dialogs
    assert "Desk is already using this store" in said
    assert f"the counter window, process {os.getpid()}" in said
