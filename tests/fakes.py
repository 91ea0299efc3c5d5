"""Fakes for the boundary Protocols, one per Protocol: small, in memory, deterministic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from fieldkit.domain.reference import Kbli, Region


def _region(code: str, name: str, level: str) -> Region:
    """A region whose parent is the code one level up (10 -> 6 -> 4 -> 2 digits)."""
    parent_length = {2: 0, 4: 2, 6: 4, 10: 6}[len(code)]
    return Region(code, name, level, code[:parent_length] or None)


# Two provinces with one regency, kecamatan and village each; NIKs in tests start with these.
FAKE_REGIONS = (
    _region("32", "Jawa Barat", "provinsi"),
    _region("3201", "Kabupaten Bogor", "kabupaten"),
    _region("320101", "Cibinong", "kecamatan"),
    _region("3201012001", "Pakansari", "kelurahan"),
    _region("51", "Bali", "provinsi"),
    _region("5102", "Kabupaten Tabanan", "kabupaten"),
    _region("510201", "Selemadeg", "kecamatan"),
    _region("5102012001", "Bajera", "desa"),
)

FAKE_KBLIS = (
    Kbli("56101", "Restoran", "I", "Penyediaan Akomodasi dan Penyediaan Makan Minum", "2020"),
    Kbli(
        "47111",
        "Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau "
        "di Minimarket/Supermarket/Hypermarket",
        "G",
        "Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor",
        "2020",
    ),
    Kbli("10710", "Industri Produk Roti dan Kue", "C", "Industri Pengolahan", "2020"),
)


class FakeReference:
    """A ``ReferenceLookup`` over a few regions and KBLI codes (by default the ones above)."""

    def __init__(
        self,
        regions: Iterable[Region] = FAKE_REGIONS,
        kblis: Iterable[Kbli] = FAKE_KBLIS,
        *,
        kbli_version: str = "2020",
    ) -> None:
        self._regions = {r.code: r for r in regions}
        self._kblis = {k.code: k for k in kblis}
        self._kbli_version = kbli_version

    @property
    def kbli_version(self) -> str:
        return self._kbli_version

    def region(self, code: str) -> Region | None:
        return self._regions.get(code)

    def kbli(self, code: str) -> Kbli | None:
        return self._kblis.get(code)


class FakeClock:
    """A Clock (fieldkit.services.clock) that stands still until a test moves it."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start")
        self._now = start

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        self._now += dt.timedelta(**delta)

    def set(self, moment: dt.datetime) -> None:
        self._now = moment
