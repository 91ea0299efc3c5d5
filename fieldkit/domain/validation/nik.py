"""NIK (Nomor Induk Kependudukan): syntax, the encoded birth date and gender, and region codes.

A NIK is ``PP KK CC DDMMYY SSSS``: province, regency and kecamatan of *first*
registration, the birth date (day + 40 for women, century not encoded) and a
serial number. OSS fetches the applicant from Dukcapil by NIK, so a wrong NIK
only shows up days later as a refusal; these rules catch what can be caught
while the applicant is still at the village hall.

What is an error and what a warning follows Dukcapil: a NIK that is not 16
digits, encodes an impossible date or an unknown province cannot be right. A
NIK that disagrees with the birth date or gender on the form, or carries a
regency or kecamatan code missing from today's Kepmendagri list (the NIK keeps
the code of a region that may since have been split) can still be a real NIK,
so those are warnings the officer acknowledges and saves.

``stdnum.id.nik`` is not used for the checks: it stops at the first problem,
looks regions up in its own bundled list rather than the office's reference
data, and fixes the century at 1920-2019.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from fieldkit.domain.messages import joined, msg
from fieldkit.domain.problems import Problem, error, warning
from fieldkit.domain.records import Gender
from fieldkit.domain.reference import RegionLookup
from fieldkit.domain.validation._text import (
    describe_characters,
    is_ascii_digits,
    without_separators,
)

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40
ADULT_AGE = 17  # a KTP is issued at 17 (or on marriage, hence only a warning below it)

_GENDER_WORDS = {Gender.MALE: msg("laki-laki"), Gender.FEMALE: msg("perempuan")}


@dataclass(frozen=True, slots=True)
class NikFacts:
    """What a well-formed NIK says about its holder, for pre-filling the form."""

    province_code: str  # 2 digits
    regency_code: str  # 4 digits
    district_code: str  # 6 digits (kecamatan)
    birth_date: dt.date  # century inferred: the holder is 0-100 years old
    gender: Gender
    serial: str  # 4 digits


@dataclass(frozen=True, slots=True)
class _EncodedDate:
    """Digits 7-12 as written: day without the +40, month, two-digit year."""

    day: int
    month: int
    year: int  # 0-99
    gender: Gender


def normalize_nik(text: str) -> str | None:
    """The digits of a NIK typed with spaces, dots or hyphens; ``None`` if other characters."""
    digits = without_separators(text)
    return digits if is_ascii_digits(digits) else None


def _decode_date(nik: str) -> _EncodedDate:
    raw_day = int(nik[6:8])
    gender = Gender.FEMALE if raw_day > FEMALE_DAY_OFFSET else Gender.MALE
    day = raw_day - FEMALE_DAY_OFFSET if gender is Gender.FEMALE else raw_day
    return _EncodedDate(day=day, month=int(nik[8:10]), year=int(nik[10:12]), gender=gender)


def _date_problems(nik: str) -> list[Problem]:
    raw_day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    problems: list[Problem] = []
    is_day_possible = 1 <= raw_day <= 31 or 41 <= raw_day <= 71
    if not is_day_possible:
        problems.append(
            error(
                "",
                "nik.date",
                msg(
                    "Digit ke-7 dan ke-8 NIK ({digits}) bukan tanggal lahir yang mungkin: harus "
                    "01–31 untuk laki-laki atau 41–71 untuk perempuan (tanggal ditambah 40). "
                    "Periksa lagi NIK pada KTP.",
                    digits=nik[6:8],
                ),
            )
        )
    if not 1 <= month <= 12:
        problems.append(
            error(
                "",
                "nik.date",
                msg(
                    "Digit ke-9 dan ke-10 NIK ({digits}) bukan bulan lahir yang mungkin: harus "
                    "01–12. Periksa lagi NIK pada KTP.",
                    digits=nik[8:10],
                ),
            )
        )
    if is_day_possible and 1 <= month <= 12:
        day = _decode_date(nik).day
        # The century is unknown: a two-digit year divisible by 4 has a leap year in some
        # century (2000 was one), so 29 February is possible exactly for those years.
        leap_year_for_february = 2000 if year % 4 == 0 else 2001
        if day > calendar.monthrange(leap_year_for_february, month)[1]:
            problems.append(
                error(
                    "",
                    "nik.date",
                    msg(
                        "Digit ke-7 sampai ke-12 NIK menunjukkan tanggal {date}, tanggal yang "
                        "tidak ada. Periksa lagi NIK pada KTP.",
                        date=f"{day:02d}-{month:02d}-{year:02d}",
                    ),
                )
            )
    return problems


def _infer_birth_date(encoded: _EncodedDate, today: dt.date) -> dt.date | None:
    """The latest real date not after ``today`` with these digits: age 0-100 when it exists."""
    this_century = today.year - today.year % 100
    for century in (this_century, this_century - 100):
        try:
            candidate = dt.date(century + encoded.year, encoded.month, encoded.day)
        except ValueError:
            continue  # 29 February of a century year that is not a leap year, or year 0
        if candidate <= today:
            return candidate
    return None


def age_on(birth_date: dt.date, today: dt.date) -> int:
    """Completed years of life on ``today``."""
    had_birthday = (today.month, today.day) >= (birth_date.month, birth_date.day)
    return today.year - birth_date.year - (0 if had_birthday else 1)


def nik_facts(nik: str, today: dt.date) -> NikFacts | None:
    """Region codes, birth date and gender read from a NIK; ``None`` if it cannot be read.

    ``nik`` may be typed with separators. Region codes are not looked up here.
    """
    digits = normalize_nik(nik)
    if digits is None or len(digits) != NIK_LENGTH or _date_problems(digits):
        return None
    encoded = _decode_date(digits)
    birth_date = _infer_birth_date(encoded, today)
    if birth_date is None:
        return None
    return NikFacts(
        province_code=digits[:2],
        regency_code=digits[:4],
        district_code=digits[:6],
        birth_date=birth_date,
        gender=encoded.gender,
        serial=digits[12:],
    )


def _region_problems(nik: str, regions: RegionLookup) -> list[Problem]:
    if regions.region(nik[:2]) is None:
        return [
            error(
                "",
                "nik.province",
                msg(
                    "Dua digit pertama NIK ({code}) bukan kode provinsi yang dikenal. "
                    "Periksa lagi NIK pada KTP.",
                    code=nik[:2],
                ),
            )
        ]
    # A NIK keeps the code of the region where it was first issued, which may have been
    # split or renamed since; so an unknown regency or kecamatan is only a warning.
    if regions.region(nik[:4]) is None:
        return [
            warning(
                "",
                "nik.regency_unknown",
                msg(
                    "Kode kabupaten/kota di NIK ({code}) tidak ada dalam daftar wilayah saat ini. "
                    "Bisa jadi NIK terbit sebelum pemekaran wilayah: cocokkan dengan KTP, lalu "
                    "konfirmasi peringatan ini.",
                    code=nik[:4],
                ),
            )
        ]
    if regions.region(nik[:6]) is None:
        return [
            warning(
                "",
                "nik.district_unknown",
                msg(
                    "Kode kecamatan di NIK ({code}) tidak ada dalam daftar wilayah saat ini. "
                    "Bisa jadi NIK terbit sebelum pemekaran wilayah: cocokkan dengan KTP, lalu "
                    "konfirmasi peringatan ini.",
                    code=nik[:6],
                ),
            )
        ]
    return []


def _birth_date_mismatch(encoded: _EncodedDate, birth_date: dt.date) -> Problem | None:
    differences = []
    if encoded.day != birth_date.day:
        differences.append(
            msg(
                "tanggal (NIK {nik}, diisi {typed})",
                nik=f"{encoded.day:02d}",
                typed=f"{birth_date.day:02d}",
            )
        )
    if encoded.month != birth_date.month:
        differences.append(
            msg(
                "bulan (NIK {nik}, diisi {typed})",
                nik=f"{encoded.month:02d}",
                typed=f"{birth_date.month:02d}",
            )
        )
    if encoded.year != birth_date.year % 100:
        differences.append(
            msg(
                "tahun (NIK ..{nik}, diisi {typed})",
                nik=f"{encoded.year:02d}",
                typed=str(birth_date.year),
            )
        )
    if not differences:
        return None
    return warning(
        "",
        "nik.birth_date_mismatch",
        msg(
            "Tanggal lahir di NIK berbeda dengan tanggal lahir yang diisi: {differences}. "
            "Periksa NIK dan tanggal lahir pada KTP; jika keduanya sudah sesuai KTP, "
            "konfirmasi peringatan ini.",
            differences=joined(differences),
        ),
    )


def _gender_mismatch(encoded: _EncodedDate, gender: Gender) -> Problem | None:
    if encoded.gender is gender:
        return None
    how = (
        msg("tanggal di NIK ditambah 40")
        if encoded.gender is Gender.FEMALE
        else msg("tanggal di NIK 01–31; untuk perempuan ditambah 40")
    )
    return warning(
        "",
        "nik.gender_mismatch",
        msg(
            "NIK menunjukkan jenis kelamin {nik_gender} ({how}), tetapi yang diisi "
            "{typed_gender}. Periksa NIK dan jenis kelamin pada KTP; jika keduanya sudah "
            "sesuai KTP, konfirmasi peringatan ini.",
            nik_gender=_GENDER_WORDS[encoded.gender],
            how=how,
            typed_gender=_GENDER_WORDS[gender],
        ),
    )


def validate_nik(
    text: str,
    *,
    regions: RegionLookup,
    today: dt.date,
    birth_date: dt.date | None = None,
    gender: Gender | None = None,
) -> list[Problem]:
    """Every problem with a typed NIK, compared with the birth date and gender on the form.

    Problems carry an empty field; the caller roots them (``applicant.nik``).
    """
    if not text.strip():
        return [error("", "nik.required", msg("NIK wajib diisi. Ketik 16 digit NIK dari KTP."))]
    nik = normalize_nik(text)
    if nik is None:
        bad = "".join(ch for ch in without_separators(text) if not is_ascii_digits(ch))
        return [
            error(
                "",
                "nik.format",
                msg(
                    "NIK hanya berisi angka, tetapi ada {characters}. "
                    "Ketik ulang 16 digit NIK dari KTP.",
                    characters=describe_characters(bad),
                ),
            )
        ]
    if len(nik) != NIK_LENGTH:
        return [
            error(
                "",
                "nik.length",
                msg(
                    "NIK harus 16 digit, yang diisi {count} digit. Periksa lagi NIK pada KTP.",
                    count=len(nik),
                ),
            )
        ]

    problems = _date_problems(nik)
    problems += _region_problems(nik, regions)
    if any(p.code == "nik.date" for p in problems):
        return problems

    encoded = _decode_date(nik)
    if birth_date is not None:
        mismatch = _birth_date_mismatch(encoded, birth_date)
        if mismatch is not None:
            problems.append(mismatch)
    if gender is not None:
        gender_mismatch = _gender_mismatch(encoded, gender)
        if gender_mismatch is not None:
            problems.append(gender_mismatch)

    # The form's date wins over the NIK's: Dukcapil's record, not the NIK digits, is the truth.
    known_birth_date = birth_date if birth_date is not None else _infer_birth_date(encoded, today)
    if known_birth_date is not None and known_birth_date <= today:
        age = age_on(known_birth_date, today)
        if age < ADULT_AGE:
            problems.append(
                warning(
                    "",
                    "nik.underage",
                    msg(
                        "Menurut tanggal lahir, pemohon baru berusia {age} tahun. KTP biasanya "
                        "terbit pada usia 17 tahun (atau setelah menikah): periksa tanggal lahir, "
                        "lalu konfirmasi peringatan ini jika benar.",
                        age=age,
                    ),
                )
            )
    return problems
