"""The files of a closed business day: the Z report and the exports, in the day's folder
(``DATA_DIR/days/YYYY-MM-DD-counterN/``), written by the close itself and made again,
identical, whenever asked.

A set of files is always written whole or not at all: into a new folder beside the
target, synced, then renamed into place (a set already there is moved aside first and
removed after). :func:`write_day_files` runs inside the closing transaction (``close_day``'s
``write_files``), after the day row is marked closed: a file that cannot be written leaves
the day open. If the transaction fails after the files were written, the folder of a day
that is still open is stale: :class:`DayFiles`, around the close, removes it at once, and
a later close of that day replaces whatever a crash may have left.

Error codes: ``day_open`` (the day is not closed yet: no files of it), ``day_files``
(the files could not be written), ``export_out`` (the target holds other files);
:func:`~desk.services.day_report.find_day`'s ``no_business_day``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desk.config import Paths, form_chinese, load_settings
from desk.core.day import DayStatus
from desk.core.staff import StoreInfo
from desk.documents.day_model import DayReport
from desk.documents.zreport import render_zreport
from desk.services.day_report import find_day, gather
from desk.services.errors import DeskError
from desk.services.exports import MANIFEST, export_files
from desk.store.day_models import BusinessDay
from desk.store.db import Database

__all__ = [
    "DayFiles",
    "day_files",
    "day_folder",
    "install",
    "produce_again",
    "write_day_files",
]


def day_folder(paths: Paths, day: date, counter: int) -> Path:
    """Where a closed day's files are kept: ``DATA_DIR/days/2026-11-23-counter1``."""
    return paths.data_dir / "days" / f"{day.isoformat()}-counter{counter}"


def zreport_name(day: date) -> str:
    return f"zreport-{day.isoformat()}.pdf"


def report_language(store: StoreInfo, language: str | None) -> str:
    """The Chinese script of the Z report: the one asked for, else the store region's.
    The same day in the same script gives the same bytes."""
    return language if language in ("zh_CN", "zh_HK") else form_chinese(store.region)


def day_files(report: DayReport, language: str) -> dict[str, bytes]:
    """Every file of the day by name: the Z report, the exports and their manifest."""
    pdf = render_zreport(report, language)
    return export_files(report, {zreport_name(report.day): pdf})


def _ours(name: str) -> bool:
    return (
        name == MANIFEST
        or name in ("payments.csv", "tenders.csv", "cases.csv", "stock.csv")
        or (name.startswith("day-") and name.endswith(".xlsx"))
        or (name.startswith("zreport-") and name.endswith(".pdf"))
    )


def _sync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows opens no folder: its renames are durable as they are
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(files: Mapping[str, bytes], folder: Path, mode: int) -> None:
    for name, data in files.items():
        path = folder / name
        with open(path, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(path, mode)
    _sync_dir(folder)


def install(files: Mapping[str, bytes], target: Path, *, private: bool = True) -> None:
    """``target`` becomes a folder of exactly ``files``, never half of them.

    A folder already at ``target`` is replaced only if it is empty or holds nothing but
    a day's files (an earlier export); anything else is refused (``export_out``).
    ``private``: the owner's alone (the data dir); else readable by others, as a PDF
    from ``desk print`` is.
    """
    if target.exists() and not (
        target.is_dir() and all(_ours(p.name) and p.is_file() for p in target.iterdir())
    ):
        raise DeskError(
            "export_out",
            f"{target} holds other files: choose an empty or a new folder.",
            folder=str(target),
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent))
    except OSError as exc:
        raise _not_written(target, exc) from exc
    old = work.with_suffix(".old")
    try:
        _write_all(files, work, 0o600 if private else 0o644)
        os.chmod(work, 0o700 if private else 0o755)
        if target.exists():
            os.rename(target, old)
            try:
                os.rename(work, target)
            except OSError:
                os.rename(old, target)  # the earlier set back where it was
                raise
        else:
            os.rename(work, target)
        _sync_dir(target.parent)
    except OSError as exc:
        raise _not_written(target, exc) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


def _not_written(target: Path, exc: OSError) -> DeskError:
    return DeskError(
        "day_files",
        f"The day's files could not be written in {target}: {exc.strerror or exc}.",
        folder=str(target),
        detail=exc.strerror or str(exc),
    )


class DayFiles:
    """``close_day``'s ``write_files``: the Z report and exports into the day's folder,
    from the closing transaction. Used as a context manager around the close, it takes
    them away again if the close fails after writing them::

        with write_day_files(paths, store, language) as files:
            days.close_day(db, counter, member, counted_total=..., write_files=files)
        folder = files.written
    """

    def __init__(self, paths: Paths, store: StoreInfo, language: str | None = None) -> None:
        self.paths = paths
        self.store = store
        self.language = report_language(store, language)
        self.written: Path | None = None

    def __call__(self, s: Session, row: BusinessDay) -> None:
        report = gather(s, self.store, row.counter, row.day)
        folder = day_folder(self.paths, row.day, row.counter)
        install(day_files(report, self.language), folder)
        self.written = folder

    def __enter__(self) -> DayFiles:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_exc: object) -> None:
        if kind is not None:  # the close failed: its day is still open
            self.discard()

    def discard(self) -> None:
        """Remove the folder written for a close that did not happen (best effort: a
        later close of the day replaces it anyway)."""
        if self.written is not None:
            shutil.rmtree(self.written, ignore_errors=True)
            self.written = None


def write_day_files(paths: Paths, store: StoreInfo, language: str | None = None) -> DayFiles:
    """The ``write_files`` for :func:`~desk.services.days.close_day`."""
    return DayFiles(paths, store, language)


def produce_again(
    db: Database,
    paths: Paths,
    store: StoreInfo,
    day: date,
    out: Path,
    *,
    counter: int | None = None,
    language: str | None = None,
    private: bool = False,
) -> DayReport:
    """Write a closed day's Z report and exports into ``out`` once more: the same bytes
    as at the close (same script). Refuses a day still open (``day_open``). ``private``:
    the owner's alone (0600), as in the store's own folder."""
    number = counter if counter is not None else load_settings(paths).counter_number
    with db.read() as s:
        row = find_day(s, store.id, number, day)
        if row.status is not DayStatus.CLOSED:
            raise DeskError(
                "day_open",
                f"The business day {day.isoformat()} is still open at counter {number}: its "
                "Z report and exports are written when it is closed.",
                day=day.isoformat(),
                counter=number,
            )
        report = gather(s, store, number, day)
    install(day_files(report, report_language(store, language)), out, private=private)
    return report
