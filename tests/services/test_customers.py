"""Adding a customer checks every identifier and leaves nothing half-written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from desk.core.identifiers import InvalidIdentifier
from desk.services.customer_card import customer_card, found_line, mask_email
from desk.services.customers import NewDocument, NewLine, add_customer
from desk.store.models import Customer, DocumentKind, IdentityDocument
from tests.factories import ICCIDS


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
    # the masking rule: his contact phone is his first line, shown in full like the line
    assert card.contact_phone_masked == "+85251234567" and card.contact_phone_is_line
    assert card.contact_email_masked == "t***@example.com"
    assert [d.masked for d in card.documents] == ["A123***(3)"]
    assert [(ln.msisdn, ln.product_en, ln.sim_change_lock) for ln in card.lines] == [
        ("+85251234567", "HK data card", False),
        ("+85261230001", "Number-keeping card (purple)", True),
    ]
    assert card.cases == ()
    assert [ln.card_tail for ln in card.lines] == ["…510720", f"…{ICCIDS[0][-6:]}"]
    assert [ln.carrier_zh_hant for ln in card.lines] == ["中國移動香港"] * 2
    assert card.lines[0].product_zh_hant == "香港數據卡"


def test_a_contact_phone_that_is_no_line_is_masked(store):
    with store.db.write() as s:
        s.get(Customer, store.customers["chan"]).contact_phone = "+85266110000"
    card = customer_card(store.db, store.customers["chan"])
    assert card.contact_phone_masked == "+852 6611 ****" and not card.contact_phone_is_line


def test_found_line_is_the_line_the_lookup_matched(store):
    lines = customer_card(store.db, store.customers["chan"]).lines
    assert found_line(lines, "phone", "6123 0001") == lines[1].id
    assert found_line(lines, "phone", "+852 5123-4567") == lines[0].id
    assert found_line(lines, "phone", "5123") == lines[0].id
    assert found_line(lines, "iccid", ICCIDS[0][-6:]) == lines[1].id
    assert found_line(lines, "iccid", "89014103211118510720") == lines[0].id
    assert found_line(lines, "name", "chan") is None
    assert found_line(lines, "id", "A123456(3)") is None


def test_mask_email():
    assert mask_email("taiman@example.com") == "t***@example.com"
    assert mask_email("nonsense") == "n***"
