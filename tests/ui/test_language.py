"""The UI language: chosen in Settings, used at once, remembered on the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.app import DeskApp
from desk.config import load_settings


def test_switching_language_retranslates_everything_and_is_remembered(
    qtbot, qapp, main_window, desk, store
):
    qtbot.mouseClick(main_window.nav_buttons["settings"], Qt.MouseButton.LeftButton)
    combo = main_window.pages["settings"].language
    assert combo.objectName() == "settingsLanguage"
    combo.setCurrentIndex(combo.findData("zh_CN"))
    # Qt posts the language change to every window: it lands on the next event loop turn.
    qtbot.waitUntil(lambda: main_window.nav_buttons["lookup"].text().startswith("查找客户"))
    assert main_window.nav_buttons["settings"].text().startswith("设置")
    assert "营业日" in main_window.status_day.text()
    assert "店员" in main_window.status_clerk.text()
    assert main_window.pages["cases"].body.text().endswith("此版本尚未提供这部分功能。")

    combo.setCurrentIndex(combo.findData("zh_HK"))
    qtbot.waitUntil(lambda: main_window.nav_buttons["lookup"].text().startswith("搜尋客戶"))
    assert main_window.nav_buttons["settings"].text().startswith("設定")
    assert load_settings(store.paths).language == "zh_HK"

    # The next start of Desk, on the same data dir, comes up in 繁體中文.
    desk.logout()
    desk.translations.install("en")  # as if this Desk's process had ended
    again = DeskApp(qapp, store.paths, store.store)
    qtbot.addWidget(again.login)
    assert again.login.button.text() == "登入"

    again.set_language("en")  # and back, for the tests after this one
    qtbot.waitUntil(lambda: again.login.button.text() == "Log in")


def test_lookup_results_in_chinese(qtbot, main_window, desk):
    desk.set_language("zh_CN")
    page = main_window.lookup
    qtbot.keyClicks(page.field, "chan tai")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0)) == "陳大文  CHAN Tai Man\nA123***(3)"
    assert "中国移动香港" in page.model.data(page.model.index(0, 1))
    assert "正常" in page.model.data(page.model.index(0, 1))
    assert page.count.text() == "1 位匹配。"
    desk.set_language("en")
