"""The ID verification checklist (核验清单): which checks a case needs, and how each went.

**Which items.** Reference data, ``data/checklist.json`` (head office will publish it):
rules of carrier × reason × card kind, each field a value or ``*``, each rule the full
list of items it requires. For a case the *most specific* matching rule wins — the one
naming the most fields; between rules naming as many, a named carrier beats a named
reason, which beats a named card kind. So ``CMHK / * / sim`` beats ``* / lost / *``
(carrier first), and ``CMHK / stolen / sim`` beats both. The rule ``* / * / *`` must
exist (every case finds a rule), no two rules have the same three fields, and every
rule requires ``id_document_sighted``. A proxy (代办) case always adds ``proxy_id`` and
``proxy_authorisation``; rules never list them.

A broken file is refused on load with :class:`ChecklistDataError` (code
``checklist_data``; values ``source``, ``rule`` — 1-based, or ``None`` for the file
itself — and ``problem``), whose message names the rule: ``checklist.json, rule 3
(CMHK / lost / sim): unknown item 'photo'.``

**How it went.** :class:`ChecklistState` holds the required items and every recorded
:class:`ItemResult` (passed or failed, the *method* — which document, password or
one-time code — and a failure code), never the typed secret or ID number: a result
has no field that could hold them. The latest result of an item counts (a wrong
password may be followed by a one-time code). Refusal codes when recording:
``item_not_required`` (item); ``method_required`` / ``method_not_allowed`` (item,
method, allowed); ``failure_required`` / ``failure_unknown`` / ``failure_not_allowed``
(item, failure).
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Final

from desk.core.cases import CaseReason
from desk.core.enums import CardKind, DocumentKind
from desk.core.refusal import Refusal

__all__ = [
    "ANY",
    "FAILURES",
    "METHODS",
    "PROXY_ITEMS",
    "ChecklistDataError",
    "ChecklistItem",
    "ChecklistRule",
    "ChecklistRules",
    "ChecklistState",
    "ItemResult",
    "SecretMethod",
    "default_rules",
    "load_rules",
    "parse_rules",
]

ANY: Final = "*"
DATA_FILE: Final = Path(__file__).parent / "data" / "checklist.json"


class ChecklistItem(enum.StrEnum):
    """In the order the clerk meets them (and :meth:`ChecklistRules.required` returns)."""

    ID_DOCUMENT_SIGHTED = "id_document_sighted"  # original sighted, number typed and matched
    PHOTO_MATCHES = "photo_matches"
    NAME_MATCHES = "name_matches"
    SECRET = "secret"  # service password or one-time code
    PROOF_OF_PURCHASE = "proof_of_purchase"
    ORIGINAL_CARD_HOLDER = "original_card_holder"
    PROXY_ID = "proxy_id"  # the proxy's own ID document
    PROXY_AUTHORISATION = "proxy_authorisation"  # signed by the customer


class SecretMethod(enum.StrEnum):
    SERVICE_PASSWORD = "service_password"
    ONE_TIME_CODE = "one_time_code"


PROXY_ITEMS: Final = (ChecklistItem.PROXY_ID, ChecklistItem.PROXY_AUTHORISATION)
_DOCUMENTS: Final = frozenset(DocumentKind)

# Which methods an item's result names (empty: the item has no method).
METHODS: Final[Mapping[ChecklistItem, frozenset[str]]] = {
    ChecklistItem.ID_DOCUMENT_SIGHTED: _DOCUMENTS,
    ChecklistItem.PHOTO_MATCHES: frozenset(),
    ChecklistItem.NAME_MATCHES: frozenset(),
    ChecklistItem.SECRET: frozenset(SecretMethod),
    ChecklistItem.PROOF_OF_PURCHASE: frozenset(),
    ChecklistItem.ORIGINAL_CARD_HOLDER: frozenset(),
    ChecklistItem.PROXY_ID: _DOCUMENTS,
    ChecklistItem.PROXY_AUTHORISATION: frozenset(),
}

# Why an item failed: what a failed result may say (the UI translates the code).
FAILURES: Final[Mapping[ChecklistItem, frozenset[str]]] = {
    ChecklistItem.ID_DOCUMENT_SIGHTED: frozenset(
        {"not_sighted", "number_invalid", "number_mismatch", "document_expired"}
    ),
    ChecklistItem.PHOTO_MATCHES: frozenset({"no_match"}),
    ChecklistItem.NAME_MATCHES: frozenset({"no_match"}),
    ChecklistItem.SECRET: frozenset(
        {"wrong_password", "wrong_code", "code_expired", "too_many_attempts"}
    ),
    ChecklistItem.PROOF_OF_PURCHASE: frozenset({"not_provided", "no_match"}),
    ChecklistItem.ORIGINAL_CARD_HOLDER: frozenset({"not_provided", "no_match"}),
    ChecklistItem.PROXY_ID: frozenset({"not_sighted", "number_invalid", "document_expired"}),
    ChecklistItem.PROXY_AUTHORISATION: frozenset({"not_provided", "not_signed"}),
}


class ChecklistDataError(Refusal):
    """The checklist reference data is broken; the message names the rule."""

    def __init__(self, source: str, rule: int | None, problem: str, where: str = "") -> None:
        place = source if rule is None else f"{source}, rule {rule}{where}"
        super().__init__(
            "checklist_data", f"{place}: {problem}", source=source, rule=rule, problem=problem
        )


@dataclass(frozen=True)
class ChecklistRule:
    carrier: str  # a carrier code or ANY
    reason: str  # a CaseReason value or ANY
    card_kind: str  # a CardKind value or ANY
    items: tuple[ChecklistItem, ...]
    note: str = ""

    @property
    def rank(self) -> tuple[int, int, int, int]:
        """Higher is more specific: fields named, then carrier, reason, card kind."""
        c, r, k = (int(f != ANY) for f in (self.carrier, self.reason, self.card_kind))
        return (c + r + k, c, r, k)

    def matches(self, carrier: str, reason: CaseReason, card_kind: CardKind) -> bool:
        return (
            self.carrier in (ANY, carrier)
            and self.reason in (ANY, reason.value)
            and self.card_kind in (ANY, card_kind.value)
        )


@dataclass(frozen=True)
class ChecklistRules:
    rules: tuple[ChecklistRule, ...]

    def rule_for(self, carrier: str, reason: CaseReason, card_kind: CardKind) -> ChecklistRule:
        found = [r for r in self.rules if r.matches(carrier.upper(), reason, card_kind)]
        return max(found, key=lambda r: r.rank)  # the '*' rule always matches

    def required(
        self, carrier: str, reason: CaseReason, card_kind: CardKind, *, proxy: bool = False
    ) -> tuple[ChecklistItem, ...]:
        """The items a case needs, in :class:`ChecklistItem` order."""
        wanted = set(self.rule_for(carrier, reason, card_kind).items)
        if proxy:
            wanted.update(PROXY_ITEMS)
        return tuple(i for i in ChecklistItem if i in wanted)

    def new_state(
        self, carrier: str, reason: CaseReason, card_kind: CardKind, *, proxy: bool = False
    ) -> ChecklistState:
        return ChecklistState(self.required(carrier, reason, card_kind, proxy=proxy))


_RULE_KEYS: Final = frozenset({"carrier", "reason", "card_kind", "items", "note"})


def _parse_rule(raw: object, source: str, n: int) -> ChecklistRule:
    if not isinstance(raw, dict):
        raise ChecklistDataError(source, n, "a rule should be an object {...}.")
    where = " ({} / {} / {})".format(*(raw.get(k, "?") for k in ("carrier", "reason", "card_kind")))

    def bad(problem: str) -> ChecklistDataError:
        return ChecklistDataError(source, n, problem, where)

    extra = sorted(set(raw) - _RULE_KEYS)
    if extra:
        raise bad(f"unknown field {extra[0]!r}.")
    for key in ("carrier", "reason", "card_kind", "items"):
        if key not in raw:
            raise bad(f"the field {key!r} is missing.")
    carrier, reason, kind, items = raw["carrier"], raw["reason"], raw["card_kind"], raw["items"]
    if not isinstance(carrier, str) or not carrier.strip() or carrier != carrier.strip().upper():
        raise bad(f"carrier should be a carrier code in capitals or '*', not {carrier!r}.")
    if reason != ANY and reason not in {r.value for r in CaseReason}:
        allowed = ", ".join(r.value for r in CaseReason)
        raise bad(f"reason should be one of {allowed} or '*', not {reason!r}.")
    if kind != ANY and kind not in {k.value for k in CardKind}:
        raise bad(f"card_kind should be sim, esim or '*', not {kind!r}.")
    if not isinstance(items, list) or not items:
        raise bad("items should be a non-empty list.")
    parsed: list[ChecklistItem] = []
    for item in items:
        if item not in {i.value for i in ChecklistItem}:
            raise bad(f"unknown item {item!r}.")
        if ChecklistItem(item) in PROXY_ITEMS:
            raise bad(f"{item!r} is added for proxy cases by Desk itself; do not list it.")
        if ChecklistItem(item) in parsed:
            raise bad(f"the item {item!r} is listed twice.")
        parsed.append(ChecklistItem(item))
    if ChecklistItem.ID_DOCUMENT_SIGHTED not in parsed:
        raise bad("every rule must require id_document_sighted.")
    note = raw.get("note", "")
    if not isinstance(note, str):
        raise bad("note should be text.")
    return ChecklistRule(carrier, reason, kind, tuple(parsed), note)


def parse_rules(data: object, source: str = "checklist.json") -> ChecklistRules:
    """Check and build the rules from parsed JSON; :class:`ChecklistDataError` if broken."""
    if not isinstance(data, dict):
        raise ChecklistDataError(source, None, "the file should hold one JSON object {...}.")
    if data.get("version") != 1:
        raise ChecklistDataError(source, None, f"version should be 1, not {data.get('version')!r}.")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list):
        raise ChecklistDataError(source, None, "'rules' should be a list of rules.")
    rules: list[ChecklistRule] = []
    seen: dict[tuple[str, str, str], int] = {}
    for n, raw in enumerate(raw_rules, start=1):
        rule = _parse_rule(raw, source, n)
        key = (rule.carrier, rule.reason, rule.card_kind)
        if key in seen:
            raise ChecklistDataError(
                source, n, f"the same carrier, reason and card kind as rule {seen[key]}.",
                " ({} / {} / {})".format(*key),
            )  # fmt: skip
        seen[key] = n
        rules.append(rule)
    if (ANY, ANY, ANY) not in seen:
        raise ChecklistDataError(
            source, None, "a default rule (carrier, reason and card_kind all '*') is missing."
        )
    return ChecklistRules(tuple(rules))


def load_rules(path: Path = DATA_FILE) -> ChecklistRules:
    """Read and check a checklist file (unreadable or not JSON: :class:`ChecklistDataError`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ChecklistDataError(path.name, None, f"cannot be read ({exc}).") from exc
    return parse_rules(data, path.name)


@cache
def default_rules() -> ChecklistRules:
    """The rules shipped with Desk (read once)."""
    return load_rules()


@dataclass(frozen=True)
class ItemResult:
    """One check as it went: never the typed password, code or ID number."""

    item: ChecklistItem
    passed: bool
    method: str | None = None  # a DocumentKind or SecretMethod value, where the item has one
    failure: str | None = None  # one of FAILURES[item] when not passed
    at: datetime | None = None
    staff_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ChecklistState:
    """The required items and every result recorded so far (immutable: ``record`` copies)."""

    required: tuple[ChecklistItem, ...]
    results: tuple[ItemResult, ...] = field(default=())

    def record(self, result: ItemResult) -> ChecklistState:
        _check_result(self.required, result)
        return ChecklistState(self.required, (*self.results, result))

    def latest(self, item: ChecklistItem) -> ItemResult | None:
        for result in reversed(self.results):
            if result.item is item:
                return result
        return None

    def passed(self, item: ChecklistItem) -> bool:
        latest = self.latest(item)
        return latest is not None and latest.passed

    def missing(self) -> tuple[ChecklistItem, ...]:
        """Required items not (or no longer) passed, in checklist order."""
        return tuple(i for i in self.required if not self.passed(i))

    def is_complete(self) -> bool:
        return not self.missing()

    def failures(self) -> tuple[ItemResult, ...]:
        """Every failed result, in the order recorded (each is audited and counted)."""
        return tuple(r for r in self.results if not r.passed)

    def failed_items(self) -> tuple[ItemResult, ...]:
        """The latest result of each item whose latest result failed."""
        latest = (self.latest(i) for i in self.required)
        return tuple(r for r in latest if r is not None and not r.passed)


def _check_result(required: Sequence[ChecklistItem], r: ItemResult) -> None:
    item = r.item
    if item not in required:
        raise Refusal("item_not_required", f"This case does not need {item.value}.", item=item)
    allowed = METHODS[item]
    if allowed and r.method is None:
        raise Refusal(
            "method_required",
            f"Say how {item.value} was checked.",
            item=item,
            method=None,
            allowed=sorted(allowed),
        )
    if r.method is not None and r.method not in allowed:
        raise Refusal(
            "method_not_allowed",
            f"{r.method!r} is not a way to check {item.value}.",
            item=item,
            method=r.method,
            allowed=sorted(allowed),
        )
    if r.passed and r.failure is not None:
        raise Refusal(
            "failure_not_allowed", "A passed check has no failure.", item=item, failure=r.failure
        )
    if not r.passed and r.failure is None:
        raise Refusal("failure_required", f"Say why {item.value} failed.", item=item, failure=None)
    if not r.passed and r.failure not in FAILURES[item]:
        raise Refusal(
            "failure_unknown",
            f"{r.failure!r} is not a way {item.value} can fail.",
            item=item,
            failure=r.failure,
        )
