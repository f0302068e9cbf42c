"""The domain's closed vocabularies, shared by the store, the services and the UI."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class CardKind(enum.StrEnum):
    SIM = "sim"
    ESIM = "esim"


class LineStatus(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"  # reported lost / stolen, or suspended by the carrier
    TERMINATED = "terminated"


class DocumentKind(enum.StrEnum):
    HKID = "hkid"
    CN_RIC = "cn_ric"
    PASSPORT = "passport"
    OTHER = "other"


class StockStatus(enum.StrEnum):
    IN_STOCK = "in_stock"
    ISSUED = "issued"
    DAMAGED = "damaged"
    VOIDED = "voided"
