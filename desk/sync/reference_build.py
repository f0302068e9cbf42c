"""Reference snapshots made rather than received: from a store's database (for tests and
a chain's first publish) and from what Desk ships (:mod:`desk.sync.reference_format`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.fees import ANY, DATA_FILE
from desk.core.tenders import DEFAULT_TENDERS
from desk.sync.reference_format import (
    FORMAT,
    NAME_FIELDS,
    CarrierRef,
    ProductRef,
    Snapshot,
    StaffRef,
    validate_snapshot,
)


def _shipped_fees() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return data


def _only_known(fees: dict[str, Any], carriers: set[str], products: set[str]) -> dict[str, Any]:
    """The schedule without the entries of carriers or products not in the snapshot."""

    def known(entry: Any) -> bool:
        if not isinstance(entry, dict):
            return True  # let validation say what is wrong with it
        return entry.get("carrier") in carriers | {ANY} and entry.get("product") in products | {ANY}

    if not isinstance(fees.get("entries"), list):
        return fees
    return {**fees, "entries": [e for e in fees["entries"] if known(e)]}


def snapshot_from_store(
    session: Session, fees: Mapping[str, Any] | None = None, tenders: tuple[str, ...] | None = None
) -> Snapshot:
    """A snapshot of a store database's carriers, products and staff (for tests, and for
    a chain's first publish), with ``fees`` (default: the schedule this store applied,
    else the one shipped with Desk, without the entries of carriers and products the
    store does not have) and ``tenders`` (default: the applied ones, else Desk's)."""
    from desk.store.models import Carrier, Product, Staff, Store
    from desk.store.reference_models import FEES, SETTINGS, TENDERS, ReferencePart

    parts = {p.name: json.loads(p.body) for p in session.scalars(select(ReferencePart))}
    carriers = [
        CarrierRef(c.code, c.name_en, c.name_zh, c.name_zh_hant, c.region)
        for c in session.scalars(select(Carrier).order_by(Carrier.code))
    ]
    products = [
        ProductRef(
            p.code, p.carrier.code, p.name_en, p.name_zh, p.name_zh_hant, p.card_kind, p.category
        )
        for p in session.scalars(select(Product).order_by(Product.code))
    ]
    stores = {s.id: s.code for s in session.scalars(select(Store))}
    staff = [
        StaffRef(
            m.login,
            m.display_name,
            m.role,
            m.active,
            m.display_name_zh_hant,
            stores.get(m.store_id) if m.store_id else None,
        )
        for m in session.scalars(select(Staff).order_by(Staff.login))
    ]
    schedule = (
        dict(fees)
        if fees is not None
        else parts.get(FEES)
        or _only_known(_shipped_fees(), {c.code for c in carriers}, {p.code for p in products})
    )
    body = {
        "format": FORMAT,
        "carriers": [vars(c) for c in carriers],
        "products": [{**vars(p), "card_kind": p.card_kind.value} for p in products],
        "fees": schedule,
        "tenders": list(tenders or parts.get(TENDERS) or DEFAULT_TENDERS),
        "staff": [{**vars(m), "role": m.role.value} for m in staff],
        "settings": parts.get(SETTINGS, {}),
    }
    return validate_snapshot(body)


def default_snapshot() -> Snapshot:
    """The snapshot of what Desk ships: the carriers and products of the demo catalog,
    the fee schedule of ``desk/core/data/fees.json``, the default tenders, no staff."""
    from desk.demo.catalog import load_catalog

    catalog = load_catalog()

    def pick(spec: object, keys: tuple[str, ...]) -> dict[str, Any]:
        return {k: getattr(spec, k) for k in keys}

    body = {
        "format": FORMAT,
        "carriers": [pick(c, ("code", *NAME_FIELDS, "region")) for c in catalog.carriers],
        "products": [
            {
                **pick(p, ("code", "carrier", *NAME_FIELDS, "category")),
                "card_kind": p.card_kind.value,
            }
            for p in catalog.products
        ],
        "fees": _shipped_fees(),
        "tenders": list(DEFAULT_TENDERS),
        "staff": [],
        "settings": {},
    }
    return validate_snapshot(body)
