"""Demo customers: who they are, what they are called, and the ID documents they show.

Three kinds of customer (segments), as at a Hong Kong counter: Hong Kong residents
(traditional Chinese name, its Cantonese romanisation as on the HKID, ``CHAN Tai Man``,
an HKID and sometimes an HKSAR passport), mainland visitors (simplified Chinese name,
pinyin ``CHEN Xiaohong``, a mainland resident ID with a real birth date) and other
visitors (a Latin name, a passport of their country). The tables are data, in
``people.json``; the romanised name is always built from the Chinese one, character by
character, so the two forms agree.

Everything is drawn from the :class:`random.Random` handed in, so a seed gives the
same people every time; ID numbers are unique within one :class:`PeopleMaker`.
"""

from __future__ import annotations

import json
import random
from bisect import bisect
from datetime import date, timedelta
from importlib import resources
from typing import Any, Generic, NamedTuple, TypeVar

from desk.core.identifiers import cn_ric_check_char, hkid_check_char

T = TypeVar("T")

HK, CN, FOREIGN = "hk", "cn", "foreign"


class Weighted(Generic[T]):
    """Pick among values with relative weights: one ``random()`` and a bisection.

    (Throughout the demo, ``int(rng.random() * n)`` stands for ``rng.randrange(n)``:
    five times faster, and as deterministic; n stays far below 2**53.)
    """

    def __init__(self, pairs: list[tuple[T, float]]) -> None:
        if not pairs or any(w < 0 for _, w in pairs) or sum(w for _, w in pairs) <= 0:
            raise ValueError("weights must be non-negative and not all zero")
        self.values = [v for v, _ in pairs]
        self.cum: list[float] = []
        total = 0.0
        for _, w in pairs:
            total += w
            self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect(self.cum, rng.random() * self.total)]


class Document(NamedTuple):  # a tuple: made a million times, a dataclass is slower
    kind: str  # DocumentKind value: hkid, cn_ric, passport
    country: str  # ISO 3166 alpha-3 of the issuer
    number: str  # normal form, as desk.core.identifiers gives it


class Person(NamedTuple):
    segment: str
    male: bool
    name_zh: str | None
    name_en: str
    documents: tuple[Document, ...]
    email: str | None


def _shape_filler(shape: str) -> list[tuple[str, int]]:
    """``P#######@`` → [("P", 0), ("#", 7), ("@", 1)]: literal runs, digit runs, letters."""
    pieces: list[tuple[str, int]] = []
    for ch in shape:
        if ch in "#@" and pieces and pieces[-1][0] == ch:
            pieces[-1] = (ch, pieces[-1][1] + 1)
        else:
            pieces.append((ch, 1 if ch in "#@" else 0))
    return pieces


_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q: as on most passports


def _fill(pieces: list[tuple[str, int]], rng: random.Random) -> str:
    out: list[str] = []
    for ch, n in pieces:
        if ch == "#":
            out.append(f"{int(rng.random() * 10**n):0{n}d}")
        elif ch == "@":
            out.extend(_LETTERS[int(rng.random() * len(_LETTERS))] for _ in range(n))
        else:
            out.append(ch)
    return "".join(out)


class _ChineseNames:
    """Surnames and given names of one segment, with the romanisation of each character."""

    def __init__(self, table: dict[str, Any], *, cantonese: bool) -> None:
        self.cantonese = cantonese
        self.surnames: Weighted[tuple[str, str]] = Weighted(
            [((zh, en), float(w)) for zh, en, w in table["surnames"]]
        )
        self.roman: dict[str, str] = {c: r for c, r, _ in table["given_chars"]}
        self.chars = {
            male: [c for c, _, g in table["given_chars"] if g in ("n", "m" if male else "f")]
            for male in (True, False)
        }
        self.popular = {
            male: Weighted(
                [(g, float(w)) for g, sex, w in table["popular"] if sex == ("m" if male else "f")]
            )
            for male in (True, False)
        }
        for given, _, _ in table["popular"]:
            missing = [c for c in given if c not in self.roman]
            if missing:
                raise ValueError(f"no romanisation for {missing} in popular name {given}")
        self.p_single = float(table["single_given"])
        self.p_popular = float(table["popular_given"])

    def make(self, rng: random.Random, male: bool) -> tuple[str, str]:
        """(Chinese name, romanised name) e.g. ("陳大文", "CHAN Tai Man")."""
        surname, surname_en = self.surnames.pick(rng)
        r = rng.random()
        if r < self.p_popular:
            given = self.popular[male].pick(rng)
        else:
            pool = self.chars[male]
            given = pool[int(rng.random() * len(pool))]
            if r < 1.0 - self.p_single * (1.0 - self.p_popular):
                given += pool[int(rng.random() * len(pool))]
        parts = [self.roman[c] for c in given]
        if self.cantonese:
            return surname + given, f"{surname_en} {' '.join(parts)}"
        return surname + given, f"{surname_en} {''.join(parts).capitalize()}"


