"""The notice outbox while someone is logged in (:mod:`desk.services.notices`).

Sent on a worker thread every 30 s, and at once after a notice is queued: call
:meth:`Outbox.queued` after the transaction that queued it. The Settings page's Notices
group shows what waits, and the notices that need a person (their list read on a
thread of its own); a demo store's notice is shown in the status bar instead of sent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desk.config import Settings
from desk.core.staff import StaffMember

if TYPE_CHECKING:
    from pathlib import Path

    from desk.notify.channels import Channels, OutgoingNotice
    from desk.services.notices import PendingSummary
    from desk.store.db import Database
    from desk.ui.notice_worker import NoticeRunner
    from desk.ui.pages.notice_problems import NoticeProblemsBox
    from desk.ui.pages.notice_settings import NoticeSettingsBox


class Outbox:
    def __init__(
        self,
        db: Database,
        data_dir: Path,
        settings: Callable[[], Settings],
        show: Callable[[str], None],
    ) -> None:
        """``settings()`` the current settings; ``show(text)`` a line in the status bar."""
        self._db, self._data_dir, self._settings, self._show = db, data_dir, settings, show
        self.runner: NoticeRunner | None = None  # the sender's thread, while logged in
        self._channels: Channels | None = None
        self._problems: NoticeProblemsBox | None = None  # its list's thread, likewise

    def problems_box(self, member: StaffMember) -> NoticeProblemsBox:
        """The unknown and failed notices; a decision is audited with ``member``."""
        from desk.services.notice_problems import notices_needing_a_person
        from desk.services.notices import decide_unknown
        from desk.ui.pages.notice_problems import NoticeProblemsBox

        db = self._db
        return NoticeProblemsBox(
            lambda: notices_needing_a_person(db),
            lambda n, resend: decide_unknown(db, member, n, resend=resend, now=datetime.now(UTC)),
            db.release_fast_read,
        )

    def start(self, box: NoticeSettingsBox) -> None:
        from desk.ui.notice_worker import NoticeRunner

        self.runner = NoticeRunner(self._deliver)
        self._channels = self._build_channels()
        self.runner.summary_changed.connect(box.show_summary)
        if box.problems is not None:  # the list that needs a person, read again too
            self.runner.summary_changed.connect(box.problems.summary_changed)
            box.problems.decided.connect(self.queued)
            self._problems = box.problems
        self.runner.demo_shown.connect(self._show_demo)
        self.runner.request()

    def stop(self) -> None:
        if self._problems is not None:
            self._problems.shutdown()
            self._problems = None
        if self.runner is not None:
            self.runner.stop()
            self.runner.deleteLater()
            self.runner = None

    def queued(self) -> None:
        """Send what was just queued without waiting for the next round."""
        if self.runner is not None:
            self.runner.request()

    def settings_changed(self) -> None:
        """The e-mail server or SMS gateway changed: new channels, and a round now."""
        self._channels = self._build_channels()
        self.queued()

    def _build_channels(self) -> Channels:
        from desk.notify.setup import channels_from_settings

        show = self.runner.show_demo if self.runner is not None else None
        return channels_from_settings(self._settings(), self._data_dir, show)

    def _deliver(self) -> PendingSummary:  # runs in the notice thread
        from desk.services.notices import deliver_due, pending_summary

        channels = self._channels  # replaced whole by the GUI thread, never changed
        assert channels is not None
        deliver_due(self._db, channels, datetime.now(UTC))
        return pending_summary(self._db, channels)

    def _show_demo(self, notice: OutgoingNotice) -> None:
        text = QCoreApplication.translate(
            "DeskApp", "Demo store, not sent — notice to {to}: {body}"
        ).format(to=notice.recipient, body=" ".join(notice.body.split()))
        self._show(text)
