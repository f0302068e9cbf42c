"""The translations read as each place writes: every message translated, 繁體中文 in Hong
Kong words (not mainland words in traditional characters), and nothing lost on the way.

When a test here fails after new tr() strings: `make update-translations`, then fill each
message the failure lists in resources/translations/desk_<language>.ts (Qt Linguist, or by
hand), then `make translations`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desk.core.identifiers import InvalidIdentifier, parse
from desk.ui.identifier_messages import named_message_for

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_HK")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    state: str  # "" when finished; else lupdate's type: unfinished, vanished, obsolete

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} -> {self.translation!r}"


def messages(language: str) -> list[Message]:
    root = ET.parse(TS_DIR / f"desk_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            found.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    "".join(translation.itertext()),
                    translation.get("type", ""),
                )
            )
    return found


def listed(problems: list[object]) -> str:
    return "\n  " + "\n  ".join(str(p) for p in problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    missing = [m for m in messages(language) if m.state or not m.translation.strip()]
    assert not missing, f"desk_{language}.ts: messages still to translate:" + listed(missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language):
    placeholders = re.compile(r"\{[a-z_]*\}")
    wrong = [
        m
        for m in messages(language)
        if m.translation
        and sorted(placeholders.findall(m.source)) != sorted(placeholders.findall(m.translation))
    ]
    assert not wrong, f"desk_{language}.ts: placeholders lost or added:" + listed(wrong)


# Mainland words that a Hong Kong clerk would not write, with the Hong Kong word to use.
# Patterns, so that a word inside a good phrase is spared (身份證明文件, 數據卡).
MAINLAND_WORDS = {
    "運營商": "電訊商",
    "字符": "字元",
    "該客戶": "此客戶",
    "該員工": "此職員",
    "校驗": "檢查碼",
    "機讀碼": "機讀區",
    "短橫線": "連字號",
    "匹配": "找到 / 相符",
    "信息": "資料 / 訊息",
    "默認": "預設",
    "缺省": "預設",
    "(?<!證明)文件": "檔案 (文件 only in 身份證明文件)",
    "打印": "列印",
    "登錄": "登入",
    "登陸": "登入",
    "視頻": "影片",
    "用戶名": "用戶名稱",
    "數據(?!卡)": "資料 (數據卡, a data SIM, is fine)",
    "質量": "質素",
    "屏幕": "螢幕",
    "鼠標": "滑鼠",
    "激活": "啟用",
    "導出": "匯出",
    "導入": "匯入",
    "設置": "設定",
    "查找": "搜尋",
    "聯繫": "聯絡",
    "短信": "短訊",
    "程序": "程式",
    "服務器": "伺服器",
    "菜單": "選單",
    "賬": "帳",
    "門店": "分店",
    "髮": "發 (髮 is hair)",
}
# Not in the list, being Hong Kong usage as well: 軟件 (Taiwan: 軟體), 網絡 (Taiwan: 網路),
# 用戶 (a carrier's subscriber), 數據卡 (a data SIM).


def test_hong_kong_translations_use_hong_kong_words():
    found = [
        f"{m}: {pattern!r} -> write {instead}"
        for m in messages("zh_HK")
        for pattern, instead in MAINLAND_WORDS.items()
        if re.search(pattern, m.translation)
    ]
    assert not found, "desk_zh_HK.ts has mainland wording:" + listed(found)


def test_the_word_lists_catch_what_they_should_and_spare_good_phrases():
    def refused(text: str) -> bool:
        return any(re.search(p, text) for p in MAINLAND_WORDS)

    assert refused("已髮卡") and refused("匯出文件") and refused("數據同步")
    assert not refused("其他身份證明文件") and not refused("香港數據卡")
    assert not refused("網絡") and not refused("軟件")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_says_hair(language):
    hair = [m for m in messages(language) if "髮" in m.translation]
    assert not hair, f"desk_{language}.ts: 髮 (hair) where 發 was meant:" + listed(hair)


def test_hong_kong_translations_are_in_traditional_characters():
    # Simplified forms of characters Desk's messages use (們這個號碼證為後發時請輸設錄…).
    chars = set("们这个号码证为后发时请输设录无与经过显称态钥储门员长")
    found = [m for m in messages("zh_HK") if chars & set(m.translation)]
    assert not found, "desk_zh_HK.ts has simplified characters:" + listed(found)


def test_chinese_puts_a_full_width_colon_after_the_identifiers_name(desk):
    try:
        parse("iccid", "89014103211118510721")
    except InvalidIdentifier as e:
        error = e
    assert named_message_for(error) == "ICCID: Check digit should be 0, not 1."
    desk.set_language("zh_HK")
    assert named_message_for(error) == "ICCID：檢查碼應為 0，而非 1。"
    desk.set_language("zh_CN")
    assert named_message_for(error) == "ICCID：校验位应为 0，而不是 1。"
    desk.set_language("en")
    assert QCoreApplication.translate("IdentifierField", "{kind}: {message}") == "{kind}: {message}"


# -- one word for each thing, in the UI and on paper alike ------------------------------

# The carrier is 電訊商 in Hong Kong and 运营商 on the mainland, wherever Desk says it.
OTHER_CARRIER_WORDS = {
    "zh_HK": ("網絡商", "營辦商", "運營商", "電信商"),
    "zh_CN": ("网络商", "营办商", "网络运营商", "电讯商"),
}


def printed_words(language: str) -> list[str]:
    """Every word a printed document may use in ``language``'s script."""
    from desk.documents.declarations import DEFAULT_DECLARATIONS
    from desk.documents.labels import WORDS
    from desk.services import document_words

    index = {"zh_CN": 1, "zh_HK": 2}[language]
    found = [w[index] for w in WORDS.values()]
    names = [*DEFAULT_DECLARATIONS, *document_words.DECLARATIONS]
    for table in ("DOCUMENT_KINDS", "REASONS", "CASE_EVENTS", "HANDOVERS", "CHECKS"):
        names += getattr(document_words, table).values()
    return found + [n.for_language(language) for n in names]


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_word_for_the_carrier_on_screen_and_on_paper(language):
    word = {"zh_HK": "電訊商", "zh_CN": "运营商"}[language]
    texts = [m.translation for m in messages(language)] + printed_words(language)
    others = [t for t in texts if any(o in t for o in OTHER_CARRIER_WORDS[language])]
    assert not others, f"{language}: the carrier is {word}:" + listed(others)
    from desk.documents.labels import say

    assert say("carrier", language) == word and say("section_carriers", language) == "按" + word


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_names_the_handover_as_the_wizard_offers_it(language):
    from desk.services.document_words import HANDOVERS as PRINTED
    from desk.ui.wizard.words import HANDOVERS, plain

    offered = {
        m.source: plain(m.translation) for m in messages(language) if m.context == "CaseWords"
    }
    for handover, source in HANDOVERS.items():
        printed = PRINTED[handover.value].for_language(language)
        assert offered[source].startswith(printed), (offered[source], printed)


