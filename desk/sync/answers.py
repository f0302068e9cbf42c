"""Head office's answers to the sync, checked before anything of them is used.

An answer that is not what head office sends (a proxy's page, another server at that
address, a head office of another version) stops the sync with one
:class:`~desk.core.errors.DeskError`, ``sync_answer``, naming the address and the route,
before anything of it is written; never a ``KeyError`` from deep inside the sync.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desk.sync.errors import sync_error


@contextmanager
def understood(url: str, path: str) -> Iterator[None]:
    """Reading head office's answer to ``path``: what does not fit is ``sync_answer``.
    Only the reading goes inside, never the database work that follows."""
    try:
        yield
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        raise sync_error("sync_answer", url=url, path=path) from exc


def whole(value: Any) -> int:
    """A whole number as JSON has it (not a bool, not a text of digits)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a whole number: {value!r}")
    return value


@dataclass(frozen=True)
class Handshake:
    hq_clock: datetime  # with its time zone
    new_epoch: bool
    epoch: int
    cursor: int
    last_key: str | None
    rows_at_hq: int


def handshake(answer: Any, url: str) -> Handshake:
    """``POST /v1/handshake``'s answer (:class:`desk.hq.routes_sync.HandshakeOut`)."""
    with understood(url, "/v1/handshake"):
        clock = datetime.fromisoformat(answer["hq_clock"])
        if clock.utcoffset() is None:
            raise ValueError("hq_clock without its time zone")
        new_epoch, last_key = answer["new_epoch"], answer.get("last_key")
        if not isinstance(new_epoch, bool) or not isinstance(last_key, str | None):
            raise TypeError("new_epoch or last_key")
        return Handshake(
            hq_clock=clock,
            new_epoch=new_epoch,
            epoch=whole(answer["epoch"]),
            cursor=whole(answer["cursor"]),
            last_key=last_key,
            rows_at_hq=whole(answer["rows_at_hq"]),
        )


def cursor(answer: Any, url: str, path: str = "/v1/batches") -> int:
    """Where head office's copy of this Desk's outbox ends, from a batch's answer (or
    from its refusal of a batch that leaves a gap)."""
    with understood(url, path):
        return whole(answer["cursor"])


def rows_page(answer: Any, url: str) -> tuple[list[dict[str, Any]], int | None]:
    """A page of ``GET /v1/rows``: this Desk's own rows as head office holds them, and
    where the next page starts (None: the last page)."""
    with understood(url, "/v1/rows"):
        rows, after = answer["rows"], answer["next_version"]
        if not isinstance(rows, list) or not all(isinstance(r, dict) and "row" in r for r in rows):
            raise TypeError("rows is not a list of rows")
        return rows, None if after is None else whole(after)


def totals(answer: Any, url: str) -> dict[str, Any]:
    """``GET /v1/totals``: head office's counts and sums per business day (None: none)."""
    if answer is None:
        return {}
    with understood(url, "/v1/totals"):
        if not isinstance(answer, dict):
            raise TypeError("the totals are not an object")
        return answer
