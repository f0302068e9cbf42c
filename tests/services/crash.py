"""Payments killed half-way: a child process pays and voids case after case in a loop
and is killed (SIGKILL) at a random moment; afterwards every receipt of the day is
there exactly once, numbered 1..N with no gap, whole, and the cases agree with them.

``python -m tests.services.crash CHILD <data dir> <case id>...`` is the child;
:func:`crash_loop` the parent (used by the tests with ~20 kills and by
``bench/soak_payments.py`` with 1000).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from desk.services import line_actions

os.environ.setdefault("DESK_KEYRING", "off")
ROOT = Path(__file__).resolve().parents[2]
DAY = "2026-11-23"


def prepare(data_dir: Path) -> list[str]:
    """A test store with two verified cases, ready to pay."""
    from desk.core.cases import CaseReason, Handover
    from desk.core.enums import DocumentKind
    from desk.services import case_card, case_checks, case_intake
    from tests.factories import WONG_HKID, make_store
    from tests.services.case_helpers import add_blank_sims, counter_for, line_of, pass_all_checks

    store = make_store(data_dir)
    counter = counter_for(store)
    cases = []
    for msisdn, number in (("+85251234567", "A123456(3)"), ("+85253456789", WONG_HKID)):
        line = line_of(store, msisdn)
        line_actions.report_lost(store.db, counter, store.clerk, line, CaseReason.LOST)
        case_id = case_intake.open_case(
            store.db, counter, store.clerk, line, CaseReason.LOST
        ).case_id
        pass_all_checks(store, counter, case_id, DocumentKind.HKID, number)
        case_checks.verify(store.db, counter, store.clerk, case_id)
        blank = add_blank_sims(store, "CMHK-DATA", 1)[0]
        case_card.choose_sim(store.db, counter, store.clerk, case_id, blank)
        case_card.set_handover(store.db, counter, store.clerk, case_id, Handover.COUNTER)
        cases.append(str(case_id))
    store.db.close()
    return cases


def child(data_dir: Path, case_ids: list[str]) -> None:
    """Pay, void, pay, ... the cases until killed."""
    from datetime import date

    from sqlalchemy import select

    from desk.config import Paths
    from desk.core.cases import CaseStatus
    from desk.core.enums import Role
    from desk.core.fees import Urgency
    from desk.core.tenders import TenderInput
    from desk.services import auth, payments, reversals
    from desk.services.case_context import Counter
    from desk.services.stores import current_store, id_cipher, open_database
    from desk.store.case_models import Case
    from desk.store.payment_models import Payment

    paths = Paths(data_dir)
    db = open_database(paths)
    store = current_store(db)
    assert store is not None
    staff = auth.active_staff(db)
    clerk = next(m for m in staff if m.role is Role.CLERK)
    boss = next(m for m in staff if m.role is Role.SUPERVISOR)
    counter = Counter(store, 1, id_cipher(db, paths), lambda: date.fromisoformat(DAY))
    ids = [uuid.UUID(c) for c in case_ids]
    kinds = ["cash", "card", "alipay", "wechat", "octopus"]
    print("ready", flush=True)
    n = 0
    while True:
        for case_id in ids:
            n += 1
            with db.read() as s:
                case = s.get(Case, case_id)
                assert case is not None
                status = case.status
                last = s.scalar(
                    select(Payment.receipt_number)
                    .where(Payment.case_id == case_id, Payment.kind == "payment")
                    .order_by(Payment.sequence.desc())
                    .limit(1)
                )
            if status is CaseStatus.VERIFIED:
                kind = kinds[n % len(kinds)]
                amount = 50_000 if kind == "cash" else 10_000
                payments.pay(
                    db,
                    counter,
                    clerk,
                    case_id,
                    urgency=Urgency.NORMAL,
                    tenders=[TenderInput(kind, amount)],
                )
            else:
                assert last is not None
                reversals.void(db, counter, boss, last, "crash test")


@dataclass(frozen=True)
class Outcome:
    kills: int
    receipts: int


def crash_loop(data_dir: Path, case_ids: list[str], kills: int, seed: int = 0) -> Outcome:
    """Start the child, wait until it is ready, kill it after 0-300 ms; ``kills`` times."""
    rng = random.Random(seed)
    env = {**os.environ, "DESK_KEYRING": "off", "PYTHONPATH": str(ROOT)}
    for _ in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.services.crash", "CHILD", str(data_dir), *case_ids],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            if line.strip() != "ready":
                proc.wait(timeout=10)
                raise AssertionError(
                    f"the child failed: {line}{proc.stderr.read() if proc.stderr else ''}"
                )
            time.sleep(rng.uniform(0, 0.3))
            if proc.poll() is not None:
                raise AssertionError(
                    f"the child stopped: {proc.stderr.read() if proc.stderr else ''}"
                )
            proc.send_signal(signal.SIGKILL)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=10)
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
    return Outcome(kills, check_books(data_dir))


def check_books(data_dir: Path) -> int:
    """Every receipt of the day once, 1..N without a gap, each whole; every case in the
    state its receipts say; the file intact. Returns N."""
    import sqlite3

    path = data_dir / "desk.sqlite3"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT id, sequence, receipt_number, kind, case_id, total_minor, original_id"
            " FROM payment WHERE business_day = ? ORDER BY sequence",
            (DAY,),
        ).fetchall()
        sequences = [r[1] for r in rows]
        assert sequences == list(range(1, len(rows) + 1)), sequences[:20]
        numbers = [r[2] for r in rows]
        assert len(set(numbers)) == len(numbers)
        assert all(n.endswith(f"-{s:04d}") for n, s in zip(numbers, sequences, strict=True))
        standing: dict[str, int] = {}
        reversed_ids = {r[6] for r in rows if r[6]}
        for pid, _seq, _no, kind, case_id, total, _orig in rows:
            (lines, line_sum) = conn.execute(
                "SELECT count(*), coalesce(sum(amount_minor), 0) FROM payment_line"
                " WHERE payment_id = ?",
                (pid,),
            ).fetchone()
            (tenders, tender_sum) = conn.execute(
                "SELECT count(*), coalesce(sum(amount_minor), 0) FROM tender WHERE payment_id = ?",
                (pid,),
            ).fetchone()
            assert lines >= 1 and tenders >= 1, (pid, lines, tenders)
            assert line_sum == total == tender_sum, (pid, line_sum, total, tender_sum)
            if kind == "payment" and pid not in reversed_ids:
                standing[case_id] = standing.get(case_id, 0) + 1
        for case_id, status in conn.execute("SELECT id, status FROM replacement_case"):
            count = standing.get(case_id, 0)
            assert count <= 1, case_id
            assert status == ("paid" if count else "verified"), (case_id, status, count)
        return len(rows)
    finally:
        conn.close()


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[1] == "CHILD":
    child(Path(sys.argv[2]), sys.argv[3:])
