"""The aggregate: a whole draft normalised and validated, with full field paths."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.problems import Problem
from fieldkit.domain.records import Activity, Address, Applicant, ApplicationDraft, Gender
from fieldkit.domain.validation import PeerContact, normalize_draft, validate_application
from tests.fakes import FakeReference
from tests.unit.domain.strategies import (
    TODAY,
    mobiles,
    niks,
    valid_applicant,
    valid_business,
    valid_draft,
)

REF = FakeReference()


def check(draft: ApplicationDraft, peers: tuple[PeerContact, ...] = ()) -> list[Problem]:
    return validate_application(draft, ref=REF, today=TODAY, peers=peers)


def fields_and_codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in problems]


def test_valid_draft_has_no_problems() -> None:
    assert check(valid_draft()) == []


def test_empty_draft_lists_every_required_field_in_form_order() -> None:
    assert fields_and_codes(check(ApplicationDraft())) == [
        ("applicant.nik", "nik.required"),
        ("applicant.full_name", "name.required"),
        ("applicant.birth_place", "name.required"),
        ("applicant.birth_date", "birth_date.required"),
        ("applicant.gender", "gender.required"),
        ("applicant.address.village_code", "village.required"),
        ("applicant.mobile", "phone.required"),
        ("applicant.email", "email.required"),
        ("business.name", "name.required"),
        ("business.address.village_code", "village.required"),
        ("business.land_status", "land.status_required"),
        ("business.capital", "capital.required"),
        ("business.activities", "kbli.required"),
    ]


def test_problems_carry_full_paths() -> None:
    draft = ApplicationDraft(
        applicant=valid_applicant(email="luh@gmial.com", npwp="12"),
        business=valid_business(
            capital=7_000_000_000,
            activities=(Activity("56101", product="nasi"), Activity("99999", product="es")),
        ),
    )
    assert fields_and_codes(check(draft)) == [
        ("applicant.email", "email.typo"),
        ("applicant.npwp", "npwp.format"),
        ("business.capital", "scale.not_umk"),
        ("business.activities.1.kbli", "kbli.unknown"),
    ]


def test_peers_of_the_visit_are_checked() -> None:
    peers = (PeerContact("other", email="luhsari@gmail.com", mobile="+6281234567890"),)
    assert fields_and_codes(check(valid_draft(), peers)) == [
        ("applicant.email", "contact.duplicate_email"),
        ("applicant.mobile", "contact.duplicate_phone"),
    ]


def test_normalize_draft_normalises_typed_values() -> None:
    draft = ApplicationDraft(
        applicant=valid_applicant(
            nik="5102.0147.0890.0003",
            full_name=" Ni  Luh Putu Sari ",
            address=Address(" Jl. Raya Bajera  No. 5", "51.02.01.2001"),
            mobile="0812-3456-7890",
            email="luhsari@GMAIL.com",
            npwp="5102 0147 0890 0003",
        ),
        business=valid_business(
            name="Warung  Makan Bu Sari ",
            activities=(Activity(" 56101", product=" nasi campur"),),
        ),
    )
    normalized = normalize_draft(draft)
    assert normalized.applicant == valid_applicant(npwp="5102014708900003")
    assert normalized.business.name == "Warung Makan Bu Sari"
    assert normalized.business.activities[0].kbli == "56101"
    assert check(draft) == check(normalized) == []


def test_unparseable_values_are_kept_as_typed() -> None:
    draft = ApplicationDraft(
        applicant=valid_applicant(nik="5102-O147", mobile="nomor HP", email="luh sari@", npwp="x"),
        business=valid_business(address=Address(village_code="Bajera")),
    )
    normalized = normalize_draft(draft)
    assert normalized == draft


def test_normalize_is_idempotent_on_the_valid_draft() -> None:
    assert normalize_draft(valid_draft()) == valid_draft()


@given(niks(), mobiles())
def test_generated_valid_applicants_pass(
    nik_case: tuple[str, dt.date, Gender], mobile_case: tuple[str, str]
) -> None:
    nik, birth_date, gender = nik_case
    applicant = valid_applicant(
        nik=nik, birth_date=birth_date, gender=gender, mobile=mobile_case[0]
    )
    draft = ApplicationDraft(applicant=applicant, business=valid_business())
    assert check(draft) == []
    assert normalize_draft(draft).applicant.mobile == mobile_case[1]


@given(niks(), st.integers(0, 15))
def test_a_dropped_nik_digit_is_reported_on_applicant_nik(
    nik_case: tuple[str, dt.date, Gender], position: int
) -> None:
    nik, birth_date, gender = nik_case
    applicant = valid_applicant(
        nik=nik[:position] + nik[position + 1 :], birth_date=birth_date, gender=gender
    )
    problems = check(ApplicationDraft(applicant=applicant, business=valid_business()))
    assert fields_and_codes(problems) == [("applicant.nik", "nik.length")]


texts = st.text()
any_applicants = st.builds(
    Applicant,
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
any_activities = st.builds(
    Activity, kbli=texts, product=texts, workers=st.integers(), investment=st.integers()
)


@given(
    any_applicants, texts, texts, st.lists(any_activities, max_size=3), st.none() | st.integers()
)
def test_never_raises_on_arbitrary_input(
    applicant: Applicant,
    name: str,
    village_code: str,
    activities: list[Activity],
    capital: int | None,
) -> None:
    business = valid_business(
        name=name,
        address=Address(village_code=village_code),
        activities=tuple(activities),
        capital=capital,
    )
    draft = ApplicationDraft(applicant=applicant, business=business)
    problems = check(draft)
    assert all(p.field.startswith(("applicant.", "business.")) and p.message for p in problems)
    assert fields_and_codes(check(normalize_draft(draft))) == fields_and_codes(problems)
    assert normalize_draft(normalize_draft(draft)) == normalize_draft(draft)
