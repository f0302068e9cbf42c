"""The one error type a clerk may meet: a code the UI translates, and plain English.

It lives in the core so that every layer can raise it (the store's file problems, the
services' refusals); ``desk.services.errors`` re-exports it.
"""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """A refusal with words fit for a clerk. ``code`` + ``values`` let the UI translate it."""

    def __init__(self, code: str, message: str, **values: Any) -> None:
        super().__init__(message)
        self.code = code
        self.values = values
