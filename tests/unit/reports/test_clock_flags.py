"""Applications with an impossible laptop time (issue 5): counted, flagged, times untrusted."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.refdata import ReferenceData
from fieldkit.reports.daily import (
    CLOCK_FLAG_TIME,
    VisitReportData,
    build_visit_report,
    render_visit_report_pdf,
)
from fieldkit.reports.exports import rows_to_csv
from fieldkit.store import repositories as repo
from fieldkit.store.local import LocalStore
from tests.unit.reports import helpers
from tests.unit.reports.conftest import SeededDay

RESET = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # a laptop whose clock battery died
AHEAD = dt.datetime(2027, 11, 25, 2, tzinfo=dt.UTC)  # a year ahead


def _data(reference: ReferenceData) -> VisitReportData:
    # Four applicants at 09.00, 09.12, 09.24, 09.36 WIB; two more stamped impossible times.
    apps = [helpers.application(i) for i in range(4)]
    apps.append(helpers.application(4, minutes=(RESET - helpers.START).total_seconds() / 60))
    apps.append(helpers.application(5, minutes=(AHEAD - helpers.START).total_seconds() / 60))
    return build_visit_report(
        office=helpers.OFFICE,
        visits=[helpers.visit()],
        applications=apps,
        officers=[helpers.LEADER, helpers.MEMBER],
        pending_sync_ids=(),
        policy=DocumentPolicy(),
        reference=reference,
        generated_at=helpers.START + dt.timedelta(hours=8),
        clock_flags={apps[4].id: "past", apps[5].id: "future", apps[0].id: ""},
    )


def test_flagged_applications_count_but_their_times_are_not_trusted(
    reference: ReferenceData,
) -> None:
    data = _data(reference)
    assert data.served == 6  # they were served all the same
    assert [r.tracking_code for r in data.rows] == [f"ABCDE-{i:05d}" for i in range(6)]
    assert [r.clock_flag for r in data.rows] == ["", "", "", "", "past", "future"]
    assert [r.registered_time for r in data.rows][-3:] == [
        "09.06",
        CLOCK_FLAG_TIME,
        CLOCK_FLAG_TIME,
    ]
    t = data.times
    assert t.first == helpers.START
    assert t.last == helpers.START + dt.timedelta(minutes=36)
    assert t.average_minutes == pytest.approx(12.0)  # without the flagged two: 36 / 3
    assert t.excluded == 2
    assert [(p.tracking_code, p.detail) for p in data.problems.impossible_times] == [
        ("ABCDE-00004", "jam laptop mundur (tanggal terlalu lampau)"),
        ("ABCDE-00005", "jam laptop maju (tanggal di masa depan)"),
    ]


def test_the_pdf_and_the_csv_show_the_flags(reference: ReferenceData) -> None:
    data = _data(reference)
    text = " ".join(helpers.page_texts(render_visit_report_pdf(data)))
    assert "Jam laptop tidak wajar: 2 pemohon (waktunya tidak dipakai; periksa jam laptop)" in text
    assert "ABCDE-00004 · Pemohon 004: jam laptop mundur (tanggal terlalu lampau)" in text
    assert "Tidak dihitung (jam laptop tidak wajar) 2 pemohon" in text
    assert "Rata-rata per pemohon¹ 12,0 menit" in text
    assert "Pendaftaran pertama 08.30 WIB" in text
    assert "(jam tidak wajar)" in text  # in the applicant list
    assert "1970" not in text
    assert "2027" not in text

    rows = list(csv.DictReader(io.StringIO(rows_to_csv(data).decode("utf-8-sig")), delimiter=";"))
    assert [r["Jam laptop tidak wajar"] for r in rows] == ["tidak"] * 4 + ["ya"] * 2
    assert [r["Jam daftar"] for r in rows][-2:] == [CLOCK_FLAG_TIME] * 2


def test_without_flags_the_report_is_as_before(reference: ReferenceData) -> None:
    data = _data(reference)
    unflagged = build_visit_report(
        office=data.office,
        visits=[helpers.visit()],
        applications=[helpers.application(i) for i in range(4)],
        officers=[],
        pending_sync_ids=(),
        policy=DocumentPolicy(),
        reference=reference,
        generated_at=data.generated_at,
    )
    assert unflagged.problems.impossible_times == ()
    assert unflagged.times.excluded == 0
    text = " ".join(helpers.page_texts(render_visit_report_pdf(unflagged)))
    assert "Jam laptop tidak wajar: 0 pemohon" in text
    assert "Tidak dihitung" not in text


def test_the_laptop_service_reads_the_flag_the_sync_engine_stored(
    seeded_day: SeededDay, store: LocalStore
) -> None:
    first_code = seeded_day.tracking_codes[0]  # registered 09.00 WIB (02.00 UTC)
    with store.sessions.begin() as session:
        ids = {
            a.tracking_code: a.id
            for a in repo.applications_of_visits(session, [seeded_day.visit.id])
        }
        # What the sync engine's probe does with the server's time: flag what cannot be true.
        # A window starting 02.01 UTC makes only the first registration impossible.
        flagged = repo.set_clock_flags(
            session,
            earliest=dt.datetime(2026, 11, 25, 2, 1, tzinfo=dt.UTC),
            latest=dt.datetime(2026, 11, 26, tzinfo=dt.UTC),
        )
    assert flagged == [ids[first_code]]
    data = seeded_day.reports.visit_report(seeded_day.visit.id, actor=seeded_day.supervisor)
    assert [(p.tracking_code, p.detail) for p in data.problems.impossible_times] == [
        (first_code, "jam laptop mundur (tanggal terlalu lampau)")
    ]
    assert data.rows[-1].tracking_code == first_code  # listed last, still counted
    assert data.served == 20
    assert data.times.first == dt.datetime(2026, 11, 25, 2, 12, tzinfo=dt.UTC)
    assert data.times.excluded == 1
    assert data.times.average_minutes == pytest.approx(12.0)  # 216 minutes over 18 gaps
