"""How long the day close takes on a big store: ``python bench/dayclose.py [--customers N]``.

On a copy of the benchmark store (1,000,000 customers by default, made by bench/_store.py
and never changed here), one business day of 2,000 cases and 3,000 payments is written
(bench/_day.py), then timed: the seconds from *close* — the count, the over/short, the Z
report and the exports gathered from the database and written into the day's folder —
to the day locked. The aim is 3 s. Then the parts of it, timed apart on the closed day:
reading the report, drawing the Z report, making the exports. The printout font is
loaded before the close, as the counter window does after the login.

The copy, migrated to this Desk's schema, is kept in the cache beside the store
(``dayclose-N``) so that a second run starts in seconds.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _store import arguments, bench_store, copy_store

from desk.config import Paths
from desk.core.enums import Role
from desk.demo.busy_day import Staff, build_day
from desk.documents import fonts
from desk.documents.zreport import render_zreport
from desk.services import auth, days
from desk.services.case_context import Counter
from desk.services.day_files import write_day_files
from desk.services.day_report import gather
from desk.services.exports import export_files
from desk.services.stores import current_store, id_cipher, open_database

AIM_S = 3.0
CASES, PAYMENTS = 2000, 3000


def _migrated_copy(src: Paths) -> Paths:
    """The benchmark store at this Desk's schema, beside it in the cache."""
    dst = Paths(src.data_dir.with_name(f"dayclose-{src.data_dir.name}"))
    if not dst.database.exists():
        print(f"Copying {src.database} to {dst.data_dir} and migrating it ...")
        dst.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        t0 = time.perf_counter()
        source = sqlite3.connect(f"file:{src.database}?mode=ro", uri=True)
        target = sqlite3.connect(dst.database)
        try:
            source.backup(target)  # a consistent copy; the cached store is only read
        finally:
            target.close()
            source.close()
        shutil.copy2(src.key_file, dst.key_file)
        open_database(dst).close()  # migrates (after a backup of its own)
        shutil.rmtree(dst.backups, ignore_errors=True)  # the copy is its own backup
        print(f"  ready in {time.perf_counter() - t0:.1f} s")
    return dst


def main() -> int:
    args = arguments(__doc__ or "")
    base = _migrated_copy(bench_store(args))
    with tempfile.TemporaryDirectory(prefix="desk-bench-dayclose-") as tmp:
        t0 = time.perf_counter()
        paths = copy_store(base, Path(tmp))
        print(f"store copied in {time.perf_counter() - t0:.1f} s ({args.customers:,} customers)")
        db = open_database(paths)
        try:
            store = current_store(db)
            assert store is not None
            staff = {m.role: m for m in auth.active_staff(db)}
            clerk, supervisor = staff[Role.CLERK], staff[Role.SUPERVISOR]
            day = date(2026, 11, 23)
            with db.read() as s:
                last = s.connection().exec_driver_sql("SELECT max(day) FROM business_day")
                found = last.scalar()
            if found is not None:
                day = max(day, date.fromisoformat(found) + timedelta(days=1))
            clock = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)
            counter = Counter(
                store=store,
                number=1,
                cipher=id_cipher(db, paths),
                business_day=lambda: day,
                clock=lambda: clock,
            )
            days.open_day(db, counter, clerk, 50000, day)
            t0 = time.perf_counter()
            conn = db.raw()
            try:
                made = build_day(
                    conn,
                    (store.id.hex, store.code, store.currency),
                    Staff(clerk.id.hex, supervisor.id.hex),
                    day,
                    cases=CASES,
                    payments=PAYMENTS,
                )
            finally:
                conn.close()
            print(f"day of {day} written in {time.perf_counter() - t0:.1f} s: {made}")
            clock = clock + timedelta(hours=12)
            summary = days.summary(db, counter)
            assert summary is not None
            t0 = time.perf_counter()
            fonts.register()  # the counter window loads it after the login (printing.warm_up)
            took = time.perf_counter() - t0
            print(f"printout font loaded beforehand, as the window does: {took:.2f} s")

            t0 = time.perf_counter()
            with write_day_files(paths, store, "zh_HK") as files:
                closed = days.close_day(
                    db, counter, supervisor, counted_total=summary.expected, write_files=files
                )
            took = time.perf_counter() - t0
            folder = files.written
            assert folder is not None
            flag = "" if took < AIM_S else f"   (over the {AIM_S:.0f} s aim)"
            print(
                f"close -> day locked with its Z report and exports: {took:.2f} s"
                f" (aim: under {AIM_S:.0f} s){flag}"
            )
            sizes = ", ".join(f"{p.name} {p.stat().st_size // 1024} KiB" for p in sorted(
                folder.iterdir()))  # fmt: skip
            print(f"  {folder.name}: {sizes}")
            assert closed.over_short_minor == 0

            t0 = time.perf_counter()
            with db.read() as s:
                report = gather(s, store, 1, day)
            t1 = time.perf_counter()
            pdf = render_zreport(report, "zh_HK")
            t2 = time.perf_counter()
            files = export_files(report, {"zreport.pdf": pdf})
            t3 = time.perf_counter()
            assert len(report.payments) == PAYMENTS, len(report.payments)
            print(
                f"  parts: read the report {t1 - t0:.2f} s, Z report {t2 - t1:.2f} s"
                f" ({len(pdf) // 1024} KiB), exports {t3 - t2:.2f} s ({len(files)} files)"
            )
            # bench/backup.py times the backup that follows the close (its own issue).
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
