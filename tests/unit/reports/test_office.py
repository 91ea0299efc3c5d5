"""The monthly summary per village: every figure of a month built with known answers.

============  ==============  ======  ==========  =========================================
visit         village         target  applicants  other
============  ==============  ======  ==========  =========================================
v1 (3 Nov)    Pondok Rajeg    15      16          3 NIB issued; reaches the target
v2 (10 Nov)   Pondok Rajeg    15      15          exactly the target: one short of "> 15"
v3 (17 Nov)   Pondok Rajeg    15      14          1 NIB; one short
v4 (24 Nov)   Wanaherang      10      4           1 flagged (laptop clock reset)
v5 (1 Dec)    Wanaherang      15      20          next month: left out
============  ==============  ======  ==========  =========================================
"""

from __future__ import annotations

import datetime as dt

import pytest

from fieldkit.domain.records import Application
from fieldkit.domain.status import ApplicationStatus
from fieldkit.refdata import ReferenceData
from fieldkit.reports.office import (
    SUMMARY_HEADER,
    MonthlySummaryData,
    build_monthly_summary,
    month_bounds,
    render_monthly_summary_pdf,
    summary_rows,
)
from tests import samples
from tests.unit.reports import helpers

S = ApplicationStatus
VISITS = [
    helpers.visit("v1", day=dt.date(2026, 11, 3)),
    helpers.visit("v2", day=dt.date(2026, 11, 10)),
    helpers.visit("v3", day=dt.date(2026, 11, 17)),
    helpers.visit("v4", day=dt.date(2026, 11, 24), village=samples.OTHER_VILLAGE, target=10),
    helpers.visit("v5", day=dt.date(2026, 12, 1), village=samples.OTHER_VILLAGE),
]
COUNTS = {"v1": 16, "v2": 15, "v3": 14, "v4": 4, "v5": 20}
NIB = {"v1": 3, "v3": 1}


def _applications() -> list[Application]:
    apps = []
    for visit_id, count in COUNTS.items():
        for i in range(count):
            status = S.NIB_ISSUED if i < NIB.get(visit_id, 0) else S.RECEIVED
            apps.append(helpers.application(i, visit_id=visit_id, status=status))
    return apps


def _summary(reference: ReferenceData, month: int = 11) -> MonthlySummaryData:
    apps = _applications()
    flagged = next(a.id for a in apps if a.visit_id == "v4")
    return build_monthly_summary(
        office=helpers.OFFICE,
        year=2026,
        month=month,
        visits=VISITS,
        applications=apps,
        reference=reference,
        generated_at=dt.datetime(2026, 12, 1, 3, tzinfo=dt.UTC),
        clock_flags={flagged: "past"},
    )


def test_month_bounds() -> None:
    assert month_bounds(2026, 11) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert month_bounds(2026, 12) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert month_bounds(2028, 2) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))


def test_every_figure_per_village_and_in_total(reference: ReferenceData) -> None:
    data = _summary(reference)
    pondok, wanaherang = data.lines
    assert pondok.village.label == "Kelurahan Pondok Rajeg"
    assert (pondok.visits, pondok.applicants, pondok.nib_issued) == (3, 45, 4)
    assert (pondok.visits_reaching_target, pondok.target_percent) == (1, "33,3%")
    assert (pondok.applicants_per_visit, pondok.nib_percent) == ("15,0", "8,9%")
    assert wanaherang.village.label == "Desa Wanaherang"
    assert (wanaherang.visits, wanaherang.applicants, wanaherang.nib_issued) == (1, 4, 0)
    assert (wanaherang.visits_reaching_target, wanaherang.impossible_times) == (0, 1)
    assert (data.visits, data.applicants, data.nib_issued) == (4, 49, 4)
    assert (data.visits_reaching_target, data.target_percent) == (1, "25,0%")
    assert (data.nib_percent, data.applicants_per_visit, data.impossible_times) == (
        "8,2%",
        "12,3",
        1,
    )
    assert summary_rows(data) == [
        ["1", "Kelurahan Pondok Rajeg", "Cibinong", "3", "45", "15,0", "4", "8,9%", "1", "33,3%"],
        ["2", "Desa Wanaherang", "Gunungputri", "1", "4", "4,0", "0", "0,0%", "0", "0,0%"],
        ["", "Jumlah (2 desa/kelurahan)", "", "4", "49", "12,3", "4", "8,2%", "1", "25,0%"],
    ]


def test_the_pdf_shows_the_same_figures(reference: ReferenceData) -> None:
    data = _summary(reference)
    text = " ".join(helpers.page_texts(render_monthly_summary_pdf(data)))
    assert "RINGKASAN BULANAN PER DESA/KELURAHAN" in text
    assert "Kunjungan jemput bola NIB · November 2026" in text
    assert (
        "4 kunjungan di 2 desa/kelurahan, 49 pemohon, 4 NIB terbit (8,2%); 1 kunjungan "
        "mencapai target (25,0%)."
    ) in text
    assert "1 Kelurahan Pondok Rajeg Cibinong 3 45 15,0 4 8,9% 1 33,3%" in text
    assert "2 Desa Wanaherang Gunungputri 1 4 4,0 0 0,0% 0 0,0%" in text
    assert "Jumlah (2 desa/kelurahan) 4 49 12,3 4 8,2% 1 25,0%" in text
    assert "Jam laptop tidak wajar: 1 pemohon" in text
    assert " ".join(SUMMARY_HEADER[:3]) in text
    assert "Halaman 1 dari 1" in text


def test_an_empty_month_renders_with_zeroes(reference: ReferenceData) -> None:
    data = _summary(reference, month=10)
    assert data.lines == ()
    assert (data.visits, data.applicants, data.target_percent, data.applicants_per_visit) == (
        0,
        0,
        "-",
        "-",
    )
    text = " ".join(helpers.page_texts(render_monthly_summary_pdf(data)))
    assert "Tidak ada kunjungan pada bulan ini." in text
    assert "0 kunjungan di 0 desa/kelurahan, 0 pemohon" in text
    assert "Jam laptop tidak wajar" not in text


@pytest.mark.parametrize("villages", [40])
def test_many_villages_spill_onto_more_pages_with_the_header_repeated(
    reference: ReferenceData, villages: int
) -> None:
    codes = [
        village.code
        for kecamatan in reference.children(samples.VILLAGE[:4])
        for village in reference.children(kecamatan.code)
    ][:villages]
    assert len(codes) == villages
    visits = [
        helpers.visit(f"w{i}", village=code, day=dt.date(2026, 11, 1 + i % 28))
        for i, code in enumerate(codes)
    ]
    apps = [
        helpers.application(n, visit_id=v.id) for i, v in enumerate(visits) for n in range(i % 20)
    ]
    data = build_monthly_summary(
        office=helpers.OFFICE,
        year=2026,
        month=11,
        visits=visits,
        applications=apps,
        reference=reference,
        generated_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
    )
    assert data.applicants == sum(i % 20 for i in range(villages))
    # Reached: visits with more than their 15 applicants (i % 20 in 16..19).
    assert data.visits_reaching_target == sum(1 for i in range(villages) if i % 20 > 15)
    pages = helpers.page_texts(render_monthly_summary_pdf(data))
    assert len(pages) >= 2
    assert all("No Desa/Kelurahan Kecamatan Kunjungan Pemohon" in page for page in pages[:2])
