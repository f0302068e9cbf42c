"""Starting Desk's window on a data dir: the store opened (and migrated), or, when it
cannot be, one message in the clerk's language saying why. Part of the composition
root with :mod:`desk.app`, kept apart so that each stays small."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desk.app import DeskApp
from desk.config import Paths, load_settings
from desk.core.staff import StoreInfo
from desk.store.instance import InstanceLock, acquire
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


def hold_store(paths: Paths) -> InstanceLock | None:
    """This window's lock on the store, held until Desk quits: a second Desk on the same
    store, or a restore under this one, is refused (StoreInUse). None when there is no
    store yet (no lock file is left in a folder that holds none) or its folder cannot be
    written (the store's own problem is then told when it is opened)."""
    if not paths.database.exists():
        return None
    try:
        return acquire(paths.data_dir, "gui")
    except OSError:
        return None


def run_gui(paths: Paths) -> int:
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Desk")
    lock = None
    try:
        lock = hold_store(paths)
        store = prepare_store(paths)
        desk_app = DeskApp(qapp, paths, store)  # reads the staff: a damaged page shows here
    except Exception as exc:
        if lock is not None:
            lock.release()
        Translations(qapp).install(load_settings(paths).language_for(_region_of(paths)))
        msgbox.error(None, "Desk", start_failure_text(exc, paths))
        return 1
    try:
        desk_app.start()
        code = qapp.exec()
        if desk_app.main is not None:
            desk_app.logout()
    finally:
        if lock is not None:
            lock.release()
    return code
