"""Why a sync did not happen, as a code and values the UI translates, and in English.

A failed sync keeps its error in ``sync_state`` (``last_error`` in English for the
command line and the log, ``last_error_code`` and ``last_error_values`` for the Sync
page, which shows it in the clerk's language through :func:`desk.ui.texts.error_text`).
The English source strings below are that function's as well (context ``Texts``), so a
message is written once. No Qt and nothing heavy here: the UI's texts import it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desk.core.errors import DeskError
from desk.store.problems import QT_TRANSLATE_NOOP

MESSAGES = {
    # Network trouble, and head office's refusal (desk.sync.client.sync_once)
    "sync_unreachable": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office at {url} cannot be reached ({kind}); Desk works on and will try again.",
    ),
    "sync_no_answer": QT_TRANSLATE_NOOP(
        "Texts", "Head office at {url} did not answer in time; Desk will try again."
    ),
    "sync_refused": QT_TRANSLATE_NOOP("Texts", "Head office refused the sync: {reason}"),
    # A sync asked for that does not start (desk.sync.client, desk.sync.runner)
    "sync_busy": QT_TRANSLATE_NOOP(
        "Texts", "A sync with head office is already running: wait for it to finish."
    ),
    "sync_not_enrolled": QT_TRANSLATE_NOOP(
        "Texts",
        "This Desk is not enrolled with head office: ask head office for an enrolment "
        "token, then run desk enroll.",
    ),
    "sync_unavailable": QT_TRANSLATE_NOOP(
        "Texts", "This version of Desk cannot sync with head office yet."
    ),
}


def sync_error(code: str, **values: Any) -> DeskError:
    """The :class:`DeskError` of ``code``, its English filled from ``values``."""
    return DeskError(code, MESSAGES[code].format(**values), **values)


def values_json(values: Mapping[str, Any]) -> str:
    """An error's values as ``sync_state.last_error_values`` keeps them."""
    return json.dumps(dict(values), ensure_ascii=False, default=str)


def stored_error(
    text: str | None, code: str | None, values: str | Mapping[str, Any] | None
) -> DeskError | None:
    """The error a sync left (None: none), for :func:`desk.ui.texts.error_text`.

    ``values`` as stored (JSON text) or as read (a mapping). A row without a code
    (written before Desk kept one) or with values that cannot be read keeps only its
    English text, which the UI then shows as it is.
    """
    if text is None:
        return None
    if isinstance(values, str):
        try:
            values = json.loads(values)
        except ValueError:
            values = None
    elif values is None:
        values = {}
    if not code or not isinstance(values, Mapping):
        return DeskError("", text)
    return DeskError(code, text, **{str(k): v for k, v in values.items()})
