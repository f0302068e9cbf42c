"""The demo store's carriers and products, read from ``catalog.json`` (data, not code).

The file is package data: edit it to change what the demo store sells; this module only
reads it and checks that it hangs together (every product's carrier exists, codes are
unique, kinds and weights make sense), so a mistake fails loudly, not half-way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from desk.store.models import CardKind

SEGMENTS = ("hk", "cn", "foreign")  # who holds a line: see people.py
CATEGORIES = ("data", "prepaid", "postpaid", "number_keeping")


@dataclass(frozen=True)
class CarrierSpec:
    code: str
    name_en: str
    name_zh: str  # simplified characters
    name_zh_hant: str  # traditional characters (Hong Kong usage)
    region: str  # where its phone numbers come from (phonenumbers region)
    iccid_prefix: str  # 89 + country code + issuer id
    iccid_length: int  # 19 or 20 digits, Luhn digit included


@dataclass(frozen=True)
class ProductSpec:
    carrier: str  # CarrierSpec.code
    code: str
    name_en: str
    name_zh: str  # simplified characters
    name_zh_hant: str  # traditional characters (Hong Kong usage)
    card_kind: CardKind
    category: str
    weights: dict[str, float]  # segment → relative weight among that segment's lines


@dataclass(frozen=True)
class Catalog:
    carriers: tuple[CarrierSpec, ...]
    products: tuple[ProductSpec, ...]

    def carrier(self, code: str) -> CarrierSpec:
        for c in self.carriers:
            if c.code == code:
                return c
        raise KeyError(code)


class CatalogError(ValueError):
    """catalog.json does not hang together."""


def _str(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise CatalogError(f"{item.get('code', '?')}: {key} must be a non-empty string")
    return value


def _carrier(item: dict[str, Any]) -> CarrierSpec:
    prefix = _str(item, "iccid_prefix")
    length = item.get("iccid_length")
    if not (prefix.isascii() and prefix.isdigit() and prefix.startswith("89")):
        raise CatalogError(f"{item.get('code')}: iccid_prefix must be digits starting 89")
    if length not in (19, 20) or len(prefix) > length - 9:
        raise CatalogError(f"{item.get('code')}: iccid_length must be 19 or 20, room for serials")
    return CarrierSpec(
        code=_str(item, "code"),
        name_en=_str(item, "name_en"),
        name_zh=_str(item, "name_zh"),
        name_zh_hant=_str(item, "name_zh_hant"),
        region=_str(item, "region"),
        iccid_prefix=prefix,
        iccid_length=length,
    )


def _product(item: dict[str, Any]) -> ProductSpec:
    category = _str(item, "category")
    if category not in CATEGORIES:
        raise CatalogError(f"{item.get('code')}: category {category!r} not in {CATEGORIES}")
    try:
        kind = CardKind(_str(item, "card_kind"))
    except ValueError:
        raise CatalogError(f"{item.get('code')}: card_kind must be sim or esim") from None
    raw = item.get("weights")
    if not isinstance(raw, dict) or set(raw) - set(SEGMENTS):
        raise CatalogError(f"{item.get('code')}: weights must map {SEGMENTS} to numbers")
    weights = {s: float(raw.get(s, 0)) for s in SEGMENTS}
    if any(w < 0 for w in weights.values()):
        raise CatalogError(f"{item.get('code')}: weights cannot be negative")
    return ProductSpec(
        carrier=_str(item, "carrier"),
        code=_str(item, "code"),
        name_en=_str(item, "name_en"),
        name_zh=_str(item, "name_zh"),
        name_zh_hant=_str(item, "name_zh_hant"),
        card_kind=kind,
        category=category,
        weights=weights,
    )


def parse_catalog(data: Any) -> Catalog:
    """A checked :class:`Catalog` from the decoded JSON."""
    if not isinstance(data, dict):
        raise CatalogError("the catalog is a JSON object with carriers and products")
    carriers = tuple(_carrier(c) for c in data.get("carriers", ()))
    products = tuple(_product(p) for p in data.get("products", ()))
    codes = [c.code for c in carriers]
    if len(set(codes)) != len(codes):
        raise CatalogError("carrier codes must be unique")
    if len({p.code for p in products}) != len(products):
        raise CatalogError("product codes must be unique")
    for p in products:
        if p.carrier not in codes:
            raise CatalogError(f"{p.code}: unknown carrier {p.carrier}")
    for segment in SEGMENTS:
        if not any(p.weights[segment] > 0 for p in products):
            raise CatalogError(f"no product for customers of segment {segment!r}")
    return Catalog(carriers, products)


def load_catalog() -> Catalog:
    """The catalog shipped with Desk (``desk/demo/catalog.json``)."""
    text = resources.files("desk.demo").joinpath("catalog.json").read_text(encoding="utf-8")
    return parse_catalog(json.loads(text))
