"""Login with a PIN; five wrong PINs lock that staff member for five minutes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk.services import auth
from desk.services.errors import DeskError
from desk.store.models import utcnow
from tests.factories import CLERK_PIN, SUPERVISOR_PIN


def login(store, staff_id, pin, **kwargs):
    return auth.login(store.db, staff_id, pin, pepper=store.cipher.pin_pepper, **kwargs)


def test_right_pin_logs_in(store):
    member = login(store, store.clerk.id, CLERK_PIN)
    assert member == store.clerk and not member.is_supervisor
    assert login(store, store.supervisor.id, SUPERVISOR_PIN).is_supervisor


def test_pins_are_hashed_with_argon2_and_the_stores_pepper(store):
    """A copied database without the key file gives nothing to guess PINs against."""
    from argon2 import PasswordHasher
    from sqlalchemy import select

    from desk.store.models import Staff

    with store.db.read() as s:
        hashes = s.scalars(select(Staff.pin_hash)).all()
    assert all(h.startswith(auth.PEPPERED + "$argon2id$") and CLERK_PIN not in h for h in hashes)
    clerk_hash = next(h for h in hashes if auth.verify_pin(h, CLERK_PIN, store.cipher.pin_pepper))
    bare = clerk_hash.removeprefix(auth.PEPPERED)
    with pytest.raises(Exception, match="does not match"):
        PasswordHasher().verify(bare, CLERK_PIN)  # the PIN alone does not open it
    assert not auth.verify_pin(clerk_hash, CLERK_PIN, b"another store's pepper")


def test_an_older_unpeppered_hash_still_logs_in_and_is_replaced(store):
    from argon2 import PasswordHasher

    from desk.store.models import Staff

    with store.db.write() as s:
        s.get(Staff, store.clerk.id).pin_hash = PasswordHasher().hash(CLERK_PIN)
    assert login(store, store.clerk.id, CLERK_PIN) == store.clerk
    with store.db.read() as s:
        assert s.get(Staff, store.clerk.id).pin_hash.startswith(auth.PEPPERED)
    assert login(store, store.clerk.id, CLERK_PIN) == store.clerk


def test_five_wrong_pins_lock_for_five_minutes(store):
    now = utcnow()
    for left in (4, 3, 2, 1):
        with pytest.raises(DeskError) as e:
            login(store, store.clerk.id, "0000", now=now)
        assert e.value.code == "wrong_pin" and e.value.values["left"] == left
        assert e.value.values["name"] == "Chan Siu Ming"  # whose PIN was wrong
    with pytest.raises(DeskError) as e:
        login(store, store.clerk.id, "0000", now=now)
    assert e.value.code == "locked" and e.value.values["minutes"] == 5
    # Locked: even the right PIN is refused, and other staff are not affected.
    with pytest.raises(DeskError) as e:
        login(store, store.clerk.id, CLERK_PIN, now=now + timedelta(minutes=4))
    assert e.value.code == "locked" and e.value.values["minutes"] == 1
    login(store, store.supervisor.id, SUPERVISOR_PIN, now=now)
    # Five minutes later the right PIN works, and the count starts again.
    assert login(store, store.clerk.id, CLERK_PIN, now=now + timedelta(minutes=5, seconds=1))
    with pytest.raises(DeskError) as e:
        login(store, store.clerk.id, "0000", now=now + timedelta(minutes=6))
    assert e.value.values["left"] == 4


def test_a_success_clears_the_count(store):
    for _ in range(3):
        with pytest.raises(DeskError):
            login(store, store.clerk.id, "0000")
    login(store, store.clerk.id, CLERK_PIN)
    with pytest.raises(DeskError) as e:
        login(store, store.clerk.id, "0000")
    assert e.value.values["left"] == 4


@pytest.mark.parametrize("pin", ["", "12", "12ab", "１２３４", "1234567890123"])
def test_pin_shape_is_explained(pin):
    with pytest.raises(DeskError) as e:
        auth.check_pin_shape(pin)
    assert e.value.code == "pin_shape" and "4 to 12 digits" in str(e.value)


def test_staff_list_for_the_login(store):
    names = [m.display_name for m in auth.active_staff(store.db)]
    assert names == ["Chan Siu Ming", "Lee Mei Ling"]


def test_lockouts_in_a_row_last_longer(store):
    now = utcnow()
    for round_, minutes in enumerate((5, 10, 20, 40)):
        for _ in range(5):
            with pytest.raises(DeskError) as e:
                login(store, store.clerk.id, "0000", now=now)
        assert e.value.code == "locked" and e.value.values["minutes"] == minutes, round_
        now += timedelta(minutes=minutes, seconds=1)
    assert auth.lockout_for(timedelta(minutes=5), 30) == auth.MAX_LOCKOUT
    login(store, store.clerk.id, CLERK_PIN, now=now)  # a right PIN starts again at 5
    for _ in range(5):
        with pytest.raises(DeskError) as e:
            login(store, store.clerk.id, "0000", now=now)
    assert e.value.values["minutes"] == 5


def test_an_attempt_that_cannot_be_counted_is_refused_even_with_the_right_pin(store):
    """A store that cannot be written (here: a trigger as stubborn as a full disk) must
    not turn into unlimited guessing: the attempt is counted first, or refused."""
    conn = store.db.raw()
    conn.execute(
        "CREATE TRIGGER no_count BEFORE UPDATE ON pin_lockout "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    conn.execute(
        "CREATE TRIGGER no_first BEFORE INSERT ON pin_lockout "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    conn.close()
    for pin in ("0000", CLERK_PIN):
        with pytest.raises(DeskError) as e:
            login(store, store.clerk.id, pin)
        assert e.value.code == "attempt_not_counted"


def test_a_lock_that_could_not_be_written_is_applied_at_the_next_attempt(store):
    from desk.store.models import PinLockout

    with store.db.write() as s:  # five wrong PINs counted, the lock itself lost
        s.add(PinLockout(staff_id=store.clerk.id, failed_count=5, lockout_count=0))
    with pytest.raises(DeskError) as e:
        login(store, store.clerk.id, CLERK_PIN)
    assert e.value.code == "locked"


def test_lockout_settings_are_bounded():
    from desk.config import Settings

    assert Settings(max_failed_pins=1, pin_lockout_minutes=0).validated() == Settings()
    assert Settings(max_failed_pins=100, pin_lockout_minutes=10_000).validated() == Settings()
    assert Settings(max_failed_pins=3, pin_lockout_minutes=60).validated().max_failed_pins == 3
