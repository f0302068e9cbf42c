"""Moving a store's ID numbers to the chain's key, in one write transaction.

At enrolment (:mod:`desk.sync.enrolment`) a store that worked on its own has every ID
number sealed and hashed under its own key. Head office hands it the chain's key; this
re-seals every ``identity_document.number_encrypted``, recomputes ``number_hash`` and
``key_id``, and records the chain's key as the ID key (``id_key_id``) and the store's
own as ``own_key_id`` — all in the same transaction. The chain's key must already be
kept (keyring or ``chain.key``) when this runs: a crash before the commit leaves the old
key in use and every row under it; after it, every row under the new one.

What stays under the store's own key, untouched: staff PIN hashes (the pepper; they
cannot be recomputed without the PINs), one-time codes (derived keys) and eSIM
activation codes (``IdCipher.seal``), which are the store's alone.

``verification.document_hash`` is the hash of the number a clerk typed in a *failed*
ID check; the number itself is not kept, so it cannot be recomputed. Where it equals
the hash of a document the store holds (the usual case: the right person's document,
a wrong photo or name), it is moved to that document's new hash, so the SIM-swap
guard still counts the failure. A failure whose typed number matched no document is
left under the old key: it no longer counts towards any document's failed-attempt
lock (those locks look back 24 hours, so little is lost).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Table, bindparam, select, update
from sqlalchemy.orm import Session

from desk.core.errors import DeskError
from desk.core.staff import StoreInfo
from desk.services import audit
from desk.services.stores import KEY_CHECK, KEY_ID, OWN_KEY_CHECK, OWN_KEY_ID
from desk.store.case_models import Verification
from desk.store.db import Database
from desk.store.keys import IdCipher
from desk.store.models import IdentityDocument, LocalSetting


@dataclass(frozen=True)
class Rekeyed:
    documents: int  # ID documents re-sealed under the chain's key
    failed_checks: int  # failed checks' hashes moved with their document


def adopt_chain_key(
    db: Database,
    store: StoreInfo,
    cipher: IdCipher,
    chain: IdCipher,
    *,
    head_office: str,
    counter: int,
    before_commit: Callable[[Session], None] | None = None,
) -> Rekeyed:
    """ID numbers under ``chain``'s key from now on; ``cipher`` is the store's current one.

    ``before_commit`` runs last inside the transaction (the enrolment's tests use it to
    fail there). Run again once done, it re-seals nothing (and says so in the
    audit trail).
    """
    known = {cipher.key_id: cipher, cipher.own_key_id: cipher.own_only()}
    with db.write() as s:
        rows = s.execute(
            select(
                IdentityDocument.id,
                IdentityDocument.kind,
                IdentityDocument.number_encrypted,
                IdentityDocument.number_hash,
                IdentityDocument.key_id,
            )
        ).all()
        changes: list[dict[str, object]] = []
        moves: dict[bytes, bytes] = {}
        for row in rows:
            if row.key_id == chain.key_id:
                continue
            old = known.get(row.key_id)
            if old is None:
                raise DeskError(
                    "unknown_key",
                    f"An ID document is sealed with a key this Desk does not hold "
                    f"({row.key_id}): nothing was changed. Ask your support.",
                )
            kind = row.kind.value
            number = old.decrypt(kind, row.number_encrypted)
            new_hash = chain.hash(kind, number)
            changes.append(
                {
                    "id": row.id,
                    "number_encrypted": chain.encrypt(kind, number),
                    "number_hash": new_hash,
                    "key_id": chain.key_id,
                }
            )
            moves[row.number_hash] = new_hash
        if changes:
            s.execute(update(IdentityDocument), changes)
        moved = 0
        if moves:
            v = cast(Table, Verification.__table__)
            result = s.execute(
                update(v)
                .where(v.c.document_hash == bindparam("old_hash"))
                .values(document_hash=bindparam("new_hash")),
                [{"old_hash": a, "new_hash": b} for a, b in moves.items()],
            )
            moved = max(cast("CursorResult[Any]", result).rowcount or 0, 0)
        own_id = cipher.own_key_id
        for key, value in (
            (KEY_ID, chain.key_id),
            (KEY_CHECK, chain.check_value()),
            (OWN_KEY_ID, own_id),
            (OWN_KEY_CHECK, cipher.own_check_value()),
        ):
            s.merge(LocalSetting(key=key, value=value))
        audit.record(
            s,
            store_code=store.code,
            staff_id=None,
            action="store.enrolled",
            subject=f"store:{store.id}",
            details={
                "head_office": head_office,
                "counter": counter,
                "documents_resealed": len(changes),
                "failed_checks_moved": moved,
            },
        )
        if before_commit is not None:
            before_commit(s)
    return Rekeyed(len(changes), moved)
