"""How the server judges a laptop's times for its reports (issue 5), without a database."""

from __future__ import annotations

import dataclasses
import datetime as dt

from fieldkit.domain.records import Application
from fieldkit.domain.snapshot import application_snapshot
from fieldkit.domain.status import ApplicationStatus
from fieldkit.server.reports import ReportFormat, clock_flag, filename
from fieldkit.server.repositories.applications import StoredApplication
from tests import samples

RECEIVED = dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC)


def _app(
    created: dt.datetime, updated: dt.datetime, *, updated_by: str = "officer-1"
) -> Application:
    draft = samples.draft(5)
    return Application(
        id="app-1",
        tracking_code="ABCDE-00001",
        visit_id="visit-1",
        status=ApplicationStatus.QUEUED,
        revision=1,
        applicant=draft.applicant,
        business=draft.business,
        documents=(),
        acknowledgements=(),
        created_by="officer-1",
        created_at=created,
        updated_by=updated_by,
        updated_at=updated,
    )


def _stored(app: Application, *, pushed: dt.datetime = RECEIVED) -> StoredApplication:
    return StoredApplication(
        id=app.id,
        office_id="office-1",
        device_id="device-1",
        tracking_code=app.tracking_code,
        visit_id=app.visit_id,
        status="received",
        revision=2,
        nik=app.applicant.nik,
        full_name=app.applicant.full_name,
        business_name=app.business.name,
        village_code=samples.VILLAGE,
        nib="",
        reason_code=None,
        reason_text="",
        created_at=RECEIVED,
        updated_at=pushed,
        received_at=RECEIVED,
        snapshot=application_snapshot(app),
    )


def test_a_creation_time_is_judged_against_the_first_receipt() -> None:
    fine = _app(RECEIVED - dt.timedelta(hours=3), RECEIVED - dt.timedelta(hours=3))
    assert clock_flag(_stored(fine), fine) == ""
    reset = _app(dt.datetime(1970, 1, 1, tzinfo=dt.UTC), RECEIVED)
    assert clock_flag(_stored(reset), reset) == "past"
    ahead = _app(RECEIVED + dt.timedelta(days=365), RECEIVED + dt.timedelta(days=365))
    assert clock_flag(_stored(ahead), ahead) == "future"


def test_a_laptop_edit_is_judged_against_its_push_but_a_back_office_change_is_not() -> None:
    edited_ahead = _app(RECEIVED, RECEIVED + dt.timedelta(days=30))
    assert clock_flag(_stored(edited_ahead), edited_ahead) == "future"
    # The back office's own change carries the server's time: never impossible.
    by_office = dataclasses.replace(edited_ahead, updated_by="user:42")
    assert clock_flag(_stored(by_office), by_office) == ""


def test_download_names_are_plain_ascii() -> None:
    assert filename("laporan-kunjungan-2026-11-25-Pondok Rajeg", ReportFormat.PDF) == (
        "laporan-kunjungan-2026-11-25-Pondok-Rajeg.pdf"
    )
    assert filename("ringkasan/../désa", ReportFormat.CSV) == "ringkasan----d-sa.csv"
    assert filename("", ReportFormat.XLSX) == "laporan.xlsx"
