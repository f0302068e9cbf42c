"""Two processes scanning the same blank SIM into two cases at the same moment."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desk.services import line_actions

os.environ.setdefault("DESK_KEYRING", "off")


def _prepare(data_dir: Path) -> tuple[str, list[str]]:
    from desk.core.cases import CaseReason
    from tests.factories import make_store
    from tests.services.case_helpers import add_blank_sims, counter_for, line_of

    store = make_store(data_dir)
    counter = counter_for(store)
    blank = add_blank_sims(store, "CMHK-DATA", 1)[0]
    from desk.services import case_intake

    cases = []
    for msisdn in ("+85251234567", "+85253456789"):
        line = line_of(store, msisdn)
        line_actions.report_lost(store.db, counter, store.clerk, line, CaseReason.LOST)
        cases.append(
            str(
                case_intake.open_case(store.db, counter, store.clerk, line, CaseReason.LOST).case_id
            )
        )
    store.db.close()
    return blank, cases


def _scan(data_dir: str, case_id: str, blank: str, start: Any, out: Any) -> None:
    import uuid
    from datetime import date

    from desk.config import Paths
    from desk.services import case_card
    from desk.services.case_context import Counter
    from desk.services.errors import DeskError
    from desk.services.stores import current_store, id_cipher, open_database
    from desk.store.light import read_active_staff
    from tests.services.case_helpers import Clock

    paths = Paths(Path(data_dir))
    db = open_database(paths)
    store = current_store(db)
    assert store is not None
    clerk = read_active_staff(paths.database)[0]
    counter = Counter(store, 1, id_cipher(db, paths), lambda: date(2026, 11, 23), clock=Clock())
    start.wait()
    try:
        case_card.choose_sim(db, counter, clerk, uuid.UUID(case_id), blank)
        out.put("taken")
    except DeskError as exc:
        out.put(exc.code)
    finally:
        db.close()


def race_for_one_sim(tmp_path: Path, ctx: Any) -> list[str]:
    blank, cases = _prepare(tmp_path / "store")
    start, out = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=_scan, args=(str(tmp_path / "store"), case_id, blank, start, out))
        for case_id in cases
    ]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return results
