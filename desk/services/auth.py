"""Staff and their PINs: the login, and the lockout after too many wrong PINs."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desk.core.staff import StaffMember
from desk.services.errors import DeskError
from desk.store.db import Database
from desk.store.light import read_active_staff
from desk.store.models import PinLockout, Role, Staff, utcnow

# Argon2id with a cost fit for a counter PC: about 30 ms a check, which is plenty
# against guessing at the counter (the lockout does the rest).
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

MIN_PIN, MAX_PIN = 4, 12


def _member(staff: Staff) -> StaffMember:
    return StaffMember(staff.id, staff.login, staff.display_name, staff.role)


def hash_pin(pin: str) -> str:
    check_pin_shape(pin)
    return _hasher.hash(pin)


def check_pin_shape(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and MIN_PIN <= len(pin) <= MAX_PIN):
        raise DeskError(
            "pin_shape", f"A PIN is {MIN_PIN} to {MAX_PIN} digits.", min=MIN_PIN, max=MAX_PIN
        )


def active_staff(db: Database) -> list[StaffMember]:
    """Everyone who may log in here, by name."""
    return read_active_staff(db.path)


def add_staff(db: Database, *, login: str, display_name: str, role: Role, pin: str) -> StaffMember:
    with db.write() as s:
        staff = Staff(login=login, display_name=display_name, role=role, pin_hash=hash_pin(pin))
        s.add(staff)
        s.flush()
        return _member(staff)


def _locked(minutes: int) -> DeskError:
    return DeskError(
        "locked",
        f"Too many wrong PINs. Minutes until the next try: {minutes}. "
        "A supervisor can help meanwhile.",
        minutes=minutes,
    )


def login(
    db: Database,
    staff_id: uuid.UUID,
    pin: str,
    *,
    max_failed: int = 5,
    lockout: timedelta = timedelta(minutes=5),
    now: datetime | None = None,
) -> StaffMember:
    """The staff member if the PIN is right; else DeskError (wrong_pin, locked, unknown).

    A wrong PIN is counted in the same transaction that refuses it: the count is
    committed, then the refusal raised.
    """
    now = now or utcnow()
    refusal: DeskError | None = None
    with db.write() as s:
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise DeskError("unknown_staff", "This staff member cannot log in here.")
        state = s.get(PinLockout, staff_id)
        if state is None:
            state = PinLockout(staff_id=staff_id, failed_count=0)
            s.add(state)
        if state.locked_until is not None and state.locked_until > now:
            seconds = (state.locked_until - now).total_seconds()
            raise _locked(max(1, -(-int(seconds) // 60)))
        try:
            _hasher.verify(staff.pin_hash, pin)
            state.failed_count = 0
            state.locked_until = None
            member = _member(staff)
        except (VerificationError, InvalidHashError):
            failed = (state.failed_count or 0) + 1
            if failed >= max_failed:
                state.failed_count = 0
                state.locked_until = now + lockout
                refusal = _locked(int(lockout.total_seconds() // 60))
            else:
                state.failed_count = failed
                refusal = DeskError(
                    "wrong_pin",
                    f"Wrong PIN. Tries left before a lockout: {max_failed - failed}.",
                    left=max_failed - failed,
                )
    if refusal is not None:
        raise refusal
    return member
