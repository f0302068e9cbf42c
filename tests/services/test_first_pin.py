"""Staff who arrive from head office's reference snapshot have no PIN: they cannot log
in with any PIN, an empty one included, until a supervisor lets them set a first one
(audited); a clerk cannot, and a PIN once set is not changed that way."""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import select

from desk.core.errors import DeskError
from desk.core.refusal import Refusal
from desk.services import auth
from desk.store.case_models import AuditRecord
from desk.store.light import read_active_staff, read_staff_without_pin
from desk.store.models import PinLockout, Staff
from desk.sync.reference import NO_PIN, apply_snapshot, snapshot_from_store, validate_snapshot
from tests import factories
from tests.factories import CLERK_PIN, SUPERVISOR_PIN

NEW_PIN = "2468"


def add_from_head_office(store: factories.TestStore) -> Staff:
    """Ho Ka Yan, added by head office's reference snapshot (as a sync applies it)."""
    with store.db.read() as s:
        body = copy.deepcopy(snapshot_from_store(s).body())
    body["staff"].append(
        {"login": "newbie", "display_name": "Ho Ka Yan", "role": "clerk", "active": True}
    )
    apply_snapshot(store.db, validate_snapshot(body), 3)
    with store.db.read() as s:
        newbie = s.scalars(select(Staff).where(Staff.login == "newbie")).one()
    assert newbie.pin_hash == NO_PIN == auth.NO_PIN
    return newbie


def set_pin(store: factories.TestStore, staff_id, pin=NEW_PIN, *, by=None, approval=SUPERVISOR_PIN):
    return auth.set_first_pin(
        store.db,
        staff_id,
        pin,
        supervisor_id=(by or store.supervisor).id,
        supervisor_pin=approval,
        pepper=store.cipher.pin_pepper,
        store_code=store.store.code,
    )


def login(store: factories.TestStore, staff_id, pin: str):
    return auth.login(store.db, staff_id, pin, pepper=store.cipher.pin_pepper)


@pytest.mark.parametrize("pin", ["", "0000", NEW_PIN])
def test_staff_without_a_pin_cannot_log_in_with_any(store, pin):
    newbie = add_from_head_office(store)
    with pytest.raises(DeskError) as refused:
        login(store, newbie.id, pin)
    assert refused.value.code == "no_pin"
    assert "Ho Ka Yan has no PIN yet: a supervisor sets a first one" in str(refused.value)
    with store.db.read() as s:
        assert s.get(PinLockout, newbie.id) is None  # nothing to guess: nothing counted
    assert [m.login for m in read_staff_without_pin(store.db.path)] == ["newbie"]
    assert "newbie" not in {m.login for m in read_active_staff(store.db.path)}


def test_a_supervisor_sets_a_first_pin_and_it_is_audited(store):
    newbie = add_from_head_office(store)
    member = set_pin(store, newbie.id)
    assert member.login == "newbie"
    assert login(store, newbie.id, NEW_PIN).id == newbie.id
    assert read_staff_without_pin(store.db.path) == []
    assert "newbie" in {m.login for m in read_active_staff(store.db.path)}
    with store.db.read() as s:
        entry = s.scalars(select(AuditRecord).where(AuditRecord.action == "staff.first_pin")).one()
    assert entry.staff_id == store.supervisor.id and entry.subject == f"staff:{newbie.id}"
    assert json.loads(entry.details) == {"login": "newbie", "role": "clerk"}
    assert NEW_PIN not in entry.details
    # Only a first PIN: a PIN once set is not replaced this way.
    with pytest.raises(DeskError) as refused:
        set_pin(store, newbie.id, "1357")
    assert refused.value.code == "pin_already_set"
    assert login(store, newbie.id, NEW_PIN).id == newbie.id
    with pytest.raises(DeskError):
        set_pin(store, store.clerk.id, "1357")
    assert login(store, store.clerk.id, CLERK_PIN).id == store.clerk.id


def test_a_clerk_or_a_wrong_pin_cannot_approve_it(store):
    newbie = add_from_head_office(store)
    with pytest.raises(Refusal) as refused:
        set_pin(store, newbie.id, by=store.clerk, approval=CLERK_PIN)
    assert refused.value.code == "supervisor_required"
    with pytest.raises(DeskError) as wrong:
        set_pin(store, newbie.id, approval="0000")
    assert wrong.value.code == "wrong_pin" and "Lee Mei Ling" in str(wrong.value)
    with pytest.raises(DeskError) as shape:
        set_pin(store, newbie.id, "")  # refused before the supervisor's PIN is tried
    assert shape.value.code == "pin_shape"
    with store.db.read() as s:
        assert s.get(Staff, newbie.id).pin_hash == NO_PIN
        assert s.get(PinLockout, store.supervisor.id).failed_count == 1  # the wrong one
