"""How many keys a clerk presses for a lost SIM, from F2 on the main window to the
printed application form — beyond the data itself (the customer's number looked up,
the ID number typed, the ICCID scanned, the cash given). Aim (issue 8): 25 or fewer.
The figure is printed (``pytest -s``) and kept in the README."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desk.core.cases import CaseStatus
from desk.store.case_models import Case
from desk.ui.wizard.wizard import CaseWizard
from tests.services.case_helpers import add_blank_sims
from tests.ui.wizard_helpers import focus, pdf_text

AIM = 25


class Keys:
    """Presses keys on whatever has the focus, counting those that are not data."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.data = 0

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(focus(), key, modifier)

    def type_data(self, text: str) -> None:
        self.data += len(text)
        self.qtbot.keyClicks(focus(), text)


def test_a_lost_sim_to_the_printed_form_in_25_keys_or_fewer(qtbot, main_window, store, paper):
    blank = add_blank_sims(store, "CMHK-DATA")[0]
    keys = Keys(qtbot)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    keys.press(Qt.Key.Key_F2)  # the lookup
    keys.type_data("51234567")  # the customer's phone number
    lookup = main_window.lookup
    qtbot.waitUntil(lambda: lookup.model.rowCount() == 1)
    keys.press(Qt.Key.Key_Return)  # the card
    qtbot.waitUntil(lookup.showing_card)
    qtbot.waitUntil(lookup.card.hasFocus)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new case
    wizard = main_window.findChild(CaseWizard)
    qtbot.waitUntil(wizard.isActiveWindow)
    keys.press(Qt.Key.Key_Return)  # reason: lost (the first), reported at once
    keys.type_data("A123456(3)")  # the ID number, from the card in hand
    keys.press(Qt.Key.Key_Return)
    for _ in range(4):  # photo, name, service password, card holder: each passes
        keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)  # verified: on to the card
    keys.type_data(blank)  # the scanner's burst
    keys.press(Qt.Key.Key_Return)  # (the scanner's own Enter)
    keys.press(Qt.Key.Key_Return)  # on to the handover
    keys.press(Qt.Key.Key_Return)  # at the counter
    assert wizard.current().objectName() == "casePayment", wizard.message.text()
    keys.type_data("200")  # the cash the customer hands over
    keys.press(Qt.Key.Key_Return)  # added: change shown
    keys.press(Qt.Key.Key_Return)  # take the payment: the receipt's preview opens
    qtbot.waitUntil(lambda: wizard.paper.preview is not None and wizard.paper.preview.isVisible())
    keys.press(Qt.Key.Key_Return)  # print the receipt
    qtbot.waitUntil(wizard.isActiveWindow)
    keys.press(Qt.Key.Key_Return)  # on to the submission
    keys.press(Qt.Key.Key_Return)  # submit: the form's preview opens
    preview = wizard.paper.preview
    qtbot.waitUntil(lambda: preview.isVisible() and "form" in preview.windowTitle().lower())
    keys.press(Qt.Key.Key_Return)  # print the form
    qtbot.waitUntil(lambda: len(paper.sent) == 2)

    with store.db.read() as s:
        case = s.scalars(select(Case)).one()
    assert case.status is CaseStatus.SUBMITTED and case.new_iccid == blank
    form = pdf_text(paper.sent[1])
    assert case.application_number in form
    receipt = pdf_text(paper.sent[0])
    assert "200.00" in receipt  # the cash given, and its change
    print(
        f"\nA lost SIM, F2 to the printed form: {keys.count} keys beyond the data "
        f"({keys.data} characters of data typed or scanned); aim: {AIM} or fewer"
    )
    assert keys.count <= AIM
