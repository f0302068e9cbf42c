"""Who is acting, and in which store: handed to every service call after login."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from desk.core.enums import Role


@dataclass(frozen=True)
class StaffMember:
    id: uuid.UUID
    login: str
    display_name: str
    role: Role
    display_name_zh_hant: str | None = None  # None: the same as display_name

    def name_for(self, language: str) -> str:
        """The name to show in a UI of ``language`` (zh_CN, zh_HK, en)."""
        if language == "zh_HK" and self.display_name_zh_hant:
            return self.display_name_zh_hant
        return self.display_name

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


@dataclass(frozen=True)
class StoreInfo:
    id: uuid.UUID
    code: str
    name: str
    region: str
    currency: str
    timezone: str
    name_zh_hant: str | None = None  # traditional characters; None: the same as name

    def name_for(self, language: str) -> str:
        """The name to show in a UI of ``language`` (zh_CN, zh_HK, en): a store has no
        English-only name, so English shows the stored one."""
        if language == "zh_HK" and self.name_zh_hant:
            return self.name_zh_hant
        return self.name
