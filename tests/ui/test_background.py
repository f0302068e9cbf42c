"""Service calls off the GUI thread: the window keeps drawing, keys typed meanwhile are
held and go to the field that has the focus once the call is done."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk.ui.background import BackgroundCalls, Busy


def _window(qtbot):
    w = QWidget()
    first, second, button = QLineEdit(), QLineEdit(), QPushButton("Next")
    layout = QVBoxLayout(w)
    for x in (first, second, button):
        layout.addWidget(x)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    return w, first, second, button


def _burst(text: str) -> list[QKeyEvent]:
    """A scanner's burst of keys (made here: posted later from the worker thread)."""
    return [
        QKeyEvent(kind, Qt.Key(ord(ch)), Qt.KeyboardModifier.NoModifier, ch)
        for ch in text
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
    ]


def test_the_answer_comes_back_from_another_thread(qtbot):
    calls = BackgroundCalls()
    assert calls.call(lambda: threading.current_thread().name).startswith("desk-service")
    assert calls.call(lambda: 6 * 7) == 42


def test_an_error_is_raised_where_the_call_was_made(qtbot):
    calls = BackgroundCalls()

    def fails() -> None:
        raise ValueError("no such SIM")

    with pytest.raises(ValueError, match="no such SIM"):
        calls.call(fails)
    assert not calls.busy


def test_the_window_keeps_drawing_while_a_call_waits(qtbot):
    calls = BackgroundCalls()
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    calls.call(lambda: time.sleep(0.3))
    timer.stop()
    assert len(ticks) >= 10  # a frozen GUI thread would have ticked once at most


def test_keys_typed_during_a_call_go_to_the_next_field_in_order(qtbot):
    _w, first, second, _button = _window(qtbot)
    calls = BackgroundCalls()

    keys = _burst("8985")

    def save() -> None:
        for key in keys:
            QCoreApplication.postEvent(first, key)
        time.sleep(0.2)  # the burst reaches the GUI thread mid-commit

    calls.call(save)
    assert first.text() == ""  # held, not typed into the old page
    second.setFocus()  # what a page change does after the answer
    qtbot.waitUntil(lambda: second.text() == "8985", timeout=2000)
    assert first.text() == ""


def test_clicks_during_a_call_are_dropped(qtbot):
    _w, _first, _second, button = _window(qtbot)
    calls = BackgroundCalls()
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    centre = QPointF(button.rect().center())
    clicks = [
        QMouseEvent(
            kind,
            centre,
            button.mapToGlobal(centre),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
    ]

    def save() -> None:
        for click in clicks:
            QCoreApplication.postEvent(button, click)
        time.sleep(0.2)

    calls.call(save)
    qtbot.wait(50)
    assert clicked == []  # a double click on "Next" does not do the step twice


def test_a_second_call_while_one_is_under_way_is_refused(qtbot):
    calls = BackgroundCalls()
    refused: list[bool] = []

    def meanwhile() -> None:  # e.g. a shortcut fired mid-commit
        try:
            calls.call(lambda: None)
        except Busy:
            refused.append(True)

    QTimer.singleShot(20, meanwhile)
    calls.call(lambda: time.sleep(0.2))
    assert refused == [True]
    assert calls.call(lambda: "free again") == "free again"
