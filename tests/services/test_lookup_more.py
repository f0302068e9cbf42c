"""Issue 6: what the lookup finds beyond whole numbers, and what it says when it can't."""

from __future__ import annotations

import sqlite3

import pytest

from desk.services import lookup_hints as hints
from desk.services.customers import NewDocument, NewLine, add_customer
from desk.services.lookup import search
from desk.store import lookup_index
from desk.store.models import DocumentKind


def found(store, typed, region="HK"):
    result = search(store.db, store.cipher, typed, region=region)
    return [(r.name_en, r.matched_by) for r in result.rows]


@pytest.mark.parametrize("typed", ["A123456-3", "A123456 - 3", "a123456", "A 123456"])
def test_hkid_with_a_dash_or_without_its_check_character(store, typed):
    assert found(store, typed) == [("CHAN Tai Man", "id")]


def test_mainland_id_without_its_check_character(store):
    assert found(store, "11010519491231002") == [("CHEN Xiaohong", "id")]


def test_all_digit_passports_are_found_beside_phone_numbers(store):
    add_customer(
        store.db,
        store.cipher,
        name_en="Emily ROBINSON",
        documents=[NewDocument(DocumentKind.PASSPORT, "304533394", "USA")],
    )
    add_customer(
        store.db,
        store.cipher,
        name_en="Ram THAPA",
        documents=[NewDocument(DocumentKind.PASSPORT, "51234567", "NPL")],
    )
    result = search(store.db, store.cipher, "304533394")
    assert [(r.name_en, r.matched_by) for r in result.rows] == [("Emily ROBINSON", "id")]
    assert result.problem is None  # not "This Hong Kong phone number is too long"
    # 8 digits: a Hong Kong number and a passport number at once: both are shown.
    assert sorted(found(store, "5123 4567")) == [("CHAN Tai Man", "phone"), ("Ram THAPA", "id")]
    assert search(store.db, store.cipher, "51234567").total == 2


@pytest.mark.parametrize("indexed", [False, True])
def test_the_last_digits_of_a_phone_number(store, indexed):
    if indexed:
        conn = sqlite3.connect(store.db.path)
        lookup_index.create_phone_tail_index(conn)
        conn.commit()
        conn.close()
    assert found(store, "4567") == [("CHAN Tai Man", "phone")]
    assert found(store, "34567") == [("CHAN Tai Man", "phone")]
    assert found(store, "4568") == [("CHEN Xiaohong", "phone")]
    assert sorted(found(store, "5678")) == [("Anna Maria ERIKSSON", "phone")]
    assert found(store, "6789") == [("WONG Tai Man", "phone")]
    assert search(store.db, store.cipher, "4567").total == 1
    # 5123: the start of CHAN's number; 0001: the end of his other line; counted once.
    assert found(store, "0001") == [("CHAN Tai Man", "phone")]


def test_tail_query_uses_the_index_once_made(store):
    conn = sqlite3.connect(store.db.path)
    lookup_index.create_phone_tail_index(conn)
    plan = " ".join(
        str(row)
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT customer_id FROM line "
            "WHERE substr(msisdn, -4) = ? AND substr(msisdn, -?) = ?",
            ("4567", 5, "34567"),
        )
    )
    conn.close()
    assert "COVERING INDEX ix_line_msisdn_tail" in plan


def test_eleven_digits_starting_with_1_are_a_mainland_mobile(store):
    add_customer(
        store.db,
        store.cipher,
        name_en="LI Wei",
        lines=[NewLine("+86 138 1234 5678", "CMHK-DATA")],
    )
    assert found(store, "13812345678") == [("LI Wei", "phone")]
    assert found(store, "138 1234 5678") == [("LI Wei", "phone")]
    assert found(store, "1381234") == [("LI Wei", "phone")]  # its start, as typed
    assert search(store.db, store.cipher, "13912345678").problem is None


@pytest.mark.parametrize(
    ("typed", "need"),
    [
        ("5", hints.PHONE_DIGITS),
        ("51", hints.PHONE_DIGITS),
        ("512", hints.PHONE_DIGITS),
        ("+852 5", hints.PHONE_DIGITS),
        ("00852 51", hints.PHONE_DIGITS),
        ("c", hints.NAME_LETTERS),
        ("0720", hints.CARD_TAIL),  # an ICCID tail of 4 digits: a card needs 6
        ("07209", hints.CARD_TAIL),
        ("C9", hints.WHOLE_ID),
        ("C96869", hints.WHOLE_ID),
        ("C968 69", hints.WHOLE_ID),
        ("8985206988", hints.WHOLE_NUMBER),
        ("4405071976052042", hints.WHOLE_NUMBER),
    ],
)
def test_what_more_to_type(store, typed, need):
    result = search(store.db, store.cipher, typed)
    assert result.rows == () and result.problem is None
    assert result.need == need


@pytest.mark.parametrize("typed", ["zzzz", "'", "51999999", "123456789", "13912345678"])
def test_nothing_found_is_not_a_need(store, typed):
    result = search(store.db, store.cipher, typed)
    assert result.total == 0 and result.need is None


def test_found_needs_nothing(store):
    result = search(store.db, store.cipher, "5123")
    assert result.total == 1 and result.need is None and result.problem is None


def test_a_scan_that_dropped_a_digit_is_a_length_problem(store):
    result = search(store.db, store.cipher, "8985212917906300376")
    assert (result.problem.kind, result.problem.code) == ("iccid", "length")
    assert result.problem.values["found"] == 19 and result.problem.values["missing"]
    assert "missing" in str(result.problem) and "check digit" not in str(result.problem)


@pytest.mark.parametrize(
    ("typed", "kind", "found_"),
    [
        ("898521291790630037", "iccid", 18),  # one short of the shortest ICCID
        ("8985212917906300376123", None, None),  # 22: an EID being typed
        ("8904903212345123451234567890123", "eid", 31),
        ("11010519491231002", None, None),  # 17: found without the check character
        ("44050719760520421", "cn_ric", 17),
    ],
)
def test_one_digit_short_says_the_length(store, typed, kind, found_):
    problem = search(store.db, store.cipher, typed).problem
    if kind is None:
        assert problem is None
    else:
        assert (problem.kind, problem.code, problem.values["found"]) == (kind, "length", found_)
