"""One line for one identifier (HKID, ICCID, phone …), checked as it is typed or scanned.

The clerk — or a barcode scanner, which types fast and ends with Enter — never gets
blocked: every change is re-read with :func:`desk.core.identifiers.parse`. A complete,
valid value gets a quiet green ✓ and, when it reads differently from what was typed,
its normalised form underneath. A refusal is explained in words under the line, but
only once it cannot be "still typing": too short so far shows nothing until Enter or
leaving the field (:func:`desk.core.identifiers.is_incomplete`).

Messages are built here from the refusal's ``code`` and ``values`` with English source
strings marked by ``QT_TRANSLATE_NOOP`` (context ``IdentifierField``), so lupdate finds
them and the clerk reads them in the UI language.

State for the stylesheet: the widget and its two labels carry a dynamic property
``state`` = ``""`` (empty or still typing), ``"valid"`` or ``"invalid"``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desk.core.identifiers import KINDS, InvalidIdentifier, is_incomplete, parse

_CTX = "IdentifierField"
_VALID_COLOUR = QColor("#1a7f37")
_INVALID_COLOUR = QColor("#b3261e")

_NAMES = {
    "hkid": QT_TRANSLATE_NOOP("IdentifierField", "HKID"),
    "cn_ric": QT_TRANSLATE_NOOP("IdentifierField", "Mainland ID"),
    "passport": QT_TRANSLATE_NOOP("IdentifierField", "Passport number"),
    "mrz": QT_TRANSLATE_NOOP("IdentifierField", "Passport MRZ"),
    "iccid": QT_TRANSLATE_NOOP("IdentifierField", "ICCID"),
    "eid": QT_TRANSLATE_NOOP("IdentifierField", "EID"),
    "imei": QT_TRANSLATE_NOOP("IdentifierField", "IMEI"),
    "phone": QT_TRANSLATE_NOOP("IdentifierField", "Phone number"),
    "activation_code": QT_TRANSLATE_NOOP("IdentifierField", "Activation code"),
}

_PLACEHOLDERS = {
    "hkid": "A123456(3)",
    "cn_ric": "11010519491231002X",
    "passport": "L898902C3",
    "iccid": "8985 2…",
    "eid": "89049032…",
    "imei": "35…",
    "phone": "5123 4567",
    "activation_code": "LPA:1$…",
}

_REGIONS = {
    "HK": QT_TRANSLATE_NOOP("IdentifierField", "Hong Kong"),
    "CN": QT_TRANSLATE_NOOP("IdentifierField", "mainland China"),
    "MO": QT_TRANSLATE_NOOP("IdentifierField", "Macau"),
    "TW": QT_TRANSLATE_NOOP("IdentifierField", "Taiwan"),
    "US": QT_TRANSLATE_NOOP("IdentifierField", "US"),
}

# Refusals by (kind, code) or (kind, code, detail); {placeholders} come from the values.
_MESSAGES: dict[tuple[str, ...], object] = {
    ("empty",): QT_TRANSLATE_NOOP("IdentifierField", "Please enter the {name}."),
    ("hkid", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An HKID has 1–2 letters and 6 digits, then a check character."
    ),
    ("hkid", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "This HKID should have {min} characters, not {found}."
    ),
    ("hkid", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit should be {expected}, not {found}."
    ),
    ("cn_ric", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "A mainland ID has 17 digits, then a digit or X."
    ),
    ("cn_ric", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "A mainland ID has 18 characters, not {found}."
    ),
    ("cn_ric", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check character should be {expected}, not {found}."
    ),
    ("cn_ric", "date", "invalid"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The birth date {date} does not exist."
    ),
    ("cn_ric", "date", "future"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The birth date {date} is in the future."
    ),
    ("passport", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "A passport number has only letters and digits."
    ),
    ("passport", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "A passport number has 5 to 9 letters and digits, not {found}."
    ),
    ("mrz", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "MRZ line {line} may hold only A–Z, 0–9 and <."
    ),
    ("mrz", "format", "sex"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The sex in the MRZ should be M, F or <, not {found}."
    ),
    ("mrz", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "MRZ line {line} should have 44 characters, not {found}."
    ),
    ("mrz", "unsupported"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Only passport MRZs (2 lines of 44 characters) can be read."
    ),
    ("mrz", "check_digit", "document_number"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit of the passport number should be {expected}, not {found}."
    ),
    ("mrz", "check_digit", "birth_date"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit of the date of birth should be {expected}, not {found}."
    ),
    ("mrz", "check_digit", "expiry_date"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit of the expiry date should be {expected}, not {found}."
    ),
    ("mrz", "check_digit", "personal_number"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit of the personal number should be {expected}, not {found}."
    ),
    ("mrz", "check_digit", "composite"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The last check digit of line 2 should be {expected}, not {found}."
    ),
    ("mrz", "date", "birth_date"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The date of birth {date} does not exist."
    ),
    ("mrz", "date", "expiry_date"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The expiry date {date} does not exist."
    ),
    ("iccid", "format"): QT_TRANSLATE_NOOP("IdentifierField", "An ICCID has only digits."),
    ("iccid", "format", "prefix"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An ICCID starts with {prefix}."
    ),
    ("iccid", "length"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An ICCID has 19 or 20 digits, not {found}."
    ),
    ("iccid", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit should be {expected}, not {found}."
    ),
    ("eid", "format"): QT_TRANSLATE_NOOP("IdentifierField", "An EID has only digits."),
    ("eid", "format", "prefix"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An EID starts with {prefix}."
    ),
    ("eid", "length"): QT_TRANSLATE_NOOP("IdentifierField", "An EID has 32 digits, not {found}."),
    ("eid", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The last two digits should be {expected}, not {found}."
    ),
    ("imei", "format"): QT_TRANSLATE_NOOP("IdentifierField", "An IMEI has only digits."),
    ("imei", "length"): QT_TRANSLATE_NOOP("IdentifierField", "An IMEI has 15 digits, not {found}."),
    ("imei", "check_digit"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Check digit should be {expected}, not {found}."
    ),
    ("imei", "unsupported"): QT_TRANSLATE_NOOP(
        "IdentifierField",
        "This is a 16-digit IMEISV; please enter the 15-digit IMEI (dial *#06#).",
    ),
    ("phone", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField",
        "A phone number has only digits, spaces, dashes, brackets and a leading +.",
    ),
    ("phone", "length", "short"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Too short for a {region} phone number."
    ),
    ("phone", "length", "long"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Too long for a {region} phone number."
    ),
    ("phone", "region"): QT_TRANSLATE_NOOP(
        "IdentifierField", "This is not a valid {region} phone number."
    ),
    ("phone", "region", "country_code"): QT_TRANSLATE_NOOP(
        "IdentifierField", "+{country_code} is not a country calling code."
    ),
    ("activation_code", "format"): QT_TRANSLATE_NOOP(
        "IdentifierField", "An activation code looks like LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID."
    ),
    ("activation_code", "format", "host"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The SM-DP+ address {found} is not a domain name."
    ),
    ("activation_code", "format", "matching_id"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The matching ID may hold only letters, digits and -."
    ),
    ("activation_code", "format", "oid"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The SM-DP+ OID {found} should be digits and dots."
    ),
    ("activation_code", "format", "flag"): QT_TRANSLATE_NOOP(
        "IdentifierField", "The last part can only be 1 (confirmation code required)."
    ),
    ("activation_code", "unsupported"): QT_TRANSLATE_NOOP(
        "IdentifierField", "Only activation code format 1 exists, not {found}."
    ),
    ("other",): QT_TRANSLATE_NOOP("IdentifierField", "This is not a valid {name}."),
}


def _tr(source: object) -> str:
    """Translate a ``QT_TRANSLATE_NOOP`` source (typed ``object`` in PySide6's stubs)."""
    return QCoreApplication.translate(_CTX, str(source))


def object_name(kind: str) -> str:
    """``hkid`` → ``fieldHkid``, ``cn_ric`` → ``fieldCnRic``."""
    return "field" + "".join(part.capitalize() for part in kind.split("_"))


class _Values(dict[str, object]):
    """Format values that leave an unknown {placeholder} as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _detail(error: InvalidIdentifier) -> str:
    v = error.values
    if error.kind == "phone" and error.code == "length":
        found, high = v.get("found"), v.get("max")
        short = isinstance(found, int) and isinstance(high, int) and found < high
        return "short" if short else "long"
    if error.code == "date" and error.kind == "cn_ric":
        return str(v.get("reason", ""))
    if "prefix" in v:
        return "prefix"
    if v.get("reason") == "country_code":
        return "country_code"
    return str(v.get("field", ""))


def message_for(error: InvalidIdentifier) -> str:
    """The refusal in the clerk's language."""
    key = (error.kind, error.code)
    source = (
        _MESSAGES.get((*key, _detail(error)))
        or _MESSAGES.get(key)
        or _MESSAGES[("empty",) if error.code == "empty" else ("other",)]
    )
    values = _Values(error.values)
    values["name"] = _tr(_NAMES.get(error.kind, error.kind))
    region = str(error.values.get("region", ""))
    values["region"] = _tr(_REGIONS[region]) if region in _REGIONS else region
    text = _tr(source)
    try:
        return text.format_map(values)
    except (ValueError, IndexError, AttributeError, KeyError):  # a slip in a translation
        return text


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
        self._input.setPlaceholderText(_PLACEHOLDERS.get(kind, ""))
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
        name = _tr(_NAMES[self._kind])
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
