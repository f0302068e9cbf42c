"""Use cases: each call is one transaction and returns what changed."""
