"""Head office's HTTP connections with Nagle's algorithm off.

With ``--workers`` above 1, uvicorn binds the listening socket itself, without naming
TCP as its protocol, and asyncio then leaves ``TCP_NODELAY`` unset on the connections
it accepts: an answer's body waited for the store to acknowledge its head, some 40 ms
on every answer with a body. ``desk hq serve`` runs this protocol in every mode.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):  # it works without, only slower
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
