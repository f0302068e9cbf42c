"""The case wizard on the smallest screen Desk supports (1024×768), in every language:
no step makes it wider than the screen, its buttons stay on it, long texts wrap and
are shown whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget

from desk.core.checklist import ChecklistItem
from desk.ui.wizard.wizard import OPENING, CaseWizard
from tests.factories import WONG_HKID
from tests.services.case_helpers import add_blank_sims
from tests.ui.wizard_helpers import open_wizard, press, print_the_preview, type_text

SCREEN = QSize(1024, 768)
# What a window may take of it: less a taskbar (40 px) and a title bar (about 30 px).
ROOM = QSize(1024, 698)


def on_screen(wizard: CaseWizard, widget: QWidget) -> bool:
    """Whether the whole of ``widget`` lies inside the wizard (and so on the screen)."""
    rect = QRect(widget.mapTo(wizard, QPoint(0, 0)), widget.size())
    return wizard.rect().contains(rect)


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)


def text_whole(label: QLabel) -> bool:
    """A word-wrapped label is tall enough for all its lines at its present width."""
    return label.heightForWidth(label.contentsRect().width()) <= label.height() + 1


def assert_inside(wizard: CaseWizard, step: str) -> None:
    """The buttons, every field and every text of the page whole inside the wizard."""
    for b in (wizard.next_button, wizard.back_button, wizard.close_button):
        assert on_screen(wizard, b), (step, b.objectName(), b.geometry())
    page = wizard.current()
    for w in page.findChildren(QWidget):
        if w.isVisible():
            assert on_screen(wizard, w), (step, w.objectName(), type(w).__name__)
    for label in wizard.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert text_whole(label), (step, label.objectName(), label.text())
    for table in page.findChildren(QTableWidget):
        if table.isVisible():  # every column in sight, none behind a scrollbar
            assert table.horizontalScrollBar().maximum() == 0, (step, table.objectName())


def assert_fits(qtbot, wizard: CaseWizard) -> None:
    """Resized to the whole screen, it stays inside it; at the size it opens at, all of
    it shows within what a window may take of a 1024×768 screen."""
    settle(qtbot)
    step = wizard.current().objectName()
    assert wizard.minimumSizeHint().width() <= SCREEN.width(), step
    assert wizard.sizeHint().width() <= SCREEN.width(), step
    assert wizard.minimumSizeHint().height() <= ROOM.height(), step
    wizard.resize(SCREEN)
    settle(qtbot)
    assert wizard.width() <= SCREEN.width() and wizard.height() <= SCREEN.height(), step
    assert_inside(wizard, step)
    wizard.resize(OPENING)
    settle(qtbot)  # taller if wrapped texts need it (CaseWizard.fit_height)
    assert wizard.width() <= ROOM.width() and wizard.height() <= ROOM.height(), step
    assert_inside(wizard, step)


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN", "en"])
def test_every_step_fits_1024_by_768(qtbot, main_window, desk, store, paper, language):
    blank = add_blank_sims(store, "CMHK-DATA")[0]
    desk.set_language(language)
    main_window.resize(SCREEN)
    wizard = open_wizard(qtbot, main_window, "5123 4567")
    assert_fits(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)  # lost: the checklist
    assert wizard.current().objectName() == "caseChecklist", wizard.message.text()
    assert_fits(qtbot, wizard)
    checklist = wizard.current()
    checklist.send.click()  # a long result: where the one-time code went
    assert checklist.results[ChecklistItem.SECRET].text()
    assert_fits(qtbot, wizard)
    field = checklist.id_field[checklist.kinds[0]]
    field.setFocus()
    type_text(qtbot, WONG_HKID)  # another person's: the longest result says why
    press(qtbot, Qt.Key.Key_Return)
    assert checklist.results[ChecklistItem.ID_DOCUMENT_SIGHTED].text()
    assert_fits(qtbot, wizard)
    field.setFocus()
    type_text(qtbot, "A123456(3)")
    press(qtbot, Qt.Key.Key_Return)  # the customer's own
    for item in (
        ChecklistItem.PHOTO_MATCHES,
        ChecklistItem.NAME_MATCHES,
        ChecklistItem.SECRET,
        ChecklistItem.ORIGINAL_CARD_HOLDER,
    ):
        checklist.passes[item].click()
    assert_fits(qtbot, wizard)
    wizard.next()  # verified: the new card
    assert wizard.current().objectName() == "caseCard", wizard.message.text()
    assert_fits(qtbot, wizard)
    type_text(qtbot, blank)
    press(qtbot, Qt.Key.Key_Return)  # scanned
    assert_fits(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)  # the handover
    assert wizard.current().objectName() == "caseHandover", wizard.message.text()
    assert_fits(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)  # at the counter: the payment
    payment = wizard.current()
    assert payment.objectName() == "casePayment", wizard.message.text()
    assert_fits(qtbot, wizard)
    type_text(qtbot, "200")
    press(qtbot, Qt.Key.Key_Return)  # cash handed over: change to give
    assert payment.tender_table.rowCount() == 1
    assert_fits(qtbot, wizard)
    for b in (payment.override_button, payment.add_button, payment.confirm):
        assert b.isVisible() and on_screen(wizard, b), b.objectName()
    press(qtbot, Qt.Key.Key_Return)  # taken: the receipt's preview
    print_the_preview(qtbot, wizard)
    assert_fits(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)  # the submission
    assert wizard.current().objectName() == "caseSubmit", wizard.message.text()
    assert_fits(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)  # submitted: the form's preview
    print_the_preview(qtbot, wizard)
    assert wizard.submitted()
    assert_fits(qtbot, wizard)
    wizard.close()
    desk.set_language("en")


@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_the_longest_checklist_fits(qtbot, main_window, desk, store, language):
    """A proxy's case has the most checks; the longest results at the same time."""
    desk.set_language(language)
    main_window.resize(SCREEN)
    wizard = open_wizard(qtbot, main_window, "5123 4567")
    wizard.current().proxy.setChecked(True)
    press(qtbot, Qt.Key.Key_Return)  # lost, by a proxy: the checklist
    checklist = wizard.current()
    assert checklist.objectName() == "caseChecklist", wizard.message.text()
    assert checklist.labels[ChecklistItem.PROXY_AUTHORISATION].isVisible()
    checklist.send.click()
    checklist.id_field[checklist.kinds[0]].setFocus()
    type_text(qtbot, WONG_HKID)
    press(qtbot, Qt.Key.Key_Return)
    assert checklist.results[ChecklistItem.ID_DOCUMENT_SIGHTED].text()
    assert_fits(qtbot, wizard)
    wizard.close()
    desk.set_language("en")


def test_windows_open_within_a_1024_by_768_screen(qtbot, monkeypatch, desk, store, paper):
    """A screen of 1024×768 with a 40 px taskbar: the main window opens maximized, the
    wizard and the print preview no larger than what is left for them and a frame."""
    from PySide6.QtGui import QScreen

    from tests.ui.conftest import log_in
    from tests.ui.wizard_helpers import walk_to_payment

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 728))
    log_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.main is not None and desk.main.isVisible())
    assert desk.main.isMaximized()
    assert desk.main.normalGeometry().width() <= 1024 - 16
    desk.main.resize(SCREEN)  # (offscreen, the real screen stays 800 px high)
    wizard = walk_to_payment(qtbot, desk.main, store)
    assert wizard.width() <= ROOM.width() and wizard.height() <= ROOM.height() - 10
    press(qtbot, Qt.Key.Key_Return)  # exactly what is due, in cash
    press(qtbot, Qt.Key.Key_Return)  # taken: the receipt's preview
    preview = wizard.paper.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    assert preview.height() <= ROOM.height() - 10, preview.size()
    print_the_preview(qtbot, wizard)
    wizard.close()
