"""IdentifierField driven like a clerk and a scanner drive it: real widget, real keys."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QLabel

from desk.core.identifiers import KINDS, InvalidIdentifier, parse
from desk.ui.identifier_field import IdentifierField
from desk.ui.identifier_messages import MESSAGES, message_for

NAMES = {
    "hkid": "fieldHkid",
    "cn_ric": "fieldCnRic",
    "passport": "fieldPassport",
    "iccid": "fieldIccid",
    "eid": "fieldEid",
    "imei": "fieldImei",
    "phone": "fieldPhone",
    "activation_code": "fieldActivationCode",
}


@pytest.fixture
def make(qtbot):
    def make(kind: str, **kwargs) -> IdentifierField:
        field = IdentifierField(kind, **kwargs)
        qtbot.addWidget(field)
        return field

    return make


def mark(field: IdentifierField) -> QLabel:
    label = field.findChild(QLabel, field.objectName() + "Mark")
    assert label is not None
    return label


def shows_mark(field: IdentifierField) -> bool:
    return not mark(field).isHidden() and mark(field).text() == "✓"


def message(field: IdentifierField) -> str:
    label = field.findChild(QLabel, field.objectName() + "Message")
    assert label is not None
    return label.text()


def commit(field: IdentifierField, text: str) -> None:
    """What an input method does: commit a (possibly non-ASCII) string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(field.lineEdit(), event)


@pytest.mark.parametrize(("kind", "name"), NAMES.items())
def test_object_and_accessible_names(make, kind: str, name: str) -> None:
    field = make(kind)
    assert field.objectName() == name
    assert field.lineEdit().objectName() == name + "Input"
    assert field.findChild(QLabel, name + "Message") is not None
    assert field.accessibleName()
    assert field.lineEdit().accessibleName() == field.accessibleName()
    assert field.kind() == kind
    assert field.value() is None
    assert not field.is_valid()


def test_unknown_kind(qtbot) -> None:
    with pytest.raises(ValueError):
        IdentifierField("vin")


def test_valid_hkid_gets_a_quiet_mark(make, qtbot) -> None:
    field = make("hkid")
    with qtbot.waitSignal(field.valueChanged) as changed:
        qtbot.keyClicks(field.lineEdit(), "A123456(3)")
    assert changed.args == ["A123456(3)"]
    assert shows_mark(field)
    assert field.value() == "A123456(3)"
    assert field.is_valid()
    assert message(field) == ""  # typed exactly as stored: nothing to add
    assert field.property("state") == "valid"


def test_normalised_value_is_shown_when_typed_differently(make, qtbot) -> None:
    field = make("hkid")
    qtbot.keyClicks(field.lineEdit(), "a1234563")
    assert shows_mark(field)
    assert message(field) == "A123456(3)"
    assert field.value() == "A123456(3)"


def test_no_nagging_while_plainly_incomplete(make, qtbot) -> None:
    field = make("hkid")
    for text in ("A", "A1", "A12345", "A123456", "A123456("):
        field.clear()
        qtbot.keyClicks(field.lineEdit(), text)
        assert message(field) == "", text
        assert not shows_mark(field)
        assert field.property("state") == ""
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert message(field) == "This HKID should have 8 characters, not 7."
    assert field.property("state") == "invalid"


def test_wrong_check_digit_then_enter_names_the_right_one(make, qtbot) -> None:
    field = make("hkid")
    qtbot.keyClicks(field.lineEdit(), "A123456(4)")
    assert not shows_mark(field)
    with qtbot.assertNotEmitted(field.submitted):
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert message(field) == "Check digit should be 3, not 4."
    assert "3" in field.lineEdit().accessibleDescription()
    assert field.value() is None
    assert isinstance(field.error(), InvalidIdentifier)
    # The clerk corrects the last digit: the message goes, the mark comes.
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.lineEdit(), "3)")
    assert message(field) == ""
    assert shows_mark(field)


def test_typing_is_never_blocked(make, qtbot) -> None:
    field = make("iccid")
    qtbot.keyClicks(field.lineEdit(), "xyz!! 12")
    assert field.text() == "xyz!! 12"
    assert message(field) == "An ICCID has only digits."


def test_scanner_types_an_iccid_and_enter(make, qtbot) -> None:
    field = make("iccid")
    with qtbot.waitSignal(field.submitted) as submitted:
        qtbot.keyClicks(field.lineEdit(), "89014103211118510720F")
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Enter)
    assert submitted.args == ["89014103211118510720"]
    assert shows_mark(field)


def test_a_refused_scan_is_replaced_by_the_next(make, qtbot) -> None:
    field = make("iccid")
    qtbot.keyClicks(field.lineEdit(), "89014103211118510721")  # a bad check digit
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert field.value() is None and message(field)
    with qtbot.waitSignal(field.submitted) as submitted:
        qtbot.keyClicks(field.lineEdit(), "89014103211118510720")
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert submitted.args == ["89014103211118510720"] and field.text() == submitted.args[0]


def test_nineteen_digits_of_a_twenty_digit_iccid_do_not_nag(make, qtbot) -> None:
    field = make("iccid")
    qtbot.keyClicks(field.lineEdit(), "8901410321111851072")  # Luhn fails at 19 digits
    assert message(field) == ""
    qtbot.keyClicks(field.lineEdit(), "0")
    assert shows_mark(field)


