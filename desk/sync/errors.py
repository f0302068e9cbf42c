"""Why a sync did not happen, as a code and values the UI translates, and in English.

A failed sync keeps its error in ``sync_state`` (``last_error`` in English for the
command line and the log, ``last_error_code`` and ``last_error_values`` for the Sync
page, which shows it in the clerk's language through :func:`desk.ui.texts.error_text`).
The English source strings below are that function's as well (context ``Texts``), so a
message is written once. No Qt and nothing heavy here: the UI's texts import it.

Every DeskError a sync can end with (and so every error the Sync page can show) is
raised through :func:`sync_error` with a code of its own here, one text per code: a new
one needs its line below and its translations (``make update-translations``).
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
    "sync_status": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office at {url} answered {path} with HTTP {status} and no reason; Desk will "
        "try again.",
    ),
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
    # This Desk's enrolment, read before each sync (desk.sync.enrolment.load_enrolment);
    # not_enrolled is sync_once's own (desk sync), with the command's arguments
    "not_enrolled": QT_TRANSLATE_NOOP(
        "Texts",
        "This Desk is not enrolled with head office: ask head office for an enrolment "
        "token, then run 'desk enroll URL TOKEN'.",
    ),
    "enrolment_unreadable": QT_TRANSLATE_NOOP(
        "Texts", "This Desk's enrolment with head office ({path}) cannot be read: {detail}"
    ),
    "enrolment_damaged": QT_TRANSLATE_NOOP(
        "Texts",
        "{path} is damaged ({detail}): enrol this Desk again with desk enroll --again URL TOKEN.",
    ),
    "credential_unreadable": QT_TRANSLATE_NOOP(
        "Texts", "The credential for head office cannot be read: {detail}"
    ),
    "credential_missing": QT_TRANSLATE_NOOP(
        "Texts",
        "The credential for head office is in neither the keyring nor {file}: enrol this "
        "Desk again with desk enroll --again URL TOKEN (head office gives the token).",
    ),
    # Head office's answers that this Desk cannot use (desk.sync.answers, client, outbox)
    "sync_answer": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office at {url} answered {path} with something this Desk does not "
        "understand: nothing of it was written; Desk will try again.",
    ),
    "sync_epoch": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office and this Desk could not agree where to start the sync; Desk will try again.",
    ),
    "hq_row_malformed": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office sent a {table} row this Desk cannot take ({columns}): nothing of it "
        "was written.",
    ),
    "hq_row_no_id": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office sent a {table} row this Desk cannot take (no id): nothing of it was written.",
    ),
    "hq_row_binary": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office sent a {table} row with damaged binary data: nothing of it was written.",
    ),
    # The reference data: fees, carriers, products, staff (desk.sync.reference)
    "reference_answer": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office's reference data (fees, carriers, staff) arrived without a version "
        "or body: nothing of it was applied; Desk will try again.",
    ),
    "reference_damaged": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office's reference version {version} arrived damaged (its SHA-256 does not "
        "match): it was not applied; the next sync fetches it again.",
    ),
    "reference_unusable": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office's reference version {version} was not applied: this Desk cannot use "
        "it ({field}: {problem}). Tell head office.",
    ),
    "reference_currency": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office's fee schedule is in {schedule} but this store takes {store}: "
        "reference version {version} was not applied.",
    ),
    "reference_version": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office's reference version {version} was not applied: a version is 1 or more.",
    ),
    # The chain's customer, ID document and line records (desk.sync.records)
    "records_answer": QT_TRANSLATE_NOOP(
        "Texts",
        "Head office's answer for customer and line records is malformed: nothing was "
        "written; the next sync asks again.",
    ),
    "records_unknown": QT_TRANSLATE_NOOP(
        "Texts", "Head office sent a record this Desk does not keep: nothing was written."
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
