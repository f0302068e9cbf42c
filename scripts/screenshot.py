"""Pictures of Desk for the README: the login and the main window with a lookup.

    python scripts/screenshot.py DATA_DIR OUT_DIR [--language zh_CN] [--query 大文]
        [--size 1024x768] [--suffix=-small]

Runs the real windows (under Xvfb with `make screenshot`), logs in as the demo clerk,
types the query as an input method would, opens the first customer, and saves PNGs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from desk.app import DeskApp
from desk.config import Paths
from desk.demo import DEMO_STAFF
from desk.launch import prepare_store


def _wait(done: Callable[[], bool], seconds: float = 10) -> None:
    started = time.perf_counter()
    while not done() and time.perf_counter() - started < seconds:
        QTest.qWait(20)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("out_dir")
    parser.add_argument("--language", default="zh_CN")
    parser.add_argument("--query", default="大文")
    parser.add_argument("--size", default="1366x768", help="main window size, e.g. 1024x768")
    parser.add_argument("--suffix", default="", help="added to every file name")
    args = parser.parse_args()
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    paths = Paths(Path(args.data_dir))
    desk = DeskApp(app, paths, prepare_store(paths))
    desk.set_language(args.language)
    desk.start()
    QTest.qWait(500)
    desk.login.grab().save(str(out / f"login-{args.language}{args.suffix}.png"))
    clerk = next(s for s in DEMO_STAFF if s.login == "clerk")
    for i in range(desk.login.user.count()):
        if clerk.display_name in desk.login.user.itemText(i):
            desk.login.user.setCurrentIndex(i)
    QTest.keyClicks(desk.login.pin, clerk.pin)
    desk.login.try_login()
    assert desk.main is not None
    width, height = (int(n) for n in args.size.split("x"))
    desk.main.resize(width, height)
    day = desk.main.pages["day"]
    if desk.main.current_page() == "day":  # no day open: the morning's float first
        QTest.qWait(300)
        desk.main.grab().save(str(out / f"day-open-{args.language}{args.suffix}.png"))
        day.open_day()
    page = desk.main.lookup
    event = QInputMethodEvent()
    event.setCommitString(args.query)
    QApplication.sendEvent(page.field, event)
    started = time.perf_counter()
    while page.model.rowCount() == 0 and time.perf_counter() - started < 10:
        QTest.qWait(20)
    print(f"first results after {(time.perf_counter() - started) * 1000:.0f} ms")
    QTest.qWait(200)
    desk.main.grab().save(str(out / f"main-{args.language}{args.suffix}.png"))
    page.results.selectRow(0)
    page._open_index(page.results.currentIndex())
    _wait(page.showing_card)
    QTest.qWait(300)
    desk.main.grab().save(str(out / f"card-{args.language}{args.suffix}.png"))
    # The Cases page, then the card of the customer of its third case (Enter).
    cases = desk.main.pages["cases"]
    desk.main.show_page("cases")
    _wait(lambda: cases.model.rowCount() > 0)
    QTest.qWait(300)
    desk.main.grab().save(str(out / f"cases-{args.language}{args.suffix}.png"))
    # A case under review chosen: its steps' buttons beside it (the widest row).
    review = [
        r
        for r in range(cases.model.rowCount())
        if cases.model.case(r).status.value == "under_review"
    ]
    if review:
        cases.table.selectRow(review[0])
        QTest.qWait(300)
        print(f"cases, a case under review chosen: window {desk.main.width()} px wide")
        desk.main.grab().save(str(out / f"cases-review-{args.language}{args.suffix}.png"))
    cases.table.selectRow(min(2, cases.model.rowCount() - 1))
    page.back()
    QTest.keyClick(cases.table, Qt.Key.Key_Return)
    _wait(page.showing_card)
    QTest.qWait(300)
    desk.main.grab().save(str(out / f"card-cases-{args.language}{args.suffix}.png"))
    # The Day page: a drawer half counted.
    desk.main.show_page("day")
    for row, count in ((0, "1"), (2, "3"), (4, "7")):
        day.table.item(row, 1).setText(count)
    QTest.qWait(300)
    desk.main.grab().save(str(out / f"day-{args.language}{args.suffix}.png"))
    # The Sync page, and a sync started from the keyboard (Space on Sync now).
    desk.main.show_page("sync")
    sync = desk.main.pages["sync"]
    button = sync.findChild(QPushButton, "syncNow")
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    _wait(lambda: button.isEnabled(), 30)
    QTest.qWait(300)  # the status bar lays out its new words
    desk.main.grab().save(str(out / f"sync-{args.language}{args.suffix}.png"))
    QTimer.singleShot(0, app.quit)
    desk.logout()
    print(f"Screenshots in {out}")


if __name__ == "__main__":
    main()
