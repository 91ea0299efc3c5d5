"""The business: KBLI activities, location and land, and its scale from capital (PP 7/2021).

PP 7/2021 sets the scale by modal usaha excluding land and buildings: micro up
to Rp1 miliar, small above that up to Rp5 miliar, medium up to Rp10 miliar.
The outreach program registers micro and small businesses (UMK): a medium
business can still get a NIB but is outside the program (warning); a large
one needs the office, not a village visit (error).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import Problem, error, prefixed, warning
from fieldkit.domain.records import Activity, Business, BusinessScale, Coordinate
from fieldkit.domain.reference import KbliLookup, ReferenceLookup
from fieldkit.domain.validation._text import (
    collapse_whitespace,
    describe_characters,
    is_ascii_digits,
    is_invisible,
    without_separators,
)
from fieldkit.domain.validation.address import normalize_address, validate_address
from fieldkit.domain.validation.names import normalize_name, validate_business_name

MICRO_MAX_CAPITAL = 1_000_000_000
SMALL_MAX_CAPITAL = 5_000_000_000
MEDIUM_MAX_CAPITAL = 10_000_000_000

KBLI_LENGTH = 5
PRODUCT_MAX_LENGTH = 200

# Indonesia with a margin: Sabang to Merauke, Miangas to Rote.
LATITUDE_RANGE = (-11.0, 6.5)
LONGITUDE_RANGE = (94.0, 141.5)


def business_scale(capital: int) -> BusinessScale:
    """The PP 7/2021 scale of a business with this capital (integer Rupiah, ``>= 0``)."""
    if capital < 0:
        raise ValueError(f"capital must not be negative, got {capital}")
    if capital <= MICRO_MAX_CAPITAL:
        return BusinessScale.MICRO
    if capital <= SMALL_MAX_CAPITAL:
        return BusinessScale.SMALL
    if capital <= MEDIUM_MAX_CAPITAL:
        return BusinessScale.MEDIUM
    return BusinessScale.LARGE


def validate_capital(capital: int | None) -> list[Problem]:
    """Problems with the capital (modal usaha). Problems carry an empty field."""
    if capital is None:
        return [
            error(
                "",
                "capital.required",
                msg("Modal usaha wajib diisi (dalam Rupiah, tidak termasuk tanah dan bangunan)."),
            )
        ]
    if capital < 0:
        return [
            error(
                "",
                "capital.negative",
                msg("Modal usaha tidak boleh negatif. Isi modal dalam Rupiah, mis. 5000000."),
            )
        ]
    scale = business_scale(capital)
    if scale is BusinessScale.LARGE:
        return [
            error(
                "",
                "scale.out_of_scope",
                msg(
                    "Modal di atas Rp10 miliar berarti usaha besar, di luar layanan jemput bola. "
                    "Periksa lagi angkanya (tanpa tanah dan bangunan); jika benar, arahkan "
                    "pemohon ke kantor DPMPTSP."
                ),
            )
        ]
    if scale is BusinessScale.MEDIUM:
        return [
            warning(
                "",
                "scale.not_umk",
                msg(
                    "Modal di atas Rp5 miliar berarti usaha menengah, bukan UMK; program jemput "
                    "bola untuk usaha mikro dan kecil. Periksa lagi angkanya (tanpa tanah dan "
                    "bangunan); jika benar, konfirmasi peringatan ini."
                ),
            )
        ]
    return []


def normalize_kbli(text: str) -> str | None:
    """The 5 digits of a KBLI code typed with spaces or dots, else ``None``."""
    digits = without_separators(text)
    return digits if is_ascii_digits(digits) and len(digits) == KBLI_LENGTH else None


def _kbli_problems(text: str, kbli: KbliLookup) -> list[Problem]:
    if not text.strip():
        return [error("", "kbli.required", msg("Pilih kode KBLI untuk kegiatan usaha ini."))]
    code = normalize_kbli(text)
    if code is None:
        return [
            error(
                "",
                "kbli.format",
                msg("Kode KBLI terdiri dari 5 digit angka (mis. 56101). Pilih KBLI dari daftar."),
            )
        ]
    if kbli.kbli(code) is None:
        return [
            error(
                "",
                "kbli.unknown",
                msg(
                    "KBLI {code} tidak ada dalam KBLI {version}. Pilih KBLI dari daftar.",
                    code=code,
                    version=kbli.kbli_version,
                ),
            )
        ]
    return []


def _product_problems(text: str) -> list[Problem]:
    product = collapse_whitespace(text)
    if not product:
        return [
            error(
                "",
                "activity.product_required",
                msg("Isi produk atau jasa yang dijual, mis. 'nasi goreng' atau 'jasa jahit'."),
            )
        ]
    problems: list[Problem] = []
    invisible = "".join(ch for ch in product if is_invisible(ch))
    if invisible:
        problems.append(
            error(
                "",
                "activity.product_characters",
                msg(
                    "Produk/jasa berisi karakter tak terlihat ({characters}), biasanya terbawa "
                    "saat menyalin teks. Hapus isian lalu ketik ulang.",
                    characters=describe_characters(invisible),
                ),
            )
        )
    if len(product) > PRODUCT_MAX_LENGTH:
        problems.append(
            error(
                "",
                "activity.product_too_long",
                msg(
                    "Produk/jasa terlalu panjang ({length} karakter, paling banyak {limit}). "
                    "Tulis singkat, mis. 'nasi goreng'.",
                    length=len(product),
                    limit=PRODUCT_MAX_LENGTH,
                ),
            )
        )
    return problems


def validate_activity(activity: Activity, *, kbli: KbliLookup) -> list[Problem]:
    """Problems of one activity; fields ``kbli``, ``product``, ``workers``, ``investment``."""
    problems = prefixed("kbli", _kbli_problems(activity.kbli, kbli))
    problems += prefixed("product", _product_problems(activity.product))
    if activity.workers < 0:
        problems.append(
            error(
                "workers",
                "activity.workers_negative",
                msg("Jumlah tenaga kerja tidak boleh negatif. Isi 0 jika pemilik bekerja sendiri."),
            )
        )
    if activity.investment < 0:
        problems.append(
            error(
                "investment",
                "activity.investment_negative",
                msg("Rencana investasi tidak boleh negatif. Isi dalam Rupiah, atau 0."),
            )
        )
    return problems


def validate_activities(activities: Sequence[Activity], *, kbli: KbliLookup) -> list[Problem]:
    """Problems of a business's activities; fields ``activities`` and ``activities.<i>.<field>``."""
    if not activities:
        return [
            error(
                "activities",
                "kbli.required",
                msg("Tambahkan minimal satu kegiatan usaha (KBLI dan produk/jasanya)."),
            )
        ]
    problems: list[Problem] = []
    first_position: dict[str, int] = {}
    for index, activity in enumerate(activities):
        activity_problems = validate_activity(activity, kbli=kbli)
        code = normalize_kbli(activity.kbli)
        if code is not None and code in first_position:
            activity_problems.append(
                error(
                    "kbli",
                    "kbli.duplicate",
                    msg(
                        "KBLI {code} sudah dipilih di kegiatan ke-{position}. Satu KBLI hanya "
                        "sekali per usaha: gabungkan produk/jasanya ke kegiatan itu, atau pilih "
                        "KBLI lain.",
                        code=code,
                        position=first_position[code] + 1,
                    ),
                )
            )
        elif code is not None:
            first_position[code] = index
        problems += prefixed(f"activities.{index}", activity_problems)
    return problems


