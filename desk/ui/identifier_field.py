"""One line for one identifier (HKID, ICCID, phone …), checked as it is typed or scanned.

The clerk — or a barcode scanner, which types fast and ends with Enter — never gets
blocked: every change is re-read with :func:`desk.core.identifiers.parse`. A complete,
valid value gets a quiet green ✓ and, when it reads differently from what was typed,
its normalised form underneath. A refusal is explained in words under the line, but
only once it cannot be "still typing": too short so far shows nothing until Enter or
leaving the field (:func:`desk.core.identifiers.is_incomplete`). Enter on a refused
card or device number (:data:`SCANNED`) selects it, so that the next scan replaces it
instead of adding to it; a typed ID number stays as it is, to be corrected.

Messages come from :mod:`desk.ui.identifier_messages`, in the clerk's language.

State for the stylesheet: the widget and its two labels carry a dynamic property
``state`` = ``""`` (empty or still typing), ``"valid"`` or ``"invalid"``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desk.core.identifiers import KINDS, InvalidIdentifier, is_incomplete, parse
from desk.ui.identifier_messages import NAMES, PLACEHOLDERS, message_for, object_name, translate

SCANNED = frozenset({"iccid", "eid", "imei"})  # read from a barcode, seldom typed
_VALID_COLOUR = QColor("#1a7f37")
_INVALID_COLOUR = QColor("#b3261e")


class _MessageLabel(QLabel):
    """Keeps one line of room even when empty, so the form does not jump."""

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(0, self.fontMetrics().lineSpacing()))

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(0, self.fontMetrics().lineSpacing()))


class IdentifierField(QWidget):
    """A line edit for one identifier kind, with a ✓ and a message line under it."""

    valueChanged = Signal(str)  # the normalised value, or "" while it is not valid
    submitted = Signal(str)  # Enter with a valid value: the normalised value

    def __init__(self, kind: str, parent: QWidget | None = None, *, region: str = "HK") -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown identifier kind {kind!r}")
        self._kind = kind
        self._region = region
        self._value: str | None = None
        self._error: InvalidIdentifier | None = None
        self._emitted = ""
        name = object_name(kind)
        self.setObjectName(name)

        self._input = QLineEdit(self)
        self._input.setObjectName(name + "Input")
        self._input.setPlaceholderText(PLACEHOLDERS.get(kind, ""))
        self._mark = QLabel(self)
        self._mark.setObjectName(name + "Mark")
        policy = self._mark.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._mark.setSizePolicy(policy)
        self._mark.setText("✓")
        self._mark.setVisible(False)
        self._paint(self._mark, _VALID_COLOUR)
        self._message = _MessageLabel(self)
        self._message.setObjectName(name + "Message")
        self._message.setWordWrap(True)
        self._message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._input, 1)
        row.addWidget(self._mark)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self._message)
        self.setFocusProxy(self._input)
        self._retranslate()

        self._input.textChanged.connect(self._on_text_changed)
        self._input.returnPressed.connect(self._on_return)
        self._input.editingFinished.connect(self._on_editing_finished)
        self._set_state("", "")

    # --- public -------------------------------------------------------------------
    def kind(self) -> str:
        return self._kind

    def value(self) -> str | None:
        """The normalised value, or None while the text is not a valid identifier."""
        return self._value

    def is_valid(self) -> bool:
        return self._value is not None

    def error(self) -> InvalidIdentifier | None:
        """Why the current text is refused (also while still typing), or None."""
        return self._error

    def message(self) -> str:
        """The text under the line, as the clerk sees it."""
        return self._message.text()

    def text(self) -> str:
        return self._input.text()

    def setText(self, text: str) -> None:
        self._input.setText(text)

    def clear(self) -> None:
        self._input.clear()

    def lineEdit(self) -> QLineEdit:
        return self._input

    def setRegion(self, region: str) -> None:
        """The store's phone region, for numbers typed without a country code."""
        self._region = region
        self._revalidate(final=False)

    # --- behaviour ----------------------------------------------------------------
    def _on_text_changed(self, _text: str) -> None:
        self._revalidate(final=False)

    def _on_return(self) -> None:
        self._revalidate(final=True, asked=True)
        if self._value is not None:
            self.submitted.emit(self._value)
        elif self._kind in SCANNED and self._input.text():
            self._input.selectAll()  # refused: the next scan replaces it

    def _on_editing_finished(self) -> None:
        # Enter also ends editing (after returnPressed): keep what Enter showed.
        if self._error is None or self._error.code != "empty":
            self._revalidate(final=True)

    def _revalidate(self, *, final: bool, asked: bool = False) -> None:
        """Read the text again; ``final``: Enter or focus out; ``asked``: Enter."""
        text = self._input.text()
        try:
            value = parse(self._kind, text, region=self._region)
        except InvalidIdentifier as e:
            self._value, self._error = None, e
            # Still typing: say nothing yet. An empty field is only mentioned on Enter
            # (tabbing through an optional field is not a mistake).
            quiet = not asked if e.code == "empty" else not final and is_incomplete(e)
            if quiet:
                self._set_state("", "")
            else:
                self._set_state("invalid", message_for(e))
        else:
            self._value, self._error = value, None
            shown = value if value != text.strip() and self._kind != "mrz" else ""
            self._set_state("valid", shown)
        emitted = self._value or ""
        if emitted != self._emitted:
            self._emitted = emitted
            self.valueChanged.emit(emitted)

    def _set_state(self, state: str, message: str) -> None:
        self._mark.setVisible(state == "valid")
        self._message.setText(message)
        self._paint(self._message, _INVALID_COLOUR if state == "invalid" else None)
        self._input.setAccessibleDescription(message)
        for widget in (self, self._input, self._message, self._mark):
            if widget.property("state") != state:
                widget.setProperty("state", state)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def _paint(self, label: QLabel, colour: QColor | None) -> None:
        """A default colour; the app stylesheet may override it by ``state``."""
        palette = self.palette()
        if colour is not None:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)

    def _retranslate(self) -> None:
        name = translate(NAMES[self._kind])
        self.setAccessibleName(name)
        self._input.setAccessibleName(name)
        self._mark.setAccessibleName(QCoreApplication.translate("IdentifierField", "Valid"))
        self._message.setAccessibleName(
            QCoreApplication.translate("IdentifierField", "{name}: check result").format(name=name)
        )
        if self._error is not None and self._message.text():
            self._message.setText(message_for(self._error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
