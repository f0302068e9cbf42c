"""Starting Desk's window on a data dir: the store opened (and migrated), or, when it
cannot be, one message in the clerk's language saying why. Part of the composition
root with :mod:`desk.app`, kept apart so that each stays small."""

from __future__ import annotations

import sys
from contextlib import ExitStack

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desk.app import DeskApp
from desk.config import Paths, load_settings
from desk.core.staff import StoreInfo
from desk.store.instance import hold
from desk.store.light import read_store
from desk.store.problems import StoreProblem, store_problem
from desk.store.schema import HEAD, current_revision
from desk.ui import msgbox
from desk.ui.i18n import Translations


def prepare_store(paths: Paths) -> StoreInfo:
    """The store of this data dir, its database migrated if this Desk is newer.

    Raises StoreProblem (a DeskError) when there is no store or its file cannot be used.
    """
    if not paths.database.exists():
        raise StoreProblem("missing", paths.data_dir)
    revision = current_revision(paths.database)
    if revision != HEAD:
        from desk.services.stores import open_database

        open_database(paths).close()  # backs up, then migrates
    store = read_store(paths.database)
    if store is None:
        raise StoreProblem("missing", paths.data_dir)
    return store


def start_failure_text(exc: BaseException, paths: Paths) -> str:
    """Why Desk cannot start, in the UI language: damaged, full, locked, missing …"""
    from desk.services.errors import DeskError
    from desk.ui.texts import error_text

    problem = store_problem(exc, paths.database)
    if problem is not None:
        return error_text(problem)
    if isinstance(exc, DeskError):
        return error_text(exc)
    return QCoreApplication.translate("DeskApp", "The store cannot be opened:\n{detail}").format(
        detail=exc
    )


def _region_of(paths: Paths) -> str | None:
    """The store's region if its file can still tell (for the language of a message)."""
    try:
        store = read_store(paths.database)
    except Exception:  # the very file that could not be opened
        return None
    return store.region if store is not None else None


def run_gui(paths: Paths) -> int:
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Desk")
    held = ExitStack()  # the store, held for writing while the window is open
    try:
        store = prepare_store(paths)
        held.enter_context(hold(paths.data_dir))  # one Desk per store (desk.store.instance)
        desk_app = DeskApp(qapp, paths, store)  # reads the staff: a damaged page shows here
    except Exception as exc:
        held.close()
        Translations(qapp).install(load_settings(paths).language_for(_region_of(paths)))
        msgbox.error(None, "Desk", start_failure_text(exc, paths))
        return 1
    with held:
        desk_app.start()
        code = qapp.exec()
        if desk_app.main is not None:
            desk_app.logout()
    return code
