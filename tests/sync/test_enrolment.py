"""A store's Desk enrols with head office (``desk enroll URL TOKEN``): its ID numbers
move to the chain's key in one transaction, staff PINs keep working, the secrets stay
out of the database, and a failure or a crash at any step leaves a store that opens
and finds every customer."""

from __future__ import annotations

import base64
import os
import signal
import stat
import subprocess
import sys
import uuid

import pytest
from sqlalchemy import select, update

from desk.cli import main
from desk.config import Paths
from desk.core.cases import CaseReason
from desk.core.enums import DocumentKind
from desk.core.errors import DeskError
from desk.hq import enrolment as hq
from desk.hq.auth import caller_for
from desk.services import auth, case_checks, case_intake
from desk.services.lookup import search
from desk.services.stores import id_cipher, open_database
from desk.store.case_models import Verification
from desk.store.models import IdentityDocument, Store
from desk.sync.enrolment import enrol, load_enrolment
from tests import factories
from tests.factories import CLERK_PIN, SUPERVISOR_PIN, WONG_HKID, make_store
from tests.processes import ROOT
from tests.services.case_helpers import CHAN_LINE, counter_for, line_of

ID_NUMBERS = {
    "chan": "A123456(3)",
    "chen": "11010519491231002X",
    "anna": "L898902C3",
    "wong": WONG_HKID,
}


def token_for(engine, code: str = "HK01") -> str:
    try:
        return hq.add_store(engine, code, f"Store {code}")[1]
    except DeskError:
        return hq.enrol_token(engine, code)[1]


