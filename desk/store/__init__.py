"""Persistence: SQLAlchemy models, the SQLite engine, Alembic migrations, backups."""
