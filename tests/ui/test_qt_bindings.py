"""What the Qt bindings Desk runs on do to the interpreter: PySide6 6.12.0 drops a
reference to None on each call that returns nothing (desk/ui/__init__.py raises
the counts). This says whether the raise is needed, and that it is made."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

import desk.ui


def test_none_keeps_its_count_or_desk_holds_a_reserve(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    lost = before - sys.getrefcount(None)
    if lost > 0 and sys.version_info < (3, 12):  # the bindings' bug, on a mortal None
        assert desk.ui.RAISED, f"{lost} references to None lost, and no raise"
        for singleton in (None, True, False):
            assert sys.getrefcount(singleton) > desk.ui.IMMORTAL // 2
