"""The identifier checks: python-stdnum's rules with our own Dutch messages, only ASCII digits,
and no input that makes a check raise."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

from ssb_desktop.services import identifiers as ids

CHECKS = (ids.kvk_problem, ids.rsin_problem, ids.iban_problem, ids.postcode_problem)
NORMALISERS = (ids.normalise_kvk, ids.normalise_rsin, ids.normalise_iban, ids.normalise_postcode)

# The zero of every script of decimal digits Unicode knows (ASCII, full-width, Arabic-Indic,
# Devanagari, mathematical bold ...): the digits of a script are zero + 0..9.
ZEROS = tuple(
    chr(code)
    for code in range(sys.maxunicode + 1)
    if unicodedata.category(chr(code)) == "Nd" and unicodedata.digit(chr(code)) == 0
)
ASCII_ZERO = "0"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def in_script(ascii_text: str, zero: str) -> str:
    """``ascii_text`` with its ASCII digits written in the script that starts at ``zero``."""
    return "".join(
        chr(ord(zero) + int(char)) if "0" <= char <= "9" else char for char in ascii_text
    )


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_no_text_makes_a_check_or_a_normaliser_raise(text: str) -> None:
    for normalise, check in zip(NORMALISERS, CHECKS, strict=True):
        result = check(normalise(text))
        assert result is None or isinstance(result, str)
        assert check(text) is None or isinstance(check(text), str)


@pytest.mark.parametrize("check", CHECKS)
def test_superscript_full_width_and_arabic_indic_digits_are_refused(check: object) -> None:
    assert callable(check)
    for text in ("12345678²", "１２３４５６７８", "١٢٣٤٥٦٧٨٢", "2³12 AB", "NL91ABNA０417164300"):
        assert check(text) is not None, (check, text)


def test_the_known_examples() -> None:
    assert ids.kvk_problem("09808638") is None
    assert "branch number" in (ids.kvk_problem("123456789012") or "")
    assert ids.rsin_problem("123456782") is None
    assert "11-check" in (ids.rsin_problem("123456789") or "")
    # stdnum's BSN check pads short numbers with zeros; an RSIN has exactly 9 digits.
    assert stdnum_bsn.is_valid("10000008")
    assert "9 digits" in (ids.rsin_problem("10000008") or "")
    assert ids.iban_problem("NL91ABNA0417164300") is None
    assert ids.iban_problem("DE89370400440532013000") is None
    assert ids.iban_problem("GB82WEST12345698765432") is None
    assert "check digits" in (ids.iban_problem("NL91ABNA0417164301") or "")
    assert "18 characters" in (ids.iban_problem("NL91ABNA041716430") or "")
    assert "country code" in (ids.iban_problem("12345678") or "")
    assert "no IBAN" in (ids.iban_problem("XX82WEST12345698765432") or "")
    assert ids.postcode_problem("2312 AB") is None
    assert "SA, SD and SS" in (ids.postcode_problem("2312 SS") or "")
    assert ids.normalise_postcode(" 2312ab ") == "2312 AB"
    assert ids.normalise_iban(" nl91 abna 0417 1643 00 ") == "NL91ABNA0417164300"


def test_a_foreign_iban_of_the_wrong_length_for_its_country_is_refused() -> None:
    # German IBANs have 22 characters; one digit short, with check digits made right.
    short = "DE" + stdnum_iban.calc_check_digits("DE00370400440532013") + "370400440532013"
    assert len(short) == 19
    assert not stdnum_iban.is_valid(short)
    assert "length or format" in (ids.iban_problem(short) or "")
    # Belgian IBANs have 16; a valid one passes.
    assert ids.iban_problem("BE71096123456769") is None


def _with_check_digits(iban: str) -> str:
    return iban[:2] + stdnum_iban.calc_check_digits(iban) + iban[4:]


COUNTRY_SHAPES = {
    "NL": "NL00ABNA" + "0" * 10,
    "DE": "DE00" + "0" * 18,
    "BE": "BE00" + "0" * 12,
    "FR": "FR00" + "0" * 23,
    "GB": "GB00WEST" + "0" * 14,
    "ES": "ES00" + "0" * 20,
    "IT": "IT00X" + "0" * 22,
}


@st.composite
def ibans(draw: st.DrawFn) -> str:
    """An IBAN-like ASCII text: a real shape with random digits, often with valid check
    digits, sometimes one character too many or too few."""
    shape = COUNTRY_SHAPES[draw(st.sampled_from(sorted(COUNTRY_SHAPES)))]
    body = "".join(
        draw(st.sampled_from("0123456789")) if char == "0" else char for char in shape[4:]
    )
    change = draw(st.sampled_from(["none", "none", "longer", "shorter"]))
    if change == "longer":
        body += draw(st.sampled_from("0123456789"))
    elif change == "shorter":
        body = body[:-1]
    text = shape[:2] + "00" + body
    if draw(st.booleans()):
        return _with_check_digits(text)
    return shape[:2] + draw(st.from_regex(r"[0-9]{2}", fullmatch=True)) + body


@settings(max_examples=400, deadline=None)
@given(ibans(), st.sampled_from(ZEROS))
def test_iban_agrees_with_stdnum_in_every_script_of_digits(iban: str, zero: str) -> None:
    written = in_script(iban, zero)
    ours = ids.iban_problem(ids.normalise_iban(written)) is None
    if zero == ASCII_ZERO:
        assert ours == stdnum_iban.is_valid(iban), iban
    else:
        assert not ours, written


@settings(max_examples=400, deadline=None)
@given(st.from_regex(r"[0-9]{7,10}", fullmatch=True), st.sampled_from(ZEROS))
def test_rsin_agrees_with_stdnum_in_every_script_of_digits(digits: str, zero: str) -> None:
    written = in_script(digits, zero)
    ours = ids.rsin_problem(ids.normalise_rsin(written)) is None
    if zero == ASCII_ZERO:
        assert ours == (len(digits) == 9 and stdnum_bsn.is_valid(digits)), digits
    else:
        assert not ours, written


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999), st.sampled_from(ZEROS))
def test_valid_rsins_in_ascii_pass_and_in_other_scripts_do_not(number: int, zero: str) -> None:
    digits = f"{number:08d}"
    check = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
    if check == 10:
        return
    rsin = digits + str(check)
    assert stdnum_bsn.is_valid(rsin) == (rsin != "000000000")
    ours = ids.rsin_problem(in_script(rsin, zero)) is None
    assert ours == (zero == ASCII_ZERO and stdnum_bsn.is_valid(rsin))


@settings(max_examples=400, deadline=None)
@given(st.from_regex(r"[0-9]{4} ?[A-Z]{2}", fullmatch=True), st.sampled_from(ZEROS))
def test_postcode_agrees_with_stdnum_in_every_script_of_digits(postcode: str, zero: str) -> None:
    written = in_script(postcode, zero)
    ours = ids.postcode_problem(ids.normalise_postcode(written)) is None
    if zero == ASCII_ZERO:
        assert ours == stdnum_postcode.is_valid(postcode), postcode
    else:
        assert not ours, written


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[0-9]{6,13}", fullmatch=True), st.sampled_from(ZEROS))
def test_kvk_takes_exactly_eight_ascii_digits(digits: str, zero: str) -> None:
    ours = ids.kvk_problem(ids.normalise_kvk(in_script(digits, zero))) is None
    assert ours == (zero == ASCII_ZERO and len(digits) == 8)


def test_superscript_digits_are_digits_to_python_but_not_to_us() -> None:
    assert SUPERSCRIPTS.isdigit()
    assert ids.kvk_problem(SUPERSCRIPTS[:8]) is not None
    assert ids.rsin_problem(SUPERSCRIPTS[1:] + "0") is not None
