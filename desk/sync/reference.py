"""Head office's reference data at the store: a whole snapshot applied in one transaction,
and the pull that fetches it (no Qt, no HTTP of its own).

Head office publishes its carriers, products, fee schedule, tenders, staff and settings
as numbered snapshots (``desk hq publish``; the format: :mod:`desk.sync.reference_format`).
:func:`apply_snapshot` writes one in ONE write transaction, so that the store holds the
previous version or the new one, never half of each:

- carriers and products are upserted by code. One that head office no longer lists is
  **kept**: lines, blank SIMs and cases point at it, and the models have no "inactive"
  flag (the fee schedule no longer names it, so no new case can be paid for it);
- staff are upserted by login: names, role and ``active`` follow head office; the PIN is
  the store's own (a new staff member arrives without one, see the format's doc). Staff
  of another store are not added here, and made inactive here if they were; staff head
  office does not list are left as they are (head office retires someone by publishing
  them with ``"active": false``);
- the fee schedule, tenders and settings replace the previous ones in ``reference_part``;
- ``sync_state.reference_version`` becomes the snapshot's version.

A version not newer than the applied one is skipped. While it applies, the outbox's
capture is off (head office's rows are not pushed back), and back as it was before the
commit.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.store.db import Database
from desk.store.light import STORE_ID_KEY
from desk.store.models import Carrier, LocalSetting, Product, Staff, Store, utcnow
from desk.store.reference_models import FEES, SETTINGS, TENDERS, ReferencePart
from desk.store.sync_models import SyncState
from desk.sync.errors import sync_error
from desk.sync.protocol import body_hash
from desk.sync.reference_build import default_snapshot, snapshot_from_store
from desk.sync.reference_format import (
    CarrierRef,
    ProductRef,
    Snapshot,
    SnapshotError,
    StaffRef,
    canonical_json,
    validate_snapshot,
)

__all__ = [
    "NO_PIN",
    "ApplyResult",
    "Snapshot",
    "SnapshotError",
    "apply_snapshot",
    "canonical_json",
    "default_snapshot",
    "pull_reference",
    "snapshot_from_store",
    "validate_snapshot",
]

# The pin_hash of a staff member head office added and the store has not given a PIN
# yet: no PIN verifies against it (desk.services.auth.verify_pin), and the login list
# leaves them out (desk.store.light.read_active_staff).
NO_PIN = ""


@dataclass(frozen=True)
class ApplyResult:
    """What an apply changed (``applied`` False: the version was not newer, nothing did)."""

    version: int  # the store's reference version after the call
    applied: bool
    added: dict[str, int]  # table -> rows inserted
    updated: dict[str, int]  # table -> rows whose values changed
    kept: tuple[str, ...] = ()  # codes of carriers and products head office no longer lists


def _set(row: Any, values: dict[str, Any]) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def _carrier_values(c: CarrierRef) -> dict[str, Any]:
    return {
        "name_en": c.name_en,
        "name_zh": c.name_zh,
        "name_zh_hant": c.name_zh_hant,
        "region": c.region,
    }


def _product_values(p: ProductRef, carrier_ids: dict[str, Any]) -> dict[str, Any]:
    return {
        "carrier_id": carrier_ids[p.carrier],
        "name_en": p.name_en,
        "name_zh": p.name_zh,
        "name_zh_hant": p.name_zh_hant,
        "card_kind": p.card_kind,
        "category": p.category,
    }


def _staff_values(m: StaffRef, store: Store | None) -> dict[str, Any]:
    return {
        "display_name": m.display_name,
        "display_name_zh_hant": m.display_name_zh_hant,
        "role": m.role,
        "active": m.active,
        "store_id": store.id if store is not None and m.store is not None else None,
    }


def _this_store(s: Session) -> Store | None:
    setting = s.get(LocalSetting, STORE_ID_KEY)
    return None if setting is None else s.get(Store, uuid.UUID(setting.value))


def _upsert(
    s: Session, model: type[Any], key: str, wanted: dict[str, dict[str, Any]]
) -> tuple[int, int, list[str]]:
    """Insert or update the rows of ``model`` by ``key``; (added, updated, not listed)."""
    existing = {getattr(row, key): row for row in s.scalars(select(model))}
    added = updated = 0
    for code, values in wanted.items():
        row = existing.get(code)
        if row is None:
            s.add(model(**{key: code}, **values))
            added += 1
        elif _set(row, values):
            updated += 1
    s.flush()
    return added, updated, sorted(set(existing) - set(wanted))


def _write_parts(s: Session, snapshot: Snapshot, version: int) -> None:
    now = utcnow()
    bodies = {
        FEES: snapshot.fees_body,
        TENDERS: list(snapshot.tenders),
        SETTINGS: dict(snapshot.settings),
    }
    for name, body in bodies.items():
        text = json.dumps(body, ensure_ascii=False, sort_keys=True)
        part = s.get(ReferencePart, name)
        if part is None:
            s.add(ReferencePart(name=name, version=version, body=text, applied_at=now))
        else:
            part.version, part.body, part.applied_at = version, text, now
    s.flush()


def apply_snapshot(db: Database, snapshot: Snapshot, version: int) -> ApplyResult:
    """Apply ``snapshot`` as reference ``version`` in one write transaction (see the
    module doc); a version not newer than the applied one is skipped."""
    if version < 1:
        raise sync_error("reference_version", version=version)
    with db.write() as s:
        state = s.get(SyncState, 1)
        assert state is not None, "sync_state has its one row from migration 0009"
        if version <= state.reference_version:
            return ApplyResult(state.reference_version, False, {}, {})
        store = _this_store(s)
        if store is not None and snapshot.fees.currency != store.currency:
            raise sync_error(
                "reference_currency",
                schedule=snapshot.fees.currency,
                store=store.currency,
                version=version,
            )
        capture = state.capture
        state.capture = 0  # head office's rows are not pushed back
        s.flush()
        added: dict[str, int] = {}
        updated: dict[str, int] = {}
        carriers = {c.code: _carrier_values(c) for c in snapshot.carriers}
        added["carrier"], updated["carrier"], old_carriers = _upsert(s, Carrier, "code", carriers)
        carrier_ids = {c.code: c.id for c in s.scalars(select(Carrier))}
        products = {p.code: _product_values(p, carrier_ids) for p in snapshot.products}
        added["product"], updated["product"], old_products = _upsert(s, Product, "code", products)
        _write_parts(s, snapshot, version)
        here = store.code if store is not None else None
        staff = {
            m.login: _staff_values(m, store)
            for m in snapshot.staff
            if m.store is None or m.store == here
        }
        existing = set(s.scalars(select(Staff.login)))
        for m in snapshot.staff:  # moved to another store: no longer logs in here
            if m.login not in staff and m.login in existing:
                staff[m.login] = {"active": False}
        new_staff = {login: {**v, "pin_hash": NO_PIN} for login, v in staff.items()}
        added["staff"], updated["staff"], _ = _upsert(
            s,
            Staff,
            "login",
            {login: (staff[login] if login in existing else new_staff[login]) for login in staff},
        )
        state.reference_version = version
        state.capture = capture
        s.flush()
        return ApplyResult(version, True, added, updated, tuple(old_carriers + old_products))


def applied_version(db: Database) -> int:
    """The reference version this store applied (0: none yet)."""
    with db.read() as s:
        state = s.get(SyncState, 1)
        return state.reference_version if state is not None else 0


def pull_reference(db: Database, client_get: Callable[[int], Any]) -> int | None:
    """Fetch and apply head office's newest reference snapshot; the new version, or None
    when head office has nothing newer.

    ``client_get(have)`` does ``GET /v1/reference?have=<have>`` with the sync client's
    own HTTP session and returns the decoded JSON answer (None for a 204). The body's
    SHA-256 is checked against the one head office stored at publishing."""
    have = applied_version(db)
    answer = client_get(have)
    if answer is None or not isinstance(answer, dict) or answer.get("unchanged"):
        return None
    version, digest, body = answer.get("version"), answer.get("sha256"), answer.get("body")
    if isinstance(version, bool) or not isinstance(version, int) or not isinstance(body, dict):
        raise sync_error("reference_answer")
    if body_hash(canonical_json(body)) != digest:
        raise sync_error("reference_damaged", version=version)
    if version <= have:
        return None
    try:
        snapshot = validate_snapshot(body)
    except SnapshotError as exc:  # its words name the field, for head office to mend
        raise sync_error("reference_unusable", version=version, **exc.values) from exc
    result = apply_snapshot(db, snapshot, version)
    return result.version if result.applied else None
