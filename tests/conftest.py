"""Shared fixtures: real SQLite stores in temporary data dirs, real widgets offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DESK_KEYRING"] = "off"  # never touch the keyring of the machine running tests

import pytest

from tests.factories import TestStore, make_store
from tests.pg import pg_cluster, pg_db  # noqa: F401  (fixtures: a real PostgreSQL)


@pytest.fixture
def store(tmp_path) -> TestStore:
    """A small store with known customers (see tests/factories.py)."""
    return make_store(tmp_path / "store")


@pytest.fixture
def quiet_dialogs():
    """Dialogs go to a list instead of popping up."""
    from desk.ui import msgbox

    msgbox.interactive = False
    msgbox.said.clear()
    msgbox.answers.clear()
    msgbox.typed.clear()
    yield msgbox.said
    msgbox.interactive = True
    msgbox.answers.clear()
    msgbox.typed.clear()


@pytest.fixture
def paper(tmp_path):
    """Prints go to PDF files in order (``paper.print_to``), saves likewise; what was
    printed is listed in ``paper.printed``."""
    from desk.ui import printing

    printing.interactive = False
    for name in ("print_to", "save_to", "printed", "sent"):
        getattr(printing, name).clear()
    printing.print_to.extend(tmp_path / f"printed-{n}.pdf" for n in range(1, 9))
    yield printing
    printing.interactive = True
    for name in ("print_to", "save_to", "printed", "sent"):
        getattr(printing, name).clear()
