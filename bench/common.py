"""Shared helpers of the benchmarks: percentiles, a seeded store with many applicants."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import insert

from fieldkit.domain.ids import new_id
from fieldkit.domain.records import Officer, Role, Visit
from fieldkit.domain.tracking import make_tracking_code, normalize_tracking_code
from fieldkit.refdata import load_reference
from fieldkit.services.clock import SystemClock
from fieldkit.services.offices import OfficeService
from fieldkit.services.visits import VisitService
from fieldkit.store import repositories as repo
from fieldkit.store.local import LocalStore, open_local_store
from fieldkit.store.models import ApplicationRow, StatusEventRow

GIVEN = [
    "Siti",
    "Agus",
    "Budi",
    "Dewi",
    "Eko",
    "Fitri",
    "Gita",
    "Hadi",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Ni",
    "Nyoman",
    "Putu",
    "Rina",
    "Sri",
    "Tono",
    "Wayan",
    "Yanti",
    "Yusuf",
    "Ahmad",
    "Muhammad",
    "Nur",
    "Rahmat",
    "Slamet",
    "Sumarni",
    "Wahyuni",
    "Bambang",
]
FAMILY = [
    "Rahmawati",
    "Santoso",
    "Wijaya",
    "Saputra",
    "Lestari",
    "Hidayat",
    "Kurniawan",
    "Setiawan",
    "Pratama",
    "Nugroho",
    "Siregar",
    "Harahap",
    "Nasution",
    "Simanjuntak",
    "Sitorus",
    "Ayu",
    "Sari",
    "Utami",
    "Purnomo",
    "Susanto",
    "Gunawan",
]
TRADES = [
    "Warung",
    "Toko",
    "Bengkel",
    "Jahit",
    "Kue",
    "Salon",
    "Laundry",
    "Kios",
    "Catering",
    "Depot",
]


def percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(q) - 1]


def report(name: str, samples_ms: Sequence[float], target_ms: float, *, q: float = 95) -> None:
    """Print p50 and p``q`` next to the target and their ratio (below 1.00 meets it)."""
    p50 = percentile(samples_ms, 50)
    pq = percentile(samples_ms, q)
    print(
        f"{name:<48} p50 {p50:8.2f} ms   p{int(q)} {pq:8.2f} ms   "
        f"target p{int(q)} < {target_ms:g} ms   ratio {pq / target_ms:5.2f}"
    )


def set_up(data_dir: Path, *, data_key: bytes | None = None) -> tuple[LocalStore, Officer, Visit]:
    """A store with an office, an officer and an open visit (encrypted when given a key)."""
    store = open_local_store(data_dir, data_key=data_key)
    clock = SystemClock()
    offices = OfficeService(store.sessions, clock)
    offices.ensure_device()
    office = offices.create_office("DPMPTSP Bench")
    officer = offices.add_officer(office.id, "Petugas Bench", Role.OPERATOR)
    visit = VisitService(store.sessions, load_reference(), clock).open_visit(
        office_id=office.id,
        village_code="3201011001",
        date=dt.date(2026, 11, 25),
        officer_ids=[],
        actor=officer,
    )
    return store, officer, visit


def seed_applications(
    store: LocalStore, officer: Officer, visit: Visit, count: int, *, seed: int = 7
) -> list[tuple[str, str, str]]:
    """Insert ``count`` realistic applications in bulk; returns (name, NIK, code) of each."""
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    rows: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    made: list[tuple[str, str, str]] = []
    with store.sessions.begin() as session:
        prefix = repo.device_prefix(session)
    assert prefix is not None
    for i in range(count):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        day = rng.randrange(1, 29) + (40 if rng.random() < 0.5 else 0)
        nik = f"3201{rng.randrange(1, 40):02d}{day:02d}{rng.randrange(1, 13):02d}"
        nik += f"{rng.randrange(60, 100):02d}{rng.randrange(1, 9999):04d}"
        code = normalize_tracking_code(make_tracking_code(prefix, 100_000 + i))
        assert code is not None
        app_id = new_id()
        business = f"{rng.choice(TRADES)} {name.split(maxsplit=1)[0]} {i}"
        rows.append(
            {
                "id": app_id,
                "tracking_code": code,
                "visit_id": visit.id,
                "status": rng.choice(["draft", "ready", "queued", "received", "nib_issued"]),
                "revision": 1,
                "created_by": officer.id,
                "created_at": now,
                "updated_by": officer.id,
                "updated_at": now - dt.timedelta(seconds=i),
                "nib": "",
                "reason_code": None,
                "reason_text": "",
                "nik": nik,
                "full_name": name,
                "name_key": name.casefold(),
                "birth_place": "Bogor",
                "birth_date": dt.date(1980, 1, 1),
                "gender": "P",
                "street": "Jl. Raya",
                "village_code": visit.village_code,
                "postal_code": "",
                "mobile": f"+62812{i:08d}",
                "email": f"u{i}@gmail.com",
                "npwp": "",
                "business_name": business,
                "business_street": "",
                "business_village_code": visit.village_code,
                "business_postal_code": "",
                "land_area_m2": None,
                "land_status": None,
                "latitude": None,
                "longitude": None,
                "capital": 10_000_000,
                "scale": "mikro",
            }
        )
        events.append(
            {
                "application_id": app_id,
                "at": now,
                "officer_id": officer.id,
                "from_status": None,
                "to_status": "draft",
                "reason_code": None,
                "reason_text": "",
            }
        )
        made.append((name, nik, code))
    with store.sessions.begin() as session:
        for start in range(0, count, 5000):
            session.execute(insert(ApplicationRow), rows[start : start + 5000])
            session.execute(insert(StatusEventRow), events[start : start + 5000])
    with store.engine.begin() as conn:
        # What the app does at every start (fieldkit.store.local): fresh planner statistics.
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")
    return made
