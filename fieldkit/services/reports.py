"""Use cases of the daily visit report: load a visit (or a period) and render it.

Reports are the supervisor's: only a supervisor of the office may see them. The one
exception is the close-of-day flow, where an operator who worked the visit gets that
visit's report (:meth:`ReportService.closing_report`) to check and sign it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.audit import AuditAction, AuditRecord
from fieldkit.domain.dates import format_date
from fieldkit.domain.messages import msg
from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import Officer, Role, Visit, VisitState
from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.roles import REFUSALS, Permission, refusal
from fieldkit.reports.daily import (
    VisitReportData,
    build_visit_report,
    render_visit_report_pdf,
    village_path,
)
from fieldkit.reports.exports import rows_to_csv, rows_to_xlsx
from fieldkit.services.clock import Clock, local_date
from fieldkit.services.errors import NotFoundError, PermissionDeniedError, ServiceError
from fieldkit.store import audit as audit_log
from fieldkit.store import repositories as repo

SUPERVISORS_ONLY: Final = REFUSALS[Permission.VIEW_REPORTS]
MAX_RANGE_DAYS: Final = 92  # a quarter; a longer period belongs to the server's reports
# The close-of-day report stays available to the team the day after (a day closed after
# midnight, or a report printed next morning).
CLOSING_GRACE_DAYS: Final = 1


class ReportFormat(enum.StrEnum):
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True, slots=True)
class VisitChoice:
    """A visit as the reports screen lists it."""

    visit: Visit
    label: str  # "25 November 2026 · Kelurahan Pondok Rajeg, Kec. Cibinong"


def render(data: VisitReportData, fmt: ReportFormat) -> bytes:
    """The report in one of its formats (pure: safe on any thread)."""
    if fmt is ReportFormat.PDF:
        return render_visit_report_pdf(data)
    if fmt is ReportFormat.CSV:
        return rows_to_csv(data)
    return rows_to_xlsx(data)


class ReportService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        reference: ReferenceLookup,
        clock: Clock,
        *,
        policy: Callable[[], DocumentPolicy] = DocumentPolicy,
    ) -> None:
        """``policy`` gives the office's current document policy (OfficeService.document_policy)."""
        self._sessions = sessions
        self._reference = reference
        self._clock = clock
        self._policy = policy

    # --- reading ------------------------------------------------------------------------------

    def visit_choices(self, *, actor: Officer) -> list[VisitChoice]:
        """The office's visits, newest first, for the supervisor's picker."""
        _require_supervisor(actor)
        with self._sessions() as session:
            visits = repo.list_visits(session, actor.office_id)
        return [VisitChoice(v, self._label(v)) for v in visits]

    def _label(self, visit: Visit) -> str:
        path = village_path(self._reference, visit.village_code)
        return f"{format_date(visit.date)} · {path.label}, Kec. {path.kecamatan}"

    def visit_report(self, visit_id: str, *, actor: Officer) -> VisitReportData:
        """The report of one visit of the supervisor's office."""
        _require_supervisor(actor)
        return self._visit_report(visit_id, actor)

    def closing_report(self, visit_id: str, *, actor: Officer) -> VisitReportData:
        """The report at the end of the day: for a supervisor, or an operator of that visit."""
        if actor.role is Role.SUPERVISOR:
            return self._visit_report(visit_id, actor)
        if actor.role is not Role.OPERATOR:
            raise PermissionDeniedError(SUPERVISORS_ONLY)
        with self._sessions() as session:
            visit = repo.get_visit(session, visit_id)
            office = repo.get_office(session, actor.office_id)
        if visit is None or office is None:
            raise NotFoundError(msg("Kunjungan tidak ditemukan."))
        if actor.id not in visit.officer_ids or visit.office_id != actor.office_id:
            raise PermissionDeniedError(
                msg(
                    "Laporan penutupan hari hanya untuk petugas kunjungan ini. "
                    "Minta supervisor untuk mencetak laporan kunjungan lain."
                )
            )
        today = local_date(self._clock, office.timezone)
        is_recent = visit.date >= today - dt.timedelta(days=CLOSING_GRACE_DAYS)
        if visit.state is not VisitState.OPEN and not is_recent:
            raise PermissionDeniedError(
                msg("Laporan kunjungan yang sudah lewat hanya dapat dilihat supervisor.")
            )
        return self._visit_report(visit_id, actor)

    def range_report(self, start: dt.date, end: dt.date, *, actor: Officer) -> VisitReportData:
        """Every visit of the supervisor's office from ``start`` to ``end`` (both included)."""
        _require_supervisor(actor)
        if end < start:
            raise ServiceError(msg("Tanggal akhir harus sama dengan atau sesudah tanggal awal."))
        if (end - start).days + 1 > MAX_RANGE_DAYS:
            raise ServiceError(
                msg(
                    "Rentang tanggal paling lama {days} hari. Persempit rentangnya.",
                    days=MAX_RANGE_DAYS,
                )
            )
        with self._sessions() as session:
            visits = repo.visits_between(session, actor.office_id, start, end)
            return self._build(session, actor.office_id, visits, start, end)

    def _visit_report(self, visit_id: str, actor: Officer) -> VisitReportData:
        with self._sessions() as session:
            visit = repo.get_visit(session, visit_id)
            # Another office's visit is "not found": its existence is not this office's business.
            if visit is None or visit.office_id != actor.office_id:
                raise NotFoundError(msg("Kunjungan tidak ditemukan."))
            return self._build(session, visit.office_id, [visit], None, None)

    def _build(
        self,
        session: Session,
        office_id: str,
        visits: Sequence[Visit],
        start: dt.date | None,
        end: dt.date | None,
    ) -> VisitReportData:
        office = repo.get_office(session, office_id)
        if office is None:
            raise NotFoundError(msg("Kantor tidak ditemukan. Jalankan pengaturan awal lagi."))
        applications = repo.applications_of_visits(session, [v.id for v in visits])
        officers = {o.id: o for o in repo.list_officers(session, office_id)}
        for officer_id in {o for v in visits for o in v.officer_ids} - officers.keys():
            found = repo.get_officer(session, officer_id)
            if found is not None:
                officers[found.id] = found
        pending = repo.entities_with_pending_outbox(session, [a.id for a in applications])
        flags = repo.clock_flags(session, [a.id for a in applications])
        current = self._policy()
        # A closed day keeps the documents required when it was closed (its report is signed).
        frozen = {
            visit_id: replace(current, required=required)
            for visit_id, required in repo.frozen_required_documents(
                session, [v.id for v in visits]
            ).items()
        }
        return build_visit_report(
            office=office,
            visits=visits,
            applications=applications,
            officers=officers.values(),
            pending_sync_ids=pending,
            policy=current,
            visit_policies=frozen,
            reference=self._reference,
            generated_at=self._clock.now(),
            date_from=start,
            date_to=end,
            clock_flags=flags,
        )

    # --- rendering ----------------------------------------------------------------------------

    @staticmethod
    def render(data: VisitReportData, fmt: ReportFormat) -> bytes:
        return render(data, fmt)

    def record_export(
        self, data: VisitReportData, fmt: ReportFormat | str, *, actor: Officer
    ) -> None:
        """Write the audit entry of a saved, exported or printed report, before it leaves.

        ``fmt`` is a ReportFormat, or "print". The data itself was read through the checks
        above (a supervisor, or the closing report for an operator of that visit).
        """
        refused = refusal(actor, Permission.REGISTER)
        if refused:
            raise PermissionDeniedError(SUPERVISORS_ONLY)
        with self._sessions.begin() as session:
            audit_log.append(
                session,
                AuditRecord(
                    AuditAction.REPORT_EXPORT,
                    actor.id,
                    data.visits[0].visit_id if len(data.visits) == 1 else "",
                    {
                        "format": str(fmt),
                        "visits": len(data.visits),
                        "applicants": data.served,
                        "date_from": data.date_from.isoformat(),
                        "date_to": data.date_to.isoformat(),
                    },
                ),
                now=self._clock.now(),
            )


def _require_supervisor(actor: Officer) -> None:
    refused = refusal(actor, Permission.VIEW_REPORTS)
    if refused:
        raise PermissionDeniedError(refused)
