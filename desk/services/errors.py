"""Errors a clerk may meet: each carries a code the UI translates, and plain English."""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """A refusal with words fit for a clerk. ``code`` + ``values`` let the UI translate it."""

    def __init__(self, code: str, message: str, **values: Any) -> None:
        super().__init__(message)
        self.code = code
        self.values = values
