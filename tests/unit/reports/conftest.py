"""A day of 20 applicants registered through the real services, with answers known by design.

Registered 12 minutes apart from 09.00 WIB (so 09.00 to 12.48, 12,0 minutes each), at
Kelurahan Pondok Rajeg against a target of 15, with the office requiring a KTP photo:

======  ============  ======================  ==========================================
apps    status        reason                  other
======  ============  ======================  ==========================================
0-3     draft                                 no KTP (incomplete); 2 email typo acked
4-6     ready
7-9     queued                                8: email typo + gender mismatch acked
10-11   received
12      in_process
13-15   nib_issued
16      needs_fix     nik_refused
17      needs_fix     data_correction
18      rejected      has_nib
19      rejected      nik_refused
======  ============  ======================  ==========================================

Apps 0, 5, 10, 15 are kecil (capital Rp2 miliar), the rest mikro; apps 1-2 have KBLI 10710
(kategori C), app 3 01111 (A), the rest 56102 (I). The server acknowledged apps 10-19 (their
outbox rows are gone); apps 0-9 still wait to sync.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import delete

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import (
    Activity,
    ActivityKind,
    ApplicationDraft,
    DocumentKind,
    Gender,
    Office,
    Officer,
    Role,
    Visit,
)
from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService, NewDocument
from fieldkit.services.offices import OfficeService
from fieldkit.services.reports import ReportService
from fieldkit.services.visits import VisitService
from fieldkit.store.local import LocalStore
from fieldkit.store.models import OutboxRow
from tests import samples
from tests.factories import make_jpeg
from tests.fakes import FakeClock

S = ApplicationStatus
KTP_POLICY = DocumentPolicy(required=frozenset({DocumentKind.KTP}))
PLAN: tuple[tuple[ApplicationStatus, ReasonCode | None], ...] = (
    *[(S.DRAFT, None)] * 4,
    *[(S.READY, None)] * 3,
    *[(S.QUEUED, None)] * 3,
    *[(S.RECEIVED, None)] * 2,
    (S.IN_PROCESS, None),
    *[(S.NIB_ISSUED, None)] * 3,
    (S.NEEDS_FIX, ReasonCode.NIK_REFUSED),
    (S.NEEDS_FIX, ReasonCode.DATA_CORRECTION),
    (S.REJECTED, ReasonCode.HAS_NIB),
    (S.REJECTED, ReasonCode.NIK_REFUSED),
)
KECIL = frozenset({0, 5, 10, 15})
KBLI = {1: "10710", 2: "10710", 3: "01111"}
EMAIL_TYPO = frozenset({2, 8})
GENDER_MISMATCH = frozenset({8})
SYNCED = range(10, 20)
NAMES = (
    "Siti Aminah",
    "Agus Salim",
    "Dewi Sartika",
    "Eko Prasetyo",
    "Fitri Handayani",
    "Gita Permata",
    "Hadi Susanto",
    "Indah Lestari",
    "Joko Widodo",
    "Kartini",
    "Lestari Ayu",
    "Made Wirawan",
    "Nyoman Sudarsa",
    "Putu Ariani",
    "Rina Marlina",
    "Sri Wahyuni",
    "Tono Sugiarto",
    "Wayan Sutama",
    "Yanti Kusuma",
    "Yusuf Hidayat",
)


@dataclass(frozen=True)
class SeededDay:
    office: Office
    visit: Visit
    operator: Officer
    member: Officer
    supervisor: Officer
    reports: ReportService
    tracking_codes: tuple[str, ...]  # in registration order


def _draft(i: int) -> ApplicationDraft:
    draft = samples.draft(100 + i)
    applicant = draft.applicant
    if i in EMAIL_TYPO:
        applicant = dataclasses.replace(applicant, email=f"pemohon{i}@gmial.com")
    if i in GENDER_MISMATCH:
        applicant = dataclasses.replace(applicant, gender=Gender.MALE)
    activity = Activity(KBLI.get(i, "56102"), ActivityKind.SERVICE, "Makanan", 2, 5_000_000)
    business = dataclasses.replace(
        draft.business,
        name=f"Usaha Nomor {i:02d}",
        capital=2_000_000_000 if i in KECIL else 15_000_000,
        activities=(activity,),
    )
    return dataclasses.replace(
        draft,
        applicant=dataclasses.replace(applicant, full_name=NAMES[i]),
        business=business,
    )


@pytest.fixture
def report_service(store: LocalStore, reference: ReferenceData, clock: FakeClock) -> ReportService:
    return ReportService(store.sessions, reference, clock, policy=lambda: KTP_POLICY)


@pytest.fixture
def seeded_day(
    store: LocalStore,
    clock: FakeClock,
    offices: OfficeService,
    office: Office,
    operator: Officer,
    supervisor: Officer,
    visits: VisitService,
    applications: ApplicationService,
    report_service: ReportService,
) -> SeededDay:
    member = offices.add_officer(office.id, "Rina Wijaya", Role.OPERATOR)
    visit = visits.open_visit(
        office_id=office.id,
        village_code=samples.VILLAGE,
        date=dt.date(2026, 11, 25),
        officer_ids=[member.id],
        actor=operator,
    )
    applications.set_policy(KTP_POLICY)
    system = Officer("sync", office.id, "Sinkronisasi", Role.SYSTEM)
    ktp = NewDocument(DocumentKind.KTP, make_jpeg(320, 200), "ktp.jpg")
    ids: list[str] = []
    codes: list[str] = []
    for i, (target, reason) in enumerate(PLAN):
        clock.set(dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=12 * i))
        docs = [ktp] if i >= 4 else []
        saved = applications.register(visit.id, _draft(i), actor=operator, documents=docs)
        app_id = saved.application.id
        ids.append(app_id)
        codes.append(saved.application.tracking_code)
        warnings = [p.key for p in saved.problems if not p.is_error]
        if warnings:
            applications.acknowledge(app_id, warnings, actor=supervisor)
        path = [S.READY, S.QUEUED, S.RECEIVED]
        if target in {S.IN_PROCESS, S.NIB_ISSUED}:
            path.append(S.IN_PROCESS)
        if target is not S.DRAFT:
            for step in path:
                actor = system if step in {S.RECEIVED, S.IN_PROCESS} else operator
                applications.change_status(app_id, step, actor=actor)
                if step is target:
                    break
            if target in {S.NIB_ISSUED, S.NEEDS_FIX, S.REJECTED}:
                nib = f"{1200000000000 + i}" if target is S.NIB_ISSUED else ""
                applications.change_status(app_id, target, actor=system, reason=reason, nib=nib)
    with store.sessions.begin() as session:  # the sync engine removes what the server acked
        session.execute(delete(OutboxRow).where(OutboxRow.entity_id.in_([ids[i] for i in SYNCED])))
    clock.set(dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC))  # 16.30 WIB
    return SeededDay(office, visit, operator, member, supervisor, report_service, tuple(codes))