def test_scanner_on_an_eid_and_an_imei(make, qtbot) -> None:
    for kind, text in [
        ("eid", "89049032123451234512345678901235"),
        ("imei", "49-015420-323751-8"),
    ]:
        field = make(kind)
        with qtbot.waitSignal(field.submitted) as submitted:
            qtbot.keyClicks(field.lineEdit(), text)
            qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
        assert submitted.args == [parse(kind, text)]


def test_imeisv_is_refused_at_once(make, qtbot) -> None:
    field = make("imei")
    qtbot.keyClicks(field.lineEdit(), "4901542032375180")
    assert "IMEISV" in message(field)


def test_full_width_digits_from_an_input_method(make, qtbot) -> None:
    field = make("hkid")
    with qtbot.waitSignal(field.valueChanged) as changed:
        commit(field, "Ａ１２３４５６（３）")
    assert field.text() == "Ａ１２３４５６（３）"
    assert changed.args == ["A123456(3)"]
    assert shows_mark(field)
    assert message(field) == "A123456(3)"


def test_full_width_phone_and_mainland_id(make, qtbot) -> None:
    phone = make("phone")
    commit(phone, "５１２３　４５６７")
    assert phone.value() == "+85251234567"
    ric = make("cn_ric")
    commit(ric, "１１０１０５１９４９１２３１００２ｘ")
    assert ric.value() == "11010519491231002X"


def test_phone_region(make, qtbot) -> None:
    field = make("phone", region="US")
    qtbot.keyClicks(field.lineEdit(), "212 555 1234")
    assert field.value() == "+12125551234"
    field.setRegion("HK")
    assert field.value() is None
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert message(field) == "Too long for a Hong Kong phone number."
    field.clear()
    qtbot.keyClicks(field.lineEdit(), "1234 5678")
    assert message(field) == "This is not a valid Hong Kong phone number."


def test_phone_too_short_waits_for_enter(make, qtbot) -> None:
    field = make("phone")
    qtbot.keyClicks(field.lineEdit(), "5123")
    assert message(field) == ""
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert message(field) == "Too short for a Hong Kong phone number."


def test_value_changed_says_empty_when_it_stops_being_valid(make, qtbot) -> None:
    field = make("imei")
    seen: list[str] = []
    field.valueChanged.connect(seen.append)
    qtbot.keyClicks(field.lineEdit(), "490154203237518")
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.lineEdit(), "8")
    assert seen == ["490154203237518", "", "490154203237518"]


def test_empty_field_is_mentioned_only_on_enter(make, qtbot) -> None:
    field = make("passport")
    field.lineEdit().editingFinished.emit()  # tabbing through
    assert message(field) == ""
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert message(field) == "Please enter the Passport number."


def test_leaving_the_field_explains(make, qtbot) -> None:
    field = make("eid")
    qtbot.keyClicks(field.lineEdit(), "8904903212345")
    assert message(field) == ""
    # What Qt sends when the clerk tabs away (a shown window would need a real screen).
    QCoreApplication.sendEvent(
        field.lineEdit(), QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
    )
    assert message(field) == "An EID has 32 digits, not 13."


def test_activation_code_scanned_from_a_qr(make, qtbot) -> None:
    field = make("activation_code")
    qtbot.keyClicks(field.lineEdit(), "LPA:1$SMDP.EXA")
    assert message(field) == ""
    field.clear()
    with qtbot.waitSignal(field.submitted) as submitted:
        qtbot.keyClicks(field.lineEdit(), "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815")
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert submitted.args == ["LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815"]


class _Chinese(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "IdentifierField" and source.startswith("Check digit should be"):
            return "校验位应为 {expected}，不是 {found}。"
        return ""

    def isEmpty(self) -> bool:
        return False


def test_messages_are_translated(make, qtbot) -> None:
    field = make("hkid")
    translator = _Chinese()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.keyClicks(field.lineEdit(), "A123456(4)")
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
        assert message(field) == "校验位应为 3，不是 4。"
    finally:
        QCoreApplication.removeTranslator(translator)


BAD = {
    "hkid": ["A12", "A12345678", "1", "A123456(4)", ""],
    "cn_ric": ["1101", "11010519491231002X1", "110105194913310021", "110105209912310021"],
    "passport": ["AB", "AB-123", "A1234567890"],
    "mrz": ["P<UTO", "V" + "<" * 43 + "\n" + "<" * 44],
    "iccid": ["12", "89a", "8901", "89014103211118510721"],
    "eid": ["12", "8904", "89049032123451234512345678901234"],
    "imei": ["12", "4901542032375180", "490154203237519", "x"],
    "phone": ["5123", "1234 5678", "+999 1", "abc", "5123 45678"],
    "activation_code": ["2$A.COM$X", "1$A$X", "1$A.COM$_", "1$A.COM$X$1.x", "1$A.COM$X$1.2$3"],
}


@pytest.mark.parametrize("kind", KINDS)
def test_every_refusal_reads_as_a_sentence(kind: str, qtbot) -> None:
    for text in BAD[kind]:
        with pytest.raises(InvalidIdentifier) as info:
            parse(kind, text)
        shown = message_for(info.value)
        assert shown.endswith("."), (text, shown)
        assert "{" not in shown and "None" not in shown, (text, shown)


def test_message_table_names_known_kinds() -> None:
    assert {key[0] for key in MESSAGES} <= {*KINDS, "empty", "other"}
