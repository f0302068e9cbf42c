"""Customer names as the lookup indexes them and as the clerk types them.

Chinese names are two to four characters long and a clerk types any part (陈, 大文); a
trigram index cannot match fewer than three characters. So a CJK name is indexed as its
single characters *and* its character pairs (陳大文 → 陳 大 文 陳大 大文): one character
is a one-token query, and a longer fragment the AND of its pairs (大文 → "大文";
陳大文 → "陳大" AND "大文"). A pair's list of names is short, so even a fragment made of
common characters is answered from short lists (on 200,000 customers: 0.14 ms for 大文
against 0.84 ms as a phrase of single characters). Latin names are matched word by word
from the start of each word (``chan tai`` finds CHAN Tai Man).

Traditional and simplified characters are folded to one form on both sides (陳 and 陈
find each other): Hong Kong customers' names are traditional, mainland visitors'
simplified, and a clerk types in whichever input method is at hand. The table is
``data/trad_to_simp.tsv`` (from OpenCC; ``scripts/make_fold_table.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

# CJK Unified Ideographs (and extension A), compatibility ideographs, and
# ideographs beyond the BMP (extensions B and later).
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W\d_{_CJK}]+", re.UNICODE)
_IS_CJK = re.compile(rf"[{_CJK}]")

MIN_LATIN_PREFIX = 2  # one letter would match a third of the store: wait for the second
COUNTED_PREFIX = 4  # Latin prefixes up to this long have their names counted ahead


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    path = Path(__file__).parent / "data" / "trad_to_simp.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            table[ord(trad)] = simp
    # Vowel signs that Python calls letters and SQLite's unicode61 tokenizer (Unicode
    # 6.1) separators: made separators here too, so that both cut a name alike.
    for cp in (*range(0x19B0, 0x19C1), 0x19C8, 0x19C9, 0x1CF2, 0x1CF3):
        table[cp] = " "
    return table


def fold(text: str) -> str:
    """The one form of a name that the index, its term counts and the query all use.

    NFKC (full-width letters), then accents and other combining marks removed (José →
    jose, İBRAHİM → ibrahim: FTS5's ``remove_diacritics`` would fold them inside the
    index only, and the term counts, made here, would disagree), case folded, and
    traditional characters made simplified.
    """
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = "".join(
            ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
        )
        text = unicodedata.normalize("NFKC", text)
    return text.casefold().translate(_fold_table())


_normal = fold


def search_terms(*names: str | None) -> str:
    """The text stored in the name index for a customer's names."""
    parts: list[str] = []
    for name in names:
        if not name:
            continue
        for token in _TOKEN.findall(_normal(name)):
            if _IS_CJK.match(token):
                parts.extend(token)
                parts.extend(_pairs(token))
            else:
                parts.append(token)
    return " ".join(parts)


def _pairs(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def query_terms(text: str) -> list[tuple[str, bool]]:
    """The index terms a typed fragment must all match: (term, is a prefix).

    A CJK character is itself, a longer CJK run all of its pairs, a Latin word of two
    letters or more a prefix (one letter would match a third of the store).
    """
    terms: list[tuple[str, bool]] = []
    for token in _TOKEN.findall(_normal(text)):
        if _IS_CJK.match(token):
            terms.extend((t, False) for t in (_pairs(token) if len(token) > 1 else [token]))
        elif len(token) >= MIN_LATIN_PREFIX:
            terms.append((token, True))
    return terms


def match_query(text: str) -> str | None:
    """The FTS5 MATCH expression for what the clerk typed, or None if it names nothing."""
    terms = query_terms(text)
    return match_expression(terms) if terms else None


def match_expression(terms: list[tuple[str, bool]]) -> str:
    """Every term must match. Terms hold only letters, so quoting them is always safe:
    no FTS5 syntax typed by the clerk ever reaches the query."""
    return " AND ".join(f'"{t}"*' if prefix else f'"{t}"' for t, prefix in terms)


def count_keys(terms: str) -> set[str]:
    """What one customer's index terms add to the term counts (each key once).

    Every term as itself, and every Latin word's prefixes of 2 to
    :data:`COUNTED_PREFIX` letters as ``prefix*``: what the clerk typed so far (``li``,
    ``chan``) is counted without walking the lists of every word it starts.
    """
    keys = set(terms.split())
    for term in list(keys):
        if not _IS_CJK.match(term):
            keys.update(term[:n] + "*" for n in range(2, min(len(term), COUNTED_PREFIX) + 1))
    return keys


def count_key(terms: list[tuple[str, bool]]) -> str | None:
    """The term-count key that answers a whole query, if one does."""
    if len(terms) != 1:
        return None
    term, prefix = terms[0]
    if not prefix:
        return term
    return term + "*" if len(term) <= COUNTED_PREFIX else None


def has_cjk(text: str) -> bool:
    return bool(_IS_CJK.search(text))