def validate_coordinate(coordinate: Coordinate | None) -> list[Problem]:
    """Problems with the optional location point. Problems carry an empty field."""
    if coordinate is None:
        return []
    lat, lon = coordinate.latitude, coordinate.longitude
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return [
            error(
                "",
                "coordinate.invalid",
                msg("Titik koordinat tidak terbaca. Ambil ulang titik lokasi, atau kosongkan."),
            )
        ]
    if _is_in_indonesia(lat, lon):
        return []
    hint = (
        msg("Lintang dan bujur tampaknya tertukar.")
        if _is_in_indonesia(lon, lat)
        else msg("Untuk Indonesia, lintang antara -11 dan 6,5 dan bujur antara 94 dan 141,5.")
    )
    return [
        error(
            "",
            "coordinate.outside_indonesia",
            msg(
                "Titik koordinat berada di luar Indonesia. {hint} Ambil ulang titik lokasi "
                "usaha, atau kosongkan.",
                hint=hint,
            ),
        )
    ]


def _is_in_indonesia(latitude: float, longitude: float) -> bool:
    return (
        LATITUDE_RANGE[0] <= latitude <= LATITUDE_RANGE[1]
        and LONGITUDE_RANGE[0] <= longitude <= LONGITUDE_RANGE[1]
    )


def validate_land(business: Business) -> list[Problem]:
    """Problems with land area (optional) and status; fields ``land_area_m2``, ``land_status``."""
    problems: list[Problem] = []
    if business.land_area_m2 is not None and business.land_area_m2 <= 0:
        problems.append(
            error(
                "land_area_m2",
                "land.area",
                msg(
                    "Luas lahan harus lebih dari 0 m². Isi luasnya, atau kosongkan jika tidak tahu."
                ),
            )
        )
    if business.land_status is None:
        problems.append(
            error(
                "land_status",
                "land.status_required",
                msg("Pilih status lahan tempat usaha: milik sendiri, sewa, atau pinjam pakai."),
            )
        )
    return problems


def validate_business(business: Business, *, ref: ReferenceLookup) -> list[Problem]:
    """Every problem of the business, with fields relative to it (``name``, ``capital``...)."""
    problems = prefixed("name", validate_business_name(business.name))
    problems += prefixed("address", validate_address(business.address, regions=ref))
    problems += validate_land(business)
    problems += prefixed("coordinate", validate_coordinate(business.coordinate))
    problems += prefixed("capital", validate_capital(business.capital))
    problems += validate_activities(business.activities, kbli=ref)
    return problems


def normalize_activity(activity: Activity) -> Activity:
    code = normalize_kbli(activity.kbli)
    return replace(
        activity,
        kbli=activity.kbli if code is None else code,
        product=collapse_whitespace(activity.product),
    )


def normalize_business(business: Business) -> Business:
    """The business with every value that can be normalised normalised; the rest as typed."""
    return replace(
        business,
        name=normalize_name(business.name),
        address=normalize_address(business.address),
        activities=tuple(normalize_activity(a) for a in business.activities),
    )
