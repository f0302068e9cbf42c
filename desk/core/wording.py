"""A name or label in each script Desk prints: English, simplified and traditional
Chinese (a fee line, a carrier, a document's words)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Names:
    en: str
    zh_cn: str  # simplified characters
    zh_hk: str  # traditional characters, Hong Kong wording

    def for_language(self, language: str) -> str:
        """``en``, ``zh_CN`` or ``zh_HK`` (anything else: English)."""
        return {"zh_CN": self.zh_cn, "zh_HK": self.zh_hk}.get(language, self.en)


def bilingual(chinese: str, english: str) -> str:
    """``Chinese English``, or the Chinese alone when it already says the English name
    (``香港電訊csl``, not ``香港電訊csl csl``; ``eSIM``, not ``eSIM eSIM``)."""
    if not english or english.casefold() in chinese.casefold():
        return chinese
    return f"{chinese} {english}"


def _named_after(product: str, name: str) -> bool:
    """Whether ``product`` starts with the word ``name`` (any case): ``csl prepaid SIM``
    with ``csl``, not ``cslx`` with ``csl``."""
    if not name or not product.casefold().startswith(name.casefold()):
        return False
    after = product[len(name) : len(name) + 1]
    return not (after.isascii() and after.isalnum())


def carrier_and_product(carrier: str, product: str, *other_carrier_names: str) -> str:
    """A line's carrier and product in one phrase, the carrier said once: a product named
    after its carrier does not follow the carrier's name with it again (``csl prepaid
    SIM``, not ``csl csl prepaid SIM``; ``香港電訊csl 儲值卡``, not ``香港電訊csl csl 儲值卡``).
    ``other_carrier_names``: the carrier's names in other languages (its English brand,
    which a Chinese product name may start with)."""
    if not carrier or _named_after(product, carrier):
        return product
    for name in other_carrier_names:
        rest = product[len(name) :].lstrip()
        if name.casefold() in carrier.casefold() and _named_after(product, name) and rest:
            return f"{carrier} {rest}"
    return f"{carrier} {product}"
