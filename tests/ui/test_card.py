"""The customer card as the clerk reads it: which line, its state, its card, how found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea

from desk.core.enums import LineStatus
from desk.store.models import Customer, Line
from tests.factories import ICCIDS
from tests.ui.test_keyboard import open_customer

NUMBER, CARRIER, CARD, STATUS = range(4)


def cell(card, row, col):
    return card.lines.item(row, col)


def test_the_line_found_by_its_card_is_marked_and_named(qtbot, main_window):
    page = main_window.lookup
    open_customer(qtbot, page, ICCIDS[0][-8:])  # the purple card's last digits
    card = page.card
    assert card.found_label.isVisible()
    assert card.found_label.text() == "Found by ICCID: ▶ +852 6123 0001"
    assert cell(card, 1, NUMBER).text() == "▶ +852 6123 0001"
    assert cell(card, 1, NUMBER).font().bold()
    assert cell(card, 0, NUMBER).text() == "+852 5123 4567"
    assert cell(card, 1, CARD).text() == f"SIM card\n…{ICCIDS[0][-6:]}"
    assert cell(card, 0, CARD).text() == "SIM card\n…510720"


def test_found_by_name_marks_no_line(qtbot, main_window):
    page = main_window.lookup
    open_customer(qtbot, page, "chan tai")
    assert page.card.found_label.text() == "Found by name"
    assert not any(cell(page.card, r, NUMBER).text().startswith("▶") for r in range(2))


def test_an_esim_shows_its_eid_tail(qtbot, main_window):
    page = main_window.lookup
    open_customer(qtbot, page, "9123 4568")
    assert cell(page.card, 0, CARD).text() == "eSIM\n…901235"
    assert cell(page.card, 0, NUMBER).text().startswith("▶")


def test_stopped_lines_and_the_lock_stand_out_in_colour_and_words(qtbot, main_window, store):
    with store.db.write() as s:
        line = s.query(Line).filter(Line.msisdn == "+85251234567").one()
        line.status = LineStatus.TERMINATED
    page = main_window.lookup
    open_customer(qtbot, page, "chan tai")
    card = page.card
    terminated, locked = cell(card, 0, STATUS), cell(card, 1, STATUS)
    assert terminated.text() == "✕ terminated"
    assert locked.text() == "active\n⚠ SIM change lock"
    plain = card.lines.palette().text().color()
    assert terminated.foreground().color() != plain
    assert cell(card, 0, NUMBER).foreground().color() == terminated.foreground().color()
    assert locked.foreground().color() != plain and locked.font().bold()
    assert locked.background().color() != terminated.background().color()

    page.field.clear()
    open_customer(qtbot, page, "eriksson")
    assert cell(page.card, 0, STATUS).text() == "⚠ suspended"
    assert cell(page.card, 0, STATUS).foreground().color() != plain


def test_one_masking_rule_a_contact_phone_that_is_a_line_is_shown_as_the_line(
    qtbot, main_window, store
):
    page = main_window.lookup
    open_customer(qtbot, page, "chan tai")
    # CHAN's contact phone is his first line: shown in full, like the line, and said so
    assert "+852 5123 4567 (one of the lines)" in page.card.contact.text()
    assert "t***@example.com" in page.card.contact.text()
    qtbot.keyClick(main_window, Qt.Key.Key_Escape)

    with store.db.write() as s:
        s.get(Customer, store.customers["chan"]).contact_phone = "+85266110000"
    page.field.clear()
    open_customer(qtbot, page, "chan tai")
    assert "+852 6611 ****" in page.card.contact.text()
    assert "6611 0000" not in page.card.contact.text()


def test_the_card_has_no_horizontal_scrollbar_at_1024_by_768(qtbot, main_window):
    main_window.resize(1024, 768)
    page = main_window.lookup
    open_customer(qtbot, page, "chan tai")
    qtbot.wait(50)
    lines = page.card.lines
    assert isinstance(lines, QAbstractScrollArea)
    assert lines.horizontalScrollBar().maximum() == 0
    assert not lines.horizontalScrollBar().isVisible()
