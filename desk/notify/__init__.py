"""Sending notices to customers: e-mail over SMTP, SMS through an HTTP gateway, and the
demo store's file. No Qt, no database: :mod:`desk.services.notices` keeps the outbox."""
