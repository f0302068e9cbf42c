"""What every request to head office shares."""

from __future__ import annotations

import ssl
from functools import cache

import httpx


@cache
def tls() -> ssl.SSLContext:
    """The TLS settings for head office (the system's CA certificates, as httpx sets
    them), made once per process: making them reads the CA bundle, some 30–50 ms that
    every sync and every guard question paid again."""
    return httpx.create_ssl_context()
