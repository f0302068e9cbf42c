"""The Notices group of the Settings page: the e-mail server, the SMS gateway, a line
saying what waits in the outbox, and the notices that need a person
(:mod:`desk.ui.pages.notice_problems`). Saved with one button (or Enter in any field)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.config import Settings
from desk.core.notices import NoticeChannel
from desk.services.notices import PendingSummary
from desk.ui import msgbox
from desk.ui.choices import Tick
from desk.ui.pages.notice_problems import NoticeProblemsBox
from desk.ui.retranslate import Retranslating

_TEXT = ("smtp_host", "smtp_user", "smtp_password", "smtp_from", "sms_url", "sms_token")


def _object_name(setting: str) -> str:
    """smtp_host → settingsSmtpHost"""
    return "settings" + "".join(part.capitalize() for part in setting.split("_"))


class NoticeSettingsBox(Retranslating, QGroupBox):
    def __init__(
        self,
        settings: Settings,
        save: Callable[[Settings], None],
        parent: QWidget | None = None,
        *,
        problems: NoticeProblemsBox | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsNotices")
        self._settings = settings
        self._save = save
        self._summary: PendingSummary | None = None
        self.edits: dict[str, QLineEdit] = {}
        for name in _TEXT:
            edit = QLineEdit(getattr(settings, name), objectName=_object_name(name))
            edit.setAccessibleName(edit.objectName())
            edit.returnPressed.connect(self.save)
            self.edits[name] = edit
        for secret in ("smtp_password", "sms_token"):
            self.edits[secret].setEchoMode(QLineEdit.EchoMode.Password)
        self.port = QSpinBox(objectName="settingsSmtpPort", minimum=1, maximum=65535)
        self.port.setValue(settings.smtp_port)
        self.starttls = Tick(objectName="settingsSmtpStarttls")
        self.starttls.setChecked(settings.smtp_starttls)
        self.timeout = QSpinBox(objectName="settingsNoticeTimeout", minimum=1, maximum=120)
        self.timeout.setValue(settings.notice_timeout_seconds)
        self.save_button = QPushButton(objectName="settingsNoticesSave")
        self.save_button.clicked.connect(self.save)
        self.pending = QLabel(objectName="settingsNoticesPending", wordWrap=True)
        self.labels = {key: QLabel() for key in (*_TEXT, "port", "starttls", "timeout")}
        # E-mail on the left, SMS on the right: the group stays short enough for the
        # list of notices below it on a 768 px high screen.
        mail, sms = QFormLayout(), QFormLayout()
        rows: list[tuple[QFormLayout, str, QWidget]] = [
            (mail, "smtp_host", self.edits["smtp_host"]),
            (mail, "port", self.port),
            (mail, "starttls", self.starttls),
            (mail, "smtp_user", self.edits["smtp_user"]),
            (mail, "smtp_password", self.edits["smtp_password"]),
            (mail, "smtp_from", self.edits["smtp_from"]),
            (sms, "sms_url", self.edits["sms_url"]),
            (sms, "sms_token", self.edits["sms_token"]),
            (sms, "timeout", self.timeout),
        ]
        for form, key, widget in rows:
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        columns = QHBoxLayout()
        columns.addLayout(mail, 1)
        columns.addSpacing(16)
        columns.addLayout(sms, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.pending)
        self.problems = problems  # the unknown and failed notices, and the decisions
        if problems is not None:
            layout.addWidget(problems, 1)
        self.retranslate()

    def chosen(self) -> Settings:
        """The settings as typed in the fields."""
        typed = {name: edit.text().strip() for name, edit in self.edits.items()}
        typed["smtp_password"] = self.edits["smtp_password"].text()  # spaces are allowed
        return replace(
            self._settings,
            **typed,
            smtp_port=self.port.value(),
            smtp_starttls=self.starttls.isChecked(),
            notice_timeout_seconds=self.timeout.value(),
        )

    def save(self) -> None:
        chosen = self.chosen()
        checked = chosen.validated()
        wrong = [
            f.name for f in fields(Settings) if getattr(chosen, f.name) != getattr(checked, f.name)
        ]
        if wrong:
            names = self.tr(", ", "between field names").join(
                self.labels[n].text().rstrip(":：") for n in wrong if n in self.labels
            )
            msgbox.error(
                self, self.title(), self.tr("Please correct: {fields}").format(fields=names)
            )
            return
        self._settings = chosen
        self._save(chosen)
        self.pending.setText(self.tr("Saved. Checking the outbox…"))

    def show_summary(self, summary: PendingSummary) -> None:
        self._summary = summary
        self.pending.setText(self.summary_text(summary))

    def summary_text(self, summary: PendingSummary) -> str:
        names = {
            NoticeChannel.SMS: self.tr("SMS"),
            NoticeChannel.EMAIL: self.tr("e-mail"),
            NoticeChannel.DEMO: self.tr("demo"),
        }
        missing = {
            NoticeChannel.SMS: self.tr("no SMS gateway configured"),
            NoticeChannel.EMAIL: self.tr("no e-mail server configured"),
            NoticeChannel.DEMO: "",
        }
        parts = []
        for w in summary.waiting:
            if w.reason == "not_configured":
                text = self.tr("{count} {channel} waiting: {why}")
                parts.append(
                    text.format(count=w.count, channel=names[w.channel], why=missing[w.channel])
                )
            elif w.reason == "retrying":
                text = self.tr("{count} {channel} waiting to be retried ({error})")
                parts.append(
                    text.format(count=w.count, channel=names[w.channel], error=w.last_error)
                )
            else:
                text = self.tr("{count} {channel} being sent")
                parts.append(text.format(count=w.count, channel=names[w.channel]))
        if summary.unknown:
            text = self.tr("{count} interrupted e-mails need a decision")
            parts.append(text.format(count=summary.unknown))
        if summary.failed:
            parts.append(self.tr("{count} refused by the server").format(count=summary.failed))
        return self.tr("Notices: ") + (
            self.tr("; ", "between kinds of notices").join(parts) or self.tr("nothing waiting")
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Notices to customers"))
        texts = {
            "smtp_host": self.tr("E-mail server (SMTP):"),
            "port": self.tr("Port:"),
            "starttls": self.tr("Encrypt (STARTTLS):"),
            "smtp_user": self.tr("Login:"),
            "smtp_password": self.tr("Password:"),
            "smtp_from": self.tr("Sender address:"),
            "sms_url": self.tr("SMS gateway URL:"),
            "sms_token": self.tr("SMS gateway token:"),
            "timeout": self.tr("Wait for an answer (seconds):"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.edits["smtp_host"].setPlaceholderText(self.tr("empty: no e-mail notices"))
        self.edits["sms_url"].setPlaceholderText(self.tr("empty: no SMS notices"))
        self.save_button.setText(self.tr("Save notice settings"))
        if self._summary is not None:
            self.pending.setText(self.summary_text(self._summary))
