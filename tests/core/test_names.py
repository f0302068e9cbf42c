"""How names are indexed and how a typed fragment becomes a query."""

from __future__ import annotations

import pytest

from desk.core.names import count_key, count_keys, match_query, query_terms, search_terms


def test_cjk_names_are_indexed_by_character_and_pair_latin_by_word():
    assert search_terms("陳大文", "CHAN Tai Man") == "陈 大 文 陈大 大文 chan tai man"


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("陳", '"陈"'),
        ("大文", '"大文"'),
        ("陳大文", '"陈大" AND "大文"'),
        ("chan tai", '"chan"* AND "tai"*'),
        ("Chan T", '"chan"*'),  # one letter is still being typed
        ("Ｃｈａｎ", '"chan"*'),  # full-width, as CJK input methods type Latin
        ("José", '"jose"*'),  # accents folded, as in the index and its counts
        ("İBRAHİM", '"ibrahim"*'),
        ('"*) OR NEAR(', '"or"* AND "near"*'),  # FTS5 syntax is never passed through
        ("c", None),
        ("123", None),
        ("", None),
    ],
)
def test_match_query(typed, query):
    assert match_query(typed) == query


def test_count_keys_hold_terms_and_short_latin_prefixes_once_each():
    assert count_keys("陈 大 文 陈大 大文 chan tai man") == {
        "陈",
        "大",
        "文",
        "陈大",
        "大文",
        "chan",
        "ch*",
        "cha*",
        "chan*",
        "tai",
        "ta*",
        "tai*",
        "man",
        "ma*",
        "man*",
    }
    assert count_keys("chan chang") >= {"chan*", "chang"} and "chang*" not in count_keys("chang")


def test_count_key_answers_single_terms_and_short_prefixes_only():
    assert count_key(query_terms("陈")) == "陈"
    assert count_key(query_terms("li")) == "li*"
    assert count_key(query_terms("cheung")) is None  # long prefixes have short lists
    assert count_key(query_terms("chan tai")) is None
