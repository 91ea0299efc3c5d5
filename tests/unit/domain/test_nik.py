"""NIK rules: syntax, the encoded date and gender, region codes, and the facts for pre-filling."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.id import nik as stdnum_nik

from fieldkit.domain.problems import Problem, Severity
from fieldkit.domain.records import Gender
from fieldkit.domain.validation.nik import NikFacts, age_on, nik_facts, normalize_nik, validate_nik
from tests.fakes import FakeReference
from tests.unit.domain.strategies import TODAY, make_nik, niks

REF = FakeReference()
WOMAN_1990 = "3201014708900003"  # made up: Cibinong, woman born 7 August 1990


def check(
    text: str, *, birth_date: dt.date | None = None, gender: Gender | None = None
) -> list[Problem]:
    return validate_nik(text, regions=REF, today=TODAY, birth_date=birth_date, gender=gender)


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def test_matching_nik_birth_date_and_gender_pass() -> None:
    assert check(WOMAN_1990, birth_date=dt.date(1990, 8, 7), gender=Gender.FEMALE) == []


@pytest.mark.parametrize(
    "typed",
    ["3201 0147 0890 0003", "3201.0147.0890.0003", " 320101-470890-0003 ", "3201014708900003"],
)
def test_pasted_separators_are_accepted_and_removed(typed: str) -> None:
    assert normalize_nik(typed) == WOMAN_1990
    assert check(typed) == []


def test_empty_nik_is_required() -> None:
    assert codes(check("   ")) == ["nik.required"]


@pytest.mark.parametrize("typed", ["320101470890000", "32010147089000031", "3201"])
def test_wrong_number_of_digits_is_a_length_error_saying_how_many(typed: str) -> None:
    [problem] = check(typed)
    assert problem.code == "nik.length"
    assert problem.is_error
    assert f"{len(typed)} digit" in problem.message


@pytest.mark.parametrize("typed", ["32010147O8900003", "3201014708９00003", "NIK 3201014708900003"])
def test_letters_and_non_ascii_digits_are_a_format_error(typed: str) -> None:
    assert codes(check(typed)) == ["nik.format"]
    assert normalize_nik(typed) is None


@pytest.mark.parametrize("day", ["00", "32", "35", "40", "72", "99"])
def test_impossible_day_is_an_error(day: str) -> None:
    problems = check(f"320101{day}08900003")
    assert codes(problems) == ["nik.date"]
    assert day in problems[0].message


@pytest.mark.parametrize("month", ["00", "13", "99"])
def test_impossible_month_is_an_error(month: str) -> None:
    problems = check(f"32010117{month}900003")
    assert codes(problems) == ["nik.date"]
    assert "bulan" in problems[0].message


def test_impossible_day_and_month_are_both_reported() -> None:
    assert codes(check("3201013513900003")) == ["nik.date", "nik.date"]


@pytest.mark.parametrize("ddmmyy", ["310490", "710490", "300290", "290290", "700290"])
def test_day_past_the_end_of_its_month_is_an_error(ddmmyy: str) -> None:
    assert codes(check(f"320101{ddmmyy}0003")) == ["nik.date"]


@pytest.mark.parametrize("ddmmyy", ["290200", "690296", "310190", "710190"])
def test_29_february_is_possible_in_years_divisible_by_four(ddmmyy: str) -> None:
    assert "nik.date" not in codes(check(f"320101{ddmmyy}0003"))


def test_unknown_province_is_an_error() -> None:
    problems = check("9901014708900003")
    assert codes(problems) == ["nik.province"]
    assert problems[0].is_error


def test_unknown_regency_is_only_a_warning() -> None:
    [problem] = check("3299014708900003")
    assert (problem.code, problem.severity) == ("nik.regency_unknown", Severity.WARNING)


def test_unknown_district_is_only_a_warning() -> None:
    [problem] = check("3201994708900003")
    assert (problem.code, problem.severity) == ("nik.district_unknown", Severity.WARNING)


def test_date_and_province_errors_come_together() -> None:
    assert sorted(codes(check("9901013513900003"))) == ["nik.date", "nik.date", "nik.province"]


@pytest.mark.parametrize(
    ("entered", "named", "not_named"),
    [
        (dt.date(1990, 8, 8), "tanggal (NIK 07, diisi 08)", ("bulan", "tahun")),
        (dt.date(1990, 9, 7), "bulan (NIK 08, diisi 09)", ("tanggal (", "tahun")),
        (dt.date(1991, 8, 7), "tahun (NIK ..90, diisi 1991)", ("tanggal (", "bulan")),
    ],
)
def test_birth_date_mismatch_names_exactly_the_part_that_differs(
    entered: dt.date, named: str, not_named: tuple[str, ...]
) -> None:
    [problem] = check(WOMAN_1990, birth_date=entered, gender=Gender.FEMALE)
    assert (problem.code, problem.severity) == ("nik.birth_date_mismatch", Severity.WARNING)
    assert named in problem.message
    for part in not_named:
        assert part not in problem.message


def test_birth_date_mismatch_lists_every_differing_part() -> None:
    [problem] = check(WOMAN_1990, birth_date=dt.date(1985, 1, 2), gender=Gender.FEMALE)
    for part in ("tanggal (NIK 07, diisi 02)", "bulan (NIK 08, diisi 01)", "tahun (NIK ..90"):
        assert part in problem.message


def test_a_century_apart_is_not_a_mismatch() -> None:
    # The NIK does not encode the century; only the last two digits can disagree.
    assert check(WOMAN_1990, birth_date=dt.date(1890, 8, 7), gender=Gender.FEMALE) == []


def test_woman_entered_as_man_is_a_gender_warning() -> None:
    [problem] = check(WOMAN_1990, birth_date=dt.date(1990, 8, 7), gender=Gender.MALE)
    assert (problem.code, problem.severity) == ("nik.gender_mismatch", Severity.WARNING)
    assert "perempuan" in problem.message


def test_nik_without_the_plus_40_for_a_woman_is_a_gender_warning() -> None:
    man_digits = make_nik(dt.date(1990, 8, 7), Gender.MALE)
    [problem] = check(man_digits, birth_date=dt.date(1990, 8, 7), gender=Gender.FEMALE)
    assert problem.code == "nik.gender_mismatch"
    assert "laki-laki" in problem.message


def test_under_17_is_a_warning_not_an_error() -> None:
    child = make_nik(dt.date(2010, 3, 4), Gender.MALE)
    [problem] = check(child, birth_date=dt.date(2010, 3, 4), gender=Gender.MALE)
    assert (problem.code, problem.severity) == ("nik.underage", Severity.WARNING)
    assert "15 tahun" in problem.message


def test_age_uses_the_entered_birth_date_over_the_nik() -> None:
    adult = make_nik(dt.date(1990, 3, 4), Gender.MALE)
    problems = check(adult, birth_date=dt.date(2010, 3, 4), gender=Gender.MALE)
    assert codes(problems) == ["nik.birth_date_mismatch", "nik.underage"]


def test_17th_birthday_is_adult() -> None:
    birthday = dt.date(TODAY.year - 17, TODAY.month, TODAY.day)
    assert check(make_nik(birthday, Gender.MALE), birth_date=birthday) == []


def test_nik_facts_reads_regions_birth_date_and_gender() -> None:
    assert nik_facts(WOMAN_1990, TODAY) == NikFacts(
        province_code="32",
        regency_code="3201",
        district_code="320101",
        birth_date=dt.date(1990, 8, 7),
        gender=Gender.FEMALE,
        serial="0003",
    )


@pytest.mark.parametrize(
    ("ddmmyy", "today", "expected"),
    [
        ("170825", dt.date(2025, 6, 1), dt.date(1925, 8, 17)),  # not born yet this year
        ("170825", dt.date(2025, 9, 1), dt.date(2025, 8, 17)),
        ("010100", dt.date(2025, 6, 1), dt.date(2000, 1, 1)),
        ("290200", dt.date(2025, 6, 1), dt.date(2000, 2, 29)),
        ("311299", dt.date(2025, 6, 1), dt.date(1999, 12, 31)),
        ("010126", dt.date(2025, 6, 1), dt.date(1926, 1, 1)),
    ],
)
def test_nik_facts_picks_the_century_that_makes_the_age_0_to_100(
    ddmmyy: str, today: dt.date, expected: dt.date
) -> None:
    facts = nik_facts(f"320101{ddmmyy}0001", today)
    assert facts is not None
    assert facts.birth_date == expected


@pytest.mark.parametrize("typed", ["", "320101", "3201013513900003", "32010147O8900003"])
def test_nik_facts_is_none_when_the_nik_cannot_be_read(typed: str) -> None:
    assert nik_facts(typed, TODAY) is None


@given(niks())
def test_valid_niks_with_their_own_date_and_gender_pass(case: tuple[str, dt.date, Gender]) -> None:
    nik, birth_date, gender = case
    assert check(nik, birth_date=birth_date, gender=gender) == []


@given(niks())
def test_nik_facts_recovers_the_encoded_birth_date_and_gender(
    case: tuple[str, dt.date, Gender],
) -> None:
    nik, birth_date, gender = case
    facts = nik_facts(nik, TODAY)
    assert facts is not None
    assert (facts.birth_date, facts.gender) == (birth_date, gender)
    assert facts.district_code == nik[:6]


@given(niks(), st.integers(0, 15), st.data())
def test_dropping_or_adding_a_digit_is_a_length_error(
    case: tuple[str, dt.date, Gender], position: int, data: st.DataObject
) -> None:
    nik = case[0]
    shorter = nik[:position] + nik[position + 1 :]
    longer = nik[:position] + data.draw(st.sampled_from("0123456789")) + nik[position:]
    assert codes(check(shorter)) == ["nik.length"]
    assert codes(check(longer)) == ["nik.length"]


@given(niks(), st.integers(0, 15), st.characters(exclude_characters="0123456789 .-"))
def test_a_non_digit_anywhere_is_a_format_error(
    case: tuple[str, dt.date, Gender], position: int, intruder: str
) -> None:
    assume(not intruder.isspace())
    nik = case[0]
    assert codes(check(nik[:position] + intruder + nik[position + 1 :])) == ["nik.format"]


@given(niks(), st.sampled_from(["00", "32", "36", "40", "72", "85", "99"]))
def test_an_impossible_day_in_any_valid_nik_is_an_error(
    case: tuple[str, dt.date, Gender], day: str
) -> None:
    nik = case[0]
    problems = check(nik[:6] + day + nik[8:])
    assert "nik.date" in codes(problems)
    assert all(p.field == "" for p in problems)


@given(niks(), st.integers(1, 27))
def test_shifting_the_day_warns_about_the_day_only(
    case: tuple[str, dt.date, Gender], shift: int
) -> None:
    nik, birth_date, gender = case
    entered = birth_date + dt.timedelta(days=shift)
    assume(entered.month == birth_date.month)
    assume(age_on(entered, TODAY) >= 17)  # a day later can make a 17-year-old 16: underage too
    [problem] = check(nik, birth_date=entered, gender=gender)
    assert problem.code == "nik.birth_date_mismatch"
    assert "tanggal (" in problem.message
    assert "bulan" not in problem.message


@given(niks())
def test_the_other_gender_is_a_gender_warning(case: tuple[str, dt.date, Gender]) -> None:
    nik, birth_date, gender = case
    other = Gender.MALE if gender is Gender.FEMALE else Gender.FEMALE
    assert codes(check(nik, birth_date=birth_date, gender=other)) == ["nik.gender_mismatch"]


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_any_16_digits_stdnum_rejects_by_date_are_rejected_too(nik: str) -> None:
    # Our date rules are at least as strict as stdnum's (which allows day 81 as 1).
    has_date_error = "nik.date" in codes(check(nik))
    try:
        stdnum_nik.get_birth_date(nik)
    except stdnum_nik.ValidationError:
        assert has_date_error


@given(st.text(alphabet="0123456789", min_size=16, max_size=16), st.dates())
def test_nik_facts_birth_date_is_0_to_100_years_before_today(nik: str, today: dt.date) -> None:
    assume(today.year >= 200)
    facts = nik_facts(nik, today)
    if facts is not None:
        assert facts.birth_date <= today
        assert 0 <= age_on(facts.birth_date, today) <= 100


@given(st.text(), st.none() | st.dates(), st.none() | st.sampled_from(Gender), st.dates())
def test_never_raises_on_any_text(
    text: str, birth_date: dt.date | None, gender: Gender | None, today: dt.date
) -> None:
    problems = validate_nik(text, regions=REF, today=today, birth_date=birth_date, gender=gender)
    assert all(p.code.startswith("nik.") and p.message for p in problems)
    normalized = normalize_nik(text)
    assert normalized is None or normalized.isascii()
    nik_facts(text, today)