def enroll(
    capsys, store: factories.TestStore, url: str, token: str, *more: str
) -> tuple[int, str, str]:
    code = main(["enroll", url, token, *more, "--data-dir", str(store.paths.data_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def found(paths: Paths) -> dict[str, set[uuid.UUID]]:
    """Who a fresh Desk on ``paths`` finds by each ID number (as the lookup does)."""
    db = open_database(paths)
    try:
        cipher = id_cipher(db, paths)
        return {
            name: {row.id for row in search(db, cipher, number).rows if row.matched_by == "id"}
            for name, number in ID_NUMBERS.items()
        }
    finally:
        db.close()


def everyone(store: factories.TestStore) -> dict[str, set[uuid.UUID]]:
    return {name: {store.customers[name]} for name in ID_NUMBERS}


def key_ids(store: factories.TestStore) -> set[str]:
    with store.db.read() as s:
        return set(s.scalars(select(IdentityDocument.key_id)))


def fresh_cipher(paths: Paths):
    db = open_database(paths)
    try:
        return id_cipher(db, paths)
    finally:
        db.close()


def test_a_store_with_customers_enrols_and_finds_them_all(capsys, store, hq_engine, hq_url):
    own = store.cipher
    assert found(store.paths) == everyone(store)
    code, out, err = enroll(capsys, store, hq_url + "/", token_for(hq_engine))
    assert code == 0, err
    assert "counter 1 of store HK01" in out
    cipher = fresh_cipher(store.paths)
    assert cipher.key_id != own.key_id and cipher.own_key_id == own.key_id
    assert key_ids(store) == {cipher.key_id}
    assert found(store.paths) == everyone(store)
    # What stays the store's own: the PIN pepper and one-time codes' keys.
    assert cipher.pin_pepper == own.pin_pepper
    assert cipher.derived_key("one-time code") == own.derived_key("one-time code")
    for member, pin in ((store.clerk, CLERK_PIN), (store.supervisor, SUPERVISOR_PIN)):
        assert auth.login(store.db, member.id, pin, pepper=cipher.pin_pepper).id == member.id
    enrolment = load_enrolment(store.paths)
    assert enrolment is not None
    assert (enrolment.url, enrolment.store_code, enrolment.counter) == (hq_url, "HK01", 1)
    with hq_engine.connect() as conn:
        caller = caller_for(conn, enrolment.credential)
    assert caller is not None and caller.store_id == enrolment.store_id
    assert caller.local_store_id == store.store.id


def test_secrets_stay_out_of_the_database_and_their_files_are_owner_only(
    capsys, store, hq_engine, hq_url
):
    assert enroll(capsys, store, hq_url, token_for(hq_engine))[0] == 0
    enrolment = load_enrolment(store.paths)
    with hq_engine.connect() as conn:
        key_b64 = conn.execute(select(hq.schema.chain_key.c.key_b64)).scalar_one()
    raw = b"".join(f.read_bytes() for f in store.paths.data_dir.glob("desk.sqlite3*"))
    for secret in (key_b64.encode(), base64.b64decode(key_b64), enrolment.credential.encode()):
        assert secret not in raw
    for f in (store.paths.chain_key_file, store.paths.credential_file, store.paths.enrolment):
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600
    assert enrolment.credential not in store.paths.enrolment.read_text()
    assert key_b64 in store.paths.chain_key_file.read_text()


def test_two_stores_on_the_chain_key_hash_an_id_number_alike(
    capsys, tmp_path, store, hq_engine, hq_url
):
    other = make_store(tmp_path / "other")
    with other.db.write() as s:
        s.execute(update(Store).values(code="KL02"))
    assert store.cipher.hash("hkid", "A123456(3)") != other.cipher.hash("hkid", "A123456(3)")
    assert enroll(capsys, store, hq_url, token_for(hq_engine, "HK01"))[0] == 0
    assert enroll(capsys, other, hq_url, token_for(hq_engine, "KL02"))[0] == 0

    def chan_hash(t: factories.TestStore) -> bytes:
        with t.db.read() as s:
            return s.scalar(
                select(IdentityDocument.number_hash).where(
                    IdentityDocument.customer_id == t.customers["chan"]
                )
            )

    assert chan_hash(store) == chan_hash(other)
    assert fresh_cipher(store.paths).pin_pepper != fresh_cipher(other.paths).pin_pepper


def test_enrolling_again_needs_again_and_replaces_the_credential(capsys, store, hq_engine, hq_url):
    assert enroll(capsys, store, hq_url, token_for(hq_engine))[0] == 0
    first = load_enrolment(store.paths)
    code, _, err = enroll(capsys, store, hq_url, token_for(hq_engine))
    assert code == 1 and err.count("\n") == 1
    assert "already enrolled with head office" in err and "--again" in err
    code, _, err = enroll(capsys, store, hq_url, token_for(hq_engine), "--again")
    assert code == 0, err
    second = load_enrolment(store.paths)
    assert second.credential != first.credential and second.store_id == first.store_id
    with hq_engine.connect() as conn:
        assert caller_for(conn, first.credential) is None
        assert caller_for(conn, second.credential) is not None
    assert found(store.paths) == everyone(store)


def test_a_token_of_another_store_is_refused_with_both_codes(capsys, store, hq_engine, hq_url):
    code, _, err = enroll(capsys, store, hq_url, token_for(hq_engine, "KL02"))
    assert code == 1
    assert err == "desk: This token is for store KL02, this Desk is store HK01.\n"
    assert load_enrolment(store.paths) is None and found(store.paths) == everyone(store)


def test_a_second_desk_as_the_same_counter_is_refused(capsys, tmp_path, store, hq_engine, hq_url):
    assert enroll(capsys, store, hq_url, token_for(hq_engine))[0] == 0
    twin = make_store(tmp_path / "twin")  # another Desk, also HK01, also counter 1
    code, _, err = enroll(capsys, twin, hq_url, token_for(hq_engine))
    assert code == 1
    assert "Counter 1 of store HK01 is already enrolled; revoke it first" in err
    assert key_ids(twin) == {twin.cipher.key_id}


def test_head_office_out_of_reach_is_one_line(capsys, store):
    code, _, err = enroll(capsys, store, "http://127.0.0.1:9", "t" * 43)
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("desk: Head office at http://127.0.0.1:9 cannot be reached: ")
    code, _, err = enroll(capsys, store, "ftp://hq.example", "t" * 43)
    assert code == 1 and "must be like http://" in err


def test_a_failure_inside_the_transaction_keeps_the_old_key(store, hq_engine, hq_url):
    own = store.cipher.key_id

    def fail(_session):
        raise RuntimeError("the disk said no")

    with pytest.raises(RuntimeError):
        enrol(store.paths, hq_url, token_for(hq_engine), before_commit=fail)
    assert store.paths.chain_key_file.exists()  # kept before the transaction
    assert fresh_cipher(store.paths).key_id == own and key_ids(store) == {own}
    assert found(store.paths) == everyone(store)
    assert load_enrolment(store.paths) is None
    # The same Desk finishes with a new token (head office knows its local store id).
    done = enrol(store.paths, hq_url, token_for(hq_engine))
    assert fresh_cipher(store.paths).key_id != own and found(store.paths) == everyone(store)
    assert load_enrolment(store.paths) == done


def test_failed_checks_follow_their_document_and_activation_codes_still_open(
    store, hq_engine, hq_url
):
    counter = counter_for(store)
    line = line_of(store, CHAN_LINE)
    case_id = case_intake.open_case(
        store.db, counter, store.clerk, line, CaseReason.DAMAGED
    ).case_id
    outcome = case_checks.check_id_document(
        store.db, counter, store.clerk, case_id, DocumentKind.HKID, WONG_HKID
    )
    assert outcome is not None
    sealed = store.cipher.seal("activation_code", "LPA:1$smdp.example$CODE")
    enrol(store.paths, hq_url, token_for(hq_engine))
    cipher = fresh_cipher(store.paths)
    with store.db.read() as s:
        hashes = set(s.scalars(select(Verification.document_hash)))
    assert cipher.hash("hkid", WONG_HKID) in hashes
    assert store.cipher.hash("hkid", WONG_HKID) not in hashes
    assert cipher.unseal("activation_code", sealed) == "LPA:1$smdp.example$CODE"


CHILD = """
import os, signal, sys
from pathlib import Path
os.environ["DESK_KEYRING"] = "off"
from desk.config import Paths
from desk.sync import enrolment
stage, data_dir, url, token = sys.argv[1:]
def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
if stage == "after_commit":
    enrolment._write_enrolment = die
    enrolment.enrol(Paths(Path(data_dir)), url, token)
else:
    enrolment.enrol(Paths(Path(data_dir)), url, token, before_commit=die)
print("not killed")
"""


@pytest.mark.parametrize("stage", ["in_transaction", "after_commit"])
def test_a_desk_killed_while_enrolling_opens_and_finds_everyone(store, hq_engine, hq_url, stage):
    own = store.cipher.key_id
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            stage,
            str(store.paths.data_dir),
            hq_url,
            token_for(hq_engine),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DESK_KEYRING": "off"},
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    cipher = fresh_cipher(store.paths)
    assert (cipher.key_id == own) == (stage == "in_transaction")
    assert key_ids(store) == {cipher.key_id}
    assert found(store.paths) == everyone(store)
    assert load_enrolment(store.paths) is None
    assert auth.login(store.db, store.clerk.id, CLERK_PIN, pepper=cipher.pin_pepper)
    enrol(store.paths, hq_url, token_for(hq_engine))  # finishes it
    assert load_enrolment(store.paths) is not None and found(store.paths) == everyone(store)


def test_an_enrolled_desk_syncs_with_its_credential(store, hq_engine, hq_url):
    from desk.sync.client import sync_once

    enrol(store.paths, hq_url, token_for(hq_engine))
    report = sync_once(store.paths)
    assert report.ok, report.error
    assert report.pushed > 0
    with hq_engine.connect() as conn:
        docs = conn.execute(
            select(hq.schema.row.c.row_id).where(hq.schema.row.c.tbl == "identity_document")
        ).all()
    assert len(docs) == len(ID_NUMBERS)
