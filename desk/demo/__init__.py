"""The demo store (``desk demo``): a realistic Hong Kong counter's data, made fast.

``create_demo_store(paths, customers=5000, seed=0, history_days=7)`` builds store
``HK01`` with the staff of :data:`DEMO_STAFF` (logins and PINs for the README), the
carriers and products of ``catalog.json``, as many customers as asked, with their ID
documents, lines and the store's blank SIM stock, and a past: ``history_days`` closed
business days before today and today open, worked through the real services
(:mod:`desk.demo.history`). Same seed (and same today), same store.
"""

from __future__ import annotations

from desk.demo.fixtures import DEMO_STAFF, DEMO_STORE_CODE, DEMO_STORE_NAME, DemoStaff
from desk.demo.generate import DEFAULT_HISTORY_DAYS, DemoSummary, create_demo_store
from desk.demo.plan import MAX_HISTORY_DAYS

__all__ = [
    "DEFAULT_HISTORY_DAYS",
    "DEMO_STAFF",
    "DEMO_STORE_CODE",
    "DEMO_STORE_NAME",
    "MAX_HISTORY_DAYS",
    "DemoStaff",
    "DemoSummary",
    "create_demo_store",
]
