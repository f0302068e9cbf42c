"""Pictures of each page of the case wizard, to look at it as a clerk would.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/wizard_screenshots.py OUT_DIR
        [--language en] [--esim] [--proxy]

Builds the test store (tests/factories.py) in a temporary dir, logs in as the clerk,
opens CHAN's data SIM (or with --esim CHEN's eSIM) at 1024×768, walks the wizard and
saves one PNG per page (--proxy: someone acts for the customer, two checks more).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk.app import DeskApp
from desk.services import days
from desk.ui import printing
from desk.ui.wizard.wizard import CaseWizard
from tests.factories import CLERK_PIN, WONG_HKID, make_store
from tests.services.case_helpers import add_blank_sims


def main(app: QApplication | None = None, beat: Any = None) -> None:
    """``beat`` (bench/wizard_stall.py): a heartbeat started once the wizard is open and
    stopped when it is done, so that only the wizard's own work is measured."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir")
    parser.add_argument("--language", default="en")
    parser.add_argument("--esim", action="store_true")
    parser.add_argument("--proxy", action="store_true")
    args = parser.parse_args()
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = app or QApplication([])
    printing.interactive = False  # prints go to PDF files beside the pictures
    printing.print_to[:] = [out / f"printed-{n}.pdf" for n in range(1, 5)]
    store = make_store(Path(tempfile.mkdtemp()) / "store")
    blank = add_blank_sims(store, "CMHK-DATA")[0]
    desk = DeskApp(app, store.paths, store.store)
    # The counter's business day, opened with a float as each morning: writes need it.
    days.open_day(desk.db, desk.counter(), store.clerk, 50000, desk.calendar_today())
    desk.set_language(args.language)
    desk.start()
    QTest.qWait(200)
    QTest.keyClicks(desk.login.pin, CLERK_PIN)
    desk.login.try_login()
    assert desk.main is not None
    desk.main.resize(1024, 768)
    if desk.main.current_page() == "day":  # a new store: the day opens with its float
        desk.main.pages["day"].open_day()
        desk.main.focus_lookup()
    page = desk.main.lookup
    QTest.keyClicks(page.field, "9123 4568" if args.esim else "5123 4567")
    QTest.qWait(500)
    page._open_index(page.results.currentIndex())
    for _ in range(150):  # the card loads on its own thread
        if page.showing_card() and page.card.card is not None:
            break
        QTest.qWait(100)
    desk.main.grab().save(str(out / f"card-{args.language}.png"))
    page.card.request_case()
    QTest.qWait(200)
    wizard = desk.main.findChild(CaseWizard)
    assert wizard is not None
    if beat is not None:
        beat.start()
    tag = ("esim" if args.esim else "sim") + ("-proxy" if args.proxy else "")

    def shot(name: str) -> None:
        QTest.qWait(150)
        if beat is not None:  # measuring: no pictures (encoding a PNG is not the wizard)
            return
        wizard.grab().save(str(out / f"wizard-{tag}-{name}-{args.language}.png"))

    def preview_shot(name: str) -> None:
        QTest.qWait(300)
        preview = wizard.paper.preview
        assert preview is not None and preview.isVisible(), wizard.message.text()
        if beat is None:
            preview.grab().save(str(out / f"wizard-{tag}-{name}-{args.language}.png"))

    def key(k: Qt.Key, text: str = "") -> None:
        import time

        if text:
            QTest.keyClicks(QApplication.focusWidget(), text)
        t0 = time.perf_counter()
        if beat is not None:
            beat.step = f"{wizard.current().objectName()} {k.name}"
        QTest.keyClick(QApplication.focusWidget(), k)
        if beat is not None and os.environ.get("DESK_WIZARD_STEPS"):
            page = wizard.current().objectName()
            print(f"  {page:<16} {k.name:<12} {(time.perf_counter() - t0) * 1000:6.1f} ms")
        QTest.qWait(50)

    if args.esim:
        for _ in range(4):
            key(Qt.Key.Key_Down)
    if args.proxy:
        wizard.current().proxy.setChecked(True)  # type: ignore[attr-defined]
    shot("1-reason")
    key(Qt.Key.Key_Return)
    if beat is None and not args.esim:  # the longest results: a mismatch, a code sent
        checklist: Any = wizard.current()
        key(Qt.Key.Key_Return, WONG_HKID)
        checklist.send.click()
        shot("2-checklist-long")
        checklist.id_field[checklist.kinds[0]].setFocus()
    key(Qt.Key.Key_Return, "11010519491231002X" if args.esim else "A123456(3)")
    key(Qt.Key.Key_Return)
    shot("2-checklist")
    for _ in range((2 if args.esim else 3) + (2 if args.proxy else 0)):
        key(Qt.Key.Key_Return)
    shot("2-checklist-done")
    key(Qt.Key.Key_Return)
    if args.esim:
        key(Qt.Key.Key_Return, "89049032000000000000000000123450")
        key(Qt.Key.Key_Return, "Apple")
        key(Qt.Key.Key_Return, "iPhone 15")
        QTest.keyClicks(
            QApplication.focusWidget(), "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815"
        )
        shot("3-card")
        wizard.next()
    else:
        key(Qt.Key.Key_Return, blank)
        shot("3-card")
        key(Qt.Key.Key_Return)
    shot("4-handover")
    key(Qt.Key.Key_Return)
    shot("5-payment")
    if wizard.current().total():  # type: ignore[attr-defined]
        key(Qt.Key.Key_Return, "200")  # the cash handed over
        shot("5-payment-tendered")
    key(Qt.Key.Key_Return)  # take it: the receipt's preview opens
    preview_shot("6-receipt")
    key(Qt.Key.Key_Return)  # print it
    key(Qt.Key.Key_Return)  # on to the submission
    shot("7-submit")
    if args.esim or args.proxy:  # a supervisor approves first
        wizard.current().ask_supervisor()  # type: ignore[attr-defined]
        QTest.qWait(200)
        dialog = wizard.current().dialog  # type: ignore[attr-defined]
        if beat is None:
            dialog.grab().save(str(out / f"wizard-{tag}-8-supervisor-{args.language}.png"))
        dialog.reject()
    else:
        key(Qt.Key.Key_Return)  # submit: the form's preview opens
        preview_shot("8-form")
        key(Qt.Key.Key_Return)  # print it
        shot("9-submitted")
    print(wizard.message.text())
    if beat is not None:
        beat.timer.stop()
    desk.logout()
    print(f"Screenshots in {out}")


if __name__ == "__main__":
    main()
