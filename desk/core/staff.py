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
