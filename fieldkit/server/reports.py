"""The office's reports across every laptop that synced: per visit, per day, per month, and the
monthly summary per village.

The numbers come from :mod:`fieldkit.reports` (the very builders the laptop uses), fed with
plain domain values made from what the laptops pushed; only the server's status, NIB and
reason columns (the server is the authority for status) replace the laptop's. So a visit
reported here and on a synced laptop shows the same numbers.

Officer names and the office's required documents come with each visit (protocol v3): the
laptop names who was there and what the office required, so the header and the missing
documents match. A visit from an older laptop (v1/v2) has neither: its officers are counted,
not named, and the default policy (nothing required) applies. Changes still waiting on a
laptop cannot be known here (the server has what arrived) and are left out, not guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final
from zoneinfo import ZoneInfo

from fieldkit.domain.clock import time_flag
from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import Application, Office, Officer, Visit, VisitState
from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.protocol.snapshots import ApplicationSnapshot, VisitSnapshot
from fieldkit.reports.daily import VisitReportData, build_visit_report, render_visit_report_pdf
from fieldkit.reports.exports import rows_to_csv, rows_to_xlsx
from fieldkit.reports.office import (
    MonthlySummaryData,
    build_monthly_summary,
    month_bounds,
    render_monthly_summary_pdf,
)
from fieldkit.server.db import Database
from fieldkit.server.errors import ApiError
from fieldkit.server.repositories import offices
from fieldkit.server.repositories import reports as repo
from fieldkit.server.repositories.applications import StoredApplication
from fieldkit.server.repositories.reports import OfficeVisit, VisitCount

# A month of visits is what a supervisor reviews; a longer span belongs to the monthly summary.
MAX_PERIOD_DAYS: Final = 31
_SNAPSHOT_FIELDS: Final = frozenset(ApplicationSnapshot.model_fields)
_VISIT_FIELDS: Final = frozenset(VisitSnapshot.model_fields)


class ReportFormat(enum.StrEnum):
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"


MEDIA_TYPES: Final = {
    ReportFormat.PDF: "application/pdf",
    ReportFormat.CSV: "text/csv; charset=utf-8",
    ReportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True, slots=True)
class OfficeData:
    """Domain values of some visits of an office, as the builders take them."""

    office: Office
    visits: list[Visit]
    applications: list[Application]
    clock_flags: dict[str, str]
    officers: list[Officer]  # those the visits named (protocol v3)
    policies: dict[str, DocumentPolicy]  # visit id -> required documents, where the laptop said


def _snapshot(stored: OfficeVisit) -> VisitSnapshot:
    return VisitSnapshot.model_validate(
        {k: v for k, v in stored.snapshot.items() if k in _VISIT_FIELDS}
    )


def _visit(stored: OfficeVisit, snapshot: VisitSnapshot) -> Visit:
    # Typed columns for what the server filters by; officers from the laptop's snapshot.
    return Visit(
        id=stored.id,
        office_id=snapshot.office_id,
        village_code=stored.village_code,
        date=stored.date,
        officer_ids=tuple(snapshot.officer_ids),
        target=stored.target,
        state=VisitState(stored.state),
    )


def _application(stored: StoredApplication) -> Application:
    snapshot = {k: v for k, v in stored.snapshot.items() if k in _SNAPSHOT_FIELDS}
    app = ApplicationSnapshot.model_validate(snapshot).to_domain()
    # The server is the authority for status: its columns win over an older snapshot.
    return dataclasses.replace(
        app,
        status=ApplicationStatus(stored.status),
        revision=stored.revision,
        nib=stored.nib,
        reason_code=ReasonCode(stored.reason_code) if stored.reason_code else None,
        reason_text=stored.reason_text,
    )


def clock_flag(stored: StoredApplication, app: Application) -> str:
    """Whether the laptop's times of ``app`` can be true, judged against when the server got
    them: its creation against the first receipt, its last laptop edit against that push."""
    received = stored.received_at or stored.created_at
    flag = time_flag(app.created_at, received)
    if not flag and not app.updated_by.startswith("user:"):
        flag = time_flag(app.updated_at, stored.updated_at)
    return flag


def _load(db: Database, office_id: str, visits: Sequence[OfficeVisit]) -> OfficeData:
    with db.read() as session:
        office = offices.get_office(session, office_id)
        if office is None:
            raise ApiError(404, "office.not_found", "Kantor tidak ditemukan.")
        stored = repo.applications_of_visits(session, office_id, [v.id for v in visits])
    applications: list[Application] = []
    flags: dict[str, str] = {}
    for row in stored:
        app = _application(row)
        applications.append(app)
        flag = clock_flag(row, app)
        if flag:
            flags[app.id] = flag
    snapshots = [_snapshot(v) for v in visits]
    officers = {o.id: o for snap in snapshots for o in snap.officers_domain()}
    policies = {snap.id: policy for snap in snapshots if (policy := snap.policy()) is not None}
    return OfficeData(
        office,
        [_visit(v, snap) for v, snap in zip(visits, snapshots, strict=True)],
        applications,
        flags,
        list(officers.values()),
        policies,
    )


def _build(
    data: OfficeData,
    reference: ReferenceLookup,
    now: dt.datetime,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> VisitReportData:
    return build_visit_report(
        office=data.office,
        visits=data.visits,
        applications=data.applications,
        officers=data.officers,
        pending_sync_ids=(),
        # Each visit's own required documents where its laptop said (v3), else the default.
        policy=DocumentPolicy(),
        visit_policies=data.policies,
        reference=reference,
        generated_at=now,
        date_from=start,
        date_to=end,
        clock_flags=data.clock_flags,
    )


def visit_not_found() -> ApiError:
    return ApiError(404, "visit.not_found", "Kunjungan tidak ditemukan di kantor Anda.")


def visit_report(
    db: Database, reference: ReferenceLookup, office_id: str, visit_id: str, now: dt.datetime
) -> VisitReportData:
    """One visit of the office (as the laptop's report of that visit)."""
    with db.read() as session:
        found = repo.visit_in_office(session, office_id, visit_id)
    if found is None:
        raise visit_not_found()
    return _build(_load(db, office_id, [found]), reference, now)


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ApiError(
            422,
            "report.period_reversed",
            "Tanggal akhir harus sama dengan atau sesudah tanggal awal. Tukar kedua tanggalnya.",
        )
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise ApiError(
            422,
            "report.period_too_long",
            f"Rentang laporan paling lama {MAX_PERIOD_DAYS} hari. Persempit rentangnya, atau "
            "pakai ringkasan bulanan per desa.",
        )


def period_report(
    db: Database,
    reference: ReferenceLookup,
    office_id: str,
    *,
    start: dt.date,
    end: dt.date,
    now: dt.datetime,
) -> VisitReportData:
    """Every visit of the office from ``start`` to ``end``: a day when both are the same day,
    a month when they are its first and last day."""
    check_period(start, end)
    with db.read() as session:
        visits = repo.visits_between(session, office_id, start, end)
    return _build(_load(db, office_id, visits), reference, now, start, end)


def monthly_summary(
    db: Database,
    reference: ReferenceLookup,
    office_id: str,
    *,
    year: int,
    month: int,
    now: dt.datetime,
) -> MonthlySummaryData:
    first, last = month_bounds(year, month)
    with db.read() as session:
        visits = repo.visits_between(session, office_id, first, last)
    data = _load(db, office_id, visits)
    return build_monthly_summary(
        office=data.office,
        year=year,
        month=month,
        visits=data.visits,
        applications=data.applications,
        reference=reference,
        generated_at=now,
        clock_flags=data.clock_flags,
    )


def recent_visits(db: Database, office_id: str, *, limit: int = 60) -> list[VisitCount]:
    """The office's latest visits, newest first, for the report index."""
    with db.read() as session:
        return repo.visit_counts(session, office_id, limit=limit)


def office_today(db: Database, office_id: str, now: dt.datetime) -> dt.date:
    with db.read() as session:
        office = offices.get_office(session, office_id)
    zone = office.timezone if office is not None else "Asia/Jakarta"
    return now.astimezone(ZoneInfo(zone)).date()


def render(data: VisitReportData, fmt: ReportFormat) -> bytes:
    if fmt is ReportFormat.PDF:
        return render_visit_report_pdf(data)
    if fmt is ReportFormat.CSV:
        return rows_to_csv(data)
    return rows_to_xlsx(data)


def render_summary(data: MonthlySummaryData) -> bytes:
    return render_monthly_summary_pdf(data)


def filename(stem: str, fmt: ReportFormat) -> str:
    """A download name of ASCII letters, digits and dashes only."""
    safe = "".join(c if c.isascii() and (c.isalnum() or c == "-") else "-" for c in stem)
    return f"{safe.strip('-')[:80] or 'laporan'}.{fmt.value}"


def attachment_headers(name: str) -> dict[str, Any]:
    return {
        "Content-Disposition": f'attachment; filename="{name}"',
        "Cache-Control": "private, no-store",
    }
