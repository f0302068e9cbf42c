"""The store's side of the guard across the chain: one short question to head office.

:func:`ask_chain` never raises and never keeps the counter waiting much longer than its
timeout (about a second): head office down, slow, refusing the credential or answering
something that is not the answer all come back as None, which the guard turns into a
supervisor's approval (``chain_unreachable``). The composition root binds an enrolled
Desk's endpoint with :func:`chain_asker` and hands the result to
:class:`desk.services.case_context.Counter` as ``chain``; a Desk not enrolled passes
None and its guard works on its own rows alone.
"""

from __future__ import annotations

import importlib
import logging
import math
from typing import TYPE_CHECKING, Protocol

import httpx

from desk.core.chain import ChainAsk, ChainCounts
from desk.core.guard import GuardSettings
from desk.sync.net import tls

if TYPE_CHECKING:
    from desk.config import Paths

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 1.0
MAX_DAYS = 90


class Endpoint(Protocol):
    """Where head office is and this counter's credential there (an enrolment)."""

    @property
    def url(self) -> str: ...

    @property
    def credential(self) -> str: ...


def chain_days(guard: GuardSettings) -> int:
    """How far back to ask: the cooling period and the failure window, whichever is
    longer (1 to 90 days)."""
    window = math.ceil(guard.failure_window.total_seconds() / 86400)
    return max(1, min(MAX_DAYS, max(guard.cooling_days, window)))


def ask_chain(
    endpoint: Endpoint,
    *,
    msisdn: str,
    doc_hash_hex: str | None,
    days: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> ChainCounts | None:
    """Head office's answer on the other stores and counters; None when it could not be
    asked (unreachable, slow, refused, not an answer). Never raises."""
    body: dict[str, object] = {"msisdn": msisdn}
    if doc_hash_hex:
        body["doc_hash"] = doc_hash_hex.lower()
    if days is not None:
        body["days"] = max(1, min(MAX_DAYS, days))
    try:
        response = httpx.post(
            endpoint.url.rstrip("/") + "/v1/guard",
            json=body,
            headers={"Authorization": f"Bearer {endpoint.credential}"},
            timeout=httpx.Timeout(timeout),
            verify=tls(),
        )
        if not response.is_success:
            log.warning("head office refused the guard's question: %s", response.status_code)
            return None
        found = ChainCounts.from_json(response.json())
    except Exception as exc:  # whatever went wrong, the case still opens
        log.warning("head office could not be asked for the guard: %s", type(exc).__name__)
        return None
    if found is None:
        log.warning("head office's answer to the guard is not one")
    return found


def chain_asker(
    endpoint: Endpoint, guard: GuardSettings | None = None, timeout: float = DEFAULT_TIMEOUT
) -> ChainAsk:
    """The ``Counter.chain`` of an enrolled Desk."""
    days = chain_days(guard or GuardSettings())

    def ask(msisdn: str, doc_hash_hex: str | None) -> ChainCounts | None:
        return ask_chain(
            endpoint, msisdn=msisdn, doc_hash_hex=doc_hash_hex, days=days, timeout=timeout
        )

    return ask


def _unreachable(_msisdn: str, _doc_hash_hex: str | None) -> ChainCounts | None:
    return None


def enrolled_chain(paths: Paths, guard: GuardSettings | None = None) -> ChainAsk | None:
    """``Counter.chain`` for the Desk of ``paths``: its enrolment's endpoint, or None
    when it is not enrolled. An enrolment that cannot be read is treated as head office
    out of reach (a supervisor approves each case), never as not enrolled."""
    try:
        # desk.sync.enrolment: load_enrolment(paths) -> Enrolment (.url, .credential) | None
        enrolment = importlib.import_module("desk.sync.enrolment")
    except ImportError:  # a Desk built before enrolment existed
        return None
    try:
        found = enrolment.load_enrolment(paths)
    except Exception:  # a damaged enrolment: enrolled, but head office cannot be asked
        log.exception("this Desk's enrolment cannot be read")
        return _unreachable
    return chain_asker(found, guard) if found is not None else None
