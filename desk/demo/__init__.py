"""The demo store (``desk demo``): a realistic Hong Kong counter's data, made fast.

``create_demo_store(paths, customers=5000, seed=0)`` builds store ``HK01`` with the
staff of :data:`DEMO_STAFF` (logins and PINs for the README), the carriers and products
of ``catalog.json``, and as many customers as asked, with their ID documents, lines and
the store's blank SIM stock. Same seed, same store.
"""

from __future__ import annotations

from desk.demo.fixtures import DEMO_STAFF, DEMO_STORE_CODE, DEMO_STORE_NAME, DemoStaff
from desk.demo.generate import DemoSummary, create_demo_store

__all__ = [
    "DEMO_STAFF",
    "DEMO_STORE_CODE",
    "DEMO_STORE_NAME",
    "DemoStaff",
    "DemoSummary",
    "create_demo_store",
]
