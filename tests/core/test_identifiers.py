"""Identifiers: the public examples, values computed here independently, every refusal code.

The check characters expected below come from the small independent implementations at
the top of this file (written from DOMAIN.md, with different formulas where there is
one), never from ``desk.core.identifier_checks``.
"""

from __future__ import annotations

import itertools
import pickle
import random
from datetime import date

import pytest
from stdnum import imei as stdnum_imei
from stdnum import luhn as stdnum_luhn
from stdnum.cn import ric as stdnum_ric

from desk.core.identifiers import (
    CODES,
    KINDS,
    MRZ,
    ActivationCode,
    InvalidIdentifier,
    cn_ric_check_char,
    eid_check_digits,
    hkid_check_char,
    is_incomplete,
    luhn_check_digit,
    mask,
    mrz_check_digit,
    parse,
    parse_activation_code,
    parse_cn_ric,
    parse_eid,
    parse_hkid,
    parse_iccid,
    parse_imei,
    parse_mrz,
    parse_passport_number,
    parse_phone,
)

TODAY = date(2026, 11, 22)
SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TD1 = (  # an identity card (ICAO 9303 part 5 specimen): 3 lines of 30
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
TD2 = (  # 2 lines of 36
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "D231458907UTO7408122F1204159<<<<<<<6",
)
N = 200  # random values per kind


# --- independent oracle ------------------------------------------------------------
def hkid_check(body: str) -> str:
    """``A123456`` → ``3``; ``AB123456`` → its check character."""
    values = [ord(c) - ord("A") + 10 if c.isalpha() else int(c) for c in body]
    if len(values) == 7:
        values.insert(0, 36)
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    remainder = 11 - total % 11
    return {11: "0", 10: "A"}.get(remainder, str(remainder))


def cn_ric_check(first17: str) -> str:
    """ISO 7064 MOD 11-2: weight of position i (from the left, 0-based) is 2**(17-i) mod 11."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, d in enumerate(reversed(digits)):
        n = int(d) * (2 if position % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def luhn_check(body: str) -> str:
    """The digit that makes ``body + digit`` pass Luhn, found by trying all ten."""
    (digit,) = [d for d in "0123456789" if luhn_valid(body + d)]
    return digit


def eid_valid(digits: str) -> bool:
    return int(digits) % 97 == 1


def mrz_check(field: str) -> str:
    def value(c: str) -> int:
        return 0 if c == "<" else int(c, 36)

    total = sum(value(c) * w for c, w in zip(field, itertools.cycle((7, 3, 1))))
    return str(total % 10)


def make_hkid(rng: random.Random) -> str:
    letters = "".join(rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ", k=rng.choice((1, 2))))
    digits = "".join(rng.choices("0123456789", k=6))
    return f"{letters}{digits}({hkid_check(letters + digits)})"


def make_cn_ric(rng: random.Random) -> str:
    born = date.fromordinal(date(1930, 1, 1).toordinal() + rng.randrange(365 * 90))
    body = f"{rng.randrange(110000, 660000)}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + cn_ric_check(body)


def make_iccid(rng: random.Random) -> str:
    body = "89" + "".join(rng.choices("0123456789", k=rng.choice((16, 17))))
    return body + luhn_check(body)


def make_eid(rng: random.Random) -> str:
    body = "89" + "".join(rng.choices("0123456789", k=28))
    (eid,) = [body + f"{cd:02d}" for cd in range(2, 99) if eid_valid(body + f"{cd:02d}")]
    return eid


def make_imei(rng: random.Random) -> str:
    body = "".join(rng.choices("0123456789", k=14))
    return body + luhn_check(body)


def make_td3(
    *,
    number: str = "L898902C3",
    nationality: str = "UTO",
    birth: str = "740812",
    sex: str = "F",
    expiry: str = "120415",
    personal: str = "ZE184226B",
    names: str = "ERIKSSON<<ANNA<MARIA",
    issuer: str = "UTO",
) -> tuple[str, str]:
    """Two MRZ lines of a TD3 passport with every check digit computed here."""
    line1 = f"P<{issuer}{names}".ljust(44, "<")
    number = number.ljust(9, "<")
    personal = personal.ljust(14, "<")
    personal_check = "<" if not personal.strip("<") else mrz_check(personal)
    part = (
        number
        + mrz_check(number)
        + nationality
        + birth
        + mrz_check(birth)
        + sex
        + expiry
        + mrz_check(expiry)
        + personal
        + personal_check
    )
    composite = part[0:10] + part[13:20] + part[21:43]
    return line1, part + mrz_check(composite)


def error(call, *args, **kwargs) -> InvalidIdentifier:
    with pytest.raises(InvalidIdentifier) as info:
        call(*args, **kwargs)
    return info.value


def other_char(right: str, alphabet: str = "0123456789") -> str:
    return alphabet[(alphabet.index(right) + 1) % len(alphabet)]


# --- the oracle agrees with the public examples --------------------------------------
def test_oracle_reproduces_the_public_examples() -> None:
    assert hkid_check("A123456") == "3"
    assert hkid_check("C876300") != "0"
    assert hkid_check("AB987654") == "3"  # used in the mask examples
    assert cn_ric_check("11010519491231002") == "X"
    assert luhn_valid("89014103211118510720")
    assert luhn_valid("490154203237518")
    assert eid_valid("89049032123451234512345678901235")
    assert not eid_valid("89049032123451234512345678901234")
    assert make_td3() == SPECIMEN


# --- public examples ------------------------------------------------------------------
def test_public_examples_valid() -> None:
    assert parse_hkid("A123456(3)") == "A123456(3)"
    assert parse_cn_ric("11010519491231002X", TODAY) == "11010519491231002X"
    assert parse_iccid("89014103211118510720") == "89014103211118510720"
    assert parse_eid("89049032123451234512345678901235") == "89049032123451234512345678901235"
    assert parse_imei("490154203237518") == "490154203237518"
    assert parse_passport_number("L898902C3") == "L898902C3"
    code = parse_activation_code("LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815")
    assert code == ActivationCode("SMDP.EXAMPLE.COM", "04386-AGYFT-A74Y8-3F815", None, False)


def test_public_mrz_specimen() -> None:
    mrz = parse_mrz(*SPECIMEN, today=TODAY)
    assert mrz == MRZ(
        document_number="L898902C3",
        nationality="UTO",
        surname="ERIKSSON",
        given_names="ANNA MARIA",
        birth_date=date(1974, 8, 12),
        expiry_date=date(2012, 4, 15),
        sex="F",
        issuing_state="UTO",
        personal_number="ZE184226B",
        line1=SPECIMEN[0],
        line2=SPECIMEN[1],
    )
    assert str(mrz) == "\n".join(SPECIMEN)


@pytest.mark.parametrize(
    ("call", "text", "code", "expected"),
    [
        (parse_hkid, "C876300(0)", "check_digit", hkid_check("C876300")),
        (parse_cn_ric, "110105194912310021", "check_digit", "X"),
        (parse_eid, "89049032123451234512345678901234", "check_digit", "35"),
        (parse_activation_code, "1$SMDP.EXAMPLE.COM", "format", None),
    ],
)
def test_public_examples_invalid(call, text: str, code: str, expected: str | None) -> None:
    e = error(call, text)
    assert e.code == code
    if expected is not None:
        assert e.values["expected"] == expected
        assert expected in str(e)


def test_the_message_the_issue_quotes() -> None:
    assert str(error(parse_hkid, "A123456(4)")) == "HKID check digit should be 3, not 4."


# --- random valid values and one-off invalid ones, computed here ----------------------
def test_random_hkids() -> None:
    rng = random.Random(3)
    for _ in range(N):
        hkid = make_hkid(rng)
        assert parse_hkid(hkid) == hkid
        assert hkid_check_char(hkid[:-3]) == hkid[-2]
        wrong = other_char(hkid[-2], "0123456789A")
        e = error(parse_hkid, hkid[:-2] + wrong + ")")
        assert (e.kind, e.code) == ("hkid", "check_digit")
        assert e.values == {"expected": hkid[-2], "found": wrong}
        assert f"should be {hkid[-2]}" in str(e)


def test_random_mainland_ids() -> None:
    rng = random.Random(4)
    for _ in range(N):
        ric = make_cn_ric(rng)
        assert parse_cn_ric(ric, TODAY) == ric
        assert cn_ric_check_char(ric[:17]) == ric[17]
        wrong = other_char(ric[17], "0123456789X")
        e = error(parse_cn_ric, ric[:17] + wrong, TODAY)
        assert e.code == "check_digit"
        assert e.values == {"expected": ric[17], "found": wrong}
        assert ric[17] in str(e)


def test_random_iccids() -> None:
    rng = random.Random(5)
    for _ in range(N):
        iccid = make_iccid(rng)
        assert parse_iccid(iccid) == iccid
        assert luhn_check_digit(iccid[:-1]) == iccid[-1]
        wrong = other_char(iccid[-1])
        e = error(parse_iccid, iccid[:-1] + wrong)
        assert e.code == "check_digit"
        assert (e.values["expected"], e.values["found"]) == (iccid[-1], wrong)
        assert f"should be {iccid[-1]}" in str(e)


def test_random_eids() -> None:
    rng = random.Random(6)
    for _ in range(N):
        eid = make_eid(rng)
        assert parse_eid(eid) == eid
        assert eid_check_digits(eid[:30]) == eid[30:]
        wrong = f"{(int(eid[30:]) + 1) % 100:02d}"
        e = error(parse_eid, eid[:30] + wrong)
        assert e.values == {"expected": eid[30:], "found": wrong}
        assert eid[30:] in str(e)


def test_random_imeis() -> None:
    rng = random.Random(7)
    for _ in range(N):
        imei = make_imei(rng)
        assert parse_imei(imei) == imei
        assert luhn_check_digit(imei[:-1]) == imei[-1]
        wrong = other_char(imei[-1])
        e = error(parse_imei, imei[:-1] + wrong)
        assert e.values == {"expected": imei[-1], "found": wrong}


def test_random_mrz_fields_and_check_digits() -> None:
    rng = random.Random(8)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
    for _ in range(N):
        field = "".join(rng.choices(alphabet, k=rng.randrange(1, 40)))
        assert mrz_check_digit(field) == mrz_check(field)
        number = "".join(rng.choices(alphabet[:-1], k=rng.randrange(5, 10)))
        born = date.fromordinal(date(1930, 1, 1).toordinal() + rng.randrange(365 * 70))
        lines = make_td3(number=number, birth=f"{born:%y%m%d}", sex=rng.choice("MF<"))
        mrz = parse_mrz(*lines, today=TODAY)
        assert (mrz.document_number, mrz.birth_date) == (number, born)


# Positions of the five check digits in line 2, and the field each guards.
MRZ_CHECKS = [
    (9, "document_number"),
    (19, "birth_date"),
    (27, "expiry_date"),
    (42, "personal_number"),
    (43, "composite"),
]


@pytest.mark.parametrize(("position", "field"), MRZ_CHECKS)
def test_each_mrz_check_digit_is_verified(position: int, field: str) -> None:
    line2 = SPECIMEN[1]
    right = line2[position]
    wrong = other_char(right)
    e = error(parse_mrz, SPECIMEN[0], line2[:position] + wrong + line2[position + 1 :])
    assert e.code == "check_digit"
    assert e.values == {"field": field, "expected": right, "found": wrong}
    assert f"should be {right}, not {wrong}" in str(e)


def test_mrz_empty_personal_number_may_have_a_filler_check() -> None:
    lines = make_td3(personal="")
    assert lines[1][28:43] == "<" * 15
    assert parse_mrz(*lines, today=TODAY).personal_number == ""


def test_mrz_dates_and_centuries() -> None:
    lines = make_td3(birth="300101", expiry="350101")
    mrz = parse_mrz(*lines, today=TODAY)
    assert (mrz.birth_date, mrz.expiry_date) == (date(1930, 1, 1), date(2035, 1, 1))
    lines = make_td3(birth="261123")
    assert parse_mrz(*lines, today=TODAY).birth_date == date(1926, 11, 23)
    lines = make_td3(birth="260101", expiry="981231")
    mrz = parse_mrz(*lines, today=TODAY)
    assert (mrz.birth_date, mrz.expiry_date) == (date(2026, 1, 1), date(1998, 12, 31))
    e = error(parse_mrz, *make_td3(birth="741312"), today=TODAY)
    assert (e.code, e.values["field"], e.values["reason"]) == ("date", "birth_date", "invalid")
    e = error(parse_mrz, *make_td3(expiry="120231"), today=TODAY)
    assert (e.code, e.values["field"]) == ("date", "expiry_date")


# --- every refusal code ---------------------------------------------------------------
REFUSALS = [
    ("hkid", "", "empty"),
    ("hkid", "   ", "empty"),
    ("hkid", "A12", "length"),
    ("hkid", "AB123456", "length"),
    ("hkid", "A12345678", "length"),
    ("hkid", "123456(3)", "format"),
    ("hkid", "A123456(B)", "format"),
    ("hkid", "ABC123456(3)", "format"),
    ("hkid", "A123456(4)", "check_digit"),
    ("cn_ric", "1101051949", "length"),
    ("cn_ric", "11010519491231002X1", "format"),
    ("cn_ric", "1101051949123100X2", "format"),
    ("cn_ric", "110105194902300020", "date"),
    ("cn_ric", "110105209901010020", "date"),
    ("passport", "<<<", "empty"),
    ("passport", "AB1", "length"),
    ("passport", "AB1234567890", "length"),
    ("passport", "AB-12345", "format"),
    ("mrz", "", "empty"),
    ("mrz", SPECIMEN[0], "length"),
    ("mrz", SPECIMEN[0] + "\n" + SPECIMEN[1][:40], "length"),
    ("mrz", SPECIMEN[0] + "\n" + SPECIMEN[1].replace("F", "?"), "format"),
    ("mrz", SPECIMEN[0].replace("P", "V", 1) + "\n" + SPECIMEN[1], "unsupported"),
    ("mrz", "\n".join(TD1), "unsupported"),
    ("mrz", "\n".join(TD2), "unsupported"),
    ("iccid", "", "empty"),
    ("iccid", "8901410321111851073", "check_digit"),
    ("iccid", "890141032111185107", "length"),
    ("iccid", "890141032111185107200", "length"),
    ("iccid", "1901410321111851072", "format"),
    ("iccid", "8901410321111851072O", "format"),
    ("eid", "8904903212345123451234567890123", "length"),
    ("eid", "99049032123451234512345678901235", "format"),
    ("eid", "89049032123451234512345678901234", "check_digit"),
    ("imei", "49015420323751", "length"),
    ("imei", "4901542032375180", "unsupported"),
    ("imei", "49015420323751X", "format"),
    ("imei", "490154203237519", "check_digit"),
    ("phone", "", "empty"),
    ("phone", "5123", "length"),
    ("phone", "+", "length"),
    ("phone", "5123 45678", "length"),
    ("phone", "1234 5678", "region"),
    ("phone", "+999 1234 5678", "region"),
    ("phone", "call 5123 4567", "format"),
    ("phone", "5123 4567 ext 2", "format"),
    ("activation_code", " ", "empty"),
    ("activation_code", "2$SMDP.EXAMPLE.COM$X", "unsupported"),
    ("activation_code", "LPA:1$SMDP.EXAMPLE.COM", "format"),
    ("activation_code", "LPA:1$localhost$X", "format"),
    ("activation_code", "LPA:1$SMDP.EXAMPLE.COM:443$X", "format"),
    ("activation_code", "LPA:1$SMDP.EXAMPLE.COM$X_Y", "format"),
    ("activation_code", "LPA:1$SMDP.EXAMPLE.COM$X$1.2.x", "format"),
    ("activation_code", "LPA:1$SMDP.EXAMPLE.COM$X$1.2.3$2", "format"),
    ("activation_code", "LPA:1$SMDP.EXAMPLE.COM$X$1.2.3$1$9", "format"),
]


@pytest.mark.parametrize(("kind", "text", "code"), REFUSALS)
def test_refusal_codes(kind: str, text: str, code: str) -> None:
    e = error(parse, kind, text, today=TODAY)
    assert (e.kind, e.code) == (kind, code)
    assert isinstance(e, ValueError)
    message = str(e)
    assert message.endswith(".")
    assert message[0].isupper() or message[0] == "+"
    assert "{" not in message and "None" not in message


def test_every_code_is_reached() -> None:
    assert {code for _, _, code in REFUSALS} == set(CODES)
    assert len(CODES) == 7


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown identifier kind"):
        parse("vin", "x")
    with pytest.raises(ValueError, match="unknown identifier kind"):
        mask("vin", "x")


def test_values_carry_what_a_message_needs() -> None:
    assert error(parse_iccid, "890141032111185107").values == {"min": 19, "max": 20, "found": 18}
    assert str(error(parse_iccid, "890141032111185107")) == (
        "The ICCID should have 19 or 20 digits, not 18."
    )
    assert error(parse_iccid, "12").values == {"prefix": "89", "found": "12"}
    e = error(parse_cn_ric, "110105194902300020", TODAY)
    assert e.values == {"date": "1949-02-30", "reason": "invalid"}
    assert "1949-02-30" in str(e)
    e = error(parse_cn_ric, "11010519491231002X", date(1949, 12, 30))
    assert e.values == {"date": "1949-12-31", "reason": "future"}
    assert "future" in str(e)
    e = error(parse_phone, "+999 1234 5678")
    assert e.values["country_code"] == "999"
    assert str(e) == "+999 is not a country calling code."
    assert str(error(parse_phone, "1234 5678")) == "This is not a valid Hong Kong phone number."
    assert str(error(parse_imei, "4901542032375180")).startswith("This is a 16-digit IMEISV")
    assert error(parse_activation_code, "1$X.COM$a$1.2$x").values == {"field": "flag", "found": "x"}


def test_invalid_identifier_pickles() -> None:
    e = error(parse_hkid, "A123456(4)")
    again = pickle.loads(pickle.dumps(e))
    assert (again.kind, again.code, again.values, str(again)) == (
        e.kind,
        e.code,
        e.values,
        str(e),
    )
    assert "check_digit" in repr(e)


def test_non_text_is_refused_as_identifier_error() -> None:
    for kind in KINDS:
        assert error(parse, kind, None).code == "empty"  # type: ignore[arg-type]
        assert error(parse, kind, 12345).code == "format"  # type: ignore[arg-type]


# --- normalisation --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "text", "normal"),
    [
        ("hkid", "a123456(3)", "A123456(3)"),
        ("hkid", "A1234563", "A123456(3)"),
        ("hkid", " a 123456 ( 3 ) ", "A123456(3)"),
        ("hkid", "A123456 3", "A123456(3)"),
        ("hkid", "Ａ１２３４５６（３）", "A123456(3)"),
        ("hkid", "ａ１２３４５６３", "A123456(3)"),
        ("cn_ric", "11010519491231002x", "11010519491231002X"),
        ("cn_ric", "110105 19491231 002X", "11010519491231002X"),
        ("cn_ric", "１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),
        ("passport", "l898902c3", "L898902C3"),
        ("passport", "L898902C3<<", "L898902C3"),
        ("passport", "Ｌ８９８９０２Ｃ３", "L898902C3"),
        ("iccid", "8901 4103 2111 1851 0720", "89014103211118510720"),
        ("iccid", "8901-4103-2111-1851-0720", "89014103211118510720"),
        ("iccid", "89014103211118510720F", "89014103211118510720"),
        ("iccid", "89014103211118510720f", "89014103211118510720"),
        ("iccid", "８９０１４１０３２１１１１８５１０７２０", "89014103211118510720"),
        ("iccid", "8901\u20144103\u00a02111\t1851\n0720", "89014103211118510720"),
        ("eid", "8904 9032 1234 5123 4512 3456 7890 1235", "89049032123451234512345678901235"),
        ("imei", "49-015420-323751-8", "490154203237518"),
        ("imei", "490154 203237 518", "490154203237518"),
        ("imei", "４９０１５４２０３２３７５１８", "490154203237518"),
        ("phone", "5123 4567", "+85251234567"),
        ("phone", "51234567", "+85251234567"),
        ("phone", "+852-5123-4567", "+85251234567"),
        ("phone", "(852) 5123 4567", "+85251234567"),
        ("phone", "+852 5123 4567", "+85251234567"),
        ("phone", "00852 5123 4567", "+85251234567"),
        ("phone", "＋８５２　５１２３－４５６７", "+85251234567"),
        ("phone", "+86 138 1234 5678", "+8613812345678"),
        ("phone", "+1 (212) 555-1234", "+12125551234"),
        ("activation_code", "1$SMDP.EXAMPLE.COM$ABC", "LPA:1$SMDP.EXAMPLE.COM$ABC"),
        ("activation_code", "lpa:1$smdp.example.com$abc", "LPA:1$smdp.example.com$abc"),
        ("activation_code", "LPA:1$A.COM$X$1.3.6.1", "LPA:1$A.COM$X$1.3.6.1"),
        ("activation_code", "LPA:1$A.COM$X$$1", "LPA:1$A.COM$X$$1"),
        ("activation_code", "LPA:1$A.COM$X$1", "LPA:1$A.COM$X$$1"),
        ("activation_code", "LPA:1$A.COM$X$1.3.6.1$1", "LPA:1$A.COM$X$1.3.6.1$1"),
        ("activation_code", "ＬＰＡ：１＄Ａ．ＣＯＭ＄Ｘ", "LPA:1$A.COM$X"),
        ("activation_code", "LPA:1$A.COM$", "LPA:1$A.COM$"),
    ],
)
def test_normalisation(kind: str, text: str, normal: str) -> None:
    assert parse(kind, text, today=TODAY) == normal
    assert parse(kind, normal, today=TODAY) == normal


def test_phone_regions() -> None:
    assert parse_phone("212 555 1234", region="US") == "+12125551234"
    assert parse_phone("138 1234 5678", region="cn") == "+8613812345678"
    assert parse_phone("+852 5123 4567", region="US") == "+85251234567"
    assert error(parse_phone, "5123 4567", region="XX").code == "region"
    assert error(parse_phone, "+86 138 1234", region="HK").values["region"] == "CN"


def test_activation_code_structure() -> None:
    code = parse_activation_code("LPA:1$SMDP.EXAMPLE.COM$ABC$1.3.6.1.4.1.31746$1")
    assert code.oid == "1.3.6.1.4.1.31746"
    assert code.confirmation_code_required
    assert str(code) == "LPA:1$SMDP.EXAMPLE.COM$ABC$1.3.6.1.4.1.31746$1"
    assert parse_activation_code(str(code)) == code
    assert parse_activation_code("1$A.COM$X$$1").confirmation_code_required
    assert not parse_activation_code("1$A.COM$X").confirmation_code_required


def test_mrz_as_one_text_and_typed_loosely() -> None:
    lower = [line.lower() for line in SPECIMEN]
    assert parse_mrz(*lower, today=TODAY) == parse_mrz(*SPECIMEN, today=TODAY)
    spaced = " ".join(SPECIMEN[1][i : i + 11] for i in range(0, 44, 11))
    assert parse_mrz(SPECIMEN[0], spaced, today=TODAY).line2 == SPECIMEN[1]
    assert parse("mrz", "".join(SPECIMEN)) == "\n".join(SPECIMEN)
    assert parse("mrz", "\r\n".join(SPECIMEN) + "\r\n") == "\n".join(SPECIMEN)


# --- masks ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "value", "masked"),
    [
        ("hkid", "A123456(3)", "A123***(3)"),
        ("hkid", "AB987654(3)", "AB987***(3)"),
        ("cn_ric", "11010519491231002X", "110105********002X"),
        ("passport", "L898902C3", "L89****C3"),
        ("passport", "K1234567", "K12***67"),
        ("passport", "E1234", "E***4"),
        ("mrz", "\n".join(SPECIMEN), "L89****C3"),
        ("iccid", "89014103211118510720", "8901…0720"),
        ("eid", "89049032123451234512345678901235", "8904…1235"),
        ("imei", "490154203237518", "4901…7518"),
        ("phone", "+85251234567", "+852 5123 ****"),
        ("phone", "+8613812345678", "+86 138 1234 ****"),
        ("phone", "+12125551234", "+1 212-555-****"),
        (
            "activation_code",
            "LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815",
            "LPA:1$SMDP.EXAMPLE.COM$0438" + "*" * 19,
        ),
        ("hkid", "not an id", "*********"),
        ("hkid", "a 123456 3", "A123***(3)"),
        ("cn_ric", "11010519491231002x", "110105********002X"),
        ("iccid", "8901 4103 2111 1851 0720F", "8901…0720"),
        ("phone", "5123 4567", "+852 5123 ****"),
        ("phone", "+442079460958", "+44 20 7946 ****"),
        ("phone", "+85312345678", "*" * 12),  # not a valid number: starred whole
    ],
)
def test_mask(kind: str, value: str, masked: str) -> None:
    assert mask(kind, value) == masked


# --- incomplete or wrong? -------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "text", "incomplete"),
    [
        ("hkid", "", True),
        ("hkid", "A12345", True),
        ("hkid", "AB123456", True),
        ("hkid", "A123456(4)", False),
        ("hkid", "1", False),
        ("iccid", "8901", True),
        ("iccid", "1", False),
        ("iccid", "8901410321111851073", True),  # 19 digits, Luhn off: the 20th may come
        ("iccid", "89014103211118510721", False),
        ("imei", "4901542032375180", False),
        ("phone", "5123", True),
        ("phone", "+85", True),
        ("phone", "1234 5678", False),
        ("activation_code", "LPA:1$SMDP.EXA", True),
        ("activation_code", "LPA:1$SMDP$X", False),
        ("cn_ric", "110105194913", True),
    ],
)
def test_is_incomplete(kind: str, text: str, incomplete: bool) -> None:
    assert is_incomplete(error(parse, kind, text)) is incomplete


# --- the hot helpers -------------------------------------------------------------------
def test_helpers_agree_with_stdnum() -> None:
    """A third opinion: the parsers use the project's own (faster) Luhn."""
    rng = random.Random(9)
    for _ in range(N):
        body = "".join(rng.choices("0123456789", k=rng.randrange(1, 25)))
        assert luhn_check_digit(body) == stdnum_luhn.calc_check_digit(body) == luhn_check(body)
        first17 = "".join(rng.choices("0123456789", k=17))
        assert cn_ric_check_char(first17) == stdnum_ric.calc_check_digit(first17 + "0")
        imei = make_imei(rng)
        assert stdnum_imei.is_valid(imei)
        assert parse_imei(imei) == imei


def test_helpers_refuse_malformed_bodies() -> None:
    for call, body in [
        (hkid_check_char, "A12345"),
        (hkid_check_char, "a123456"),
        (cn_ric_check_char, "1101051949123100"),
        (cn_ric_check_char, "1101051949123100X"),
        (luhn_check_digit, "12a"),
        (eid_check_digits, "8904903212345123451234567890"),
        (mrz_check_digit, "abc"),
    ]:
        with pytest.raises(ValueError):
            call(body)
