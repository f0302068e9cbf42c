"""A reference snapshot: head office's carriers, products, fee schedule, tenders, staff
and settings, as one JSON document (no Qt, no HTTP, no database writes).

::

    {"format": 1,
     "carriers": [{"code", "name_en", "name_zh", "name_zh_hant", "region"}],
     "products": [{"code", "carrier", "name_en", "name_zh", "name_zh_hant",
                   "card_kind", "category"}],
     "fees": <the fee schedule, in the shape of desk/core/data/fees.json>,
     "tenders": ["cash", "card", ...],
     "staff": [{"login", "display_name", "display_name_zh_hant", "role", "active",
                "store"}],
     "settings": {"cooling_days", "max_failed_verifications", "failure_window_hours"}}

Every key is required but ``display_name_zh_hant`` and ``store`` (a staff member's home
store code; absent or null: every store) and the settings (absent: Desk's default).
A key Desk does not know is refused: a new field is a new ``format``.

**Staff carry no PIN.** A PIN hash is keyed with the pepper of each store's own key
(:mod:`desk.services.auth`), which never leaves the store, so a hash made at one store
(or at head office) can never be checked at another. Head office decides who works in
the chain, under which login, name and role, and who is no longer active; each PIN is
set at the store (a staff member new to the store arrives without one and cannot log in
until it is set there).

:func:`validate_snapshot` refuses a malformed document with one :class:`DeskError`
(code ``reference_invalid``) whose message names the field, e.g.
``products[2].carrier: no carrier has the code 'XX'``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from desk.core.enums import CardKind, Role
from desk.core.errors import DeskError
from desk.core.fees import ANY, FeeSchedule, FeeScheduleError, parse_schedule
from desk.core.tenders import TENDER_LABELS

FORMAT: Final = 1
_CARRIER_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,15}")
_PRODUCT_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,31}")
_STORE_CODE = re.compile(r"[A-Z0-9]{2,8}")
_REGION = re.compile(r"[A-Z]{2}")
_CATEGORY = re.compile(r"[a-z][a-z_]{0,31}")
_LOGIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
_TOP_KEYS: Final = ("format", "carriers", "products", "fees", "tenders", "staff", "settings")

# The chain's settings a snapshot may carry: name -> (default, lowest, highest).
SETTINGS: Final[dict[str, tuple[int, int, int]]] = {
    "cooling_days": (30, 0, 365),  # a second replacement inside it needs a supervisor
    "max_failed_verifications": (3, 1, 20),  # failed checks that lock a line
    "failure_window_hours": (24, 1, 24 * 30),  # ... counted over this many hours
}


class SnapshotError(DeskError):
    """A reference snapshot that Desk refuses; the message names the field."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__("reference_invalid", f"{where}: {problem}", field=where, problem=problem)


@dataclass(frozen=True)
class CarrierRef:
    code: str
    name_en: str
    name_zh: str
    name_zh_hant: str
    region: str


@dataclass(frozen=True)
class ProductRef:
    code: str
    carrier: str  # a CarrierRef.code of the same snapshot
    name_en: str
    name_zh: str
    name_zh_hant: str
    card_kind: CardKind
    category: str


@dataclass(frozen=True)
class StaffRef:
    login: str
    display_name: str
    role: Role
    active: bool
    display_name_zh_hant: str | None = None
    store: str | None = None  # the store code they work at; None: every store


@dataclass(frozen=True)
class Snapshot:
    """A checked reference snapshot (:func:`validate_snapshot`)."""

    carriers: tuple[CarrierRef, ...]
    products: tuple[ProductRef, ...]
    fees: FeeSchedule
    fees_body: dict[str, Any] = field(repr=False)  # the schedule as published
    tenders: tuple[str, ...]
    staff: tuple[StaffRef, ...]
    settings: dict[str, int]

    def body(self) -> dict[str, Any]:
        """The snapshot as its JSON document (what :func:`validate_snapshot` reads back)."""
        return {
            "format": FORMAT,
            "carriers": [vars(c).copy() for c in self.carriers],
            "products": [{**vars(p), "card_kind": p.card_kind.value} for p in self.products],
            "fees": self.fees_body,
            "tenders": list(self.tenders),
            "staff": [{**vars(m), "role": m.role.value} for m in self.staff],
            "settings": dict(self.settings),
        }


