"""Head office's enrolment: stores, one-time tokens, counters, revocation, and the
strict checking of POST /v1/enrol (a malformed request is a 422, never a 500)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update

from desk.cli import main
from desk.hq import schema
from desk.hq.auth import caller_for
from desk.hq.db import now


def hq(capsys, hq_dir, *args: str) -> tuple[int, str, str]:
    code = main(["hq", *args, "--data-dir", str(hq_dir), "--url", "http://hq.test:8740"])
    out, err = capsys.readouterr()
    return code, out, err


def hq_plain(capsys, hq_dir, *args: str) -> tuple[int, str, str]:
    code = main(["hq", *args, "--data-dir", str(hq_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def token_from(out: str) -> str:
    line = next(ln for ln in out.splitlines() if ln.strip().startswith("desk enroll "))
    url, token = line.split()[2:4]
    assert url == "http://hq.test:8740"
    return token


def add_store(capsys, hq_dir, code="HK01", name="Mong Kok") -> str:
    status, out, err = hq(capsys, hq_dir, "add-store", code, name)
    assert status == 0, err
    return token_from(out)


def new_token(capsys, hq_dir, code="HK01") -> str:
    status, out, err = hq(capsys, hq_dir, "enrol-token", code)
    assert status == 0, err
    return token_from(out)


def body(token: str, **changes) -> dict:
    request = {
        "token": token,
        "counter": 1,
        "store_code": "HK01",
        "local_store_id": str(uuid.uuid4()),
        "app_version": "0.1.0",
    }
    request.update(changes)
    return request


def post(url: str, json) -> httpx.Response:
    return httpx.post(f"{url}/v1/enrol", json=json, timeout=10)


def test_add_store_prints_a_token_and_the_line_to_type(capsys, hq_dir, hq_engine):
    status, out, _ = hq(capsys, hq_dir, "add-store", "hk01", "Mong Kok  Store")
    assert status == 0
    assert "Store HK01 (Mong Kok Store) added" in out
    token = token_from(out)
    with hq_engine.connect() as conn:
        stored = conn.execute(select(schema.enrol_token.c.token_sha256)).scalars().all()
        keys = conn.execute(select(schema.chain_key.c.key_id)).scalars().all()
    assert len(stored) == 1 and stored[0] != token and len(stored[0]) == 64
    assert len(keys) == 1 and uuid.UUID(keys[0])


def test_a_duplicate_or_malformed_store_code_is_refused_in_one_line(capsys, hq_dir, hq_engine):
    add_store(capsys, hq_dir)
    status, out, err = hq(capsys, hq_dir, "add-store", "hk01", "Another")
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "already has a store HK01 (Mong Kok)" in err
    for bad in ("H", "HK-01", "ABCDEFGHI", "港01"):
        status, _, err = hq(capsys, hq_dir, "add-store", bad, "X")
        assert status == 1 and "2 to 8 letters or digits" in err and err.count("\n") == 1
    status, _, err = hq(capsys, hq_dir, "enrol-token", "KL02")
    assert status == 1 and "no store KL02" in err


def test_the_default_url_is_this_computer(capsys, hq_dir, hq_engine, monkeypatch):
    monkeypatch.delenv("DESK_HQ_URL", raising=False)
    status, out, _ = hq_plain(capsys, hq_dir, "add-store", "HK01", "Mong Kok")
    assert status == 0 and ":8740 " in out
    monkeypatch.setenv("DESK_HQ_URL", "https://hq.chain.example/")
    status, out, _ = hq_plain(capsys, hq_dir, "enrol-token", "HK01")
    assert "desk enroll https://hq.chain.example " in out


def test_one_chain_key_for_every_store(capsys, hq_dir, hq_engine, hq_url):
    one = post(hq_url, body(add_store(capsys, hq_dir, "HK01"))).json()
    two = post(hq_url, body(add_store(capsys, hq_dir, "KL02"), store_code="KL02")).json()
    assert one["chain_key"] == two["chain_key"]
    assert one["store"]["code"] == "HK01" and two["store"]["code"] == "KL02"
    assert one["credential"] != two["credential"]


def test_enrol_answers_a_credential_head_office_knows(capsys, hq_dir, hq_engine, hq_url):
    token = add_store(capsys, hq_dir)
    local = uuid.uuid4()
    reply = post(hq_url, body(token, counter=3, store_code="hk01", local_store_id=str(local)))
    assert reply.status_code == 200, reply.text
    answer = reply.json()
    assert answer["counter"] == 3 and answer["store"]["name"] == "Mong Kok"
    assert set(answer["chain_key"]) == {"key_id", "key"}
    with hq_engine.connect() as conn:
        caller = caller_for(conn, answer["credential"])
        row = conn.execute(select(schema.counter)).one()
    assert caller is not None
    assert (caller.store_code, caller.counter, caller.local_store_id) == ("HK01", 3, local)
    assert row.app_version == "0.1.0" and row.credential_sha256 != answer["credential"]
    raw = (hq_dir / "hq.sqlite3").read_bytes() + _wal(hq_dir)
    assert token.encode() not in raw and answer["credential"].encode() not in raw


def _wal(hq_dir) -> bytes:
    wal = hq_dir / "hq.sqlite3-wal"
    return wal.read_bytes() if wal.exists() else b""


def test_a_token_serves_once(capsys, hq_dir, hq_engine, hq_url):
    token = add_store(capsys, hq_dir)
    assert post(hq_url, body(token)).status_code == 200
    again = post(hq_url, body(token, counter=2))
    assert again.status_code == 403
    assert again.json() == {
        "error": "token_used",
        "message": "This enrolment token was used already: ask head office for a new one.",
    }
    unknown = post(hq_url, body("x" * 43, counter=2))
    assert unknown.status_code == 401 and unknown.json()["error"] == "unknown_token"


def test_a_token_expires_after_seven_days(capsys, hq_dir, hq_engine, hq_url):
    token = add_store(capsys, hq_dir)
    with hq_engine.begin() as conn:
        conn.execute(
            update(schema.enrol_token).values(created_at=now() - timedelta(days=7, minutes=1))
        )
    reply = post(hq_url, body(token))
    assert reply.status_code == 403 and "expired" in reply.json()["message"]


def test_a_token_of_another_store_is_refused_with_both_codes(capsys, hq_dir, hq_engine, hq_url):
    add_store(capsys, hq_dir, "HK01")
    token = add_store(capsys, hq_dir, "KL02", "Kowloon")
    reply = post(hq_url, body(token, store_code="HK01"))
    assert reply.status_code == 409
    assert reply.json()["message"] == "This token is for store KL02, this Desk is store HK01."
    assert post(hq_url, body(token, store_code="KL02")).status_code == 200  # not used up


def test_a_second_desk_as_the_same_counter_is_refused_until_revoked(
    capsys, hq_dir, hq_engine, hq_url
):
    first = post(hq_url, body(add_store(capsys, hq_dir), counter=2)).json()
    token = new_token(capsys, hq_dir)
    reply = post(hq_url, body(token, counter=2))  # another Desk: another local store id
    assert reply.status_code == 409
    assert reply.json()["message"] == (
        "Counter 2 of store HK01 is already enrolled; revoke it first with desk hq revoke HK01 2."
    )
    status, out, _ = hq_plain(capsys, hq_dir, "revoke", "hk01", "2")
    assert status == 0 and "Counter 2 of store HK01 revoked" in out
    with hq_engine.connect() as conn:
        assert caller_for(conn, first["credential"]) is None
    assert hq_plain(capsys, hq_dir, "revoke", "HK01", "2")[1].endswith("revoked already.\n")
    second = post(hq_url, body(token, counter=2))  # the same token: not used by the refusal
    assert second.status_code == 200
    with hq_engine.connect() as conn:
        assert caller_for(conn, second.json()["credential"]).counter == 2
        assert caller_for(conn, first["credential"]) is None


def test_the_same_desk_may_enrol_its_counter_again(capsys, hq_dir, hq_engine, hq_url):
    local = str(uuid.uuid4())
    first = post(hq_url, body(add_store(capsys, hq_dir), local_store_id=local)).json()
    second = post(hq_url, body(new_token(capsys, hq_dir), local_store_id=local)).json()
    with hq_engine.connect() as conn:
        assert caller_for(conn, first["credential"]) is None  # replaced
        assert caller_for(conn, second["credential"]).local_store_id == uuid.UUID(local)


def test_revoking_what_was_never_enrolled_is_refused(capsys, hq_dir, hq_engine):
    add_store(capsys, hq_dir)
    status, _, err = hq_plain(capsys, hq_dir, "revoke", "HK01", "4")
    assert status == 1 and "Counter 4 of store HK01 was never enrolled." in err
    status, _, err = hq_plain(capsys, hq_dir, "revoke", "HK01", "12")
    assert status == 1 and "1 to 9" in err


@pytest.mark.parametrize(
    "change",
    [
        {"counter": 0},
        {"counter": 10},
        {"counter": "1"},
        {"counter": 1.5},
        {"counter": None},
        {"local_store_id": "not-a-uuid"},
        {"local_store_id": 12},
        {"store_code": "H"},
        {"store_code": "HK 01"},
        {"store_code": "x" * 10_000},
        {"token": "short"},
        {"token": "y" * 201},
        {"token": "with spaces and more than sixteen"},
        {"token": ["list"]},
        {"app_version": "9" * 33},
    ],
)
def test_a_malformed_request_is_a_422_in_words(capsys, hq_dir, hq_engine, hq_url, change):
    request = body(add_store(capsys, hq_dir))
    request.update(change)
    reply = post(hq_url, request)
    assert reply.status_code == 422
    assert reply.json()["error"] == "malformed"
    assert reply.json()["message"].startswith("The request is malformed: ")


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b"null", b'{"token": 1}', b"\xff\xfe"])
def test_a_body_that_is_not_the_request_is_a_4xx(hq_url, content):
    reply = httpx.post(
        f"{hq_url}/v1/enrol",
        content=content,
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert 400 <= reply.status_code < 500
    assert "message" in reply.json()


def test_nothing_is_needed_but_the_token(capsys, hq_dir, hq_engine, hq_url):
    reply = httpx.post(
        f"{hq_url}/v1/enrol",
        json=body(add_store(capsys, hq_dir)),
        headers={"Authorization": "Bearer nonsense"},
        timeout=10,
    )
    assert reply.status_code == 200
