"""What no draft may hold, even unfinished: control characters, absurd lengths and numbers.

Drafts are saved with validation errors in them (nothing typed is lost), but a
value that could never be right, such as a name of 10,000 characters, a NUL byte
pasted from a broken file or a negative worker count, is refused before it is
stored.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import Problem, error
from fieldkit.domain.records import ApplicationDraft

# Field limits follow what OSS accepts, with room for long Indonesian names.
TEXT_LIMITS: dict[str, int] = {
    "applicant.nik": 40,
    "applicant.full_name": 100,
    "applicant.birth_place": 100,
    "applicant.address.street": 250,
    "applicant.address.village_code": 20,
    "applicant.address.postal_code": 10,
    "applicant.mobile": 40,
    "applicant.email": 254,
    "applicant.npwp": 40,
    "business.name": 150,
    "business.address.street": 250,
    "business.address.village_code": 20,
    "business.address.postal_code": 10,
}
ACTIVITY_TEXT_LIMITS = {"kbli": 10, "product": 200}
MAX_MONEY = 10**15  # one quadrillion Rupiah: far above anything a village business declares
MAX_WORKERS = 100_000
MAX_ACTIVITIES = 20


def _texts(draft: ApplicationDraft) -> Iterator[tuple[str, str, int]]:
    a, b = draft.applicant, draft.business
    values = {
        "applicant.nik": a.nik,
        "applicant.full_name": a.full_name,
        "applicant.birth_place": a.birth_place,
        "applicant.address.street": a.address.street,
        "applicant.address.village_code": a.address.village_code,
        "applicant.address.postal_code": a.address.postal_code,
        "applicant.mobile": a.mobile,
        "applicant.email": a.email,
        "applicant.npwp": a.npwp,
        "business.name": b.name,
        "business.address.street": b.address.street,
        "business.address.village_code": b.address.village_code,
        "business.address.postal_code": b.address.postal_code,
    }
    for field, value in values.items():
        yield field, value, TEXT_LIMITS[field]
    for i, act in enumerate(b.activities):
        yield f"business.activities.{i}.kbli", act.kbli, ACTIVITY_TEXT_LIMITS["kbli"]
        yield f"business.activities.{i}.product", act.product, ACTIVITY_TEXT_LIMITS["product"]


def _has_control(value: str) -> bool:
    return any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} for ch in value)


def storable_problems(draft: ApplicationDraft) -> list[Problem]:
    """Every reason ``draft`` cannot be stored even as a draft (empty: it can)."""
    problems: list[Problem] = []
    for field, value, limit in _texts(draft):
        if len(value) > limit:
            problems.append(
                error(
                    field,
                    "text.too_long",
                    msg(
                        "Isian terlalu panjang ({length} karakter; paling banyak {limit}). "
                        "Periksa apakah teks tertempel dua kali atau salah kolom.",
                        length=f"{len(value):,}".replace(",", "."),
                        limit=limit,
                    ),
                )
            )
        if _has_control(value):
            problems.append(
                error(
                    field,
                    "text.control_characters",
                    msg(
                        "Isian berisi karakter kontrol yang tidak terlihat "
                        "(biasanya dari salin-tempel). Hapus isian ini dan ketik ulang."
                    ),
                )
            )
    b = draft.business
    for field, amount in (
        ("business.capital", b.capital),
        ("business.land_area_m2", b.land_area_m2),
    ):
        if amount is not None and not 0 <= amount <= MAX_MONEY:
            problems.append(
                error(
                    field,
                    "number.range",
                    msg("Angka di luar batas wajar. Periksa kembali isiannya."),
                )
            )
    if len(b.activities) > MAX_ACTIVITIES:
        problems.append(
            error(
                "business.activities",
                "activities.too_many",
                msg(
                    "Paling banyak {limit} kegiatan usaha (KBLI) per permohonan.",
                    limit=MAX_ACTIVITIES,
                ),
            )
        )
    for i, act in enumerate(b.activities):
        if not 0 <= act.workers <= MAX_WORKERS:
            problems.append(
                error(
                    f"business.activities.{i}.workers",
                    "number.range",
                    msg("Jumlah tenaga kerja di luar batas wajar. Periksa kembali isiannya."),
                )
            )
        if not 0 <= act.investment <= MAX_MONEY:
            problems.append(
                error(
                    f"business.activities.{i}.investment",
                    "number.range",
                    msg("Nilai investasi di luar batas wajar. Periksa kembali isiannya."),
                )
            )
    return problems
