"""The store side of sync talks to a real head office (tests/hq/server.py)."""

from tests.hq.conftest import hq_dir, hq_engine, hq_url

__all__ = ["hq_dir", "hq_engine", "hq_url"]
