"""Head office's reference data: ``desk hq publish`` and ``GET /v1/reference`` on a real
HTTP server, and a store pulling from it."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from sqlalchemy import func, select

from desk.cli import main
from desk.hq import schema
from desk.hq.db import make_engine, now, sha256_hex, upgrade, url_for
from desk.hq.reference import publish
from desk.services.counter_reference import counter_reference
from desk.sync.reference import default_snapshot, pull_reference
from tests.hq.server import running_hq

SECRET = "a-store-credential-for-the-tests"


@pytest.fixture
def engine(tmp_path):
    engine = make_engine(url_for(None, tmp_path))
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def credential(engine) -> str:
    """A counter's credential, written as enrolment would (enrolment is its own issue)."""
    store_id = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(
            schema.store.insert().values(
                store_id=store_id, code="HK01", name="Test Store", created_at=now()
            )
        )
        conn.execute(
            schema.counter.insert().values(
                store_id=store_id,
                counter=1,
                credential_sha256=sha256_hex(SECRET),
                local_store_id=uuid.uuid4(),
                enrolled_at=now(),
            )
        )
    return SECRET


def published(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.reference)).scalar_one()


# --- desk hq publish -----------------------------------------------------------------


def test_publish_stores_each_file_as_the_next_version(tmp_path, engine, capsys):
    snapshot = tmp_path / "reference.json"
    snapshot.write_text(json.dumps(default_snapshot().body(), ensure_ascii=False))
    for version in (1, 2):
        assert main(["hq", "publish", str(snapshot), "--data-dir", str(tmp_path)]) == 0
        assert f"Reference version {version} published" in capsys.readouterr().out
    assert published(engine) == 2


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not JSON (line 1, column 2)"),
        ("[]", "reference.json: snapshot: should be an object"),
        ("BROKEN_FEE", "reference.json: fees.entries[0]: line 1: amount_minor should be 0 to"),
        ("UNKNOWN_CARRIER", "reference.json: products[0].carrier: no carrier has the code 'XX'"),
    ],
)
def test_publish_refuses_a_bad_file_in_one_line_and_stores_nothing(
    tmp_path, engine, capsys, content, problem
):
    body = default_snapshot().body()
    if content == "BROKEN_FEE":
        body["fees"]["entries"][0]["lines"][0]["amount_minor"] = -1
        content = json.dumps(body)
    elif content == "UNKNOWN_CARRIER":
        body["products"][0]["carrier"] = "XX"
        content = json.dumps(body)
    snapshot = tmp_path / "reference.json"
    snapshot.write_text(content)
    assert main(["hq", "publish", str(snapshot), "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and problem in err, err
    assert published(engine) == 0


def test_publish_of_a_missing_file_says_so(tmp_path, engine, capsys):
    assert main(["hq", "publish", str(tmp_path / "nope.json"), "--data-dir", str(tmp_path)]) == 1
    assert "no such file" in capsys.readouterr().err


# --- GET /v1/reference ---------------------------------------------------------------


def test_a_store_gets_the_newest_version_over_http(engine, credential):
    auth = {"Authorization": f"Bearer {credential}"}
    with running_hq(engine) as base:
        nothing = httpx.get(f"{base}/v1/reference", params={"have": 0}, headers=auth)
        assert nothing.status_code == 204
        publish(engine, default_snapshot().body())
        done = publish(engine, default_snapshot().body())
        got = httpx.get(f"{base}/v1/reference", params={"have": 0}, headers=auth)
        assert got.status_code == 200
        answer = got.json()
        assert answer["version"] == done.version == 2
        assert answer["sha256"] == done.sha256 and answer["body"] == done.body
        same = httpx.get(f"{base}/v1/reference", params={"have": 2}, headers=auth)
        assert same.json() == {"version": 2, "unchanged": True}

        refused = httpx.get(f"{base}/v1/reference", params={"have": 0})
        assert refused.status_code == 401 and refused.json()["error"] == "no_credential"
        wrong = httpx.get(
            f"{base}/v1/reference", headers={"Authorization": "Bearer not-a-credential"}
        )
        assert wrong.status_code == 401 and wrong.json()["error"] == "bad_credential"
        negative = httpx.get(f"{base}/v1/reference", params={"have": -1}, headers=auth)
        assert negative.status_code == 422
        # No route writes reference data: a store cannot publish.
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            tried = httpx.request(method, f"{base}/v1/reference", headers=auth, json={})
            assert tried.status_code == 405, method
    assert published(engine) == 2


def test_no_route_of_head_office_writes_reference_data(engine):
    from desk.hq.api import create_app

    app = create_app(engine)
    for route in app.routes:
        if "reference" in getattr(route, "path", ""):
            assert getattr(route, "methods", set()) <= {"GET", "HEAD"}, route


def test_a_store_pulls_and_applies_what_head_office_published(store, engine, credential):
    body = default_snapshot().body()
    body["carriers"] = [c for c in body["carriers"] if c["code"] in ("CMHK", "CSL")]
    body["products"] = [p for p in body["products"] if p["carrier"] in ("CMHK", "CSL")]
    body["fees"]["entries"] = [e for e in body["fees"]["entries"] if e["carrier"] == "CMHK"]
    body["tenders"] = ["cash", "alipay"]
    publish(engine, body)
    with running_hq(engine) as base, httpx.Client(base_url=base) as client:

        def get(have: int):
            answer = client.get(
                "/v1/reference",
                params={"have": have},
                headers={"Authorization": f"Bearer {credential}"},
            )
            answer.raise_for_status()
            return None if answer.status_code == 204 else answer.json()

        assert pull_reference(store.db, get) == 1
        assert pull_reference(store.db, get) is None  # nothing newer
    reference = counter_reference(store.db, ("cash",))
    assert reference.version == 1 and reference.tenders == ("cash", "alipay")
    assert {e.carrier for e in reference.fees.entries} == {"CMHK"}
