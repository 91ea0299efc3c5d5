"""Address rules: the village code must be 10 digits and exist at village level."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.records import Address
from fieldkit.domain.reference import Region
from fieldkit.domain.validation.address import (
    normalize_address,
    normalize_village_code,
    validate_address,
    validate_village_code,
)
from tests.fakes import FakeReference
from tests.unit.domain.strategies import VILLAGES

REF = FakeReference()


@pytest.mark.parametrize("typed", ["5102012001", "51.02.01.2001", " 51 02 01 2001 "])
def test_known_village_passes_in_any_usual_form(typed: str) -> None:
    assert validate_village_code(typed, regions=REF) == []
    assert normalize_village_code(typed) == "5102012001"


def test_empty_village_is_required() -> None:
    assert [p.code for p in validate_village_code("", regions=REF)] == ["village.required"]


@pytest.mark.parametrize("typed", ["510201200", "51020120011", "51.02.01.200A"])
def test_not_10_digits_is_a_format_error(typed: str) -> None:
    assert [p.code for p in validate_village_code(typed, regions=REF)] == ["village.format"]


def test_unknown_village_is_an_error() -> None:
    [problem] = validate_village_code("5102019999", regions=REF)
    assert problem.code == "village.unknown"
    assert "5102019999" in problem.message


def test_a_region_above_village_level_is_not_a_village() -> None:
    odd = FakeReference([Region("5102010000", "Selemadeg", "kecamatan", "510201")])
    assert [p.code for p in validate_village_code("5102010000", regions=odd)] == ["village.unknown"]


def test_address_problems_name_their_field() -> None:
    problems = validate_address(Address(village_code="", postal_code="8216"), regions=REF)
    assert [(p.field, p.code) for p in problems] == [
        ("village_code", "village.required"),
        ("postal_code", "address.postal_code"),
    ]


def test_normalize_address_trims_and_keeps_unreadable_codes() -> None:
    address = Address(
        street="  Jl. Raya   Bajera ", village_code="51.02.01.2001", postal_code=" 82162"
    )
    assert normalize_address(address) == Address("Jl. Raya Bajera", "5102012001", "82162")
    assert normalize_address(Address(village_code="Bajera")).village_code == "Bajera"


@given(st.sampled_from(VILLAGES), st.integers(0, 9), st.integers(1, 9))
def test_changing_one_digit_of_a_known_village_makes_it_unknown(
    village: str, position: int, shift: int
) -> None:
    digit = str((int(village[position]) + shift) % 10)
    mistyped = village[:position] + digit + village[position + 1 :]
    assert [p.code for p in validate_village_code(mistyped, regions=REF)] == ["village.unknown"]


@given(st.text(), st.text())
def test_never_raises_on_any_text(village_code: str, postal_code: str) -> None:
    problems = validate_address(Address("", village_code, postal_code), regions=REF)
    assert all(p.is_error for p in problems)
    normalize_address(Address(village_code, village_code, postal_code))
