"""Addresses: the 10-digit Kemendagri village code (which implies kecamatan, regency and
province) and the optional postal code."""

from __future__ import annotations

from dataclasses import replace

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import Problem, error, prefixed
from fieldkit.domain.records import Address
from fieldkit.domain.reference import RegionLookup
from fieldkit.domain.validation._text import (
    collapse_whitespace,
    is_ascii_digits,
    without_separators,
)

VILLAGE_CODE_LENGTH = 10
POSTAL_CODE_LENGTH = 5
VILLAGE_LEVELS = frozenset({"desa", "kelurahan", "desa_adat"})


def normalize_village_code(text: str) -> str | None:
    """The 10 digits of a village code typed with or without dots (``32.01.01.2001``)."""
    digits = without_separators(text)
    return digits if is_ascii_digits(digits) and len(digits) == VILLAGE_CODE_LENGTH else None


def validate_village_code(text: str, *, regions: RegionLookup) -> list[Problem]:
    """Every problem with a village code. Problems carry an empty field."""
    if not text.strip():
        return [
            error(
                "",
                "village.required",
                msg("Desa/kelurahan wajib diisi. Pilih desa/kelurahan dari daftar wilayah."),
            )
        ]
    code = normalize_village_code(text)
    if code is None:
        return [
            error(
                "",
                "village.format",
                msg(
                    "Kode desa/kelurahan harus 10 digit (mis. 32.01.01.2001). Pilih "
                    "desa/kelurahan dari daftar wilayah."
                ),
            )
        ]
    region = regions.region(code)
    if region is None or region.level not in VILLAGE_LEVELS:
        return [
            error(
                "",
                "village.unknown",
                msg(
                    "Kode desa/kelurahan {code} tidak ada dalam daftar wilayah. Pilih "
                    "desa/kelurahan dari daftar; jika desanya baru, perbarui data wilayah.",
                    code=code,
                ),
            )
        ]
    return []


def validate_address(address: Address, *, regions: RegionLookup) -> list[Problem]:
    """Every problem with an address; fields ``village_code`` and ``postal_code``."""
    village_problems = validate_village_code(address.village_code, regions=regions)
    problems = prefixed("village_code", village_problems)
    postal = address.postal_code.strip()
    if postal and not (is_ascii_digits(postal) and len(postal) == POSTAL_CODE_LENGTH):
        problems.append(
            error(
                "postal_code",
                "address.postal_code",
                msg("Kode pos harus 5 digit angka. Perbaiki atau kosongkan."),
            )
        )
    return problems


def normalize_address(address: Address) -> Address:
    """Street trimmed, village code reduced to its 10 digits where it can be read."""
    code = normalize_village_code(address.village_code)
    return replace(
        address,
        street=collapse_whitespace(address.street),
        village_code=address.village_code if code is None else code,
        postal_code=address.postal_code.strip(),
    )
