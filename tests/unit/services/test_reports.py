"""Who may see a report: supervisors of the office; an operator only their own closing day."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind, Office, Officer, Role, Visit
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.services.errors import NotFoundError, PermissionDeniedError, ServiceError
from fieldkit.services.offices import OfficeService
from fieldkit.services.reports import SUPERVISORS_ONLY, ReportFormat, ReportService
from fieldkit.services.visits import VisitService
from fieldkit.store import repositories as repo
from fieldkit.store.local import LocalStore
from tests import samples
from tests.fakes import FakeClock


@pytest.fixture
def reports(store: LocalStore, reference: ReferenceData, clock: FakeClock) -> ReportService:
    return ReportService(store.sessions, reference, clock)


def test_a_supervisor_gets_a_visit_report_in_every_format(
    reports: ReportService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    supervisor: Officer,
) -> None:
    applications.register(visit.id, samples.draft(), actor=operator)
    data = reports.visit_report(visit.id, actor=supervisor)
    assert (data.served, data.target, data.problems.sync_pending) == (
        1,
        15,
        (data.rows[0].tracking_code,),
    )
    pdf = reports.render(data, ReportFormat.PDF)
    assert "Siti Rahmawati" in PdfReader(io.BytesIO(pdf)).pages[-1].extract_text()
    assert reports.render(data, ReportFormat.CSV).startswith(b"\xef\xbb\xbf")
    assert reports.render(data, ReportFormat.XLSX).startswith(b"PK")
    choices = reports.visit_choices(actor=supervisor)
    assert [c.visit.id for c in choices] == [visit.id]
    assert choices[0].label == "25 November 2026 · Kelurahan Pondok Rajeg, Kec. Cibinong"


def test_an_operator_is_refused_the_reports_screen(
    reports: ReportService, visit: Visit, operator: Officer
) -> None:
    for call in (
        lambda: reports.visit_report(visit.id, actor=operator),
        lambda: reports.visit_choices(actor=operator),
        lambda: reports.range_report(visit.date, visit.date, actor=operator),
    ):
        with pytest.raises(PermissionDeniedError, match=str(SUPERVISORS_ONLY)):
            call()


def test_an_inactive_supervisor_is_refused(
    reports: ReportService, visit: Visit, supervisor: Officer
) -> None:
    with pytest.raises(PermissionDeniedError):
        reports.visit_report(visit.id, actor=dataclasses.replace(supervisor, is_active=False))


def test_an_operator_of_the_visit_gets_the_closing_report(
    reports: ReportService,
    visits: VisitService,
    visit: Visit,
    operator: Officer,
    supervisor: Officer,
    clock: FakeClock,
) -> None:
    assert reports.closing_report(visit.id, actor=operator).served == 0
    visits.close_visit(visit.id, actor=supervisor)  # closing the day is the supervisor's
    clock.advance(days=1)  # printed the next morning: still allowed
    assert reports.closing_report(visit.id, actor=operator).visits[0].visit_id == visit.id
    clock.advance(days=1)
    with pytest.raises(PermissionDeniedError, match="hanya dapat dilihat supervisor"):
        reports.closing_report(visit.id, actor=operator)


def test_an_operator_not_on_the_visit_gets_no_closing_report(
    reports: ReportService, offices: OfficeService, office: Office, visit: Visit
) -> None:
    other = offices.add_officer(office.id, "Rina Wijaya", Role.OPERATOR)
    with pytest.raises(PermissionDeniedError, match="hanya untuk petugas kunjungan ini"):
        reports.closing_report(visit.id, actor=other)


def test_another_office_sees_nothing(
    reports: ReportService, offices: OfficeService, visit: Visit
) -> None:
    elsewhere = offices.create_office("DPMPTSP Kota Depok")
    stranger = offices.add_officer(elsewhere.id, "Kepala Bidang Depok", Role.SUPERVISOR)
    with pytest.raises(NotFoundError):
        reports.visit_report(visit.id, actor=stranger)
    assert reports.visit_choices(actor=stranger) == []
    assert reports.range_report(visit.date, visit.date, actor=stranger).visits == ()


def test_a_date_range_takes_every_visit_of_the_office_in_it(
    reports: ReportService,
    visits: VisitService,
    applications: ApplicationService,
    office: Office,
    operator: Officer,
    supervisor: Officer,
    visit: Visit,
) -> None:
    later = visits.open_visit(
        office_id=office.id,
        village_code=samples.OTHER_VILLAGE,
        date=dt.date(2026, 11, 27),
        officer_ids=[],
        actor=operator,
        target=20,
    )
    applications.register(visit.id, samples.draft(3), actor=operator)
    applications.register(later.id, samples.draft(4), actor=operator)
    data = reports.range_report(dt.date(2026, 11, 24), dt.date(2026, 11, 30), actor=supervisor)
    assert [v.visit_id for v in data.visits] == [visit.id, later.id]
    assert (data.served, data.target) == (2, 35)
    only_first = reports.range_report(visit.date, visit.date, actor=supervisor)
    assert [v.visit_id for v in only_first.visits] == [visit.id]
    with pytest.raises(ServiceError, match="Tanggal akhir"):
        reports.range_report(visit.date, visit.date - dt.timedelta(days=1), actor=supervisor)
    with pytest.raises(ServiceError, match="paling lama"):
        reports.range_report(dt.date(2026, 1, 1), dt.date(2026, 12, 31), actor=supervisor)


def test_a_closed_day_keeps_the_documents_required_when_it_was_closed(
    store: LocalStore,
    reference: ReferenceData,
    clock: FakeClock,
    offices: OfficeService,
    applications: ApplicationService,
    visits: VisitService,
    visit: Visit,
    operator: Officer,
    supervisor: Officer,
) -> None:
    reports = ReportService(store.sessions, reference, clock, policy=offices.document_policy)
    ktp = DocumentPolicy(required=frozenset({DocumentKind.KTP}))
    offices.set_document_policy(ktp, actor=supervisor)
    applications.register(visit.id, samples.draft(), actor=operator)
    visits.close_visit(visit.id, actor=supervisor)
    today = visits.open_visit(
        office_id=visit.office_id,
        village_code=samples.VILLAGE,
        date=dt.date(2026, 11, 26),
        officer_ids=[],
        actor=operator,
    )
    applications.register(today.id, samples.draft(2), actor=operator)

    # The office now also requires the NPWP card: today's open visit follows, the closed
    # (signed) day does not.
    both = DocumentPolicy(required=frozenset({DocumentKind.KTP, DocumentKind.NPWP}))
    offices.set_document_policy(both, actor=supervisor)
    closed = reports.visit_report(visit.id, actor=supervisor)
    assert [line.detail for line in closed.problems.incomplete_documents] == ["Foto KTP"]
    open_day = reports.visit_report(today.id, actor=supervisor)
    assert [line.detail for line in open_day.problems.incomplete_documents] == [
        "Foto KTP, Kartu NPWP"
    ]
    # Today's visit goes to the server again with the new policy; the closed day does not.
    with store.sessions() as session:
        sent = [
            (e.entity_id, e.payload["required_documents"])
            for e in repo.outbox_entries(session)
            if e.kind == "visit.upsert"
        ]
    assert sent[-1] == (today.id, ["ktp", "npwp"])
    assert [s for s in sent if s[0] == visit.id] == [
        (visit.id, []),  # opened before any policy
        (visit.id, ["ktp"]),  # the first policy change, while it was open
        (visit.id, ["ktp"]),  # closed
    ]
