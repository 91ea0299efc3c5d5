"""NPWP rules: optional; legacy 15 digits with a check digit, 16 digits, or the NIK."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.id import npwp as stdnum_npwp

from fieldkit.domain.problems import Severity
from fieldkit.domain.validation.npwp import normalize_npwp, validate_npwp
from tests.unit.domain.strategies import legacy_npwp

NIK = "3201014708900003"  # made up
eight_digits = st.text(alphabet="0123456789", min_size=8, max_size=8)
tails = st.text(alphabet="0123456789", min_size=6, max_size=6)


def dotted(legacy15: str) -> str:
    n = legacy15
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"


def test_empty_npwp_is_fine_it_is_optional() -> None:
    assert validate_npwp("  ") == []
    assert normalize_npwp("") == ""


def test_dotted_legacy_form_is_accepted_and_stored_as_16_digits() -> None:
    assert validate_npwp("01.312.166.0-091.000") == []
    assert normalize_npwp("01.312.166.0-091.000") == "0013121660091000"


def test_legacy_number_with_wrong_check_digit_is_only_a_warning() -> None:
    [problem] = validate_npwp("01.312.166.1-091.000")
    assert (problem.code, problem.severity) == ("npwp.checksum", Severity.WARNING)
    assert normalize_npwp("01.312.166.1-091.000") == "0013121661091000"


def test_16_digits_with_leading_zero_is_checked_like_the_legacy_number() -> None:
    assert validate_npwp("0013121660091000") == []
    assert [p.code for p in validate_npwp("0013121661091000")] == ["npwp.checksum"]


def test_nik_as_npwp_is_fine() -> None:
    assert validate_npwp(NIK, nik=NIK) == []


def test_individual_npwp_other_than_the_nik_is_a_warning() -> None:
    [problem] = validate_npwp("5102015708900003", nik=NIK)
    assert (problem.code, problem.severity) == ("npwp.differs_from_nik", Severity.WARNING)


def test_individual_npwp_without_a_known_nik_is_not_compared() -> None:
    assert validate_npwp("5102015708900003") == []


@pytest.mark.parametrize("typed", ["12345678901234", "12345678901234567", "1"])
def test_other_lengths_are_a_format_error(typed: str) -> None:
    [problem] = validate_npwp(typed)
    assert (problem.code, problem.severity) == ("npwp.format", Severity.ERROR)
    assert f"{len(typed)} digit" in problem.message
    assert normalize_npwp(typed) is None


def test_letters_are_a_format_error() -> None:
    [problem] = validate_npwp("01.312.166.O-091.000")
    assert problem.code == "npwp.format"
    assert "'O'" in problem.message


@given(eight_digits, tails, st.booleans(), st.booleans())
def test_legacy_numbers_with_a_correct_check_digit_pass(
    head: str, tail: str, is_dotted: bool, has_leading_zero: bool
) -> None:
    number = legacy_npwp(head, tail)
    typed = dotted(number) if is_dotted else number
    typed = "0" + typed if has_leading_zero and not is_dotted else typed
    assert validate_npwp(typed) == []
    assert normalize_npwp(typed) == "0" + number


@given(eight_digits, tails, st.integers(0, 8), st.integers(1, 9))
def test_any_single_digit_typo_in_the_checked_part_warns(
    head: str, tail: str, position: int, shift: int
) -> None:
    number = legacy_npwp(head, tail)
    typo = str((int(number[position]) + shift) % 10)
    mistyped = number[:position] + typo + number[position + 1 :]
    assert [p.code for p in validate_npwp(mistyped)] == ["npwp.checksum"]


@given(st.text(alphabet="0123456789", min_size=15, max_size=15))
def test_checksum_warning_agrees_with_stdnum(number: str) -> None:
    assert (validate_npwp(number) == []) == stdnum_npwp.is_valid(number)


@given(st.text(alphabet="0123456789", min_size=16, max_size=16).filter(lambda n: n[0] != "0"))
def test_16_digit_individual_npwp_warns_exactly_when_it_is_not_the_nik(number: str) -> None:
    assert validate_npwp(number, nik=number) == []
    assert [p.code for p in validate_npwp(number, nik=NIK)] == (
        [] if number == NIK else ["npwp.differs_from_nik"]
    )


@given(st.text(), st.text())
def test_never_raises_on_any_text(text: str, nik: str) -> None:
    problems = validate_npwp(text, nik=nik)
    assert all(p.code.startswith("npwp.") for p in problems)
    normalized = normalize_npwp(text)
    assert (
        normalized is None or normalized == "" or (len(normalized) == 16 and normalized.isascii())
    )
    if normalized is None:
        assert [p.code for p in problems] == ["npwp.format"]
