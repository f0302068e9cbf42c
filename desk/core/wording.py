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
