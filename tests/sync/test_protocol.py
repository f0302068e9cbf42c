"""The push protocol against a real head office (HTTP, PostgreSQL and the SQLite trial):
exactly once, whatever arrives twice, late, cut short, altered, or for another store."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from desk.hq import schema
from desk.services.stores import open_database
from desk.sync import client, outbox
from desk.sync.protocol import BODY_HASH_HEADER, body_hash
from tests.hq.server import running_hq
from tests.sync.chain import (
    busy_store,
    chain_view,
    hq_count,
    hq_rows,
    store_rows,
    totals_match,
)


def _body(epoch: int, batch: outbox.Batch) -> bytes:
    return batch.body(epoch)


def _post(url: str, credential: str, body: bytes, digest: str | None = None) -> httpx.Response:
    return httpx.post(
        url + "/v1/batches",
        content=body,
        headers={
            "Authorization": f"Bearer {credential}",
            BODY_HASH_HEADER: digest or body_hash(body),
            "Content-Type": "application/json",
        },
    )


def _cursor(engine, store) -> int:
    c = schema.cursor
    with engine.connect() as conn:
        return int(
            conn.execute(
                select(c.c.last_seq).where(c.c.store_id == store.hq_id).order_by(c.c.epoch.desc())
            )
            .scalars()
            .first()
        )


def _opened(store, url):
    """Handshake done (the epoch opened, the outbox filled); returns (epoch, cursor, db)."""
    db = open_database(store.paths)
    hq = client._Hq(store.endpoint(url), 10)
    cursor, epoch = client._handshake(db, hq, client.SyncReport())
    hq.close()
    return epoch, cursor, db


def _batches(db, after: int, size: int) -> list[outbox.Batch]:
    out = []
    with db.read() as s:
        while (batch := outbox.read_batch(s, after, max_rows=size)) is not None:
            out.append(batch)
            after = batch.last
    return out


def test_a_store_syncs_exactly_once_and_an_empty_sync_sends_nothing(tmp_path, hq_engine):
    store = busy_store(tmp_path / "a", hq_engine, "HK01", seed=1, days=2, cases=60)
    with running_hq(hq_engine) as url:
        first = store.sync(url)
        assert first.ok, first.error
        assert first.new_epoch and first.pushed > 500
        assert hq_rows(hq_engine, store) == store_rows(store.paths)
        assert totals_match(hq_engine, store)
        again = store.sync(url)
    assert again.ok and again.pushed == 0 and not again.new_epoch and not again.mismatched_days


def test_batches_replayed_late_and_out_of_order_apply_once(tmp_path, hq_engine):
    store = busy_store(tmp_path / "a", hq_engine, "HK01", seed=2, days=1, cases=40)
    with running_hq(hq_engine) as url:
        epoch, cursor, db = _opened(store, url)
        try:
            batches = _batches(db, cursor, 300)
        finally:
            db.close()
        assert len(batches) >= 4
        bodies = [_body(epoch, b) for b in batches]
        # The second before the first: a gap, refused, nothing applied.
        late = _post(url, store.credential, bodies[1])
        assert late.status_code == 409 and late.json()["error"] == "gap"
        assert late.json()["cursor"] == cursor and hq_count(hq_engine) == 0
        assert _post(url, store.credential, bodies[0]).json() == {"cursor": batches[0].last}
        rows_after_first = hq_count(hq_engine)
        # The first again (a lost answer): the same answer, nothing twice.
        assert _post(url, store.credential, bodies[0]).json() == {"cursor": batches[0].last}
        assert hq_count(hq_engine) == rows_after_first
        for body in bodies[1:]:
            assert _post(url, store.credential, body).status_code == 200
        # Every batch once more, in reverse: no change.
        for body in reversed(bodies):
            assert _post(url, store.credential, body).status_code == 200
        assert _cursor(hq_engine, store) == batches[-1].last
        assert hq_rows(hq_engine, store) == store_rows(store.paths)
        # The store's own sync then finds nothing left but its acknowledgement.
        report = store.sync(url)
    assert report.ok and report.pushed == 0 and not report.mismatched_days


def test_a_batch_cut_short_or_altered_is_refused_with_nothing_applied(tmp_path, hq_engine):
    store = busy_store(tmp_path / "a", hq_engine, "HK01", seed=1, days=1, cases=20)
    with running_hq(hq_engine) as url:
        epoch, cursor, db = _opened(store, url)
        try:
            batch = _batches(db, cursor, 100)[0]
        finally:
            db.close()
        body = _body(epoch, batch)
        digest = body_hash(body)
        cut = _post(url, store.credential, body[: len(body) // 2], digest)
        assert cut.status_code == 400 and cut.json()["error"] == "hash_mismatch"
        altered = body.replace(b'"op":"u"', b'"op":"d"', 1)
        assert altered != body
        changed = _post(url, store.credential, altered, digest)
        assert changed.status_code == 400 and "nothing was applied" in changed.json()["message"]
        # Cut short with a hash to match: not JSON, refused in words.
        half = body[: len(body) // 2]
        malformed = _post(url, store.credential, half)
        assert malformed.status_code == 422 and malformed.json()["error"] == "malformed"
        assert hq_count(hq_engine) == 0 and _cursor(hq_engine, store) == cursor
        assert _post(url, store.credential, body).status_code == 200


def test_a_store_cannot_push_or_read_another_stores_rows(tmp_path, hq_engine):
    a = busy_store(tmp_path / "a", hq_engine, "HK01", seed=1, days=1, cases=20)
    b = busy_store(tmp_path / "b", hq_engine, "HK02", seed=2, days=1, cases=20)
    with running_hq(hq_engine) as url:
        assert b.sync(url).ok
        b_rows = hq_rows(hq_engine, b)
        epoch, cursor, db = _opened(a, url)
        try:
            batch = _batches(db, cursor, 2000)[0]
        finally:
            db.close()
        # Store A's credential, store B's id in a row: the whole batch is refused.
        forged = [dict(r) for r in batch.rows]
        victim = next(i for i, r in enumerate(forged) if r["row"].get("store_id"))
        table = forged[victim]["t"]
        forged[victim] = {
            **forged[victim],
            "row": {**forged[victim]["row"], "store_id": b.local_id.hex},
        }
        answer = _post(
            url,
            a.credential,
            _body(
                epoch,
                batch.__class__(
                    batch.after, batch.first, batch.last, batch.last_key, forged, batch.size
                ),
            ),
        )
        assert answer.status_code == 403 and answer.json()["error"] == "other_store"
        assert hq_rows(hq_engine, a) == set()
        # Rows of B's ids pushed with A's credential land under A, never over B's.
        b_payment = next(iter(sorted(r for r in b_rows if r[0] == table)))
        hijack = dict(forged[victim])
        hijack["row"] = {**hijack["row"], "store_id": a.local_id.hex, "id": b_payment[1]}
        hijack["id"] = b_payment[1]
        forged[victim] = hijack
        assert (
            _post(
                url,
                a.credential,
                _body(
                    epoch,
                    batch.__class__(
                        batch.after, batch.first, batch.last, batch.last_key, forged, batch.size
                    ),
                ),
            ).status_code
            == 200
        )
        assert hq_rows(hq_engine, b) == b_rows
        # A reads only its own rows back.
        own = httpx.get(
            url + "/v1/rows",
            params={"limit": 5000},
            headers={"Authorization": f"Bearer {a.credential}"},
        ).json()["rows"]
        assert own and {r["id"] for r in own}.isdisjoint({i for _t, i in b_rows} - {b_payment[1]})
        assert all(r["row"].get("store_id") in (None, a.local_id.hex) for r in own)
        # No credential, or a made-up one: refused in words.
        nobody = httpx.get(url + "/v1/totals")
        assert nobody.status_code == 401 and nobody.json()["message"]
        wrong = httpx.get(url + "/v1/totals", headers={"Authorization": "Bearer nonsense"})
        assert wrong.status_code == 401 and "enrol again" in wrong.json()["message"]


@pytest.mark.parametrize("hq_engine", ["sqlite"], indirect=True)
def test_head_office_unreachable_is_an_error_in_words_and_nothing_is_lost(tmp_path, hq_engine):
    store = busy_store(tmp_path / "a", hq_engine, "HK01", seed=2, days=1, cases=10)
    report = store.sync("http://127.0.0.1:9")  # nothing listens there
    assert not report.ok and "cannot be reached" in (report.error or "")
    db = open_database(store.paths)
    try:
        with db.read() as s:
            state = client._state(s)
            assert state.last_error == report.error and state.last_good_at is None
    finally:
        db.close()
    with running_hq(hq_engine) as url:
        assert store.sync(url).ok
    assert hq_rows(hq_engine, store) == store_rows(store.paths)


@pytest.mark.parametrize("hq_engine", ["postgresql"], indirect=True)
def test_a_publish_during_store_syncs_leaves_every_store_on_the_same_version(tmp_path, hq_engine):
    import threading

    from desk.hq.reference import publish
    from desk.sync.reference import applied_version
    from desk.sync.reference_build import default_snapshot

    stores = [
        busy_store(tmp_path / code, hq_engine, code, seed=1 + n, days=1, cases=60)
        for n, code in enumerate(("HK01", "HK02", "HK03"))
    ]
    snapshot = default_snapshot().body()
    with running_hq(hq_engine) as url:
        threads = [threading.Thread(target=st.sync, args=(url,)) for st in stores]
        for t in threads:
            t.start()
        publish(hq_engine, snapshot)  # while the stores sync
        for t in threads:
            t.join(120)
        for st in stores:
            assert st.sync(url).ok
            assert chain_view(hq_engine, st) == store_rows(st.paths)
            assert totals_match(hq_engine, st)
    versions = set()
    for st in stores:
        db = open_database(st.paths)
        try:
            versions.add(applied_version(db))
        finally:
            db.close()
    assert len(versions) == 1 and versions.pop() >= 1
