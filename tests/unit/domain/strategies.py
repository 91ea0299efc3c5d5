"""Builders and Hypothesis strategies for domain tests: made-up NIKs, numbers and drafts.

Every NIK here is synthetic, built from the fake regions in ``tests.fakes``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from hypothesis import strategies as st
from stdnum import luhn

from fieldkit.domain.records import (
    Activity,
    Address,
    Applicant,
    ApplicationDraft,
    Business,
    Gender,
    LandStatus,
)

TODAY = dt.date(2025, 6, 1)
DISTRICTS = ("320101", "510201")
VILLAGES = ("3201012001", "5102012001")
KBLI_CODES = ("56101", "47111", "10710")
# Telkomsel, Indosat, XL, Axis, Tri and Smartfren ranges.
MOBILE_PREFIXES = (
    *("811", "812", "813", "821", "822", "852", "853", "815", "856", "857", "817"),
    *("818", "819", "859", "877", "878", "831", "838", "895", "896", "898", "881"),
)


def make_nik(
    birth_date: dt.date,
    gender: Gender,
    *,
    district: str = "320101",
    serial: str = "0003",
) -> str:
    """A synthetic NIK: district, DDMMYY (day + 40 for women), serial."""
    day = birth_date.day + (40 if gender is Gender.FEMALE else 0)
    return f"{district}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial}"


def legacy_npwp(eight_digits: str, tail: str = "091000") -> str:
    """A 15-digit legacy NPWP with a correct check digit (Luhn over the first 9 digits)."""
    return eight_digits + str(luhn.calc_check_digit(eight_digits)) + tail


def adult_birth_dates() -> st.SearchStrategy[dt.date]:
    """Birth dates of people aged 17 to 99 on ``TODAY``."""
    return st.dates(min_value=dt.date(1926, 6, 2), max_value=dt.date(2008, 6, 1))


@st.composite
def niks(draw: st.DrawFn) -> tuple[str, dt.date, Gender]:
    """A valid synthetic NIK of an adult, with the birth date and gender it encodes."""
    birth_date = draw(adult_birth_dates())
    gender = draw(st.sampled_from(Gender))
    district = draw(st.sampled_from(DISTRICTS))
    serial = f"{draw(st.integers(1, 9999)):04d}"
    return make_nik(birth_date, gender, district=district, serial=serial), birth_date, gender


@st.composite
def mobiles(draw: st.DrawFn) -> tuple[str, str]:
    """A typed Indonesian mobile number (any usual form) and its E.164 form."""
    prefix = draw(st.sampled_from(MOBILE_PREFIXES))
    rest = draw(st.text(alphabet="0123456789", min_size=7, max_size=8))
    national = prefix + rest
    typed = draw(
        st.sampled_from(
            (
                f"0{national}",
                f"62{national}",
                f"+62{national}",
                f"0{prefix}-{rest[:4]}-{rest[4:]}",
                f"+62 {prefix} {rest[:4]} {rest[4:]}",
            )
        )
    )
    return typed, f"+62{national}"


def valid_applicant(**changes: Any) -> Applicant:
    """A made-up applicant every rule accepts, with ``changes`` applied."""
    birth_date = dt.date(1990, 8, 7)
    applicant = Applicant(
        nik=make_nik(birth_date, Gender.FEMALE, district="510201"),
        full_name="Ni Luh Putu Sari",
        birth_place="Tabanan",
        birth_date=birth_date,
        gender=Gender.FEMALE,
        address=Address(street="Jl. Raya Bajera No. 5", village_code="5102012001"),
        mobile="+6281234567890",
        email="luhsari@gmail.com",
        npwp="",
    )
    return replace(applicant, **changes)


def valid_business(**changes: Any) -> Business:
    """A made-up micro business every rule accepts, with ``changes`` applied."""
    business = Business(
        name="Warung Makan Bu Sari",
        address=Address(street="Jl. Raya Bajera No. 5", village_code="5102012001"),
        land_area_m2=36,
        land_status=LandStatus.OWNED,
        coordinate=None,
        capital=15_000_000,
        activities=(Activity(kbli="56101", product="nasi campur", workers=2, investment=0),),
    )
    return replace(business, **changes)


def valid_draft() -> ApplicationDraft:
    return ApplicationDraft(applicant=valid_applicant(), business=valid_business())
