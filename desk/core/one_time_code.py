"""The one-time code (验证码) sent to the customer's registered contact, as a pure value.

Desk sends a 6-digit code; the customer reads it out and the clerk types it. The code
itself exists only in the notice and in the customer's hand: the case keeps
HMAC-SHA256(key, salt ‖ code) with a random 16-byte salt, the key being a secret of
the store (the services pass it in — the same kind of key as the ID-number hash, never
stored beside the digest). A 6-digit code has only a million values, so the key is what
keeps a stolen database from giving the code away; the 10-minute life and the three
tries are what keep the counter from guessing it.

Rules: a code lives :data:`LIFETIME` (10 minutes) from issue — at exactly 10 minutes it
has expired; :data:`MAX_WRONG` (3) wrong entries lock it for good (the check has failed:
send a new code); a code is accepted once. Typing that is not 6 digits (a slip of the
finger) is :attr:`CodeOutcome.MALFORMED` and costs no try. The clock is passed in.

:meth:`OneTimeCode.check` returns the outcome and the code's next state, which the
service stores. For the checklist (``desk.core.checklist``): ``ACCEPTED`` passes the
``secret`` item with method ``one_time_code``; ``LOCKED`` and ``EXPIRED`` fail it with
:attr:`CodeOutcome.failure`; ``WRONG`` and ``MALFORMED`` leave it open (type again).
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Final

__all__ = ["CODE_DIGITS", "LIFETIME", "MAX_WRONG", "CodeOutcome", "OneTimeCode", "normalise_typed"]

CODE_DIGITS: Final = 6
LIFETIME: Final = timedelta(minutes=10)
MAX_WRONG: Final = 3
MIN_KEY_BYTES: Final = 16
_SALT_BYTES: Final = 16
_CODE = re.compile(f"[0-9]{{{CODE_DIGITS}}}")


class CodeOutcome(enum.StrEnum):
    ACCEPTED = "accepted"
    WRONG = "wrong"  # a try used; tries remain
    LOCKED = "locked"  # the third wrong entry, or any entry after it
    EXPIRED = "expired"
    USED = "used"  # already accepted once
    MALFORMED = "malformed"  # not 6 digits: no try used

    @property
    def failure(self) -> str | None:
        """The checklist failure code this outcome records, if it ends the check as failed."""
        return {CodeOutcome.LOCKED: "too_many_attempts", CodeOutcome.EXPIRED: "code_expired"}.get(
            self
        )


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the clock must give timezone-aware times")
    return now


def _digest(key: bytes, salt: bytes, code: str) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise ValueError(f"the code key must have at least {MIN_KEY_BYTES} bytes")
    return hmac.new(key, salt + code.encode("ascii"), hashlib.sha256).digest()


def normalise_typed(typed: str) -> str | None:
    """The 6 digits the clerk typed (full-width digits and spaces allowed), or ``None``."""
    s = "".join(unicodedata.normalize("NFKC", typed).split()).replace("-", "")
    return s if _CODE.fullmatch(s) else None


@dataclass(frozen=True)
class OneTimeCode:
    """What the case keeps of a sent code: no code, only its keyed hash."""

    digest: bytes
    salt: bytes
    issued_at: datetime
    wrong: int = 0
    used: bool = False

    @classmethod
    def issue(
        cls,
        key: bytes,
        now: datetime,
        *,
        randbelow: Callable[[int], int] = secrets.randbelow,
    ) -> tuple[str, OneTimeCode]:
        """A new code (to send, then forget) and the value to keep."""
        code = f"{randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
        salt = secrets.token_bytes(_SALT_BYTES)
        return code, cls(_digest(key, salt, code), salt, _aware(now))

    @property
    def expires_at(self) -> datetime:
        return self.issued_at + LIFETIME

    @property
    def tries_left(self) -> int:
        return max(0, MAX_WRONG - self.wrong)

    def is_expired(self, now: datetime) -> bool:
        # A clock that went back before the issue is not trusted either.
        return not self.issued_at <= _aware(now) < self.expires_at

    def check(self, typed: str, key: bytes, now: datetime) -> tuple[CodeOutcome, OneTimeCode]:
        """Compare what the clerk typed; the outcome and the state to store next."""
        if self.used:
            return CodeOutcome.USED, self
        if self.wrong >= MAX_WRONG:
            return CodeOutcome.LOCKED, self
        if self.is_expired(now):
            return CodeOutcome.EXPIRED, self
        code = normalise_typed(typed)
        if code is None:
            return CodeOutcome.MALFORMED, self
        if hmac.compare_digest(_digest(key, self.salt, code), self.digest):
            return CodeOutcome.ACCEPTED, replace(self, used=True)
        after = replace(self, wrong=self.wrong + 1)
        return (CodeOutcome.LOCKED if after.wrong >= MAX_WRONG else CodeOutcome.WRONG), after
