"""The one error the case domain raises: a refusal with a stable code a clerk's UI translates.

It is a :class:`desk.core.errors.DeskError` (``code``, an English ``message`` as its
``str()``, and the ``values`` a translated sentence needs), so it reaches the clerk's
UI as any other refusal does, and a ``ValueError``: a refusal is about the values
handed in.
Every code raised by a core module is listed in that module's docstring.
"""

from __future__ import annotations

from typing import Any

from desk.core.errors import DeskError


class Refusal(DeskError, ValueError):
    """A refused domain action: ``code`` (stable, snake_case), English ``str()``, ``values``."""

    code: str
    values: dict[str, Any]

    def __init__(self, code: str, message: str, **values: Any) -> None:
        super().__init__(code, message, **values)

    @property
    def message(self) -> str:
        return str(self)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword values survive pickling (e.g. across the demo generator's processes).
        return (_rebuild, (type(self), self.code, str(self), self.values))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {str(self)!r}, **{self.values!r})"


def _rebuild(cls: type[Refusal], code: str, message: str, values: dict[str, Any]) -> Refusal:
    return cls(code, message, **values)
