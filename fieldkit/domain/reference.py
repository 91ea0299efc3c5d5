"""What the rules need to know of the reference data, as Protocols (loaded outside the domain)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Region:
    """One Kemendagri region: province (2 digits), regency (4), kecamatan (6) or village (10)."""

    code: str
    name: str
    # "provinsi" | "kabupaten" | "kota" | "kecamatan" | "desa" | "kelurahan" | "desa_adat"
    level: str
    parent_code: str | None


@dataclass(frozen=True, slots=True)
class Kbli:
    """One KBLI kelompok (5-digit code) of a given classification version."""

    code: str
    title: str
    kategori: str  # section letter A-U
    kategori_title: str
    version: str  # "2020"


class RegionLookup(Protocol):
    def region(self, code: str) -> Region | None: ...


class KbliLookup(Protocol):
    @property
    def kbli_version(self) -> str: ...

    def kbli(self, code: str) -> Kbli | None: ...


class ReferenceLookup(RegionLookup, KbliLookup, Protocol):
    """Both look-ups; what :func:`fieldkit.domain.validation.validate_application` takes."""
