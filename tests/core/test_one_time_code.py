"""One-time codes: 6 digits, kept only as a keyed hash, 10 minutes, 3 wrong entries."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.one_time_code import (
    LIFETIME,
    MAX_WRONG,
    CodeOutcome,
    OneTimeCode,
    normalise_typed,
)

KEY = b"k" * 32
T0 = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def issued(code_value: int = 42) -> tuple[str, OneTimeCode]:
    return OneTimeCode.issue(KEY, T0, randbelow=lambda n: code_value)


def test_six_digits_and_only_a_keyed_hash_is_kept() -> None:
    code, kept = issued(42)
    assert code == "000042"
    assert kept.digest == hmac.new(KEY, kept.salt + b"000042", hashlib.sha256).digest()
    assert code.encode() not in repr(kept).encode() and code not in repr(kept)
    assert len(kept.salt) == 16
    _, again = issued(42)
    assert again.digest != kept.digest  # a fresh salt each time


def test_real_codes_come_from_the_secrets_module_and_vary() -> None:
    codes = {OneTimeCode.issue(KEY, T0)[0] for _ in range(50)}
    assert all(len(c) == 6 and c.isdigit() for c in codes)
    assert len(codes) > 40


def test_accepted_once() -> None:
    code, kept = issued()
    outcome, after = kept.check(code, KEY, T0 + timedelta(minutes=1))
    assert outcome is CodeOutcome.ACCEPTED and after.used
    assert outcome.failure is None
    assert after.check(code, KEY, T0 + timedelta(minutes=2))[0] is CodeOutcome.USED


def test_the_wrong_key_never_accepts() -> None:
    code, kept = issued()
    assert kept.check(code, b"x" * 32, T0)[0] is CodeOutcome.WRONG
    with pytest.raises(ValueError, match="at least 16 bytes"):
        kept.check(code, b"short", T0)


@pytest.mark.parametrize(
    ("after", "outcome"),
    [
        (timedelta(0), CodeOutcome.ACCEPTED),
        (LIFETIME - timedelta(microseconds=1), CodeOutcome.ACCEPTED),  # just before
        (LIFETIME, CodeOutcome.EXPIRED),  # at 10 minutes exactly
        (LIFETIME + timedelta(microseconds=1), CodeOutcome.EXPIRED),
        (-timedelta(seconds=1), CodeOutcome.EXPIRED),  # a clock gone back
    ],
)
def test_ten_minutes_at_the_edge(after: timedelta, outcome: CodeOutcome) -> None:
    code, kept = issued()
    assert kept.check(code, KEY, T0 + after)[0] is outcome
    assert timedelta(minutes=10) == LIFETIME


def test_third_wrong_entry_fails_for_good() -> None:
    code, kept = issued(123456)
    assert MAX_WRONG == 3
    outcomes = []
    for _ in range(MAX_WRONG):
        outcome, kept = kept.check("654321", KEY, T0)
        outcomes.append(outcome)
    assert outcomes == [CodeOutcome.WRONG, CodeOutcome.WRONG, CodeOutcome.LOCKED]
    assert kept.tries_left == 0
    # after the lock, even the right code fails
    outcome, _ = kept.check(code, KEY, T0)
    assert outcome is CodeOutcome.LOCKED and outcome.failure == "too_many_attempts"


def test_two_wrong_then_right_is_accepted() -> None:
    code, kept = issued(123456)
    for _ in range(MAX_WRONG - 1):
        _, kept = kept.check("000000", KEY, T0)
    assert kept.tries_left == 1
    assert kept.check(code, KEY, T0)[0] is CodeOutcome.ACCEPTED


@pytest.mark.parametrize("typed", ["", "12345", "1234567", "12a456", "abcdef", "٠١٢٣٤٥"])
def test_malformed_typing_costs_no_try(typed: str) -> None:
    _, kept = issued()
    outcome, after = kept.check(typed, KEY, T0)
    assert outcome is CodeOutcome.MALFORMED and after == kept


@pytest.mark.parametrize("typed", ["000042", " 000 042 ", "000-042", "００００４２"])
def test_what_a_clerk_types(typed: str) -> None:
    _, kept = issued(42)
    assert normalise_typed(typed) == "000042"
    assert kept.check(typed, KEY, T0)[0] is CodeOutcome.ACCEPTED


def test_expired_is_a_checklist_failure() -> None:
    assert CodeOutcome.EXPIRED.failure == "code_expired"
    assert CodeOutcome.WRONG.failure is None and CodeOutcome.MALFORMED.failure is None


def test_naive_clock_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        OneTimeCode.issue(KEY, datetime(2026, 1, 1))


@settings(max_examples=100, deadline=None, database=None)
@given(st.integers(0, 999_999), st.integers(0, 999_999))
def test_only_the_sent_code_is_accepted(sent: int, typed: int) -> None:
    _, kept = issued(sent)
    outcome, _ = kept.check(f"{typed:06d}", KEY, T0)
    assert (outcome is CodeOutcome.ACCEPTED) is (sent == typed)
