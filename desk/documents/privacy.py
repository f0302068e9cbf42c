"""Documents print masked ID numbers only; this refuses anything that is not masked."""

from __future__ import annotations

from desk.core.errors import DeskError

MASK_CHARACTERS = frozenset("*•●")


def require_masked(id_masked: str) -> str:
    """Return ``id_masked`` if it hides part of the number (``A123***(3)``), else refuse."""
    if id_masked and not MASK_CHARACTERS.intersection(id_masked):
        raise DeskError(
            "document_id_not_masked",
            "The document would print a full ID number; only a masked one may be printed.",
        )
    return id_masked
