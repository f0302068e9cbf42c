"""The customer lookup finds customers any way a clerk types them."""

from __future__ import annotations

import pytest

from desk.services.customers import NewDocument, NewLine, add_customer
from desk.services.lookup import search
from desk.store.models import DocumentKind
from tests.factories import ICCIDS, WONG_HKID


def names(store, query):
    return [r.name_en for r in search(store.db, store.cipher, query).rows]


@pytest.mark.parametrize(
    "typed", ["5123 4567", "51234567", "+852 5123-4567", "+852-5123-4567", "(852) 5123 4567"]
)
def test_full_phone_number_any_way_typed(store, typed):
    result = search(store.db, store.cipher, typed)
    assert [r.name_en for r in result.rows] == ["CHAN Tai Man"]
    assert result.rows[0].matched_by == "phone" and result.total == 1


def test_phone_prefix(store):
    assert sorted(names(store, "5123")) == ["CHAN Tai Man"]
    assert sorted(names(store, "+852 5")) == []  # too short to mean anything yet
    assert sorted(names(store, "+852 5345")) == ["WONG Tai Man"]
    assert sorted(names(store, "00852 5345")) == ["WONG Tai Man"]
    assert sorted(names(store, "9123 45")) == ["CHEN Xiaohong"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("陳", ["CHAN Tai Man", "CHEN Xiaohong"]),  # 陳 and 陈 are one surname
        ("陈", ["CHAN Tai Man", "CHEN Xiaohong"]),
        ("陈大文", ["CHAN Tai Man"]),  # simplified finds traditional
        ("黄大文", ["WONG Tai Man"]),
        ("小紅", ["CHEN Xiaohong"]),  # and traditional finds simplified
        ("大文", ["CHAN Tai Man", "WONG Tai Man"]),
        ("陳大文", ["CHAN Tai Man"]),
        ("小红", ["CHEN Xiaohong"]),
        ("chan tai", ["CHAN Tai Man"]),
        ("tai man", ["CHAN Tai Man", "WONG Tai Man"]),
        ("CHAN", ["CHAN Tai Man"]),
        ("eriks", ["Anna Maria ERIKSSON"]),
        ("anna eriksson", ["Anna Maria ERIKSSON"]),
        ("Ｃｈａｎ", ["CHAN Tai Man"]),  # full-width, as some input methods type it
        ("tai xyz", []),
    ],
)
def test_name_fragments(store, typed, expected):
    result = search(store.db, store.cipher, typed)
    assert sorted(r.name_en for r in result.rows) == expected
    assert all(r.matched_by == "name" for r in result.rows)
    assert result.total == len(expected)


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("A123456(3)", "CHAN Tai Man"),
        ("a1234563", "CHAN Tai Man"),
        ("A 123456 (3)", "CHAN Tai Man"),
        (WONG_HKID, "WONG Tai Man"),
        ("11010519491231002x", "CHEN Xiaohong"),
        ("L898902C3", "Anna Maria ERIKSSON"),
    ],
)
def test_full_id_number_through_the_keyed_hash(store, typed, who):
    result = search(store.db, store.cipher, typed)
    assert [(r.name_en, r.matched_by) for r in result.rows] == [(who, "id")]


def test_a_wrong_check_digit_alone_finds_the_customer_and_names_the_fix(store):
    result = search(store.db, store.cipher, "A123456(4)")
    assert [r.name_en for r in result.rows] == ["CHAN Tai Man"]
    assert result.problem.code == "check_digit" and result.problem.values["confirmed"] is True
    assert str(result.problem) == "HKID check digit should be 3, not 4."


def test_a_wrong_digit_elsewhere_is_not_blamed_on_the_check_digit(store):
    # A123466: expected check digit 1 ("fixing" 3 into it gives a stranger's HKID).
    result = search(store.db, store.cipher, "A123466(3)")
    assert result.rows == ()
    assert result.problem.values["confirmed"] is False
    assert str(result.problem) == "This HKID is not valid: check every digit."


