"""Sync with head office: the store's outbox, the protocol, and the client (no Qt)."""
