"""Login with a PIN; five wrong PINs lock that staff member for five minutes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk.services import auth
from desk.services.errors import DeskError
from desk.store.models import utcnow
from tests.factories import CLERK_PIN, SUPERVISOR_PIN


def test_right_pin_logs_in(store):
    member = auth.login(store.db, store.clerk.id, CLERK_PIN)
    assert member == store.clerk and not member.is_supervisor
    assert auth.login(store.db, store.supervisor.id, SUPERVISOR_PIN).is_supervisor


def test_pins_are_hashed_with_argon2(store):
    from sqlalchemy import select

    from desk.store.models import Staff

    with store.db.read() as s:
        hashes = s.scalars(select(Staff.pin_hash)).all()
    assert all(h.startswith("$argon2id$") and CLERK_PIN not in h for h in hashes)


def test_five_wrong_pins_lock_for_five_minutes(store):
    now = utcnow()
    for left in (4, 3, 2, 1):
        with pytest.raises(DeskError) as e:
            auth.login(store.db, store.clerk.id, "0000", now=now)
        assert e.value.code == "wrong_pin" and e.value.values["left"] == left
    with pytest.raises(DeskError) as e:
        auth.login(store.db, store.clerk.id, "0000", now=now)
    assert e.value.code == "locked" and e.value.values["minutes"] == 5
    # Locked: even the right PIN is refused, and other staff are not affected.
    with pytest.raises(DeskError) as e:
        auth.login(store.db, store.clerk.id, CLERK_PIN, now=now + timedelta(minutes=4))
    assert e.value.code == "locked" and e.value.values["minutes"] == 1
    auth.login(store.db, store.supervisor.id, SUPERVISOR_PIN, now=now)
    # Five minutes later the right PIN works, and the count starts again.
    assert auth.login(
        store.db, store.clerk.id, CLERK_PIN, now=now + timedelta(minutes=5, seconds=1)
    )
    with pytest.raises(DeskError) as e:
        auth.login(store.db, store.clerk.id, "0000", now=now + timedelta(minutes=6))
    assert e.value.values["left"] == 4


def test_a_success_clears_the_count(store):
    for _ in range(3):
        with pytest.raises(DeskError):
            auth.login(store.db, store.clerk.id, "0000")
    auth.login(store.db, store.clerk.id, CLERK_PIN)
    with pytest.raises(DeskError) as e:
        auth.login(store.db, store.clerk.id, "0000")
    assert e.value.values["left"] == 4


@pytest.mark.parametrize("pin", ["", "12", "12ab", "１２３４", "1234567890123"])
def test_pin_shape_is_explained(pin):
    with pytest.raises(DeskError) as e:
        auth.check_pin_shape(pin)
    assert e.value.code == "pin_shape" and "4 to 12 digits" in str(e.value)


def test_staff_list_for_the_login(store):
    names = [m.display_name for m in auth.active_staff(store.db)]
    assert names == ["Chan Siu Ming", "Lee Mei Ling"]