@pytest.mark.parametrize(
    ("language", "customers", "stores"),
    [("zh_HK", "客戶聯", "店舖聯"), ("zh_CN", "客户联", "门店联")],
)
def test_the_forms_copies_are_the_customers_and_the_stores(language, customers, stores):
    from desk.documents.labels import say

    assert (say("customer_copy", language), say("store_copy", language)) == (customers, stores)
    assert customers in say("code_on_customer_copy", language)
    assert not [w for w in printed_words(language) if "存根" in w or "存联" in w]


# An ASCII , : or ; next to a Chinese character (full-width ，：； in Chinese text).
ASCII_PUNCTUATION_IN_CHINESE = re.compile(
    r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef][,:;]|[,:;][\u3400-\u9fff]"
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_chinese_translations_use_full_width_punctuation(language):
    wrong = [
        m
        for m in messages(language)
        # placeholders stand for Chinese words too: "{field}: {problem}" in Chinese text
        if ASCII_PUNCTUATION_IN_CHINESE.search(re.sub(r"\{[a-z_]*\}", "字", m.translation))
    ]
    assert not wrong, f"desk_{language}.ts: ASCII punctuation in Chinese:" + listed(wrong)
    # but a code, a time or a key keeps its own: "LPA:1$…", "{s:.1f}", "Ctrl+S"
    assert not ASCII_PUNCTUATION_IN_CHINESE.search("啟用碼的格式應為 LPA:1$SMDP。")


@pytest.mark.parametrize(
    ("language", "still_to_check", "found_by"),
    [("zh_HK", "尚待核對：相片；姓名", "以電話號碼找到：▶ +852 5123 4567"),
     ("zh_CN", "尚待核验：相片；姓名", "通过电话号码找到：▶ +852 5123 4567")],
)  # fmt: skip
def test_chinese_lists_and_colons_built_in_code_are_full_width(
    desk, language, still_to_check, found_by
):
    desk.set_language(language)

    def tr(context: str, source: str, comment: str | None = None) -> str:
        return QCoreApplication.translate(context, source, comment)

    items = tr("ChecklistPage", "; ", "between the checks still to do").join(["相片", "姓名"])
    missing = tr("ChecklistPage", "Still to check: {items}").format(items=items)
    assert missing == still_to_check
    how = {"zh_HK": "電話號碼", "zh_CN": "电话号码"}[language]
    found = tr("CustomerResultsModel", "Found by {how}: {line}")
    assert found.format(how=how, line="▶ +852 5123 4567") == found_by
    assert tr("NoticeSettingsBox", "; ", "between kinds of notices") == "；"


@pytest.mark.parametrize(
    ("language", "look_in", "folder"),
    [("zh_HK", "尋找於(&L)：", "資料夾"), ("zh_CN", "查找范围(&L)：", "文件夹"),
     ("en", "&Look in:", "Folder")],
)  # fmt: skip
def test_qts_own_dialogs_speak_the_ui_language(desk, qtbot, language, look_in, folder):
    from PySide6.QtWidgets import QFileDialog, QLabel

    desk.set_language(language)
    # Qt's own translations (Taiwan's for Hong Kong, Qt ships none) and, for the words
    # they lack, Desk's
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == look_in
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:" or (
        language == "en"
    )
    dialog = QFileDialog(None, "PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert look_in in labels, labels
    if language != "en":
        assert not [text for text in labels if re.search("[A-Za-z]{2}", text)], labels
    from PySide6.QtCore import QFileInfo
    from PySide6.QtGui import QAbstractFileIconProvider

    assert QAbstractFileIconProvider().type(QFileInfo(str(TS_DIR))) == folder
