"""The daily visit report: every number of a seeded day, read back from the real PDF's text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import time

import pytest

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import Acknowledgement, DocumentKind, Office
from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.refdata import ReferenceData
from fieldkit.reports.daily import (
    TABLE_HEADER,
    VisitReportData,
    build_visit_report,
    format_percent,
    render_visit_report_pdf,
)
from tests import samples
from tests.unit.reports import helpers
from tests.unit.reports.conftest import SeededDay

S = ApplicationStatus


@pytest.fixture
def day_data(seeded_day: SeededDay) -> VisitReportData:
    return seeded_day.reports.visit_report(seeded_day.visit.id, actor=seeded_day.supervisor)


def test_the_seeded_day_has_the_numbers_it_was_built_with(
    day_data: VisitReportData, seeded_day: SeededDay
) -> None:
    d = day_data
    assert (d.served, d.target, d.served_percent, d.is_target_reached) == (20, 15, "133,3%", True)
    st = d.status
    assert (st.draft, st.ready, st.queued, st.received, st.in_process) == (4, 3, 3, 2, 1)
    assert (st.nib_issued, st.needs_fix, st.rejected, st.total) == (3, 2, 2, 20)
    assert (st.synced, st.referred_to_dukcapil, st.has_nib) == (10, 2, 1)
    assert [(r.reason, r.needs_fix, r.rejected) for r in d.reasons] == [
        (ReasonCode.NIK_REFUSED, 1, 1),
        (ReasonCode.HAS_NIB, 0, 1),
        (ReasonCode.DATA_CORRECTION, 1, 0),
    ]
    assert [(c.label, c.count) for c in d.by_scale] == [("Mikro", 16), ("Kecil", 4)]
    assert [(c.key, c.count) for c in d.by_kategori] == [("A", 1), ("C", 2), ("I", 17)]
    p = d.problems
    assert [line.tracking_code for line in p.incomplete_documents] == list(
        seeded_day.tracking_codes[:4]
    )
    assert {line.detail for line in p.incomplete_documents} == {"Foto KTP"}
    assert (len(p.overridden_warnings), p.overridden_applications) == (3, 2)
    assert p.sync_pending == seeded_day.tracking_codes[:10]
    assert d.times.first == dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)
    assert d.times.last == dt.datetime(2026, 11, 25, 5, 48, tzinfo=dt.UTC)
    assert d.times.average_minutes == pytest.approx(12.0)
    assert [r.tracking_code for r in d.rows] == list(seeded_day.tracking_codes)
    assert [o.name for o in d.officers] == ["Budi Santoso", "Rina Wijaya"]
    assert d.team_leader == "Budi Santoso"
    # Never a full NIK: the masked form only.
    assert all(re.fullmatch(r"\d{4}•{8}\d{4}", r.masked_nik) for r in d.rows)


def test_the_pdf_shows_every_count_total_and_percentage(day_data: VisitReportData) -> None:
    pages = helpers.page_texts(render_visit_report_pdf(day_data))
    text = " ".join(pages)
    expected = [
        "Kelurahan Pondok Rajeg",
        "Kecamatan Cibinong",
        "Kabupaten/Kota Kabupaten Bogor",
        "Rabu, 25 November 2026",
        "Budi Santoso (Operator), Rina Wijaya (Operator)",
        "Dilayani 20 pemohon dari target > 15 (133,3%): target tercapai.",
        "Draf 4 20,0%",
        "Siap 3 15,0%",
        "Menunggu sinkron 3 15,0%",
        "Diterima kantor 2 10,0%",
        "Diproses di OSS 1 5,0%",
        "NIB terbit 3 15,0%",
        "Perlu perbaikan 2 10,0%",
        "Ditolak 2 10,0%",
        "Jumlah pemohon 20 100,0%",
        "Tersinkron (diterima server) 10 50,0%",
        "Dirujuk ke Dukcapil (NIK ditolak) 2 10,0%",
        "Sudah memiliki NIB 1 5,0%",
        "NIK ditolak Dukcapil (rujuk ke Disdukcapil) 1 1 2",
        "Sudah memiliki NIB 0 1 1",
        "Data perlu dikoreksi 1 0 1",
        "Jumlah 2 2 4",
        "Mikro 16 80,0%",
        "Kecil 4 20,0%",
        "A · Pertanian, Kehutanan dan Perikanan 1 5,0%",
        "C · Industri Pengolahan 2 10,0%",
        "I · Penyediaan Akomodasi Dan Penyediaan Makan Minum 17 85,0%",
        "Dokumen belum lengkap: 4 pemohon",
        "Peringatan validasi yang dikonfirmasi petugas: 3 peringatan pada 2 pemohon",
        "Domain email mungkin salah ketik",
        "Jenis kelamin tidak cocok dengan NIK",
        "Belum tersinkron ke server: 10 pemohon",
        "Pendaftaran pertama 09.00 WIB",
        "Pendaftaran terakhir 12.48 WIB",
        "Rata-rata per pemohon¹ 12,0 menit",
        "Ketua Tim",
        "Supervisor / Kepala Bidang",
        "( Budi Santoso )",
        "Lampiran: Daftar pemohon (20)",
    ]
    missing = [e for e in expected if e not in text]
    assert not missing, f"not in the PDF: {missing}"
    assert pages[0].endswith(f"Halaman 1 dari {len(pages)}")
    # Each bar of the status chart carries its count, as drawn by reportlab.graphics.
    assert "2 2 3 1 2 3 3 4 Ditolak Perlu perbaikan NIB terbit" in text
    # The applicant list: masked NIKs only, nothing like a full 16-digit NIK anywhere.
    assert not re.search(r"\d{16}", text)
    assert len(re.findall(r"\d{4}•{8}\d{4}", text)) == 20


def test_an_empty_visit_reports_zero_against_its_target(
    reference: ReferenceData,
) -> None:
    data = build_visit_report(
        office=helpers.OFFICE,
        visits=[helpers.visit()],
        applications=[],
        officers=[helpers.LEADER, helpers.MEMBER],
        pending_sync_ids=set(),
        policy=DocumentPolicy(),
        reference=reference,
        generated_at=helpers.START,
    )
    assert (data.served, data.target, data.served_percent) == (0, 15, "0,0%")
    assert (data.times.first, data.times.average_minutes) == (None, None)
    assert (data.status.total, data.reasons, data.by_kategori) == (0, (), ())
    text = " ".join(helpers.page_texts(render_visit_report_pdf(data)))
    for expected in (
        "Dilayani 0 pemohon dari target > 15 (0,0%): target belum tercapai.",
        "Draf 0 -",
        "Jumlah pemohon 0 -",
        "Tidak ada permohonan yang perlu diperbaiki atau ditolak.",
        "Mikro 0 -",
        "Tidak ada pemohon.",
        "Dokumen belum lengkap: 0 pemohon",
        "Belum tersinkron ke server: 0 pemohon",
        "Pendaftaran pertama -",
        "Rata-rata per pemohon¹ -",
        "Belum ada pemohon.",
    ):
        assert expected in text


def test_a_period_without_visits_still_renders(reference: ReferenceData) -> None:
    data = build_visit_report(
        office=helpers.OFFICE,
        visits=[],
        applications=[],
        officers=[],
        pending_sync_ids=(),
        policy=DocumentPolicy(),
        reference=reference,
        generated_at=helpers.START,
        date_from=dt.date(2026, 11, 1),
        date_to=dt.date(2026, 11, 30),
    )
    assert (data.served, data.target, data.served_percent) == (0, 0, "-")
    text = " ".join(helpers.page_texts(render_visit_report_pdf(data)))
    assert "1 November 2026 s.d. 30 November 2026" in text
    assert "Tidak ada kunjungan (dan target) pada periode ini." in text


def test_two_visits_sum_their_targets_and_average_each_day_apart(
    reference: ReferenceData,
) -> None:
    first = helpers.visit("v1", day=dt.date(2026, 11, 24), target=10)
    second = helpers.visit("v2", village=samples.OTHER_VILLAGE, target=15)
    next_day = helpers.START + dt.timedelta(days=1)
    apps = [helpers.application(i, visit_id="v1", minutes=10 * i) for i in range(3)] + [
        helpers.application(10 + i, visit_id="v2", minutes=30 * i, start=next_day) for i in range(2)
    ]
    data = build_visit_report(
        office=helpers.OFFICE,
        visits=[second, first],
        applications=apps,
        officers=[helpers.LEADER],
        pending_sync_ids=(),
        policy=DocumentPolicy(),
        reference=reference,
        generated_at=next_day,
    )
    # (20 + 30) minutes over (2 + 1) gaps; the night between the days is no gap.
    assert data.times.average_minutes == pytest.approx(50 / 3)
    assert (data.served, data.target, data.served_percent) == (5, 25, "20,0%")
    assert [(v.date.day, v.served, v.target) for v in data.visits] == [(24, 3, 10), (25, 2, 15)]
    text = " ".join(helpers.page_texts(render_visit_report_pdf(data)))
    assert "24 November 2026 s.d. 25 November 2026" in text
    assert "2 desa/kelurahan: Kelurahan Pondok Rajeg, Desa Wanaherang" in text
    assert "24 November 2026 Kelurahan Pondok Rajeg Cibinong 3 > 10 30,0%" in text
    assert "25 November 2026 Desa Wanaherang Gunungputri 2 > 15 13,3%" in text
    assert "Rata-rata per pemohon¹ 16,7 menit" in text


def test_an_application_of_another_visit_is_refused(reference: ReferenceData) -> None:
    with pytest.raises(ValueError, match="not reported"):
        build_visit_report(
            office=helpers.OFFICE,
            visits=[helpers.visit("v1")],
            applications=[helpers.application(1, visit_id="other")],
            officers=[],
            pending_sync_ids=(),
            policy=DocumentPolicy(),
            reference=reference,
            generated_at=helpers.START,
        )


def _big_day(reference: ReferenceData, count: int) -> VisitReportData:
    statuses = list(ApplicationStatus)
    apps = [
        helpers.application(
            i,
            status=statuses[i % len(statuses)],
            reason=ReasonCode.DATA_CORRECTION if i % 8 in {6, 7} else None,
            minutes=2 * i,
        )
        for i in range(count)
    ]
    acked = Acknowledgement("applicant.email:email.typo", helpers.LEADER.id, helpers.START)
    apps[5] = dataclasses.replace(apps[5], acknowledgements=(acked,))
    return build_visit_report(
        office=helpers.OFFICE,
        visits=[helpers.visit(target=15)],
        applications=apps,
        officers=[helpers.LEADER, helpers.MEMBER],
        pending_sync_ids={a.id for a in apps[::2]},
        policy=DocumentPolicy(required=frozenset({DocumentKind.KTP})),
        reference=reference,
        generated_at=helpers.START + dt.timedelta(hours=12),
    )


def test_a_day_of_300_runs_over_pages_with_the_header_on_each(reference: ReferenceData) -> None:
    data = _big_day(reference, 300)
    started = time.perf_counter()
    pdf = render_visit_report_pdf(data)
    elapsed = time.perf_counter() - started
    pages = helpers.page_texts(pdf)
    total = len(pages)
    assert total >= 5
    assert all(p.endswith(f"Halaman {i} dari {total}") for i, p in enumerate(pages, start=1))
    header = " ".join(TABLE_HEADER)  # "No Kode pelacakan NIK Nama pemohon ..."
    first_list = next(i for i, p in enumerate(pages) if "Lampiran: Daftar pemohon (300)" in p)
    with_header = [i for i, p in enumerate(pages) if header in p]
    assert with_header == list(range(first_list, total))
    assert total - first_list >= 5
    # Every applicant is listed exactly once, in order, across the pages.
    listed = re.findall(r"ABCDE-(\d{5}) \d{4}•{8}\d{4}", " ".join(pages[first_list:]))
    assert listed == [f"{i:05d}" for i in range(300)]
    text = " ".join(pages)
    assert "Dilayani 300 pemohon dari target > 15 (2000,0%)" in text
    assert f"Draf 38 {format_percent(38, 300)}" in text
    assert "Belum tersinkron ke server: 150 pemohon" in text
    assert "Rata-rata per pemohon¹ 2,0 menit" in text
    assert elapsed < 5  # the benchmark holds it to 1 s; this only catches a disaster


def test_times_are_shown_in_the_office_zone(reference: ReferenceData) -> None:
    office = Office("o", "DPMPTSP Kabupaten Badung", timezone="Asia/Makassar")
    data = build_visit_report(
        office=office,
        visits=[helpers.visit()],
        applications=[helpers.application(0, minutes=0), helpers.application(1, minutes=45)],
        officers=[],
        pending_sync_ids=(),
        policy=DocumentPolicy(),
        reference=reference,
        generated_at=helpers.START,
    )
    text = " ".join(helpers.page_texts(render_visit_report_pdf(data)))
    assert "Pendaftaran pertama 09.30 WITA" in text
    assert "Pendaftaran terakhir 10.15 WITA" in text
    assert "Rata-rata per pemohon¹ 45,0 menit" in text
