"""The report's applicant rows as CSV and XLSX, for the office's own spreadsheets.

CSV choice: UTF-8 with a byte-order mark and ";" between fields. Indonesian Windows uses the
decimal comma, so Excel's list separator there is ";": a ";" file opens in columns on a
double click, a "," file lands in one column. The BOM makes Excel read UTF-8 (names with
accents, the "•" of masked NIKs) instead of the ANSI code page. Codes that start with 0
(KBLI "01111") lose the 0 when Excel opens a CSV; the XLSX keeps them as text.

Text cells that a spreadsheet would run as a formula (starting with =, +, -, @) are
neutralised: prefixed with "'" in the CSV, stored as plain strings in the XLSX.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from typing import Any, Final
from zoneinfo import ZoneInfo

# openpyxl ships no type information and pyproject.toml lists no override for it.
from fieldkit.domain.dates import format_date
from fieldkit.reports.daily import (
    ReportRow,
    VisitReportData,
    status_lines,
)

CSV_DELIMITER: Final = ";"
UTF8_BOM: Final = "\ufeff"

COLUMNS: Final = (
    ("No", 5),
    ("Kode pelacakan", 15),
    ("NIK (tersamar)", 19),
    ("Nama pemohon", 26),
    ("Nama usaha", 28),
    ("KBLI", 14),
    ("Kategori KBLI", 9),
    ("Skala usaha", 12),
    ("Status", 18),
    ("Alasan", 22),
    ("Dokumen kurang", 28),
    ("Peringatan dikonfirmasi", 30),
    ("Belum sinkron", 10),
    ("Jam daftar", 10),
    ("Tanggal kunjungan", 14),
    ("Desa/Kelurahan", 24),
    ("Jam laptop tidak wajar", 12),
)
SUMMARY_SHEET: Final = "Ringkasan"
ROWS_SHEET: Final = "Pemohon"
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def _values(row: ReportRow, zone: str) -> list[str | int]:
    return [
        row.number,
        row.tracking_code,
        row.masked_nik,
        row.applicant_name,
        row.business_name,
        ", ".join(row.kbli_codes),
        row.kbli_kategori,
        row.scale_label,
        row.status_label,
        row.reason_label,
        ", ".join(row.missing_documents),
        "; ".join(row.acknowledged_warnings),
        "ya" if row.is_sync_pending else "tidak",
        row.registered_time if row.has_impossible_time else f"{row.registered_time} {zone}",
        row.visit_date.isoformat(),
        row.village,
        "ya" if row.has_impossible_time else "tidak",
    ]


def _csv_safe(value: str | int) -> str | int:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def table_to_csv(header: Sequence[str], rows: Iterable[Sequence[str | int]]) -> bytes:
    """A table as the office's spreadsheets read it: UTF-8 with BOM, ";"-separated, CRLF line
    ends, header row; a cell that a spreadsheet would run as a formula is quoted."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_csv_safe(v) for v in row] for row in rows)
    return (UTF8_BOM + out.getvalue()).encode("utf-8")


def rows_to_csv(data: VisitReportData) -> bytes:
    """The applicant list as CSV (:func:`table_to_csv`)."""
    return table_to_csv(
        [name for name, _ in COLUMNS], (_values(row, data.zone) for row in data.rows)
    )


def _put(cell: Any, value: str | int | float) -> None:
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # openpyxl would store a leading "=" as a formula


def _summary_rows(data: VisitReportData) -> list[tuple[str, int | float | str, float | None]]:
    """(label, value, fraction of the whole or None) of the Ringkasan sheet, in report order."""
    total = data.served

    def share(count: int, whole: int) -> float | None:
        return count / whole if whole > 0 else None

    villages = ", ".join(v.label for v in data.villages) or "-"
    rows: list[tuple[str, int | float | str, float | None]] = [
        ("Kantor", data.office.name, None),
        ("Desa/Kelurahan", villages, None),
        ("Kecamatan", ", ".join(dict.fromkeys(v.kecamatan for v in data.villages)) or "-", None),
        ("Kabupaten/Kota", ", ".join(dict.fromkeys(v.regency for v in data.villages)) or "-", None),
        ("Tanggal", data.period_label, None),
        ("Petugas hadir", ", ".join(o.name for o in data.officers) or "-", None),
        ("Jumlah pemohon", total, None),
        ("Target (pemohon lebih dari)", data.target, None),
        ("Capaian target", total, share(total, data.target)),
        ("Target tercapai", "ya" if data.is_target_reached else "belum", None),
    ]
    rows += [
        (f"Status: {label}", count, share(count, total))
        for label, count, _ in status_lines(data.status)
    ]
    rows += [
        (f"Alasan: {line.label} (perlu perbaikan)", line.needs_fix, None) for line in data.reasons
    ]
    rows += [(f"Alasan: {line.label} (ditolak)", line.rejected, None) for line in data.reasons]
    rows += [
        (f"Skala: {line.label}", line.count, share(line.count, total)) for line in data.by_scale
    ]
    rows += [
        (f"KBLI {line.key}: {line.label}", line.count, share(line.count, total))
        for line in data.by_kategori
    ]
    p = data.problems
    rows += [
        ("Masalah: dokumen belum lengkap (pemohon)", len(p.incomplete_documents), None),
        ("Masalah: peringatan dikonfirmasi (jumlah)", len(p.overridden_warnings), None),
        ("Masalah: peringatan dikonfirmasi (pemohon)", p.overridden_applications, None),
        ("Masalah: belum tersinkron (pemohon)", len(p.sync_pending), None),
        ("Masalah: jam laptop tidak wajar (pemohon)", len(p.impossible_times), None),
    ]
    t = data.times
    zone = data.zone

    def moment(value: dt.datetime | None) -> str:
        if value is None:
            return "-"
        local = value.astimezone(ZoneInfo(data.timezone))
        return f"{format_date(local.date())} {local:%H.%M} {zone}"

    rows += [
        ("Pendaftaran pertama", moment(t.first), None),
        ("Pendaftaran terakhir", moment(t.last), None),
        (
            "Rata-rata menit per pemohon",
            round(t.average_minutes, 1) if t.average_minutes is not None else "-",
            None,
        ),
    ]
    return rows


def _set_widths(sheet: Any, widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]  # noqa: PLC0415

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width


def rows_to_xlsx(data: VisitReportData) -> bytes:
    """A workbook: sheet "Pemohon" (header bold and frozen, widths set) and "Ringkasan"."""
    # openpyxl loads in ~55 ms: only when a spreadsheet is asked for, not at app start.
    from openpyxl import Workbook  # type: ignore[import-untyped]  # noqa: PLC0415
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = ROWS_SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E4E7EB")
    for col, (name, _) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=col, value=name)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for r, row in enumerate(data.rows, start=2):
        for col, value in enumerate(_values(row, data.zone), start=1):
            _put(sheet.cell(row=r, column=col), value)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(1, len(data.rows) + 1)}"
    _set_widths(sheet, [w for _, w in COLUMNS])

    summary = book.create_sheet(SUMMARY_SHEET)
    for col, name in enumerate(("Uraian", "Nilai", "Persentase"), start=1):
        summary.cell(row=1, column=col, value=name).font = bold
    for r, (label, amount, fraction) in enumerate(_summary_rows(data), start=2):
        _put(summary.cell(row=r, column=1), label)
        _put(summary.cell(row=r, column=2), amount)
        if fraction is not None:
            cell = summary.cell(row=r, column=3, value=fraction)
            cell.number_format = "0.0%"
    summary.freeze_panes = "A2"
    _set_widths(summary, [52, 40, 12])

    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
