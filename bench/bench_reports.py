"""The daily visit report of a 300-applicant day to PDF: p50/p95 against the 1 s target.

Two measurements:

- the report alone, as the server will use it: ``build_visit_report`` over generated domain
  values, then ``render_visit_report_pdf`` (several runs, p50 and p95);
- the whole laptop path once: ReportService loading 300 applications from a real SQLite
  store, building and rendering.

``--pdf PATH`` also writes the PDF of a generated day (``--applicants N``) for a look.

Run: .venv/bin/python -m bench.bench_reports [--runs N] [--applicants N] [--pdf PATH]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from bench.common import FAMILY, GIVEN, TRADES, report, seed_applications, set_up
from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import (
    Acknowledgement,
    Activity,
    ActivityKind,
    Application,
    DocumentKind,
    DocumentRef,
    Office,
    Officer,
    Role,
    Visit,
    VisitState,
)
from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.refdata import ReferenceData, load_reference
from fieldkit.reports.daily import VisitReportData, build_visit_report, render_visit_report_pdf
from fieldkit.services.clock import SystemClock
from fieldkit.services.offices import OfficeService
from fieldkit.services.reports import ReportService
from tests import samples

TARGET_MS = 1000.0
WARM_UP = 2
S = ApplicationStatus
OFFICE = Office("bench-office", "DPMPTSP Kabupaten Bogor", "Jl. Tegar Beriman, Cibinong")
OFFICERS = (
    Officer("o1", OFFICE.id, "Budi Santoso", Role.OPERATOR),
    Officer("o2", OFFICE.id, "Rina Wijaya", Role.OPERATOR),
    Officer("o3", OFFICE.id, "Agus Prasetyo", Role.OPERATOR),
    Officer("o4", OFFICE.id, "Sri Wahyuni", Role.OPERATOR),
    Officer("o5", OFFICE.id, "Made Wirawan", Role.OPERATOR),
)
KBLIS = ("56102", "56102", "47214", "10710", "01111", "14120", "14111", "45407", "95230", "10792")
# On the day itself most applications are still on the laptop; a few came back from the server
# (a report printed a day or two later, after a sync).
STATUS_WEIGHTS = {
    S.DRAFT: 3,
    S.READY: 3,
    S.QUEUED: 6,
    S.RECEIVED: 2,
    S.IN_PROCESS: 1,
    S.NIB_ISSUED: 3,
    S.NEEDS_FIX: 1,
    S.REJECTED: 1,
}
REASONS = (ReasonCode.NIK_REFUSED, ReasonCode.DATA_CORRECTION, ReasonCode.HAS_NIB)
KTP = DocumentRef(DocumentKind.KTP, "0" * 64, "image/jpeg", 150_000)
PHOTO = DocumentRef(DocumentKind.LOCATION_PHOTO, "1" * 64, "image/jpeg", 180_000)


def generated_day(count: int, *, seed: int = 7) -> tuple[Visit, list[Application], set[str]]:
    """A plausible day: varied names, trades, KBLI, statuses, reasons, documents, warnings."""
    rng = random.Random(seed)
    visit = Visit(
        "bench-visit",
        OFFICE.id,
        samples.VILLAGE,
        dt.date(2026, 11, 25),
        tuple(o.id for o in OFFICERS),
        15,
        VisitState.CLOSED,
    )
    start = dt.datetime(2026, 11, 25, 1, 40, tzinfo=dt.UTC)  # 08.40 WIB
    moment = start
    apps: list[Application] = []
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    for i in range(count):
        moment += dt.timedelta(minutes=rng.uniform(6, 22) if count < 60 else rng.uniform(1, 3))
        status = rng.choices(statuses, weights)[0]
        reason = rng.choice(REASONS) if status in {S.NEEDS_FIX, S.REJECTED} else None
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        if rng.random() < 0.1:
            name += f" {rng.choice(FAMILY)}"
        activities = tuple(
            Activity(rng.choice(KBLIS), ActivityKind.PRODUCT, "Produk", 1, 0)
            for _ in range(2 if rng.random() < 0.15 else 1)
        )
        draft = samples.draft(i + 1)
        business = dataclasses.replace(
            draft.business,
            name=f"{rng.choice(TRADES)} {name.split()[0]} {rng.choice(FAMILY)}",
            capital=rng.choice([5_000_000, 15_000_000, 50_000_000, 1_500_000_000]),
            activities=activities,
        )
        documents = (KTP, PHOTO) if status is not S.DRAFT or rng.random() < 0.5 else (PHOTO,)
        acks = (
            (Acknowledgement("applicant.email:email.typo", "o1", moment),)
            if rng.random() < 0.08
            else ()
        )
        apps.append(
            Application(
                id=f"bench-{i:04d}",
                tracking_code=f"K7Q2M-{23456 + i:05d}",
                visit_id=visit.id,
                status=status,
                revision=1,
                applicant=dataclasses.replace(draft.applicant, full_name=name),
                business=business,
                documents=documents,
                acknowledgements=acks,
                created_by=rng.choice(OFFICERS).id,
                created_at=moment,
                updated_by="o1",
                updated_at=moment,
                reason_code=reason,
            )
        )
    pending = {a.id for a in apps if a.status in {S.DRAFT, S.READY, S.QUEUED}}
    return visit, apps, pending


def report_data(reference: ReferenceData, count: int) -> VisitReportData:
    visit, apps, pending = generated_day(count)
    return build_visit_report(
        office=OFFICE,
        visits=[visit],
        applications=apps,
        officers=OFFICERS,
        pending_sync_ids=pending,
        policy=DocumentPolicy(required=frozenset({DocumentKind.KTP})),
        reference=reference,
        generated_at=dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--applicants", type=int, default=300)
    parser.add_argument("--pdf", type=Path, default=None, help="write the PDF here too")
    args = parser.parse_args()
    reference = load_reference()
    reference.preload_villages()

    build_ms: list[float] = []
    pdf_ms: list[float] = []
    total_ms: list[float] = []
    pdf = b""
    for run in range(WARM_UP + args.runs):
        t0 = time.perf_counter()
        data = report_data(reference, args.applicants)
        t1 = time.perf_counter()
        pdf = render_visit_report_pdf(data)
        t2 = time.perf_counter()
        if run >= WARM_UP:
            build_ms.append((t1 - t0) * 1000)
            pdf_ms.append((t2 - t1) * 1000)
            total_ms.append((t2 - t0) * 1000)
    n = args.applicants
    print(f"daily visit report, {n} applicants, {len(pdf) // 1024} KB PDF, {args.runs} runs")
    report(f"build_visit_report ({n})", build_ms, TARGET_MS)
    report(f"render_visit_report_pdf ({n})", pdf_ms, TARGET_MS)
    report(f"report data + PDF ({n}), target < 1 s", total_ms, TARGET_MS)
    if args.pdf is not None:
        args.pdf.write_bytes(pdf)
        print(f"wrote {args.pdf}")

    # The laptop's whole path once: 300 applications read from SQLite, built, rendered.
    with tempfile.TemporaryDirectory() as folder:
        store, officer, visit = set_up(Path(folder))
        try:
            seed_applications(store, officer, visit, n)
            supervisor = OfficeService(store.sessions, SystemClock()).add_officer(
                officer.office_id, "Kepala Bidang", Role.SUPERVISOR
            )
            service = ReportService(store.sessions, reference, SystemClock())
            t0 = time.perf_counter()
            data = service.visit_report(visit.id, actor=supervisor)
            t1 = time.perf_counter()
            service_pdf = render_visit_report_pdf(data)
            t2 = time.perf_counter()
        finally:
            store.close()
    print(
        f"service path once ({data.served} from SQLite): load+build {(t1 - t0) * 1000:.0f} ms, "
        f"PDF {(t2 - t1) * 1000:.0f} ms, total {(t2 - t0) * 1000:.0f} ms "
        f"({len(service_pdf) // 1024} KB)   target < {TARGET_MS:g} ms   "
        f"ratio {(t2 - t0) * 1000 / TARGET_MS:.2f}"
    )


if __name__ == "__main__":
    main()
