"""Business rules: KBLI activities, land and location, capital and the PP 7/2021 scale."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.domain.problems import Problem, Severity
from fieldkit.domain.records import Activity, Address, BusinessScale, Coordinate
from fieldkit.domain.validation.business import (
    LATITUDE_RANGE,
    LONGITUDE_RANGE,
    business_scale,
    normalize_business,
    validate_activities,
    validate_business,
    validate_capital,
    validate_coordinate,
    validate_land,
)
from tests.fakes import FakeReference
from tests.unit.domain.strategies import KBLI_CODES, valid_business

REF = FakeReference()
BILLION = 1_000_000_000


def fields_and_codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in problems]


def activity(
    kbli: str = "56101", product: str = "nasi campur", *, workers: int = 1, investment: int = 0
) -> Activity:
    return Activity(kbli=kbli, product=product, workers=workers, investment=investment)


activities = st.builds(
    activity,
    kbli=st.sampled_from(KBLI_CODES),
    product=st.sampled_from(["nasi goreng", "roti manis", "kopi bubuk"]),
    workers=st.integers(0, 50),
    investment=st.integers(0, 500_000_000),
)
unique_activities = st.lists(activities, min_size=1, max_size=3, unique_by=lambda a: a.kbli)


# --- scale -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("capital", "scale"),
    [
        (0, BusinessScale.MICRO),
        (BILLION, BusinessScale.MICRO),
        (BILLION + 1, BusinessScale.SMALL),
        (5 * BILLION, BusinessScale.SMALL),
        (5 * BILLION + 1, BusinessScale.MEDIUM),
        (10 * BILLION, BusinessScale.MEDIUM),
        (10 * BILLION + 1, BusinessScale.LARGE),
    ],
)
def test_scale_boundaries_follow_pp_7_2021(capital: int, scale: BusinessScale) -> None:
    assert business_scale(capital) is scale


def test_negative_capital_has_no_scale() -> None:
    with pytest.raises(ValueError, match="negative"):
        business_scale(-1)


@given(st.integers(0, 20 * BILLION), st.integers(0, 20 * BILLION))
def test_more_capital_never_means_a_smaller_scale(a: int, b: int) -> None:
    order = list(BusinessScale)
    low, high = sorted((a, b))
    assert order.index(business_scale(low)) <= order.index(business_scale(high))


def test_capital_is_required() -> None:
    assert [p.code for p in validate_capital(None)] == ["capital.required"]


def test_negative_capital_is_an_error() -> None:
    assert [p.code for p in validate_capital(-5)] == ["capital.negative"]


@given(st.integers(0, 5 * BILLION))
def test_umk_capital_passes(capital: int) -> None:
    assert validate_capital(capital) == []


@given(st.integers(5 * BILLION + 1, 10 * BILLION))
def test_medium_capital_warns_it_is_not_umk(capital: int) -> None:
    [problem] = validate_capital(capital)
    assert (problem.code, problem.severity) == ("scale.not_umk", Severity.WARNING)
    assert "UMK" in problem.message


@given(st.integers(10 * BILLION + 1, 10**15))
def test_large_capital_is_out_of_scope(capital: int) -> None:
    [problem] = validate_capital(capital)
    assert (problem.code, problem.severity) == ("scale.out_of_scope", Severity.ERROR)
    assert "jemput bola" in problem.message


# --- activities --------------------------------------------------------------------------


def test_at_least_one_activity() -> None:
    assert fields_and_codes(validate_activities([], kbli=REF)) == [("activities", "kbli.required")]


def test_unknown_kbli_is_an_error_on_its_activity() -> None:
    problems = validate_activities([activity(), activity("99999")], kbli=REF)
    assert fields_and_codes(problems) == [("activities.1.kbli", "kbli.unknown")]
    assert "KBLI 2020" in problems[0].message


@pytest.mark.parametrize(("typed", "code"), [("", "kbli.required"), ("5610", "kbli.format")])
def test_missing_or_malformed_kbli(typed: str, code: str) -> None:
    assert fields_and_codes(validate_activities([activity(typed)], kbli=REF)) == [
        ("activities.0.kbli", code)
    ]


def test_kbli_with_spaces_or_dots_is_accepted() -> None:
    assert validate_activities([activity("56.101"), activity(" 4711 1 ")], kbli=REF) == []


def test_duplicate_kbli_is_an_error_on_the_later_activity() -> None:
    problems = validate_activities(
        [activity("56101"), activity("10710"), activity("56.101", "es teh")], kbli=REF
    )
    assert fields_and_codes(problems) == [("activities.2.kbli", "kbli.duplicate")]
    assert "ke-1" in problems[0].message


def test_product_workers_and_investment_are_checked() -> None:
    problems = validate_activities(
        [activity(product="  "), activity("10710", workers=-1, investment=-1000)], kbli=REF
    )
    assert fields_and_codes(problems) == [
        ("activities.0.product", "activity.product_required"),
        ("activities.1.workers", "activity.workers_negative"),
        ("activities.1.investment", "activity.investment_negative"),
    ]


def test_product_length_and_invisible_characters() -> None:
    problems = validate_activities(
        [activity(product="x" * 201), activity("10710", product="roti\u200b")], kbli=REF
    )
    assert fields_and_codes(problems) == [
        ("activities.0.product", "activity.product_too_long"),
        ("activities.1.product", "activity.product_characters"),
    ]


def test_a_sole_owner_with_no_workers_passes() -> None:
    assert validate_activities([activity(workers=0)], kbli=REF) == []


@given(unique_activities)
def test_distinct_known_kbli_with_products_pass(items: list[Activity]) -> None:
    assert validate_activities(items, kbli=REF) == []


@given(unique_activities, st.data())
def test_repeating_any_kbli_is_a_duplicate(items: list[Activity], data: st.DataObject) -> None:
    repeated = data.draw(st.sampled_from(items))
    problems = validate_activities([*items, repeated], kbli=REF)
    assert fields_and_codes(problems) == [(f"activities.{len(items)}.kbli", "kbli.duplicate")]


@given(unique_activities, st.text(alphabet="0123456789", min_size=5, max_size=5))
def test_a_code_outside_the_lookup_is_unknown(items: list[Activity], code: str) -> None:
    problems = validate_activities([*items, activity(code)], kbli=REF)
    expected = [] if code in KBLI_CODES else [(f"activities.{len(items)}.kbli", "kbli.unknown")]
    if code in {a.kbli for a in items}:
        expected = [(f"activities.{len(items)}.kbli", "kbli.duplicate")]
    assert fields_and_codes(problems) == expected


@given(st.text(), st.text(), st.integers(), st.integers())
def test_activities_never_raise(kbli: str, product: str, workers: int, investment: int) -> None:
    problems = validate_activities(
        [activity(kbli, product, workers=workers, investment=investment)], kbli=REF
    )
    assert all(p.field.startswith("activities.0.") and p.is_error for p in problems)


# --- land and location -------------------------------------------------------------------


def test_land_area_optional_but_positive_and_status_required() -> None:
    assert validate_land(valid_business(land_area_m2=None)) == []
    assert fields_and_codes(validate_land(valid_business(land_area_m2=0, land_status=None))) == [
        ("land_area_m2", "land.area"),
        ("land_status", "land.status_required"),
    ]


@given(st.floats(*LATITUDE_RANGE, allow_nan=False), st.floats(*LONGITUDE_RANGE, allow_nan=False))
def test_points_in_indonesia_pass(latitude: float, longitude: float) -> None:
    assert validate_coordinate(Coordinate(latitude, longitude)) == []


@given(st.floats(-90, 90), st.floats(-180, 180))
def test_points_outside_the_box_are_errors(latitude: float, longitude: float) -> None:
    inside = (
        LATITUDE_RANGE[0] <= latitude <= LATITUDE_RANGE[1]
        and LONGITUDE_RANGE[0] <= longitude <= LONGITUDE_RANGE[1]
    )
    problems = validate_coordinate(Coordinate(latitude, longitude))
    assert [p.code for p in problems] == ([] if inside else ["coordinate.outside_indonesia"])


@pytest.mark.parametrize(
    ("latitude", "longitude"), [(LATITUDE_RANGE[0], LONGITUDE_RANGE[0]), (6.5, 141.5)]
)
def test_the_corners_of_the_box_are_inside(latitude: float, longitude: float) -> None:
    assert validate_coordinate(Coordinate(latitude, longitude)) == []


def test_swapped_latitude_and_longitude_get_a_hint() -> None:
    [problem] = validate_coordinate(Coordinate(115.1, -8.5))
    assert problem.code == "coordinate.outside_indonesia"
    assert "tertukar" in problem.message


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_unreadable_coordinates_are_errors(value: float) -> None:
    assert [p.code for p in validate_coordinate(Coordinate(value, 115.0))] == ["coordinate.invalid"]


def test_no_coordinate_is_fine() -> None:
    assert validate_coordinate(None) == []


# --- whole business ----------------------------------------------------------------------


def test_valid_business_passes() -> None:
    assert validate_business(valid_business(), ref=REF) == []


def test_every_problem_of_a_business_comes_at_once_with_its_field() -> None:
    business = valid_business(
        name="",
        address=Address(village_code="123"),
        land_status=None,
        coordinate=Coordinate(40.0, 10.0),
        capital=None,
        activities=(),
    )
    assert fields_and_codes(validate_business(business, ref=REF)) == [
        ("name", "name.required"),
        ("address.village_code", "village.format"),
        ("land_status", "land.status_required"),
        ("coordinate", "coordinate.outside_indonesia"),
        ("capital", "capital.required"),
        ("activities", "kbli.required"),
    ]


def test_normalize_business_cleans_what_it_can() -> None:
    business = valid_business(
        name="  Warung   Bu Sari ",
        activities=(activity(" 56.101 ", "  nasi   campur "), activity("restoran")),
    )
    normalized = normalize_business(business)
    assert normalized.name == "Warung Bu Sari"
    assert [(a.kbli, a.product) for a in normalized.activities] == [
        ("56101", "nasi campur"),
        ("restoran", "nasi campur"),
    ]
