"""The channels of this Desk, built from its settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desk.config import Settings
from desk.notify.channels import (
    Channels,
    DemoChannel,
    HttpSmsChannel,
    OutgoingNotice,
    SmtpChannel,
)


def channels_from_settings(
    settings: Settings,
    data_dir: Path,
    show_demo: Callable[[OutgoingNotice], None] | None = None,
) -> Channels:
    """E-mail when a server and a sender are set, SMS when a gateway URL is set; the demo
    channel always (a demo store uses only it, whatever is configured)."""
    timeout = float(settings.notice_timeout_seconds)
    email = None
    if settings.smtp_host and settings.smtp_from:
        email = SmtpChannel(
            settings.smtp_host,
            settings.smtp_port,
            settings.smtp_from,
            starttls=settings.smtp_starttls,
            user=settings.smtp_user,
            password=settings.smtp_password,
            timeout=timeout,
        )
    sms = (
        HttpSmsChannel(settings.sms_url, settings.sms_token, timeout=timeout)
        if settings.sms_url
        else None
    )
    return Channels(demo=DemoChannel(data_dir, show_demo), email=email, sms=sms)
