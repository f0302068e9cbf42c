"""The look of Desk: large type for reading at arm's length across a counter."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

STYLE = """
QWidget { font-size: 16px; }
/* Buttons drawn by Desk, so that the one with the keyboard focus shows it plainly: a
   clerk goes through a checklist with Tab and Enter, and the platform's thin focus
   line was not seen. The border keeps its width, so nothing moves when focus moves. */
QPushButton {
    padding: 6px 14px; border: 2px solid #aab3bf; border-radius: 5px; background: #f7f8fa;
}
QPushButton:hover { background: #edf1f6; }
QPushButton:pressed { background: #dce3ec; }
QPushButton:default { border-color: #6b7b90; }
QPushButton:focus { border-color: #1f6feb; background: #e3edff; }
QPushButton:disabled { color: #9aa1aa; border-color: #d3d8de; background: #f3f4f6; }
QPushButton#navLookup, QPushButton#navCases, QPushButton#navStock, QPushButton#navDay,
QPushButton#navSync, QPushButton#navSettings, QPushButton#navLogout {
    text-align: left; padding: 12px 16px; font-size: 17px; border: none; border-radius: 6px;
}
QPushButton:checked { background: #1f6feb; color: white; }
QWidget#navigation { background: #eef1f5; }
QLineEdit#lookupField { font-size: 26px; padding: 10px; }
QTableView#lookupResults { font-size: 19px; }
/* What the clerk most needs explained (the count, nothing found, a misread scan) reads
   as large as the results, in dark ink. */
QLabel#lookupCount { font-size: 19px; color: #333; }
QLabel#lookupHint { font-size: 19px; color: #8a4b00; font-weight: bold; }
QLabel#cardFoundBy { font-size: 18px; color: #1f4fa8; }
QLabel#cardBackHint { font-size: 17px; color: #333; }
QStatusBar QLabel { font-size: 16px; }
QLabel#cardName { font-size: 30px; font-weight: bold; }
QLabel.cardDetail { font-size: 19px; }
QLabel#cardLinesTitle, QLabel#cardCasesTitle { font-size: 19px; font-weight: bold; }
QTableWidget#cardLines { font-size: 18px; }
QTableWidget#cardLines::item { padding: 0px 6px; }
QLabel#pageTitle { font-size: 24px; font-weight: bold; }
/* The checklist's nine rows and the wizard's header fit a 768 px high screen. */
QWidget#caseChecklist QPushButton { padding: 4px 12px; }

QComboBox#loginUser, QLineEdit#loginPin { font-size: 22px; padding: 6px; }
/* The login's labels and its message as large as its fields (more specific rules win) */
QWidget#loginWindow QLabel { font-size: 20px; }
QWidget#loginWindow QLabel#loginTitle { font-size: 32px; font-weight: bold; }
QWidget#loginWindow QLabel#loginMessage { color: #b00020; font-size: 20px; }
QPushButton#loginButton { font-size: 20px; padding: 10px 24px; }

"""

# A CJK font first, for every language: customers' names are Chinese in an English UI
# too, and a font that has the glyphs saves Qt a fallback search on every repaint of
# the results (measured with bench/gui_typing.py: the longest GUI stall while typing
# fell from about 37 ms to 29 ms). Traditional forms for 繁體中文.
_FAMILIES = {
    "zh_HK": ["Noto Sans CJK HK", "Microsoft JhengHei", "PingFang HK", "WenQuanYi Micro Hei"],
    "zh_CN": ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei"],
}


def apply_font(app: QApplication, language: str) -> None:
    font = QFont(app.font())
    font.setFamilies(_FAMILIES.get(language, _FAMILIES["zh_CN"]))
    app.setFont(font)