def test_id_search_never_decrypts(store, monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("the lookup decrypted an ID number")

    monkeypatch.setattr(type(store.cipher), "decrypt", refuse)
    assert names(store, "A123456(3)") == ["CHAN Tai Man"]


@pytest.mark.parametrize(
    ("typed", "who", "how"),
    [
        ("89014103211118510720", "CHAN Tai Man", "iccid"),
        ("510720", "CHAN Tai Man", "iccid"),
        ("8901 4103 2111 1851 0720", "CHAN Tai Man", "iccid"),
        # A reader's trailing F pads 19 digits: they are the start of CHAN's ICCID.
        ("8901410321111851072F", "CHAN Tai Man", "iccid"),
        (ICCIDS[1][-8:], "CHEN Xiaohong", "iccid"),
        ("89049032123451234512345678901235", "CHEN Xiaohong", "eid"),
        ("678901235", "CHEN Xiaohong", "eid"),
    ],
)
def test_iccid_and_eid_full_or_tail(store, typed, who, how):
    rows = search(store.db, store.cipher, typed).rows
    assert [(r.name_en, r.matched_by) for r in rows] == [(who, how)]


def test_rows_show_masked_id_and_lines_only(store):
    row = search(store.db, store.cipher, "陳大文").rows[0]
    assert row.id_masked == "A123***(3)"
    assert [(ln.msisdn, ln.carrier_en, ln.status.value) for ln in row.lines] == [
        ("+85251234567", "China Mobile Hong Kong", "active"),
        ("+85261230001", "China Mobile Hong Kong", "active"),
    ]
    assert not hasattr(row, "contact_phone")


def test_at_most_the_limit_with_the_count_of_all(store):
    for i in range(60):
        add_customer(
            store.db,
            store.cipher,
            name_zh="测试" + "一二三四五六七八九十"[i % 10],
            documents=[NewDocument(DocumentKind.PASSPORT, f"T{i:07d}")],
            lines=[NewLine(f"+852 63{i:02d} 1234", "CMHK-DATA")],
        )
    result = search(store.db, store.cipher, "测试", limit=50)
    assert len(result.rows) == 50 and result.total == 60
    assert len({r.id for r in result.rows}) == 50


def test_exact_matches_come_before_name_matches(store):
    add_customer(
        store.db, store.cipher, name_en="Kai DIGIT", lines=[NewLine("5999 0001", "CMHK-DATA")]
    )
    rows = search(store.db, store.cipher, "5999 0001").rows
    assert rows[0].matched_by == "phone"
    result = search(store.db, store.cipher, "")
    assert result.rows == () and result.total == 0


@pytest.mark.parametrize("junk", ["'", '"', "*", "AND", "NEAR(", "😀", "\x00", "a" * 5000, "%_"])
def test_any_input_is_safe(store, junk):
    search(store.db, store.cipher, junk)  # no exception, whatever FTS5 syntax is in it


@pytest.mark.parametrize(
    ("typed", "kind", "code"),
    [
        ("A123466(3)", "hkid", "check_digit"),
        ("110105194912310121", "cn_ric", "check_digit"),
        ("89014103211118510821", "iccid", "check_digit"),
        ("89049032123451234512345678911234", "eid", "check_digit"),
    ],
)
def test_a_mistyped_identifier_says_why_nothing_matched(store, typed, kind, code):
    result = search(store.db, store.cipher, typed)
    assert result.total == 0
    assert (result.problem.kind, result.problem.code) == (kind, code)
    assert result.problem.values["confirmed"] is False


@pytest.mark.parametrize(
    ("typed", "kind", "who"),
    [
        ("A123456(4)", "hkid", "CHAN Tai Man"),
        ("110105194912310021", "cn_ric", "CHEN Xiaohong"),
        ("89014103211118510721", "iccid", "CHAN Tai Man"),
        ("89049032123451234512345678901234", "eid", "CHEN Xiaohong"),
    ],
)
def test_only_the_check_character_wrong_finds_and_names_it(store, typed, kind, who):
    result = search(store.db, store.cipher, typed)
    assert [r.name_en for r in result.rows] == [who] and result.total == 1
    assert (result.problem.kind, result.problem.values["confirmed"]) == (kind, True)


def test_no_problem_reported_while_something_matches_or_is_incomplete(store):
    assert search(store.db, store.cipher, "A123456(3)").problem is None
    assert search(store.db, store.cipher, "A12345").problem is None
    assert search(store.db, store.cipher, "nobody").problem is None
