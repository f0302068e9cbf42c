"""The audit chain: canonical bytes, hashes computed here by hand, and every kind of
tampering (change, delete, insert, reorder, truncate) found at the right index."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.audit import (
    GENESIS,
    AuditEntry,
    SealedEntry,
    canonical_bytes,
    entry_hash,
    seal,
    seal_all,
    verify_chain,
)
from desk.core.audit_details import check_details, is_secret_key
from desk.core.refusal import Refusal

T0 = datetime(2026, 11, 22, 2, 30, tzinfo=UTC)
STAFF = uuid.UUID("01930000-0000-7000-8000-0000000000aa")
FAST = settings(max_examples=150, deadline=None, database=None)


def entry(seq: int, **details: object) -> AuditEntry:
    return AuditEntry(
        seq=seq,
        at=T0 + timedelta(seconds=seq),
        store="HK01",
        staff=STAFF,
        action="case.transition",
        subject=f"case:{seq}",
        details=details or {"to": "verified", "n": seq},
    )


def chain(n: int) -> list[SealedEntry]:
    return seal_all(entry(i) for i in range(1, n + 1))


def test_canonical_bytes_are_sorted_compact_json() -> None:
    e = AuditEntry(
        1, T0.astimezone(timezone(timedelta(hours=8))), "HK01", STAFF, "customer.view",
        "customer:x", {"b": [1, True, None], "a": "陳大文"},
    )  # fmt: skip
    raw = canonical_bytes(e)
    assert (
        raw
        == (
            '{"action":"customer.view","at":"2026-11-22T02:30:00.000000Z",'
            '"details":{"a":"陳大文","b":[1,true,null]},"seq":1,'
            f'"staff":"{STAFF}","store":"HK01","subject":"customer:x","v":1}}'
        ).encode()
    )
    assert json.loads(raw)["at"].endswith("Z")  # local time written in UTC


def test_hash_is_sha256_of_previous_hash_and_bytes() -> None:
    assert hashlib.sha256(b"Desk audit trail").hexdigest() == GENESIS
    sealed = chain(3)
    previous = GENESIS
    for s in sealed:
        want = hashlib.sha256(previous.encode() + canonical_bytes(s.entry)).hexdigest()
        assert s.hash == want == entry_hash(previous, s.entry)
        previous = s.hash
    assert verify_chain(sealed) is None
    assert verify_chain([]) is None


def test_a_system_entry_has_no_staff() -> None:
    e = replace(entry(1), staff=None)
    assert json.loads(canonical_bytes(e))["staff"] is None


N = 6


@pytest.mark.parametrize("i", range(N))
def test_a_changed_entry_is_found(i: int) -> None:
    sealed = chain(N)
    for change in (
        {"details": {"to": "activated", "n": i + 1}},
        {"staff": uuid.uuid4()},
        {"at": sealed[i].entry.at + timedelta(microseconds=1)},
        {"action": "case.cancel"},
        {"store": "HK02"},
        {"subject": "case:other"},
    ):
        tampered = list(sealed)
        tampered[i] = SealedEntry(replace(sealed[i].entry, **change), sealed[i].hash)  # type: ignore[arg-type]
        assert verify_chain(tampered) == i, change
    forged_hash = list(sealed)
    forged_hash[i] = SealedEntry(sealed[i].entry, "0" * 64)
    assert verify_chain(forged_hash) == i


@pytest.mark.parametrize("i", range(N))
def test_a_deleted_entry_is_found(i: int) -> None:
    sealed = chain(N)
    cut = sealed[:i] + sealed[i + 1 :]
    want = i if i < N - 1 else None  # the last one: only the head can tell (next test)
    assert verify_chain(cut) == want
    assert verify_chain(cut, head=sealed[-1].hash) == (i if i < N - 1 else N - 1)


def test_a_truncated_tail_is_found_against_the_head() -> None:
    sealed = chain(N)
    assert verify_chain(sealed, head=sealed[-1].hash) is None
    for keep in range(N):
        assert verify_chain(sealed[:keep], head=sealed[-1].hash) == keep


@pytest.mark.parametrize("i", range(N + 1))
def test_an_inserted_entry_is_found(i: int) -> None:
    sealed = chain(N)
    # even a well-formed entry sealed onto the right predecessor breaks what follows
    previous = GENESIS if i == 0 else sealed[i - 1].hash
    intruder = seal(entry(i + 1, note="forged"), previous)
    tampered = [*sealed[:i], intruder, *sealed[i:]]
    assert verify_chain(tampered) == (i + 1 if i < N else None)
    assert verify_chain(tampered, head=sealed[-1].hash) == (i + 1 if i < N else N + 1)


@pytest.mark.parametrize(("a", "b"), [(0, 1), (2, 3), (0, N - 1), (N - 2, N - 1)])
def test_reordered_entries_are_found(a: int, b: int) -> None:
    sealed = chain(N)
    swapped = list(sealed)
    swapped[a], swapped[b] = swapped[b], swapped[a]
    assert verify_chain(swapped) == a


def test_renumbered_reorder_is_still_found() -> None:
    sealed = chain(N)
    e1, e2 = sealed[1].entry, sealed[2].entry
    swapped = list(sealed)
    swapped[1] = SealedEntry(replace(e2, seq=2), sealed[1].hash)
    swapped[2] = SealedEntry(replace(e1, seq=3), sealed[2].hash)
    assert verify_chain(swapped) == 1


def test_verifying_in_pieces() -> None:
    sealed = chain(10)
    assert verify_chain(sealed[4:], start=sealed[3].hash, first_seq=5) is None
    assert verify_chain(sealed[4:], start=sealed[2].hash, first_seq=5) == 0
    assert verify_chain(sealed[4:], start=sealed[3].hash, first_seq=4) == 0


def test_sequence_must_start_at_one_and_never_skip() -> None:
    gap = seal_all([entry(1), entry(3)])
    assert verify_chain(gap) == 1
    assert verify_chain(seal_all([entry(2)])) == 0
    with pytest.raises(ValueError, match="sequence number"):
        canonical_bytes(entry(0))


def test_an_unserialisable_stored_entry_is_a_break_not_a_crash() -> None:
    sealed = chain(3)
    broken = [sealed[0], SealedEntry(replace(sealed[1].entry, details={"x": 1.5}), sealed[1].hash)]
    assert verify_chain(broken) == 1


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        canonical_bytes(replace(entry(1), at=datetime(2026, 11, 22)))


# --- what details may hold --------------------------------------------------------------

SECRET_KEYS = [
    "pin", "PIN", "supervisorPin", "supervisor_pin", "password", "Password",
    "service_password", "passcode", "code", "one_time_code", "oneTimeCode", "otp",
    "otp_hash", "secret", "activation_code", "activation_codes", "matching_id",
    "id_number", "ID_NUMBER", "idNumber", "document_number", "number", "passport_number",
    "hkid", "mrz", "verification_code",
]  # fmt: skip
HARMLESS_KEYS = [
    "store_code", "reason_code", "failure_code", "carrier_code", "application_number",
    "receipt_number", "tracking_number", "method", "passed", "item", "failure",
    "hkid_masked", "id_masked", "number_masked", "opinion", "spinner", "decoder",
]  # fmt: skip


@pytest.mark.parametrize("key", SECRET_KEYS)
def test_secret_keys_are_refused_anywhere(key: str) -> None:
    assert is_secret_key(key)
    for details in ({key: "x"}, {"check": {key: "x"}}, {"checks": [{"ok": 1}, {key: 1}]}):
        with pytest.raises(Refusal) as refused:
            seal(entry(1, **details), GENESIS)
        assert refused.value.code == "audit_secret"
        assert refused.value.values["key"].endswith(key)


@pytest.mark.parametrize("key", HARMLESS_KEYS)
def test_harmless_keys_pass(key: str) -> None:
    assert not is_secret_key(key)
    check_details({key: "ok"})


@pytest.mark.parametrize(
    "value",
    ["A123456(3)", "a1234563", "11010519491231002X", "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT"],
)
def test_values_that_are_id_numbers_or_activation_codes_are_refused(value: str) -> None:
    with pytest.raises(Refusal) as refused:
        check_details({"note": value})
    assert refused.value.code == "audit_secret_value"
    check_details({"note": "A123***(3)"})  # the masked form is fine
    check_details({"note": "110105********002X"})


@pytest.mark.parametrize(
    ("value", "kind"),
    [(1.5, "float"), (float("nan"), "float"), (b"x", "bytes"), ({1, 2}, "set"), (2**53 + 1, "int")],
)
def test_only_plain_json(value: object, kind: str) -> None:
    with pytest.raises(Refusal) as refused:
        check_details({"x": [value]})
    assert (refused.value.code, refused.value.values["type"]) == ("audit_value", kind)
    with pytest.raises(Refusal):
        canonical_bytes(entry(1, x=value))
    check_details({"x": [2**53, -(2**53), True, None, "s", {"y": []}]})


def test_non_text_keys_are_refused() -> None:
    with pytest.raises(Refusal) as refused:
        check_details({1: "x"})  # type: ignore[dict-item]
    assert refused.value.code == "audit_value"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "b", "状态", "item"]), inner, max_size=3)
    ),
    max_leaves=8,
)


@FAST
@given(
    st.lists(
        st.dictionaries(st.sampled_from(["to", "why", "n"]), json_values), min_size=1, max_size=8
    ),
    st.data(),
)
def test_any_single_change_is_found(details: list[dict[str, object]], data: st.DataObject) -> None:
    entries = [replace(entry(i + 1), details=d) for i, d in enumerate(details)]
    try:
        sealed = seal_all(entries)
    except Refusal:
        return  # generated text happened to read as an ID number
    assert verify_chain(sealed) is None
    # the stored form survives a round trip through JSON text (as a database keeps it)
    for s in sealed:
        again = replace(s.entry, details=json.loads(json.dumps(s.entry.details)))
        assert canonical_bytes(again) == canonical_bytes(s.entry)
    i = data.draw(st.integers(0, len(sealed) - 1))
    new = data.draw(st.dictionaries(st.sampled_from(["to", "why", "n"]), json_values))
    if new == sealed[i].entry.details:
        return
    tampered = list(sealed)
    tampered[i] = SealedEntry(replace(sealed[i].entry, details=new), sealed[i].hash)
    assert verify_chain(tampered) == i
