"""Desk's look: the button with the keyboard focus is plain to see (a clerk goes
through the checklist with Tab and Enter)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desk.ui.style import STYLE


def pixels(button: QPushButton) -> bytes:
    # (bytes, not QImage's ==: that comparison upsets the interpreter's True at exit)
    image = button.grab().toImage()
    return bytes(image.constBits())


def test_the_focused_button_looks_different_and_no_button_moves(qtbot) -> None:
    window = QWidget()
    window.setStyleSheet(STYLE)
    row = QHBoxLayout(window)
    buttons = [QPushButton("✓ Pass"), QPushButton("✓ Pass")]
    for b in buttons:
        row.addWidget(b)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    buttons[1].setFocus()
    qtbot.waitUntil(buttons[1].hasFocus)
    unfocused = pixels(buttons[0])
    sizes = [b.size() for b in buttons]
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus)
    assert pixels(buttons[0]) != unfocused
    assert pixels(buttons[1]) == unfocused  # the same button, without focus
    assert [b.size() for b in buttons] == sizes
