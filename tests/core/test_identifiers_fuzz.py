"""Fuzz: whatever is typed or scanned, a parser returns or raises InvalidIdentifier only,
and what it returns parses again to itself."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.identifiers import (
    KINDS,
    InvalidIdentifier,
    mask,
    parse,
    parse_activation_code,
    parse_mrz,
)

TODAY = date(2026, 11, 22)
FUZZ = settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
MORE = settings(FUZZ, max_examples=1500)  # ~170 per kind

# Characters identifiers are made of, plus the separators and look-alikes clerks,
# scanners and input methods produce (full-width, NBSP, dashes, brackets).
NEAR = (
    "0123456789" * 4
    + "89" * 6
    + "AXFPLabcxf<$:.()+- \t\n"
    + "０１２３４５６７８９ＡＸ（）＋－　\u00a0\u2014²٣"
)
SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)
VALID = {
    "hkid": "A123456(3)",
    "cn_ric": "11010519491231002X",
    "passport": "L898902C3",
    "mrz": SPECIMEN,
    "iccid": "89014103211118510720",
    "eid": "89049032123451234512345678901235",
    "imei": "490154203237518",
    "phone": "+85251234567",
    "activation_code": "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815",
}

texts = st.one_of(
    st.text(),
    st.text(alphabet=NEAR, max_size=48),
    st.text(alphabet="0123456789", min_size=12, max_size=34),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", min_size=40, max_size=92),
)


@st.composite
def edited(draw: st.DrawFn, valid: str) -> str:
    """A valid value with one character replaced, inserted or deleted somewhere."""
    at = draw(st.integers(0, len(valid)))
    how = draw(st.sampled_from(("replace", "insert", "delete")))
    char = "" if how == "delete" else draw(st.sampled_from("0123456789AXF<$.(- ０"))
    return valid[:at] + char + valid[at + (0 if how == "insert" else 1) :]


def check(kind: str, text: str) -> None:
    try:
        value = parse(kind, text, today=TODAY)
    except InvalidIdentifier as e:
        assert e.kind == kind
        assert str(e)
        return
    assert isinstance(value, str)
    assert value.isascii()
    assert parse(kind, value, today=TODAY) == value
    assert isinstance(mask(kind, value), str)


@MORE
@given(kind=st.sampled_from(KINDS), text=texts)
def test_any_text_returns_or_refuses(kind: str, text: str) -> None:
    check(kind, text)


@MORE
@given(data=st.data(), kind=st.sampled_from(KINDS))
def test_one_edit_from_valid(data: st.DataObject, kind: str) -> None:
    check(kind, data.draw(edited(VALID[kind])))


@FUZZ
@given(
    kind=st.sampled_from(KINDS),
    case=st.sampled_from((str.lower, str.upper, str.strip)),
    pad=st.sampled_from(("", " ", "  ", "\t", "\u3000")),
)
def test_valid_values_survive_spacing_and_case(kind: str, case, pad: str) -> None:
    text = VALID[kind]
    if kind == "activation_code":
        case = str.strip  # the matching id keeps its case
    assert parse(kind, pad + case(text) + pad, today=TODAY) == parse(kind, text, today=TODAY)


@FUZZ
@given(line1=texts, line2=texts)
def test_mrz_two_lines(line1: str, line2: str) -> None:
    try:
        mrz = parse_mrz(line1, line2, today=TODAY)
    except InvalidIdentifier:
        return
    assert parse_mrz(mrz.line1, mrz.line2, today=TODAY) == mrz


@FUZZ
@given(
    host=st.from_regex(r"\A[A-Za-z0-9.-]{1,20}\Z"),
    matching=st.text(alphabet="ABCxyz0189-_$", max_size=12),
    tail=st.text(alphabet="0123456789.$", max_size=12),
)
def test_activation_codes(host: str, matching: str, tail: str) -> None:
    text = f"LPA:1${host}${matching}{'$' + tail if tail else ''}"
    try:
        code = parse_activation_code(text)
    except InvalidIdentifier:
        return
    assert parse_activation_code(str(code)) == code
