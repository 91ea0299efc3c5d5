"""Valid sample records built on the real reference data (made-up people, real places)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from fieldkit.domain.records import (
    Activity,
    ActivityKind,
    Address,
    Applicant,
    ApplicationDraft,
    Business,
    Gender,
    LandStatus,
)
from tests.support import personal_data

VILLAGE = "3201011001"  # Pondok Rajeg, Cibinong, Kabupaten Bogor (kelurahan)
OTHER_VILLAGE = "3201022001"  # Wanaherang, Gunungputri, Kabupaten Bogor (desa)


def nik_for(
    serial: int, *, day: int = 17, month: int = 8, year: int = 1990, female: bool = True
) -> str:
    """A made-up NIK registered in Cibinong (320101) that matches the given birth data."""
    dd = day + 40 if female else day
    return f"320101{dd:02d}{month:02d}{year % 100:02d}{serial:04d}"


def applicant(serial: int = 3, **changes: object) -> Applicant:
    base = Applicant(
        nik=nik_for(serial),
        full_name="Siti Rahmawati",
        birth_place="Bogor",
        birth_date=dt.date(1990, 8, 17),
        gender=Gender.FEMALE,
        address=Address("Jl. Raya Cibinong No. 5, RT 01/RW 02", VILLAGE, "16911"),
        mobile=f"+62812{serial:08d}",
        email=f"siti{serial}@gmail.com",
        npwp="",
    )
    made = dataclasses.replace(base, **changes)  # type: ignore[arg-type]  # test helper
    personal_data.register(made.nik, made.full_name)  # looked for in every log of the run
    return made


def business(**changes: object) -> Business:
    base = Business(
        name="Warung Makan Bu Siti",
        address=Address("Jl. Raya Cibinong No. 5", VILLAGE, "16911"),
        land_area_m2=24,
        land_status=LandStatus.RENTED,
        coordinate=None,
        capital=15_000_000,
        activities=(
            Activity(
                kbli="56102",
                kind=ActivityKind.SERVICE,
                product="Nasi dan lauk pauk",
                workers=2,
                investment=5_000_000,
            ),
        ),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]  # test helper


def draft(serial: int = 3, **applicant_changes: object) -> ApplicationDraft:
    return ApplicationDraft(applicant=applicant(serial, **applicant_changes), business=business())
