"""PostgreSQL roles for head office: quoting, and the grants that let the service's role
read and write the tables it does not own (README: *Head office on PostgreSQL*)."""

from __future__ import annotations

from sqlalchemy import Engine


def quote_ident(name: str) -> str:
    """``name`` as a PostgreSQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    """``text`` as a PostgreSQL string literal (standard_conforming_strings is on)."""
    return "'" + text.replace("'", "''") + "'"


def grant_statements(app_role: str, for_role: str | None = None) -> list[str]:
    """What lets ``app_role`` read and write every table and sequence of schema
    ``public``, those there now and (default privileges) those made later: by the role
    running the statements, or by ``for_role`` when a superuser runs them."""
    app = quote_ident(app_role)
    defaults = "ALTER DEFAULT PRIVILEGES "
    if for_role:
        defaults += f"FOR ROLE {quote_ident(for_role)} "
    defaults += "IN SCHEMA public "
    return [
        f"GRANT USAGE ON SCHEMA public TO {app}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}",
        defaults + f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app}",
        defaults + f"GRANT USAGE, SELECT ON SEQUENCES TO {app}",
    ]


def grant_app(engine_owner: Engine, app_role: str) -> None:
    """Run as the owner (``engine_owner``, e.g. after the migrations): ``app_role`` may
    read and write every table and sequence of ``public``, and those the owner makes
    later. It gets no right to drop or alter them: only their owner has that."""
    with engine_owner.begin() as conn:
        for statement in grant_statements(app_role):
            conn.exec_driver_sql(statement)
