"""What every page of the case wizard has: a title, a refresh from the case, Enter,
and the action its Next performs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desk.ui.retranslate import Retranslating

if TYPE_CHECKING:
    from desk.ui.wizard.wizard import CaseWizard


class WizardPage(Retranslating, QWidget):
    def __init__(self, wizard: CaseWizard, object_name: str) -> None:
        super().__init__()
        self.wizard = wizard
        self.setObjectName(object_name)
        self.setAccessibleName(object_name)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the case as it is now (``self.wizard.state``)."""

    def enter(self, focus: QWidget | None) -> bool:
        """Enter was pressed on ``focus``: True if the page took it (else: Next)."""
        return False

    def leave(self) -> bool:
        """Next: do what the page asks for; True to go on to the next page."""
        return True

    def focus_first(self) -> None:
        self.focusNextChild()


def button(object_name: str) -> QPushButton:
    """A push button Enter presses when it has the focus (never a dialog default)."""
    b = QPushButton(objectName=object_name)
    b.setAccessibleName(object_name)
    b.setAutoDefault(False)
    return b


def note(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name, wordWrap=True)
    label.setAccessibleName(object_name)
    return label
