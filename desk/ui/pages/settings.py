"""Settings: the UI language now; every declared setting on this page later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk.ui.i18n import LANGUAGE_NAMES
from desk.ui.retranslate import Retranslating


class SettingsPage(Retranslating, QWidget):
    def __init__(
        self,
        language: str,
        set_language: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        notices: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._set_language = set_language
        self.title = QLabel(objectName="pageTitle")
        self.language_label = QLabel()
        self.language = QComboBox(objectName="settingsLanguage")
        self.language.setAccessibleName("settingsLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.note = QLabel(wordWrap=True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.note)
        self.notices = notices  # the Notices group (desk/ui/pages/notice_settings.py)
        if notices is not None:
            layout.addWidget(notices)
        layout.addStretch(1)
        self.retranslate()

    def _language_chosen(self, _index: int) -> None:
        self._set_language(self.language.currentData())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Language"))
        self.note.setText(self.tr("The language is used at once and remembered on this computer."))
