"""Adding a customer checks every identifier and leaves nothing half-written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from desk.core.identifiers import InvalidIdentifier
from desk.services.customer_card import customer_card, mask_email
from desk.services.customers import NewDocument, NewLine, add_customer
from desk.store.models import Customer, DocumentKind, IdentityDocument


def count(store, model):
    with store.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_wrong_identifier_leaves_nothing_behind(store):
    before = count(store, Customer), count(store, IdentityDocument)
    with pytest.raises(InvalidIdentifier) as e:
        add_customer(
            store.db,
            store.cipher,
            name_en="Half WRITTEN",
            documents=[NewDocument(DocumentKind.HKID, "A123456(3)")],
            lines=[NewLine("5999 1234", "CMHK-DATA", iccid="89014103211118510721")],
        )
    assert e.value.kind == "iccid" and e.value.code == "check_digit"
    assert (count(store, Customer), count(store, IdentityDocument)) == before
    with store.db.read() as s:
        hits = s.execute(
            text("SELECT count(*) FROM customer_search WHERE customer_search MATCH 'half'")
        )
        assert hits.scalar() == 0


def test_the_number_is_stored_only_sealed(store):
    with store.db.read() as s:
        doc = s.scalars(
            select(IdentityDocument).where(IdentityDocument.number_masked == "A123***(3)")
        ).one()
    assert b"123456" not in doc.number_encrypted
    assert store.cipher.decrypt("hkid", doc.number_encrypted) == "A123456(3)"
    assert doc.key_id == store.cipher.key_id


def test_customer_card(store):
    card = customer_card(store.db, store.customers["chan"])
    assert (card.name_zh, card.name_en) == ("陳大文", "CHAN Tai Man")
    assert card.contact_phone_masked == "+852 5123 ****"
    assert card.contact_email_masked == "t***@example.com"
    assert [d.masked for d in card.documents] == ["A123***(3)"]
    assert [(ln.msisdn, ln.product_en, ln.sim_change_lock) for ln in card.lines] == [
        ("+85251234567", "HK data card", False),
        ("+85261230001", "Number-keeping card (purple)", True),
    ]
    assert card.cases == ()


def test_mask_email():
    assert mask_email("taiman@example.com") == "t***@example.com"
    assert mask_email("nonsense") == "n***"
