"""Demo data for training new officers: a visit in a real village with realistic applicants.

``fieldkit --demo-data`` and *Bantuan → Isi data latihan* call :meth:`DemoDataService.fill`. It
opens a training visit (marked in the ``demo.visits`` setting in the same transaction that
creates it) and registers applicants through the real :class:`ApplicationService`, so every rule
applies as in the field. Nothing of a training visit ever syncs: the store's outbox refuses any
change to it (``fieldkit.store.repositories.append_outbox``), now and after any later edit, and
documents attached only to training applicants are never uploaded (``unconfirmed_documents``).

The people are made up: common Indonesian names, NIKs of the village's kecamatan that agree
with the birth date and gender (serials 99xx, rarely issued), no mobile numbers or email
addresses (a training call must not reach a real person). Places and KBLI codes are real.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.ids import new_id
from fieldkit.domain.messages import msg
from fieldkit.domain.records import (
    Activity,
    ActivityKind,
    Address,
    Applicant,
    ApplicationDraft,
    Business,
    Gender,
    LandStatus,
    Officer,
    Visit,
    VisitState,
)
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.services.clock import Clock, local_date
from fieldkit.services.errors import ServiceError
from fieldkit.store import repositories as repo

DEMO_VILLAGE = "3201011001"  # Kelurahan Pondok Rajeg, Kecamatan Cibinong, Kabupaten Bogor
DEMO_POSTAL_CODE = "16914"
DEFAULT_COUNT = 16  # one more than the program's target of 15 a village

_WOMEN = (
    "Siti Aminah",
    "Sri Wahyuni",
    "Nur Hasanah",
    "Rina Marlina",
    "Yuliani",
    "Ratna Sari",
    "Eti Rohaeti",
    "Neneng Sumarni",
    "Ani Suryani",
    "Karsih",
)
_MEN = (
    "Ahmad Fauzi",
    "Asep Saepudin",
    "Dedi Kurniawan",
    "Ujang Suherman",
    "Agus Setiawan",
    "Hendra Gunawan",
    "Supriyadi",
    "Rahmat Hidayat",
    "Iwan Setiadi",
    "Suparman",
)
_BIRTH_PLACES = ("Bogor", "Bogor", "Bogor", "Sukabumi", "Cianjur", "Jakarta", "Garut", "Brebes")
_STREETS = ("Jl. Raya Pondok Rajeg", "Gg. Mawar", "Jl. Kampung Cilangkap", "Gg. Masjid Al-Ikhlas")


@dataclass(frozen=True, slots=True)
class _Trade:
    business: str  # "{short}" is the applicant's first name
    kbli: str
    kind: ActivityKind
    product: str
    capital_range: tuple[int, int]  # Rupiah, excluding land and buildings


_TRADES = (
    _Trade("Warung Makan {short}", "56102", ActivityKind.SERVICE, "Nasi dan lauk pauk", (5, 40)),
    _Trade(
        "Toko Kelontong {short}",
        "47112",
        ActivityKind.PRODUCT,
        "Sembako dan kebutuhan harian",
        (10, 80),
    ),
    _Trade("Kue Basah {short}", "10792", ActivityKind.PRODUCT, "Kue basah dan jajanan", (2, 15)),
    _Trade("Keripik {short}", "10794", ActivityKind.PRODUCT, "Keripik singkong", (3, 25)),
    _Trade(
        "Konveksi {short}", "14111", ActivityKind.PRODUCT, "Pakaian anak dan seragam", (20, 150)
    ),
    _Trade(
        "Servis Elektronik {short}", "95220", ActivityKind.SERVICE, "Servis kipas dan TV", (3, 30)
    ),
    _Trade("Kedai {short}", "56103", ActivityKind.SERVICE, "Kopi, es dan gorengan", (2, 20)),
    _Trade("Toko Beras {short}", "47241", ActivityKind.PRODUCT, "Beras eceran", (15, 120)),
    _Trade("Kebun Sayur {short}", "01131", ActivityKind.PRODUCT, "Kangkung dan bayam", (2, 20)),
)


@dataclass(frozen=True, slots=True)
class DemoResult:
    visit: Visit
    application_ids: tuple[str, ...]


def demo_applicants(village_code: str, count: int, *, seed: int = 2026) -> list[ApplicationDraft]:
    """``count`` made-up applicants and their businesses in ``village_code``; same seed, same
    people (a trainer can tell the class who to look for)."""
    rng = random.Random(seed)
    district = village_code[:6]
    drafts = []
    for i in range(count):
        is_woman = i % 3 != 2  # most micro-business applicants at village halls are women
        names = _WOMEN if is_woman else _MEN
        name = names[(i // 3 * 2 + i % 3) % len(names)]
        born = dt.date(rng.randint(1962, 2002), rng.randint(1, 12), rng.randint(1, 28))
        day = born.day + 40 if is_woman else born.day
        nik = f"{district}{day:02d}{born.month:02d}{born.year % 100:02d}{9901 + i:04d}"
        street = f"{_STREETS[i % len(_STREETS)]} No. {rng.randint(1, 120)}"
        rt, rw = rng.randint(1, 9), rng.randint(1, 6)
        home = Address(f"{street}, RT {rt:02d}/RW {rw:02d}", village_code, DEMO_POSTAL_CODE)
        trade = _TRADES[i % len(_TRADES)]
        low, high = trade.capital_range
        capital = rng.randint(low, high) * 1_000_000
        drafts.append(
            ApplicationDraft(
                applicant=Applicant(
                    nik=nik,
                    full_name=name,
                    birth_place=rng.choice(_BIRTH_PLACES),
                    birth_date=born,
                    gender=Gender.FEMALE if is_woman else Gender.MALE,
                    address=home,
                    mobile="",
                    email="",
                    npwp="",
                ),
                business=Business(
                    name=trade.business.format(short=name.split()[0]),
                    address=home,
                    land_area_m2=rng.choice((6, 9, 12, 20, 24, 36, 50)),
                    land_status=rng.choice((LandStatus.OWNED, LandStatus.RENTED)),
                    coordinate=None,
                    capital=capital,
                    activities=(
                        Activity(
                            kbli=trade.kbli,
                            kind=trade.kind,
                            product=trade.product,
                            workers=rng.randint(1, 4),
                            investment=capital // 2,
                        ),
                    ),
                ),
            )
        )
    return drafts


class DemoDataService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        applications: ApplicationService,
        reference: ReferenceData,
        clock: Clock,
    ) -> None:
        self._sessions = sessions
        self._applications = applications
        self._reference = reference
        self._clock = clock

    def is_demo_visit(self, visit_id: str) -> bool:
        with self._sessions() as session:
            return visit_id in repo.demo_visit_ids(session)

    def fill(
        self,
        *,
        actor: Officer,
        timezone: str = "Asia/Jakarta",
        village_code: str = DEMO_VILLAGE,
        count: int = DEFAULT_COUNT,
    ) -> DemoResult:
        """Open a training visit today in ``village_code`` and register ``count`` applicants."""
        region = self._reference.region(village_code)
        if region is None or len(village_code) != 10:
            raise ServiceError(msg("Desa latihan tidak dikenal. Pilih desa dari data referensi."))
        if not 1 <= count <= 200:
            raise ServiceError(msg("Jumlah pemohon latihan harus antara 1 dan 200."))
        visit = Visit(
            id=new_id(),
            office_id=actor.office_id,
            village_code=village_code,
            date=local_date(self._clock, timezone),
            officer_ids=(actor.id,),
            target=15,
            state=VisitState.OPEN,
        )
        with self._sessions.begin() as session:
            # Marked as training in the very transaction that creates it: no moment exists in
            # which a change to it could enter the outbox.
            repo.put_setting(
                session, repo.DEMO_VISITS, sorted(repo.demo_visit_ids(session) | {visit.id})
            )
            repo.add_visit(session, visit, created_by=actor.id, now=self._clock.now())
        ids = tuple(
            self._applications.register(visit.id, draft, actor=actor).application.id
            for draft in demo_applicants(village_code, count)
        )
        return DemoResult(visit, ids)
