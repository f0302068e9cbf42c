"""Head office's reference snapshots: publishing the next version, reading the newest.

Publishing is for head office's own machine (``desk hq publish FILE``): no HTTP route
writes reference data. A snapshot is checked by the same code every store runs
(:func:`desk.sync.reference_format.validate_snapshot`) before it is stored, and stored
with the SHA-256 of its canonical JSON, which the store checks before applying it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from desk.core.errors import DeskError
from desk.hq import schema
from desk.hq.db import now, sha256_hex
from desk.sync.reference_format import canonical_json, validate_snapshot


@dataclass(frozen=True)
class Published:
    version: int
    sha256: str
    body: dict[str, Any]


def read_snapshot_file(path: Path) -> dict[str, Any]:
    """The checked snapshot document in ``path``; a :class:`DeskError` naming the problem."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DeskError("reference_file", f"{path}: no such file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DeskError("reference_file", f"{path}: cannot be read ({exc}).") from exc
    except json.JSONDecodeError as exc:
        raise DeskError(
            "reference_file", f"{path}: not JSON (line {exc.lineno}, column {exc.colno})."
        ) from exc
    try:
        return validate_snapshot(data).body()
    except DeskError as exc:
        raise DeskError(exc.code, f"{path.name}: {exc}", **exc.values) from exc


def publish(engine: Engine, body: dict[str, Any]) -> Published:
    """Store ``body`` (checked) as the next reference version, in one transaction."""
    validate_snapshot(body)
    digest = sha256_hex(canonical_json(body))
    with engine.begin() as conn:
        version = (conn.execute(select(func.max(schema.reference.c.version))).scalar() or 0) + 1
        conn.execute(
            schema.reference.insert().values(
                version=version, published_at=now(), sha256=digest, body=body
            )
        )
    return Published(version, digest, body)


def newest(conn: Connection) -> Published | None:
    """The newest published snapshot, or None before the first publish."""
    r = schema.reference
    found = conn.execute(
        select(r.c.version, r.c.sha256, r.c.body).order_by(r.c.version.desc()).limit(1)
    ).first()
    return None if found is None else Published(found.version, found.sha256, found.body)
