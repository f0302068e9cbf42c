"""UI languages: 简体中文, 繁體中文, English. Sources are English ``tr()`` strings;
``resources/translations/*.ts`` are translated with Qt Linguist and built into
``desk/ui/i18n/*.qm`` by the Makefile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

QM_DIR = Path(__file__).parent / "i18n"

# Shown in each language's own words, whatever the current language.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_HK": "繁體中文", "en": "English"}
_QT_NAMES = {"zh_CN": "zh_CN", "zh_HK": "zh_TW", "en": "en"}


_current = "en"


def chinese_first() -> bool:
    """Whether names and carriers show their Chinese form first (a Chinese UI)."""
    return _current.startswith("zh")


def current_language() -> str:
    return _current


def local_name(en: str, hans: str, hant: str | None) -> str:
    """A reference-data name (carrier, product) in the UI language: traditional
    characters for 繁體中文, simplified for 简体中文, English for English. Customers'
    own names are never converted: they stay as registered."""
    if _current == "zh_HK":
        return hant or hans
    return hans if _current.startswith("zh") else en


class Translations:
    """Keeps the installed translators; switching language re-translates every window."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to ``language``; False if its translation file is missing (English shown)."""
        for t in self._installed:
            self._app.removeTranslator(t)
        self._installed.clear()
        global _current
        self.language = _current = language
        QLocale.setDefault(QLocale(_QT_NAMES.get(language, "en")))
        if language == "en":
            return True  # removing the translators told every widget already
        ours = QTranslator(self._app)
        found = ours.load(str(QM_DIR / f"desk_{language}.qm"))
        if found:
            self._app.installTranslator(ours)
            self._installed.append(ours)
        qt = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{_QT_NAMES[language]}", qt_dir):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        return found
