"""Applicant rules: each field checked, problems rooted at the field, values normalised."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.problems import Problem, Severity
from fieldkit.domain.records import Address, Applicant, Gender
from fieldkit.domain.validation.applicant import (
    normalize_applicant,
    validate_applicant,
    validate_birth_date,
)
from fieldkit.domain.validation.contacts import PeerContact
from tests.fakes import FakeReference
from tests.unit.domain.strategies import TODAY, make_nik, niks, valid_applicant

REF = FakeReference()


def fields_and_codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in problems]


def test_valid_applicant_passes() -> None:
    assert validate_applicant(valid_applicant(), regions=REF, today=TODAY) == []


def test_empty_applicant_reports_every_required_field() -> None:
    empty = valid_applicant(
        nik="",
        full_name="",
        birth_place="",
        birth_date=None,
        gender=None,
        address=Address(),
        mobile="",
        email="",
    )
    assert fields_and_codes(validate_applicant(empty, regions=REF, today=TODAY)) == [
        ("nik", "nik.required"),
        ("full_name", "name.required"),
        ("birth_place", "name.required"),
        ("birth_date", "birth_date.required"),
        ("gender", "gender.required"),
        ("address.village_code", "village.required"),
        ("mobile", "phone.required"),
        ("email", "email.required"),
    ]


def test_birth_date_in_the_future_is_an_error() -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    assert [p.code for p in validate_birth_date(tomorrow, today=TODAY)] == ["birth_date.future"]
    assert validate_birth_date(TODAY - dt.timedelta(days=1), today=TODAY) == []


def test_birth_date_over_100_years_ago_is_a_warning() -> None:
    [problem] = validate_birth_date(dt.date(1890, 8, 7), today=TODAY)
    assert (problem.code, problem.severity) == ("birth_date.implausible", Severity.WARNING)


def test_nik_is_compared_with_the_birth_date_and_gender_of_the_form() -> None:
    applicant = valid_applicant(birth_date=dt.date(1990, 8, 8), gender=Gender.MALE)
    assert fields_and_codes(validate_applicant(applicant, regions=REF, today=TODAY)) == [
        ("nik", "nik.birth_date_mismatch"),
        ("nik", "nik.gender_mismatch"),
    ]


def test_npwp_is_compared_with_the_nik_even_when_typed_with_spaces() -> None:
    nik = valid_applicant().nik
    spaced = f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}"
    assert validate_applicant(valid_applicant(nik=spaced, npwp=nik), regions=REF, today=TODAY) == []
    other = valid_applicant(npwp="3201011708900001")
    assert fields_and_codes(validate_applicant(other, regions=REF, today=TODAY)) == [
        ("npwp", "npwp.differs_from_nik")
    ]


@pytest.mark.parametrize(
    ("peer", "expected"),
    [
        (PeerContact("a", email="luhsari@gmail.com"), [("email", "contact.duplicate_email")]),
        (PeerContact("a", mobile="+6281234567890"), [("mobile", "contact.duplicate_phone")]),
        (PeerContact("a", email="lain@gmail.com", mobile="+6281100000000"), []),
    ],
)
def test_peers_contacts_are_compared_after_normalising(
    peer: PeerContact, expected: list[tuple[str, str]]
) -> None:
    typed = valid_applicant(email=" LuhSari@GMAIL.com ", mobile="0812-3456-7890")
    problems = validate_applicant(typed, regions=REF, today=TODAY, peers=[peer])
    assert [(p.field, p.code) for p in problems if p.code.startswith("contact.")] == expected


def test_normalize_applicant_keeps_unreadable_values_as_typed() -> None:
    typed = valid_applicant(
        nik="5102 0147 0890 0003",
        full_name="  ni luh   putu sari ",
        mobile="0812 3456 7890",
        email="LuhSari@GMAIL.COM",
        npwp="01.312.166.0-091.000",
    )
    normalized = normalize_applicant(typed)
    assert (normalized.nik, normalized.full_name, normalized.mobile) == (
        "5102014708900003",
        "ni luh putu sari",
        "+6281234567890",
    )
    assert (normalized.email, normalized.npwp) == ("LuhSari@gmail.com", "0013121660091000")

    unreadable = valid_applicant(nik="5102O14708", mobile="021-1234", email="luh@", npwp="12-34")
    assert normalize_applicant(unreadable) == unreadable


@given(niks())
def test_any_valid_nik_with_its_own_birth_date_and_gender_passes(
    case: tuple[str, dt.date, Gender],
) -> None:
    nik, birth_date, gender = case
    applicant = valid_applicant(nik=nik, birth_date=birth_date, gender=gender)
    assert validate_applicant(applicant, regions=REF, today=TODAY) == []


texts = st.text()


@given(
    st.builds(
        valid_applicant,
        nik=texts,
        full_name=texts,
        birth_place=texts,
        birth_date=st.none() | st.dates(),
        gender=st.none() | st.sampled_from(Gender),
        address=st.builds(Address, texts, texts, texts),
        mobile=texts,
        email=texts,
        npwp=texts,
    )
)
def test_never_raises_and_normalising_changes_no_finding(applicant: Applicant) -> None:
    problems = validate_applicant(applicant, regions=REF, today=TODAY)
    again = validate_applicant(normalize_applicant(applicant), regions=REF, today=TODAY)
    assert fields_and_codes(again) == fields_and_codes(problems)


def test_make_nik_builds_the_documented_example() -> None:
    assert make_nik(dt.date(1990, 8, 17), Gender.FEMALE, district="510201") == "5102015708900003"