def canonical_json(body: Mapping[str, Any]) -> bytes:
    """The bytes a snapshot's SHA-256 is taken over: sorted keys, no spaces, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


# --- checking ------------------------------------------------------------------------


def _object(
    raw: object, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise SnapshotError(where or "snapshot", "should be an object {...}.")
    for key in required:
        if key not in raw:
            raise SnapshotError(f"{where}.{key}" if where else key, "is missing.")
    extra = sorted(set(raw) - set(required) - set(optional))
    if extra:
        raise SnapshotError(f"{where}.{extra[0]}" if where else extra[0], "is not a known field.")
    return raw


def _text(item: Mapping[str, Any], key: str, where: str, longest: int) -> str:
    value = item[key]
    if not isinstance(value, str) or not value.strip():
        raise SnapshotError(f"{where}.{key}", "should be a non-empty text.")
    if value != value.strip() or len(value) > longest:
        raise SnapshotError(
            f"{where}.{key}", f"should have no spaces around it and at most {longest} characters."
        )
    return value


def _code(item: Mapping[str, Any], key: str, where: str, shape: re.Pattern[str], hint: str) -> str:
    value = item[key]
    if not isinstance(value, str) or not shape.fullmatch(value):
        raise SnapshotError(f"{where}.{key}", f"should be {hint}, not {value!r}.")
    return value


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data[key]
    if not isinstance(value, list):
        raise SnapshotError(key, "should be a list [...].")
    return value


def _unique(codes: list[str], key: str, name: str) -> None:
    seen: set[str] = set()
    for n, code in enumerate(codes):
        if code.casefold() in seen:
            place = f"{key}[{n}].{name}" if name else f"{key}[{n}]"
            raise SnapshotError(place, f"{code!r} is listed twice.")
        seen.add(code.casefold())


NAME_FIELDS = ("name_en", "name_zh", "name_zh_hant")


def _carrier(raw: object, n: int) -> CarrierRef:
    where = f"carriers[{n}]"
    item = _object(raw, where, ("code", *NAME_FIELDS, "region"))
    return CarrierRef(
        code=_code(item, "code", where, _CARRIER_CODE, "a code in capitals like CMHK"),
        name_en=_text(item, "name_en", where, 80),
        name_zh=_text(item, "name_zh", where, 80),
        name_zh_hant=_text(item, "name_zh_hant", where, 80),
        region=_code(item, "region", where, _REGION, "a two-letter region like HK"),
    )


def _product(raw: object, n: int, carriers: set[str]) -> ProductRef:
    where = f"products[{n}]"
    item = _object(raw, where, ("code", "carrier", *NAME_FIELDS, "card_kind", "category"))
    code = _code(item, "code", where, _PRODUCT_CODE, "a code in capitals like CMHK-DATA-SIM")
    carrier = item["carrier"]
    if carrier not in carriers:
        raise SnapshotError(f"{where}.carrier", f"no carrier has the code {carrier!r}.")
    kinds = {k.value for k in CardKind}
    if item["card_kind"] not in kinds:
        raise SnapshotError(
            f"{where}.card_kind",
            f"should be one of {', '.join(sorted(kinds))}, not {item['card_kind']!r}.",
        )
    return ProductRef(
        code=code,
        carrier=carrier,
        name_en=_text(item, "name_en", where, 120),
        name_zh=_text(item, "name_zh", where, 120),
        name_zh_hant=_text(item, "name_zh_hant", where, 120),
        card_kind=CardKind(item["card_kind"]),
        category=_code(item, "category", where, _CATEGORY, "a snake_case word like data"),
    )


def _staff(raw: object, n: int) -> StaffRef:
    where = f"staff[{n}]"
    item = _object(
        raw, where, ("login", "display_name", "role", "active"), ("display_name_zh_hant", "store")
    )
    roles = {r.value for r in Role}
    if item["role"] not in roles:
        raise SnapshotError(
            f"{where}.role", f"should be one of {', '.join(sorted(roles))}, not {item['role']!r}."
        )
    if not isinstance(item["active"], bool):
        raise SnapshotError(f"{where}.active", "should be true or false.")
    hant = item.get("display_name_zh_hant")
    store = item.get("store")
    return StaffRef(
        login=_code(item, "login", where, _LOGIN, "letters, digits, '.', '_' or '-' (at most 32)"),
        display_name=_text(item, "display_name", where, 80),
        role=Role(item["role"]),
        active=item["active"],
        display_name_zh_hant=None
        if hant is None
        else _text(item, "display_name_zh_hant", where, 80),
        store=None
        if store is None
        else _code(item, "store", where, _STORE_CODE, "a store code like HK01"),
    )


def _fees(raw: object, carriers: set[str], products: dict[str, str]) -> FeeSchedule:
    try:
        schedule = parse_schedule(raw, "fees")
    except FeeScheduleError as exc:
        problem = str(exc.values.get("problem") or exc)
        entry = exc.values.get("entry")
        raise SnapshotError(
            "fees" if entry is None else f"fees.entries[{entry - 1}]", problem
        ) from None
    for n, entry in enumerate(schedule.entries):
        where = f"fees.entries[{n}]"
        if entry.carrier != ANY and entry.carrier not in carriers:
            raise SnapshotError(f"{where}.carrier", f"no carrier has the code {entry.carrier!r}.")
        if entry.product != ANY:
            owner = products.get(entry.product)
            if owner is None:
                raise SnapshotError(
                    f"{where}.product", f"no product has the code {entry.product!r}."
                )
            if entry.carrier != ANY and owner != entry.carrier:
                raise SnapshotError(
                    f"{where}.product",
                    f"{entry.product!r} is a product of {owner}, not {entry.carrier}.",
                )
    return schedule


def _tenders(raw: list[Any]) -> tuple[str, ...]:
    if not raw:
        raise SnapshotError("tenders", "should name at least one way to pay.")
    for n, kind in enumerate(raw):
        if kind not in TENDER_LABELS:
            known = ", ".join(TENDER_LABELS)
            raise SnapshotError(f"tenders[{n}]", f"should be one of {known}, not {kind!r}.")
    _unique(list(raw), "tenders", "")
    return tuple(raw)


def _settings(raw: object) -> dict[str, int]:
    item = _object(raw, "settings", (), tuple(SETTINGS))
    out: dict[str, int] = {}
    for name, value in item.items():
        _default, low, high = SETTINGS[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise SnapshotError(
                f"settings.{name}", f"should be a whole number {low} to {high}, not {value!r}."
            )
        out[name] = value
    return out


def validate_snapshot(data: object) -> Snapshot:
    """A checked :class:`Snapshot` from a decoded JSON document; :class:`SnapshotError`
    (a :class:`DeskError`, code ``reference_invalid``) naming the first bad field."""
    item = _object(data, "", _TOP_KEYS)
    if item["format"] != FORMAT or isinstance(item["format"], bool):
        raise SnapshotError("format", f"should be {FORMAT}, not {item['format']!r}.")
    carriers = tuple(_carrier(raw, n) for n, raw in enumerate(_list(item, "carriers")))
    _unique([c.code for c in carriers], "carriers", "code")
    codes = {c.code for c in carriers}
    products = tuple(_product(raw, n, codes) for n, raw in enumerate(_list(item, "products")))
    _unique([p.code for p in products], "products", "code")
    fees = _fees(item["fees"], codes, {p.code: p.carrier for p in products})
    tenders = _tenders(_list(item, "tenders"))
    staff = tuple(_staff(raw, n) for n, raw in enumerate(_list(item, "staff")))
    _unique([m.login for m in staff], "staff", "login")
    settings = _settings(item["settings"])
    return Snapshot(carriers, products, fees, item["fees"], tenders, staff, settings)


# --- building one ----------------------------------------------------------------------
