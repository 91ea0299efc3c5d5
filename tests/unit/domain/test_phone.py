"""Mobile number rules: Indonesian mobiles in any usual form, stored as E.164."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.problems import Severity
from fieldkit.domain.validation.phone import normalize_mobile, validate_mobile
from tests.unit.domain.strategies import mobiles


@pytest.mark.parametrize(
    "typed",
    [
        "081234567890",
        "6281234567890",
        "+6281234567890",
        "+62 812-3456-7890",
        "(0812) 3456 7890",
        "0812.3456.7890",
        "+62 (0)812 3456 7890",
        "\u00a00812 3456 7890 ",  # pasted with a non-breaking space
    ],
)
def test_usual_forms_are_accepted_and_normalised_to_e164(typed: str) -> None:
    assert validate_mobile(typed) == []
    assert normalize_mobile(typed) == "+6281234567890"


def test_empty_mobile_is_required() -> None:
    assert [p.code for p in validate_mobile(" ")] == ["phone.required"]


@pytest.mark.parametrize("typed", ["0211234567", "(021) 765 4321", "0361 234567", "+62 274 512345"])
def test_landline_is_an_error_that_asks_for_a_mobile(typed: str) -> None:
    [problem] = validate_mobile(typed)
    assert (problem.code, problem.severity) == ("phone.not_mobile", Severity.ERROR)
    assert "HP" in problem.message
    assert normalize_mobile(typed) is None


@pytest.mark.parametrize("typed", ["0800 1234 567", "0809 1234 567"])
def test_toll_free_and_premium_numbers_are_not_mobile(typed: str) -> None:
    assert [p.code for p in validate_mobile(typed)] == ["phone.not_mobile"]


def test_unknown_operator_prefix_is_only_a_warning() -> None:
    [problem] = validate_mobile("0840 1234 56789")
    assert (problem.code, problem.severity) == ("phone.unknown_operator", Severity.WARNING)
    assert normalize_mobile("0840 1234 56789") == "+62840123456789"


def test_foreign_number_is_an_error() -> None:
    [problem] = validate_mobile("+1 415 555 2671")
    assert (problem.code, problem.severity) == ("phone.country", Severity.ERROR)


@pytest.mark.parametrize(
    "typed", ["0812345", "0812 3456 7", "0812 3456 7890 12", "0812345678901234"]
)
def test_too_short_or_long_is_a_length_error(typed: str) -> None:
    assert [p.code for p in validate_mobile(typed)] == ["phone.length"]


@pytest.mark.parametrize("typed", ["0812 3456 78", "0812 3456 7890 1"])
def test_shortest_and_longest_mobiles_pass(typed: str) -> None:
    assert validate_mobile(typed) == []


@pytest.mark.parametrize("typed", ["0812-CALL-ME", "0812３４５６７８９０", "0812 3456 7890 ext. 5"])
def test_letters_and_non_ascii_digits_are_a_format_error(typed: str) -> None:
    # phonenumbers would read letters as keypad digits; an applicant never means that.
    assert [p.code for p in validate_mobile(typed)] == ["phone.format"]
    assert normalize_mobile(typed) is None


@given(mobiles())
def test_generated_mobiles_pass_and_normalise(case: tuple[str, str]) -> None:
    typed, e164 = case
    assert validate_mobile(typed) == []
    assert normalize_mobile(typed) == e164
    assert normalize_mobile(e164) == e164


@given(mobiles(), st.sampled_from(["21", "22", "361", "274", "61"]))
def test_an_area_code_instead_of_the_mobile_prefix_is_not_mobile(
    case: tuple[str, str], area_code: str
) -> None:
    landline = "0" + area_code + case[1][-7:]
    assert [p.code for p in validate_mobile(landline)] == ["phone.not_mobile"]


@given(mobiles(), st.integers(4, 8))
def test_cutting_digits_off_is_a_length_error(case: tuple[str, str], cut: int) -> None:
    assert [p.code for p in validate_mobile(case[1][:-cut])] == ["phone.length"]


@given(st.text())
def test_never_raises_and_agrees_with_normalize(text: str) -> None:
    problems = validate_mobile(text)
    assert all(p.code.startswith("phone.") for p in problems)
    has_errors = any(p.is_error for p in problems)
    normalized = normalize_mobile(text)
    assert (normalized is None) == has_errors
    if normalized is not None:
        assert normalized.startswith("+628")
        assert normalized[1:].isascii()
        assert normalized[1:].isdigit()


@given(st.text(alphabet="0123456789+-() ", max_size=20))
def test_never_raises_on_number_like_text(text: str) -> None:
    problems = validate_mobile(text)
    assert (normalize_mobile(text) is None) == any(p.is_error for p in problems)
