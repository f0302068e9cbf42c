"""The UI language: chosen in Settings, used at once, remembered on the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.app import DeskApp
from desk.config import Paths, load_settings
from desk.services.stores import create_store, open_database
from desk.store.light import read_store


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
    assert main_window.pages["stock"].body.text().endswith("此版本尚未提供这部分功能。")

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
    assert "正常" not in page.model.data(page.model.index(0, 1))  # only what is not normal
    assert page.count.text() == "找到 1 位客户。"
    desk.set_language("en")


def test_reference_names_follow_the_ui_language_live(qtbot, qapp, desk, store):
    from desk.store.light import read_store
    from desk.store.models import Staff, Store
    from tests.ui.conftest import log_in

    with store.db.write() as s:
        s.get(Store, store.store.id).name_zh_hant = "Test Store 測試門市"
        s.get(Staff, store.clerk.id).display_name_zh_hant = "陳小明 Chan Siu Ming"
    desk.store = read_store(store.paths.database)  # as a start of Desk reads it
    assert desk.store is not None and desk.store.name_zh_hant == "Test Store 測試門市"
    desk.set_language("zh_HK")
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    main = desk.main
    assert "Test Store 測試門市" in main.status_store.text()
    assert "Test Store 測試門市" in main.windowTitle()
    assert "陳小明 Chan Siu Ming" in main.status_clerk.text()
    page = main.lookup
    qtbot.keyClicks(page.field, "chan tai")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "中國移動香港" in page.model.data(page.model.index(0, 1))
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(page.showing_card)
    assert page.card.lines.item(0, 1).text() == "中國移動香港\n香港數據卡"
    # the customer's own name stays as registered
    assert page.card.name.text().startswith("陳大文")

    desk.set_language("zh_CN")
    qtbot.waitUntil(lambda: "Test Store 测试门店" in main.status_store.text())
    assert "Chan Siu Ming" in main.status_clerk.text() and "陳小明" not in main.status_clerk.text()
    assert page.card.lines.item(0, 1).text() == "中国移动香港\n香港流量卡"
    assert "中国移动香港" in page.model.data(page.model.index(0, 1))

    desk.set_language("en")
    qtbot.waitUntil(lambda: page.card.lines.item(0, 1).text().startswith("China Mobile"))
    assert page.card.lines.item(0, 1).text() == "China Mobile Hong Kong\nHK data card"
    assert "Test Store 测试门店" in main.status_store.text()  # a store has no English name


def test_switching_language_keeps_the_hint_on_screen(qtbot, main_window, desk):
    page = main_window.lookup
    qtbot.keyClicks(page.field, "89014103211118510721")
    qtbot.waitUntil(page.hint.isVisible)
    desk.set_language("zh_CN")
    qtbot.waitUntil(lambda: page.count.text() == "找到 1 位客户。")
    assert page.hint.isVisible() and page.hint.text().startswith("ICCID")
    desk.set_language("en")
    qtbot.waitUntil(lambda: page.count.text() == "Matching customers: 1.")
    assert page.hint.isVisible()
    assert page.hint.text() == "ICCID: Check digit should be 0, not 1."


def test_a_hong_kong_store_that_never_chose_a_language_starts_in_traditional_chinese(
    qtbot, qapp, store
):
    assert not store.paths.settings.exists()
    info = read_store(store.paths.database)  # as `desk` reads it before the login window
    assert info is not None and info.region == "HK"
    apps = [DeskApp(qapp, store.paths, info)]
    qtbot.addWidget(apps[0].login)
    try:
        assert apps[0].login.button.text() == "登入"
        assert apps[0].login.windowTitle() == "補卡櫃枱 — 登入"
        assert not store.paths.settings.exists()  # nothing chosen, nothing written
        # Once chosen, the choice is what the next start uses.
        apps[0].set_language("zh_CN")
        apps[0].translations.install("en")  # as if this Desk's process had ended
        apps.append(DeskApp(qapp, store.paths, info))
        qtbot.addWidget(apps[1].login)
        assert apps[1].login.button.text() == "登录"
    finally:
        for app in apps:  # the translators belong to the shared QApplication
            app.translations.install("en")


def test_a_mainland_store_starts_in_simplified_chinese(qtbot, qapp, tmp_path):
    paths = Paths(tmp_path / "sz01")
    db = open_database(paths, create=True)
    create_store(
        db, paths, code="SZ01", name="深圳店", region="CN", currency="CNY", timezone="Asia/Shanghai"
    )
    db.close()
    info = read_store(paths.database)
    assert info is not None
    app = DeskApp(qapp, paths, info)
    qtbot.addWidget(app.login)
    try:
        assert app.login.button.text() == "登录"
    finally:
        app.translations.install("en")
