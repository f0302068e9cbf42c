"""Real servers on 127.0.0.1 for the notice tests: an SMTP server (aiosmtpd) and an SMS
gateway (http.server) that de-duplicates on the Idempotency-Key, as a real one must.

Both can be scripted to refuse the next messages (``replies``) and to hold a message
they have taken until the test lets go (``hold``): the sender is then killed mid-send.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    """A port nobody listens on (bound and closed again: a connection is refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Hold:
    """Hold the next message after taking it: ``seen`` is set, the answer waits for
    ``release``."""

    active: bool = False
    seen: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


class SmtpRecorder:
    """aiosmtpd handler: keeps every message it accepts; ``rcpt_replies`` and
    ``data_replies`` are answers to give instead of accepting, one per message."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMessage]] = []
        self.rcpt_replies: list[str] = []
        self.data_replies: list[str] = []
        self.connections = 0
        self.hold = Hold()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.rcpt_replies:
            return self.rcpt_replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.data_replies:
            return self.data_replies.pop(0)
        msg = message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        self.messages.append((list(envelope.rcpt_tos), msg))
        if self.hold.active:
            self.hold.active = False
            self.hold.seen.set()
            while not self.hold.release.is_set():
                await asyncio.sleep(0.05)
        return "250 2.0.0 Ok: queued"


@contextmanager
def smtp_server() -> Iterator[tuple[SmtpRecorder, int]]:
    recorder = SmtpRecorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield recorder, port
    finally:
        recorder.hold.release.set()
        controller.stop()


class SmsGateway:
    """What the gateway received. ``deliveries``: SMS actually sent (one per key);
    ``requests``: every POST, duplicates included; ``replies``: status codes to answer
    instead of accepting, one per request."""

    TOKEN = "gateway-token"

    def __init__(self) -> None:
        self.deliveries: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.replies: list[int] = []
        self.by_key: dict[str, str] = {}
        self.lock = threading.Lock()
        self.hold = Hold()


def _handler(gateway: SmsGateway) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _answer(self, code: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            try:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the sender is gone (killed mid-send)

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            request = {
                "body": json.loads(raw),
                "key": self.headers.get("Idempotency-Key"),
                "auth": self.headers.get("Authorization"),
            }
            with gateway.lock:
                gateway.requests.append(request)
                if request["auth"] != f"Bearer {SmsGateway.TOKEN}":
                    code = 401
                elif gateway.replies:
                    code = gateway.replies.pop(0)
                else:
                    code = 200
                if code != 200:
                    self._answer(code, {"error": f"scripted {code}"})
                    return
                key = request["key"]
                if key in gateway.by_key:  # seen before: the same answer, no second SMS
                    self._answer(200, {"id": gateway.by_key[key], "duplicate": True})
                    return
                ref = f"sms-{uuid.uuid4().hex[:12]}"
                gateway.by_key[key] = ref
                gateway.deliveries.append({**request["body"], "id": ref, "key": key})
                hold = gateway.hold.active
                gateway.hold.active = False
            if hold:
                gateway.hold.seen.set()
                gateway.hold.release.wait(60)
            self._answer(200, {"id": ref})

    return Handler


@contextmanager
def sms_gateway() -> Iterator[tuple[SmsGateway, str]]:
    gateway = SmsGateway()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(gateway))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield gateway, f"http://127.0.0.1:{server.server_address[1]}/v1/sms"
    finally:
        gateway.hold.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
