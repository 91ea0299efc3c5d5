"""Tracking codes: format, the check symbol's guarantees, and uniqueness across laptops."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.tracking import (
    ALPHABET,
    SEQUENCES_PER_DEVICE,
    is_valid_tracking_code,
    make_tracking_code,
    new_device_prefix,
    normalize_tracking_code,
    validate_tracking_code,
)

DISPLAY = re.compile(rf"[{ALPHABET}]{{5}}-[{ALPHABET}]{{5}}")
prefixes = st.text(alphabet=ALPHABET, min_size=5, max_size=5)
sequences = st.integers(0, SEQUENCES_PER_DEVICE - 1)


def compact(code: str) -> str:
    return code.replace("-", "")


def display(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


def test_alphabet_has_31_unambiguous_symbols() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 31
    assert not set("01OIL") & set(ALPHABET)
    assert SEQUENCES_PER_DEVICE == 923_521


def test_codes_have_the_display_form_and_carry_prefix_and_sequence() -> None:
    assert make_tracking_code("ABCDE", 0) == "ABCDE-2222" + make_tracking_code("ABCDE", 0)[-1]
    assert make_tracking_code("ABCDE", 1)[6:10] == "2223"
    assert make_tracking_code("ABCDE", 31)[6:10] == "2232"
    assert make_tracking_code("ABCDE", SEQUENCES_PER_DEVICE - 1)[6:10] == "ZZZZ"


@pytest.mark.parametrize("sequence", [-1, SEQUENCES_PER_DEVICE, 10**9])
def test_sequence_out_of_range_is_refused(sequence: int) -> None:
    with pytest.raises(ValueError, match="sequence"):
        make_tracking_code("ABCDE", sequence)


@pytest.mark.parametrize("prefix", ["ABCD", "ABCDEF", "ABCD0", "abcde", "ABCDO", "ABCD-"])
def test_bad_prefix_is_refused(prefix: str) -> None:
    with pytest.raises(ValueError, match="prefix"):
        make_tracking_code(prefix, 0)


def test_new_device_prefix_is_five_code_symbols() -> None:
    prefix = new_device_prefix()
    assert len(prefix) == 5
    assert set(prefix) <= set(ALPHABET)
    assert new_device_prefix(random.Random(7)) == new_device_prefix(random.Random(7))


@given(prefixes, sequences)
def test_every_made_code_is_valid_and_round_trips(prefix: str, sequence: int) -> None:
    code = make_tracking_code(prefix, sequence)
    assert DISPLAY.fullmatch(code)
    assert code.startswith(prefix)
    assert validate_tracking_code(code) == []
    assert is_valid_tracking_code(code)
    assert normalize_tracking_code(code) == code


@given(
    prefixes, sequences, st.sampled_from([str.lower, str.upper]), st.sampled_from(["", " ", "."])
)
def test_case_spaces_and_dots_are_ignored(
    prefix: str, sequence: int, case: Callable[[str], str], sep: str
) -> None:
    code = compact(make_tracking_code(prefix, sequence))
    typed = f" {case(code[:3])}{sep}{code[3:7]}-{sep}{code[7:]} "
    assert normalize_tracking_code(typed) == display(code)
    assert validate_tracking_code(typed) == []


def all_single_substitutions(code: str) -> list[str]:
    return [
        code[:i] + symbol + code[i + 1 :]
        for i in range(len(code))
        for symbol in ALPHABET
        if symbol != code[i]
    ]


def all_adjacent_swaps(code: str) -> list[str]:
    return [
        code[:i] + code[i + 1] + code[i] + code[i + 2 :]
        for i in range(len(code) - 1)
        if code[i] != code[i + 1]
    ]


def test_every_single_substitution_and_adjacent_swap_is_detected_on_a_sample() -> None:
    rng = random.Random(20250601)
    sample = [
        compact(make_tracking_code(new_device_prefix(rng), rng.randrange(SEQUENCES_PER_DEVICE)))
        for _ in range(300)
    ]
    checked = 0
    for code in sample:
        for typo in all_single_substitutions(code) + all_adjacent_swaps(code):
            assert not is_valid_tracking_code(typo), (code, typo)
            assert [p.code for p in validate_tracking_code(typo)] == ["tracking.checksum"]
            checked += 1
    assert checked >= 300 * 10 * 30


@given(prefixes, sequences, st.integers(0, 9), st.integers(1, 30))
def test_any_substitution_is_detected(
    prefix: str, sequence: int, position: int, shift: int
) -> None:
    code = compact(make_tracking_code(prefix, sequence))
    symbol = ALPHABET[(ALPHABET.index(code[position]) + shift) % 31]
    assert not is_valid_tracking_code(code[:position] + symbol + code[position + 1 :])


@given(prefixes, sequences, st.integers(0, 9), st.integers(0, 9))
def test_any_transposition_of_different_symbols_is_detected(
    prefix: str, sequence: int, i: int, j: int
) -> None:
    code = list(compact(make_tracking_code(prefix, sequence)))
    if code[i] != code[j]:
        code[i], code[j] = code[j], code[i]
        assert not is_valid_tracking_code("".join(code))


def test_a_million_codes_from_two_laptops_never_collide() -> None:
    rng = random.Random(31)
    first = new_device_prefix(rng)
    second = new_device_prefix(rng)
    while second == first:
        second = new_device_prefix(rng)
    codes = {make_tracking_code(first, n) for n in range(500_000)}
    codes.update(make_tracking_code(second, n) for n in range(500_000))
    assert len(codes) == 1_000_000


@pytest.mark.parametrize(
    ("typed", "code", "fragment"),
    [
        ("", "tracking.required", "Ketik kode"),
        ("ABCDE-FGHJ", "tracking.length", "9 karakter"),
        ("ABCDE-FGHJKM", "tracking.length", "11 karakter"),
        ("ABCDE-FGH0K", "tracking.character", "'0'"),
        ("ABCDE-FGHOK", "tracking.character", "'O'"),
        ("ABCDE-FGH1K", "tracking.character", "'1'"),
        ("ABCDE-FGHIK", "tracking.character", "'I'"),
        ("ABCDE-FGHLK", "tracking.character", "'L'"),
    ],
)
def test_problems_are_explained_in_indonesian(typed: str, code: str, fragment: str) -> None:
    problems = validate_tracking_code(typed)
    assert [p.code for p in problems] == [code]
    assert fragment in problems[0].message
    assert problems[0].field == "tracking_code"
    assert normalize_tracking_code(typed) is None


def test_character_message_says_which_symbols_are_not_used() -> None:
    [problem] = validate_tracking_code("ABCDE-FGHOK")
    assert "0" in problem.message
    assert "O, I dan L" in problem.message


def test_wrong_check_symbol_says_there_is_a_typo() -> None:
    code = make_tracking_code("ABCDE", 42)
    wrong = code[:-1] + ("2" if code[-1] != "2" else "3")
    [problem] = validate_tracking_code(wrong)
    assert problem.code == "tracking.checksum"
    assert "salah ketik" in problem.message


def test_wrong_length_and_foreign_characters_are_both_reported() -> None:
    assert [p.code for p in validate_tracking_code("A0C")] == [
        "tracking.character",
        "tracking.length",
    ]


@given(st.text())
def test_never_raises_and_agrees_with_is_valid(text: str) -> None:
    problems = validate_tracking_code(text)
    assert (problems == []) == is_valid_tracking_code(text)
    normalized = normalize_tracking_code(text)
    assert (normalized is not None) == (problems == [])
    if normalized is not None:
        assert DISPLAY.fullmatch(normalized)


@given(st.text(alphabet=ALPHABET + "-", min_size=9, max_size=12))
def test_random_strings_of_code_symbols_are_judged_consistently(text: str) -> None:
    problems = validate_tracking_code(text)
    assert all(p.is_error for p in problems)
    assert (problems == []) == is_valid_tracking_code(text)
