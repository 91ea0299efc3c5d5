"""CSV and XLSX exports of the seeded day, read back with csv and openpyxl."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]  # ships no type information

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.refdata import ReferenceData
from fieldkit.reports.daily import VisitReportData, build_visit_report
from fieldkit.reports.exports import COLUMNS, SUMMARY_SHEET, rows_to_csv, rows_to_xlsx
from tests.unit.reports import helpers
from tests.unit.reports.conftest import SeededDay


@pytest.fixture
def day_data(seeded_day: SeededDay) -> VisitReportData:
    return seeded_day.reports.visit_report(seeded_day.visit.id, actor=seeded_day.supervisor)


def test_csv_has_a_bom_semicolons_and_one_line_per_applicant(
    day_data: VisitReportData, seeded_day: SeededDay
) -> None:
    raw = rows_to_csv(day_data)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [name for name, _ in COLUMNS]
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert [r["Kode pelacakan"] for r in body] == list(seeded_day.tracking_codes)
    assert [r["No"] for r in body] == [str(i) for i in range(1, 21)]
    statuses = [r["Status"] for r in body]
    assert statuses.count("Draf") == 4
    assert statuses.count("NIB terbit") == 3
    assert [r["Skala usaha"] for r in body].count("Kecil") == 4
    assert [r["Belum sinkron"] for r in body].count("ya") == 10
    assert [r["Dokumen kurang"] for r in body][:5] == ["Foto KTP"] * 4 + [""]
    assert body[16]["Alasan"] == "NIK ditolak Dukcapil"
    assert body[8]["Peringatan dikonfirmasi"].count(";") == 1
    assert body[0]["Jam daftar"] == "09.00 WIB"
    assert body[19]["Jam daftar"] == "12.48 WIB"
    assert all("•" * 8 in r["NIK (tersamar)"] for r in body)


def test_xlsx_rows_and_summary_read_back(day_data: VisitReportData) -> None:
    book = load_workbook(io.BytesIO(rows_to_xlsx(day_data)))
    sheet = book["Pemohon"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert [c.value for c in sheet[1]] == [name for name, _ in COLUMNS]
    assert sheet.max_row == 21
    assert sheet.column_dimensions["D"].width == COLUMNS[3][1]
    assert [sheet.cell(row=r, column=6).value for r in (2, 3, 5)] == ["56102", "10710", "01111"]

    summary = {
        row[0].value: (row[1].value, row[2].value)
        for row in book[SUMMARY_SHEET].iter_rows(min_row=2)
    }
    assert summary["Jumlah pemohon"] == (20, None)
    assert summary["Target (pemohon lebih dari)"] == (15, None)
    assert summary["Capaian target"][1] == pytest.approx(20 / 15)
    assert summary["Target tercapai"] == ("ya", None)
    expected = {
        "Status: Draf": 4,
        "Status: Siap": 3,
        "Status: Menunggu sinkron": 3,
        "Status: Diterima kantor": 2,
        "Status: Diproses di OSS": 1,
        "Status: NIB terbit": 3,
        "Status: Perlu perbaikan": 2,
        "Status: Ditolak": 2,
        "Status: Tersinkron (diterima server)": 10,
        "Status: Dirujuk ke Dukcapil (NIK ditolak)": 2,
        "Status: Sudah memiliki NIB": 1,
        "Skala: Mikro": 16,
        "Skala: Kecil": 4,
        "KBLI A: Pertanian, Kehutanan dan Perikanan": 1,
        "KBLI C: Industri Pengolahan": 2,
        "KBLI I: Penyediaan Akomodasi Dan Penyediaan Makan Minum": 17,
    }
    for label, count in expected.items():
        value, share = summary[label]
        assert (value, share) == (count, pytest.approx(count / 20)), label
    assert summary["Alasan: NIK ditolak Dukcapil (rujuk ke Disdukcapil) (perlu perbaikan)"][0] == 1
    assert summary["Alasan: NIK ditolak Dukcapil (rujuk ke Disdukcapil) (ditolak)"][0] == 1
    assert summary["Alasan: Sudah memiliki NIB (ditolak)"][0] == 1
    assert summary["Masalah: dokumen belum lengkap (pemohon)"][0] == 4
    assert summary["Masalah: peringatan dikonfirmasi (jumlah)"][0] == 3
    assert summary["Masalah: peringatan dikonfirmasi (pemohon)"][0] == 2
    assert summary["Masalah: belum tersinkron (pemohon)"][0] == 10
    assert summary["Pendaftaran pertama"][0] == "25 November 2026 09.00 WIB"
    assert summary["Pendaftaran terakhir"][0] == "25 November 2026 12.48 WIB"
    assert summary["Rata-rata menit per pemohon"][0] == 12.0


def test_a_formula_in_a_name_stays_text(reference: ReferenceData) -> None:
    app = helpers.application(1)
    evil = dataclasses.replace(
        app, business=dataclasses.replace(app.business, name='=HYPERLINK("x")')
    )
    data = build_visit_report(
        office=helpers.OFFICE,
        visits=[helpers.visit()],
        applications=[evil],
        officers=[],
        pending_sync_ids=(),
        policy=DocumentPolicy(),
        reference=reference,
        generated_at=helpers.START,
    )
    rows = list(csv.reader(io.StringIO(rows_to_csv(data).decode("utf-8-sig")), delimiter=";"))
    assert rows[1][4] == '\'=HYPERLINK("x")'
    cell = load_workbook(io.BytesIO(rows_to_xlsx(data)))["Pemohon"].cell(row=2, column=5)
    assert (cell.value, cell.data_type) == ('=HYPERLINK("x")', "s")


def test_an_empty_day_exports_headers_only(reference: ReferenceData) -> None:
    data = build_visit_report(
        office=helpers.OFFICE,
        visits=[helpers.visit()],
        applications=[],
        officers=[],
        pending_sync_ids=(),
        policy=DocumentPolicy(),
        reference=reference,
        generated_at=helpers.START,
    )
    assert rows_to_csv(data).decode("utf-8-sig").count("\r\n") == 1
    book = load_workbook(io.BytesIO(rows_to_xlsx(data)))
    assert book["Pemohon"].max_row == 1
    summary = {r[0].value: r[1].value for r in book[SUMMARY_SHEET].iter_rows(min_row=2)}
    assert (summary["Jumlah pemohon"], summary["Rata-rata menit per pemohon"]) == (0, "-")