class PeopleMaker:
    """Makes :class:`Person` values; ID numbers never repeat within one maker."""

    def __init__(self, tables: dict[str, Any]) -> None:
        self.segments: Weighted[str] = Weighted(
            [(s, float(w)) for s, w in tables["segments"].items()]
        )
        self.hk = _ChineseNames(tables["hk"], cantonese=True)
        self.cn = _ChineseNames(tables["cn"], cantonese=False)
        self.hkid_prefixes: Weighted[str] = Weighted(
            [(p, float(w)) for p, w in tables["hkid_prefixes"]]
        )
        hkp = tables["hk_passport"]
        self.hk_passport_share = float(hkp["share"])
        self.hk_passport_country = str(hkp["country"])
        self.hk_passport_shapes = [_shape_filler(hkp["shape"]), _shape_filler(hkp["alt_shape"])]
        self.areas: Weighted[str] = Weighted([(a, float(w)) for a, w in tables["cn"]["areas"]])
        first = date.fromisoformat(tables["cn"]["born_from"])
        last = date.fromisoformat(tables["cn"]["born_to"])
        self.birth_dates = [
            (first + timedelta(days=d)).strftime("%Y%m%d") for d in range((last - first).days + 1)
        ]
        self.nations: Weighted[dict[str, Any]] = Weighted(
            [(n, float(n["weight"])) for n in tables["nationalities"]]
        )
        self.passport_shapes = {
            n["code"]: _shape_filler(n["passport"]) for n in tables["nationalities"]
        }
        self.email_share = float(tables["email_share"])
        self.email_domains: list[str] = list(tables["email_domains"])
        self.used: set[str] = set()

    # -- ID numbers ---------------------------------------------------------------------
    def _unique(self, number: str) -> bool:
        if number in self.used:
            return False
        self.used.add(number)
        return True

    def hkid(self, rng: random.Random) -> str:
        while True:
            body = f"{self.hkid_prefixes.pick(rng)}{int(rng.random() * 1_000_000):06d}"
            number = f"{body}({hkid_check_char(body)})"
            if self._unique(number):
                return number

    def cn_ric(self, rng: random.Random, male: bool) -> str:
        dates = self.birth_dates
        while True:
            seq = int(rng.random() * 500) * 2 + (1 if male else 0)  # odd = male
            first17 = f"{self.areas.pick(rng)}{dates[int(rng.random() * len(dates))]}{seq:03d}"
            number = first17 + cn_ric_check_char(first17)
            if self._unique(number):
                return number

    def passport(self, rng: random.Random, pieces: list[tuple[str, int]]) -> str:
        while True:
            number = _fill(pieces, rng)
            if self._unique(number):
                return number

    # -- people -------------------------------------------------------------------------
    def _email(self, rng: random.Random, latin: str) -> str | None:
        if rng.random() >= self.email_share:
            return None
        words = latin.lower().split()
        local = ".".join(words[1:] + words[:1]) if rng.random() < 0.5 else "".join(words)
        if rng.random() < 0.6:
            local += str(rng.randrange(1, 100))
        return f"{local}@{rng.choice(self.email_domains)}"

    def make(self, rng: random.Random) -> Person:
        segment = self.segments.pick(rng)
        male = rng.random() < 0.5
        docs: list[Document]
        name_zh: str | None
        if segment == HK:
            name_zh, name_en = self.hk.make(rng, male)
            docs = [Document("hkid", "HKG", self.hkid(rng))]
            if rng.random() < self.hk_passport_share:
                shape = self.hk_passport_shapes[rng.randrange(2)]
                docs.append(
                    Document("passport", self.hk_passport_country, self.passport(rng, shape))
                )
        elif segment == CN:
            name_zh, name_en = self.cn.make(rng, male)
            docs = [Document("cn_ric", "CHN", self.cn_ric(rng, male))]
        else:
            nation = self.nations.pick(rng)
            given = rng.choice(nation["m" if male else "f"])
            name_zh, name_en = None, f"{rng.choice(nation['surnames'])} {given}"
            pieces = self.passport_shapes[nation["code"]]
            docs = [Document("passport", nation["code"], self.passport(rng, pieces))]
        return Person(segment, male, name_zh, name_en, tuple(docs), self._email(rng, name_en))


def load_people() -> PeopleMaker:
    """A maker over the tables shipped with Desk (``desk/demo/people.json``)."""
    text = resources.files("desk.demo").joinpath("people.json").read_text(encoding="utf-8")
    return PeopleMaker(json.loads(text))
