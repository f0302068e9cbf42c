"""UI languages: 简体中文, 繁體中文, English. Sources are English ``tr()`` strings;
``resources/translations/*.ts`` are translated with Qt Linguist and built into
``desk/ui/i18n/*.qm`` by the Makefile."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

QM_DIR = Path(__file__).parent / "i18n"

# Shown in each language's own words, whatever the current language.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_HK": "繁體中文", "en": "English"}
_QT_NAMES = {"zh_CN": "zh_CN", "zh_HK": "zh_TW", "en": "en"}
# Qt's own words that the translations Qt ships lack (Qt 6 changed these sources since
# they were translated): Desk's .ts files translate them in Qt's contexts, and a Qt
# translator with no word for them passes them on to Desk's. The save dialog read
# "Look in:", "Files of type:" and "Folder" in English without them.
QT_WORDS_QT_LACKS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)


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
        qt = qt_translator(self._app, language)
        if qt is not None:
            self._app.installTranslator(qt)
            self._installed.append(qt)
        return found


def qt_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's own words (the file dialog's 尋找於 / 檔案類型, a message box's buttons) in
    ``language``: the ``qtbase`` file Qt ships for it, Hong Kong falling back to Taiwan's
    traditional characters (Qt ships no zh_HK); None if none is found (Qt's English)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    bundled = Path(PySide6.__file__).parent / "Qt" / "translations"
    if str(bundled) not in folders:
        folders.append(str(bundled))  # where pip's PySide6 keeps them, if Qt looks elsewhere
    names = [language, _QT_NAMES[language]] if language in _QT_NAMES else [language]
    for folder in folders:
        for name in dict.fromkeys(names):
            path = Path(folder) / f"qtbase_{name}.qm"
            if not path.is_file():
                continue
            qt = QTranslator(app)
            if qt.load(str(path)):
                return qt
            qt.deleteLater()
    return None
