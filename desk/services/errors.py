"""Errors a clerk may meet: each carries a code the UI translates, and plain English."""

from __future__ import annotations

from desk.core.errors import DeskError

__all__ = ["DeskError"]
