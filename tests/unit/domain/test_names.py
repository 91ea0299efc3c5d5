"""Name rules: person names, birth places and business names, trimmed and checked."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fieldkit.domain.problems import Problem
from fieldkit.domain.validation.names import (
    BUSINESS_NAME_MAX_LENGTH,
    PERSON_NAME_MAX_LENGTH,
    normalize_name,
    validate_birth_place,
    validate_business_name,
    validate_person_name,
)

Rule = Callable[[str], list[Problem]]
ALL_RULES: list[Rule] = [validate_person_name, validate_birth_place, validate_business_name]

letters = st.characters(categories=["Lu", "Ll", "Lt", "Lo"])
words = st.text(letters, min_size=1, max_size=12)
person_names = st.lists(words, min_size=1, max_size=5).map(" ".join)
spacing = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0"])


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


@pytest.mark.parametrize(
    "name",
    [
        "Sukarno",  # a single name is normal
        "Ni Luh Putu Sari",
        "I Gusti Ngurah Rai",
        "Muh. Ridwan",
        "Siti Nur'aini",
        "Anak Agung Ayu Made Dewi-Lestari",
        "Zoë Ñúñez",
        "Ương Thị Hà",
    ],
)
def test_real_looking_person_names_pass(name: str) -> None:
    assert validate_person_name(name) == []


def test_names_are_trimmed_collapsed_and_apostrophes_made_plain() -> None:
    assert normalize_name("  Siti \t Nur\u2019aini \n") == "Siti Nur'aini"


def test_decomposed_accents_are_composed() -> None:
    assert normalize_name("Zoe\u0308") == "Zo\u00eb"


@pytest.mark.parametrize("rule", ALL_RULES)
def test_empty_is_required(rule: Rule) -> None:
    assert codes(rule(" \t ")) == ["name.required"]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Budi Santoso, S.E.", "','"),
        ("Budi 2", "'2'"),
        ("Budi@Santoso", "'@'"),
        ("Budi (Pak)", "'('"),
    ],
)
def test_other_characters_in_a_person_name_are_named(name: str, shown: str) -> None:
    [problem] = validate_person_name(name)
    assert problem.code == "name.characters"
    assert shown in problem.message


@pytest.mark.parametrize("rule", ALL_RULES)
@pytest.mark.parametrize("invisible", ["\x00", "\x07", "\u200b", "\ufeff", "\u202e"])
def test_control_and_invisible_characters_are_errors(rule: Rule, invisible: str) -> None:
    [problem] = rule(f"Budi{invisible}Santoso")
    assert problem.code == "name.characters"
    assert f"U+{ord(invisible):04X}" in problem.message


@pytest.mark.parametrize("name", ["...", "-", "' . -"])
def test_punctuation_alone_is_not_a_name(name: str) -> None:
    assert codes(validate_person_name(name)) == ["name.no_letters"]


def test_person_name_over_the_limit_is_too_long() -> None:
    [problem] = validate_person_name("A" * (PERSON_NAME_MAX_LENGTH + 1))
    assert problem.code == "name.too_long"
    assert str(PERSON_NAME_MAX_LENGTH) in problem.message
    assert validate_person_name("A" * PERSON_NAME_MAX_LENGTH) == []


@pytest.mark.parametrize(
    "name",
    [
        "Warung Makan Bu Sari",
        "UD Maju Jaya (Cabang 2)",
        "Toko Kue & Roti 99",
        "CV. Sumber/Rejeki, Tbk",
    ],
)
def test_business_names_may_contain_digits_and_some_signs(name: str) -> None:
    assert validate_business_name(name) == []


@pytest.mark.parametrize("name", ["Toko @Sari", "Kedai #1", "Warung 100%"])
def test_business_names_refuse_other_signs(name: str) -> None:
    assert codes(validate_business_name(name)) == ["name.characters"]


def test_business_name_limit() -> None:
    assert codes(validate_business_name("T" * (BUSINESS_NAME_MAX_LENGTH + 1))) == ["name.too_long"]


@pytest.mark.parametrize("place", ["Tabanan", "Kota Bandung", "Tanjung Pinang", "Unit 2 (SP-5)"])
def test_birth_places_pass(place: str) -> None:
    assert validate_birth_place(place) == []


@given(person_names, spacing, spacing)
def test_any_letters_with_spaces_make_a_valid_person_name(
    name: str, before: str, after: str
) -> None:
    typed = before + name.replace(" ", before) + after
    normalized = normalize_name(typed)
    problems = validate_person_name(typed)
    if len(normalized) <= PERSON_NAME_MAX_LENGTH:
        assert problems == []
    else:
        assert codes(problems) == ["name.too_long"]
    assert normalized == normalize_name(normalized)
    assert normalized == normalized.strip()
    assert "  " not in normalized


@given(person_names, st.integers(0, 40), st.characters(categories=["Nd", "Sm", "Sc", "Po"]))
def test_a_digit_or_symbol_in_a_person_name_is_an_error(
    name: str, position: int, intruder: str
) -> None:
    assume(intruder not in "'.-")
    typed = name[:position] + intruder + name[position:]
    assert "name.characters" in codes(validate_person_name(typed))


@given(person_names, st.integers(0, 40), st.characters(categories=["Cc", "Cf"]))
def test_an_invisible_character_anywhere_is_an_error(
    name: str, position: int, invisible: str
) -> None:
    assume(not invisible.isspace())
    typed = name[:position] + invisible + name[position:]
    for rule in ALL_RULES:
        assert "name.characters" in codes(rule(typed))


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    for rule in ALL_RULES:
        problems = rule(text)
        assert all(p.code.startswith("name.") and p.is_error for p in problems)
        assert (problems == []) == (rule(normalize_name(text)) == [])
