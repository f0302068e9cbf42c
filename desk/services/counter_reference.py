"""What a counter takes from head office's reference data: the fee schedule, the tenders
and the guard's settings of the snapshot this store applied (:mod:`desk.sync.reference`),
else the ones shipped with Desk and the store's own tender setting.

The composition root (``desk.app``, ``desk.cli_common``) reads this when it builds the
:class:`~desk.services.case_context.Counter`: a snapshot applied later reaches the
counter at the next login.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from desk.core.fees import FeeSchedule, default_schedule, parse_schedule
from desk.core.guard import GuardSettings
from desk.core.tenders import TENDER_LABELS
from desk.store.db import Database
from desk.store.reference_models import FEES, SETTINGS, TENDERS, ReferencePart


@dataclass(frozen=True)
class CounterReference:
    fees: FeeSchedule
    tenders: tuple[str, ...]
    guard: GuardSettings
    version: int  # the applied reference version (0: Desk's defaults)


def guard_settings(settings: dict[str, Any]) -> GuardSettings:
    """The guard's settings from a snapshot's ``settings`` (a missing one: the default)."""
    default = GuardSettings()
    return GuardSettings(
        cooling_days=int(settings.get("cooling_days", default.cooling_days)),
        max_failures=int(settings.get("max_failed_verifications", default.max_failures)),
        failure_window=(
            timedelta(hours=int(settings["failure_window_hours"]))
            if "failure_window_hours" in settings
            else default.failure_window
        ),
    )


def counter_reference(db: Database, local_tenders: tuple[str, ...]) -> CounterReference:
    """The applied snapshot's fee schedule, tenders and guard settings; Desk's defaults
    (and ``local_tenders``, the store's setting) for what none was applied."""
    with db.read() as s:
        parts = {p.name: p for p in s.scalars(select(ReferencePart))}
    if FEES not in parts:
        return CounterReference(default_schedule(), local_tenders, GuardSettings(), 0)
    fees = parse_schedule(json.loads(parts[FEES].body), "reference fees")
    tenders: tuple[str, ...] = local_tenders
    if TENDERS in parts:
        kinds = tuple(k for k in json.loads(parts[TENDERS].body) if k in TENDER_LABELS)
        tenders = kinds or local_tenders
    settings = json.loads(parts[SETTINGS].body) if SETTINGS in parts else {}
    return CounterReference(fees, tenders, guard_settings(settings), parts[FEES].version)
