"""Opens the case wizard over the main window for a line of a customer card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desk.services.customer_card import CustomerCard, LineDetail
from desk.ui.wizard.actions import CaseActions
from desk.ui.wizard.wizard import CaseWizard


class WizardOpener(QObject):
    def __init__(
        self,
        window: QWidget,
        actions: CaseActions,
        card_changed: Callable[[CustomerCard], None] = lambda _card: None,
    ) -> None:
        """``card_changed(card)`` runs when the wizard closes after saving something."""
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._card_changed = card_changed
        self.wizard: CaseWizard | None = None

    def open(self, card: CustomerCard, line: LineDetail) -> CaseWizard:
        if self.wizard is not None:
            self.wizard.close()
        wizard = CaseWizard(self._actions, card, line, self._window)
        self.wizard = wizard
        touched: list[bool] = []
        wizard.changed.connect(lambda: touched.append(True))
        wizard.finished.connect(lambda _r: self._closed(wizard, card, bool(touched)))
        wizard.start()
        wizard.open()
        wizard.activateWindow()
        wizard.current().focus_first()
        return wizard

    def _closed(self, wizard: CaseWizard, card: CustomerCard, touched: bool) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()
        if touched:
            self._card_changed(card)
        self._window.activateWindow()  # back to the card the wizard was opened from
