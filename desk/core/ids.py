"""UUIDv7 identifiers, made where the row is born.

Every row that will sync has a UUIDv7 key: time-ordered (so indexes stay compact and
rows sort by birth), unique across stores without coordination (RFC 9562).
"""

from __future__ import annotations

import os
import time
import uuid

_last_ms = 0
_counter = 0


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A new UUIDv7; monotonic within this process (RFC 9562 §6.2, method 1)."""
    global _last_ms, _counter
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    if ms <= _last_ms:
        # Same (or earlier) millisecond: keep order with a 12-bit counter in rand_a.
        ms = _last_ms
        _counter += 1
        if _counter > 0xFFF:
            ms += 1
            _counter = 0
    else:
        _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave room to count up
    _last_ms = ms
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | _counter << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)


def uuid7_time_ms(value: uuid.UUID) -> int:
    """The Unix time in milliseconds at which a UUIDv7 was made."""
    return value.int >> 80
