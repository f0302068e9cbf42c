"""The errors a sync can end with, shown in the clerk's language: the real client against
a server on loopback that is not head office, on the Sync page in 繁體中文 and 简体中文;
and every message of :mod:`desk.sync.errors` translated into both, as the window loads
them, with all of its values shown."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from desk.sync.errors import MESSAGES, sync_error
from desk.ui.i18n import Translations
from desk.ui.texts import error_text
from tests.sync.harness import NotHeadOffice
from tests.ui.test_sync_page import real_client, sync_page

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def test_an_answer_not_head_office_s_is_said_in_the_clerk_s_language(qtbot, desk, store):
    with NotHeadOffice(200, b"<html>Welcome to nginx!</html>").serving() as url:
        real_client(desk, url)
        _main, page = sync_page(qtbot, desk)
        desk.set_language("zh_HK")
        qtbot.waitUntil(lambda: page.error_label.text() == "上次錯誤：")
        page.button.click()
        chinese = (
            f"此 Desk 無法理解總部 {url} 對 /v1/handshake 的回覆：沒有寫入任何內容。"
            "Desk 稍後會再嘗試同步。"
        )
        qtbot.waitUntil(lambda: page.error.text() == chinese, timeout=15_000)
    assert page.message.text() == f"同步失敗：{chinese}"
    desk.set_language("zh_CN")
    qtbot.waitUntil(lambda: page.error_label.text() == "上次错误：")
    assert page.error.text() == (
        f"此 Desk 无法理解总部 {url} 对 /v1/handshake 的回复：没有写入任何内容。"
        "Desk 稍后会再次尝试同步。"
    )
    desk.set_language("en")
    qtbot.waitUntil(lambda: page.error_label.text() == "Last error:")
    assert page.error.text().startswith(f"Head office at {url} answered /v1/handshake with ")


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_sync_message_is_translated_with_all_its_values(qapp, code, language):
    source = MESSAGES[code]
    names = PLACEHOLDER.findall(source)
    error = sync_error(code, **{name: f"«{name}»" for name in names})
    translations = Translations(qapp)
    assert translations.install(language), f"desk_{language}.qm: run make translations"
    try:
        translated = QCoreApplication.translate("Texts", source)
        said = error_text(error)
    finally:
        translations.install("en")
    assert translated != source, f"{code}: not translated into {language}"
    assert sorted(PLACEHOLDER.findall(translated)) == sorted(names)
    assert said == translated.format(**error.values)
    assert all(said.count(f"«{name}»") == source.count(f"{{{name}}}") for name in names)
