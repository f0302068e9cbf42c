"""Staff and their PINs: the login, and the lockout after too many wrong PINs.

PINs are short, so their hashes must be useless on their own: every PIN is first keyed
with the store's PIN pepper (HMAC-SHA256, a secret kept with the ID-number key outside
the database, :attr:`desk.store.keys.IdCipher.pin_pepper`), then hashed with Argon2id.
A copied database without ``desk.key`` gives an attacker nothing to guess against.
Hashes written before the pepper (plain Argon2id of the PIN) still verify, and are
replaced by a peppered one at the next right PIN.

Every attempt is counted *before* the PIN is looked at, in its own committed
transaction: an attempt that cannot be counted (full disk, read-only store) is refused,
so a broken store can never become unlimited guessing.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desk.core.staff import StaffMember
from desk.services.errors import DeskError
from desk.store.db import Database
from desk.store.light import read_active_staff
from desk.store.models import PinLockout, Role, Staff, utcnow
from desk.store.problems import store_problem

# Argon2id with a cost fit for a counter PC: about 30 ms a check, which is plenty
# against guessing at the counter (the lockout does the rest).
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

MIN_PIN, MAX_PIN = 4, 12
# The pin_hash of a staff member head office added whose first PIN is not set yet
# (desk.sync.reference.NO_PIN): no PIN logs them in; a supervisor sets a first one.
NO_PIN = ""
PEPPERED = "desk-pepper-v1$"  # prefix of a hash of the peppered PIN
MAX_LOCKOUT = timedelta(hours=24)


def _member(staff: Staff) -> StaffMember:
    return StaffMember(
        staff.id, staff.login, staff.display_name, staff.role, staff.display_name_zh_hant
    )


def _keyed(pin: str, pepper: bytes) -> str:
    return hmac.new(pepper, pin.encode(), hashlib.sha256).hexdigest()


def hash_pin(pin: str, pepper: bytes) -> str:
    check_pin_shape(pin)
    return PEPPERED + _hasher.hash(_keyed(pin, pepper))


def verify_pin(stored: str, pin: str, pepper: bytes) -> bool:
    """Whether ``pin`` is the PIN behind ``stored`` (peppered, or an older plain hash)."""
    try:
        if stored.startswith(PEPPERED):
            return _hasher.verify(stored.removeprefix(PEPPERED), _keyed(pin, pepper))
        return _hasher.verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False


def check_pin_shape(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and MIN_PIN <= len(pin) <= MAX_PIN):
        raise DeskError(
            "pin_shape", f"A PIN is {MIN_PIN} to {MAX_PIN} digits.", min=MIN_PIN, max=MAX_PIN
        )


def active_staff(db: Database) -> list[StaffMember]:
    """Everyone who may log in here, by name."""
    return read_active_staff(db.path)


def add_staff(
    db: Database,
    *,
    login: str,
    display_name: str,
    role: Role,
    pin: str,
    pepper: bytes,
    display_name_zh_hant: str | None = None,
) -> StaffMember:
    with db.write() as s:
        staff = Staff(
            login=login,
            display_name=display_name,
            display_name_zh_hant=display_name_zh_hant,
            role=role,
            pin_hash=hash_pin(pin, pepper),
        )
        s.add(staff)
        s.flush()
        return _member(staff)


def lockout_for(base: timedelta, earlier_lockouts: int) -> timedelta:
    """How long a lockout lasts: ``base``, doubled for each lockout since the last right
    PIN, never more than :data:`MAX_LOCKOUT`."""
    longer: timedelta = base * (2 ** min(earlier_lockouts, 16))
    return min(longer, MAX_LOCKOUT)


def _locked(staff: Staff, until: datetime, now: datetime) -> DeskError:
    minutes = max(1, -(-int((until - now).total_seconds()) // 60))
    return DeskError(
        "locked",
        f"Too many wrong PINs for {staff.display_name}: locked for {minutes} min. Try again later.",
        name=staff.display_name,
        name_zh_hant=staff.display_name_zh_hant,
        minutes=minutes,
    )


def _not_counted(db: Database, exc: Exception) -> DeskError:
    problem = store_problem(exc, db.path)
    detail = str(problem) if problem is not None else f"{type(exc).__name__}: {exc}"
    return DeskError(
        "attempt_not_counted",
        f"The PIN was not checked: the attempt could not be recorded ({detail}).",
        detail=detail,
    )


def login(
    db: Database,
    staff_id: uuid.UUID,
    pin: str,
    *,
    pepper: bytes,
    max_failed: int = 5,
    lockout: timedelta = timedelta(minutes=5),
    now: datetime | None = None,
) -> StaffMember:
    """The staff member if the PIN is right; else DeskError (wrong_pin, locked,
    unknown_staff, attempt_not_counted, or a store problem)."""
    now = now or utcnow()
    # 1. Count the attempt, committed before the PIN is looked at.
    try:
        with db.write() as s:
            staff = s.get(Staff, staff_id)
            if staff is None or not staff.active:
                raise DeskError("unknown_staff", "This staff member cannot log in here.")
            if staff.pin_hash == NO_PIN:
                raise _no_pin(staff)
            state = s.get(PinLockout, staff_id)
            if state is None:
                state = PinLockout(staff_id=staff_id, failed_count=0, lockout_count=0)
                s.add(state)
            if state.locked_until is not None and state.locked_until > now:
                raise _locked(staff, state.locked_until, now)
            if (state.failed_count or 0) >= max_failed:
                # The lock after the last wrong PIN could not be written: lock now.
                state.locked_until = now + lockout_for(lockout, state.lockout_count or 0)
                state.lockout_count = (state.lockout_count or 0) + 1
                state.failed_count = 0
                refusal: DeskError | None = _locked(staff, state.locked_until, now)
            else:
                state.failed_count = (state.failed_count or 0) + 1
                refusal = None
            attempt, earlier = state.failed_count, state.lockout_count or 0
            stored, member = staff.pin_hash, _member(staff)
    except DeskError:
        raise
    except Exception as exc:
        raise _not_counted(db, exc) from exc
    if refusal is not None:
        raise refusal
    # 2. Check the PIN, then settle the count.
    right = verify_pin(stored, pin, pepper)
    lock: DeskError | None = None
    try:
        with db.write() as s:
            state = s.get(PinLockout, staff_id)
            staff = s.get(Staff, staff_id)
            assert state is not None and staff is not None
            if right:
                state.failed_count = 0
                state.lockout_count = 0
                state.locked_until = None
                if not stored.startswith(PEPPERED):
                    staff.pin_hash = hash_pin(pin, pepper)  # an older, unpeppered hash
                return member
            if attempt >= max_failed:
                state.failed_count = 0
                state.locked_until = now + lockout_for(lockout, earlier)
                state.lockout_count = earlier + 1
                lock = _locked(staff, state.locked_until, now)
    except Exception as exc:
        problem = store_problem(exc, db.path)
        raise (problem or exc) from exc
    if lock is not None:
        raise lock
    left = max_failed - attempt
    raise DeskError(
        "wrong_pin",
        f"Wrong PIN for {member.display_name}. Tries left before a lockout: {left}.",
        name=member.display_name,
        name_zh_hant=member.display_name_zh_hant,
        left=left,
    )


def _no_pin(staff: Staff) -> DeskError:
    return DeskError(
        "no_pin",
        f"{staff.display_name} has no PIN yet: a supervisor sets a first one on the login window.",
        name=staff.display_name,
        name_zh_hant=staff.display_name_zh_hant,
    )


def set_first_pin(
    db: Database,
    staff_id: uuid.UUID,
    pin: str,
    *,
    supervisor_id: uuid.UUID,
    supervisor_pin: str,
    pepper: bytes,
    store_code: str,
    max_failed: int = 5,
    lockout: timedelta = timedelta(minutes=5),
) -> StaffMember:
    """A supervisor, with their own PIN, lets a staff member head office added (who has
    no PIN yet) set their first one; audited. Changing a PIN is not this: refused."""
    from desk.core.roles import StaffAction, require_role
    from desk.services import audit

    check_pin_shape(pin)
    supervisor = login(
        db, supervisor_id, supervisor_pin, pepper=pepper, max_failed=max_failed, lockout=lockout
    )
    require_role(supervisor.role, StaffAction.SET_FIRST_PIN)
    with db.write() as s:
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise DeskError("unknown_staff", "This staff member cannot log in here.")
        if staff.pin_hash != NO_PIN:
            raise DeskError(
                "pin_already_set",
                f"{staff.display_name} has a PIN already: only a first PIN is set here.",
                name=staff.display_name,
                name_zh_hant=staff.display_name_zh_hant,
            )
        staff.pin_hash = hash_pin(pin, pepper)
        audit.record(
            s,
            store_code=store_code,
            staff_id=supervisor.id,
            action="staff.first_pin",
            subject=f"staff:{staff.id}",
            details={"login": staff.login, "role": staff.role.value},
        )
        return _member(staff)
