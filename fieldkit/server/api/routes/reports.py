"""Back-office report pages: per visit, per day, per month, and the monthly summary per village.

HTML in Indonesian for any signed-in user of the office, and the same report as a PDF, CSV
or XLSX download (``?unduh=pdf|csv|xlsx``). Plain links and GET forms only, no script.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse

from fieldkit.domain.dates import format_date, format_long_date
from fieldkit.reports.daily import (
    VisitReportData,
    format_decimal,
    format_percent,
    header_lines,
    status_lines,
    village_path,
)
from fieldkit.reports.exports import table_to_csv
from fieldkit.reports.office import (
    SUMMARY_HEADER,
    month_bounds,
    month_label,
    summary_rows,
)
from fieldkit.server import reports
from fieldkit.server.api.deps import StateDep
from fieldkit.server.api.routes.pages import _office_context, _render, _signed_in, _to_login
from fieldkit.server.errors import ApiError
from fieldkit.server.reports import ReportFormat
from fieldkit.server.repositories.offices import SignedIn
from fieldkit.server.state import ServerState

router = APIRouter(include_in_schema=False)

INDEX_VISITS = 60
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_BAD_DATE = (
    "Tanggal '{value}' tidak dikenali. Tulis seperti 2026-11-25 (tahun-bulan-tanggal), atau "
    "pilih dari kalender."
)
_BAD_MONTH = (
    "Bulan '{value}' tidak dikenali. Tulis seperti 2026-11 (tahun-bulan), atau pilih dari kalender."
)
_BAD_FORMAT = "Format unduhan '{value}' tidak dikenal. Pilih pdf, csv atau xlsx."


class _BadInput(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise _BadInput(_BAD_DATE.format(value=value[:20])) from None


def _parse_month(value: str) -> tuple[int, int]:
    found = _MONTH.match(value.strip())
    if found is None or not 1 <= int(found[2]) <= 12 or not 2000 <= int(found[1]) <= 2100:
        raise _BadInput(_BAD_MONTH.format(value=value[:20]))
    return int(found[1]), int(found[2])


def _parse_format(value: str) -> ReportFormat | None:
    if not value:
        return None
    try:
        return ReportFormat(value.lower())
    except ValueError:
        raise _BadInput(_BAD_FORMAT.format(value=value[:10])) from None


def _message(
    state: ServerState, request: Request, headline: str, message: str, status: int
) -> Response:
    return _render(
        state,
        request,
        "message.html",
        {"headline": headline, "message": message, "back_url": "/kantor/laporan"},
        status,
    )


def _bad_input(state: ServerState, request: Request, exc: _BadInput) -> Response:
    return _message(state, request, "Isian laporan tidak valid", exc.message, 422)


def _api_error(state: ServerState, request: Request, exc: ApiError) -> Response:
    headline = "Tidak ditemukan" if exc.status_code == 404 else "Laporan tidak dapat dibuat"
    return _message(state, request, headline, exc.detail, exc.status_code)


def _download(content: bytes, fmt: ReportFormat, stem: str) -> Response:
    return Response(
        content=content,
        media_type=reports.MEDIA_TYPES[fmt],
        headers=reports.attachment_headers(reports.filename(stem, fmt)),
    )


# --- the pages --------------------------------------------------------------------------------


@router.get("/kantor/laporan", response_class=HTMLResponse)
def report_index(request: Request, state: StateDep) -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    office_id = signed_in.user.office_id
    today = reports.office_today(state.db, office_id, state.clock())
    visits = [
        {
            "id": v.id,
            "date_label": format_date(v.date),
            "village": (path := village_path(state.reference, v.village_code)).label,
            "kecamatan": path.kecamatan,
            "applications": v.applications,
            "target": v.target,
        }
        for v in reports.recent_visits(state.db, office_id, limit=INDEX_VISITS)
    ]
    return _render(
        state,
        request,
        "report_index.html",
        {
            **_office_context(signed_in),
            "today": today.isoformat(),
            "this_month": f"{today:%Y-%m}",
            "visits": visits,
            "limit": INDEX_VISITS,
            "error": "",
        },
    )


def _report_page(
    state: ServerState,
    request: Request,
    signed_in: SignedIn,
    data: VisitReportData,
    *,
    title: str,
    base_url: str,
) -> Response:
    t = data.times

    def moment(value: dt.datetime | None) -> str:
        if value is None:
            return "-"
        local = value.astimezone(ZoneInfo(data.timezone))
        day = f"{format_date(local.date())}, " if data.date_from != data.date_to else ""
        return f"{day}{local:%H.%M} {data.zone}"

    times = [
        ("Pendaftaran pertama", moment(t.first)),
        ("Pendaftaran terakhir", moment(t.last)),
        (
            "Rata-rata per pemohon",
            f"{format_decimal(t.average_minutes)} menit" if t.average_minutes is not None else "-",
        ),
    ]
    if t.excluded:
        times.append(("Tidak dihitung (jam laptop tidak wajar)", f"{t.excluded} pemohon"))
    header = [
        *header_lines(data),
        ("Kunjungan", str(len(data.visits))),
    ]
    lines = status_lines(data.status)
    first_derived = next(i for i, line in enumerate(lines) if line[2])
    scale = max(data.target, data.served, 1) * 1.1
    return _render(
        state,
        request,
        "report.html",
        {
            **_office_context(signed_in),
            "title": title,
            "d": data,
            "header": header,
            "times": times,
            "status_lines": lines,
            "first_derived": first_derived,
            "bar_width": round(100 * data.served / scale, 1),
            "base_url": base_url,
            "sep": "&" if "?" in base_url else "?",
            "pct": format_percent,
            "fmt_date": format_date,
        },
    )


def _visit_report_response(
    state: ServerState,
    request: Request,
    signed_in: SignedIn,
    build: Callable[[], VisitReportData],
    *,
    unduh: str,
    title: str,
    stem: str,
    base_url: str,
) -> Response:
    try:
        fmt = _parse_format(unduh)
        data = build()
    except _BadInput as exc:
        return _bad_input(state, request, exc)
    except ApiError as exc:
        return _api_error(state, request, exc)
    if fmt is not None:
        return _download(reports.render(data, fmt), fmt, stem)
    return _report_page(state, request, signed_in, data, title=title, base_url=base_url)


@router.get("/kantor/laporan/kunjungan/{visit_id}", response_class=HTMLResponse)
def visit_report(visit_id: str, request: Request, state: StateDep, unduh: str = "") -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    visit_id = visit_id[:100]
    try:
        data = reports.visit_report(
            state.db, state.reference, signed_in.user.office_id, visit_id, state.clock()
        )
    except ApiError as exc:
        return _api_error(state, request, exc)
    village = data.villages[0] if data.villages else None
    return _visit_report_response(
        state,
        request,
        signed_in,
        lambda: data,
        unduh=unduh,
        title=f"Laporan kunjungan · {village.label if village else '-'} · {data.period_label}",
        stem=f"laporan-kunjungan-{data.date_from.isoformat()}-"
        f"{village.village if village else 'desa'}",
        base_url=f"/kantor/laporan/kunjungan/{visit_id}",
    )


def _period(
    state: ServerState, signed_in: SignedIn, start: dt.date, end: dt.date
) -> Callable[[], VisitReportData]:
    """The office's report of ``start``..``end``, made when the response needs it."""
    return lambda: reports.period_report(
        state.db, state.reference, signed_in.user.office_id, start=start, end=end, now=state.clock()
    )


@router.get("/kantor/laporan/hari", response_class=HTMLResponse)
def day_report(request: Request, state: StateDep, tanggal: str = "", unduh: str = "") -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    try:
        day = _parse_date(tanggal)
    except _BadInput as exc:
        return _bad_input(state, request, exc)
    return _visit_report_response(
        state,
        request,
        signed_in,
        _period(state, signed_in, day, day),
        unduh=unduh,
        title=f"Laporan harian kantor · {format_long_date(day)}",
        stem=f"laporan-harian-{day.isoformat()}",
        base_url=f"/kantor/laporan/hari?tanggal={day.isoformat()}",
    )


@router.get("/kantor/laporan/bulan", response_class=HTMLResponse)
def month_report(request: Request, state: StateDep, bulan: str = "", unduh: str = "") -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    try:
        year, month = _parse_month(bulan)
    except _BadInput as exc:
        return _bad_input(state, request, exc)
    first, last = month_bounds(year, month)
    return _visit_report_response(
        state,
        request,
        signed_in,
        _period(state, signed_in, first, last),
        unduh=unduh,
        title=f"Laporan bulanan kantor · {month_label(year, month)}",
        stem=f"laporan-bulanan-{year}-{month:02d}",
        base_url=f"/kantor/laporan/bulan?bulan={year}-{month:02d}",
    )


@router.get("/kantor/laporan/desa", response_class=HTMLResponse)
def village_summary(
    request: Request, state: StateDep, bulan: str = "", unduh: str = ""
) -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    try:
        year, month = _parse_month(bulan)
        fmt = _parse_format(unduh)
        if fmt is ReportFormat.XLSX:
            raise _BadInput("Ringkasan per desa tersedia sebagai PDF atau CSV. Pilih salah satu.")
        data = reports.monthly_summary(
            state.db,
            state.reference,
            signed_in.user.office_id,
            year=year,
            month=month,
            now=state.clock(),
        )
    except _BadInput as exc:
        return _bad_input(state, request, exc)
    except ApiError as exc:
        return _api_error(state, request, exc)
    stem = f"ringkasan-desa-{year}-{month:02d}"
    if fmt is ReportFormat.PDF:
        return _download(reports.render_summary(data), fmt, stem)
    if fmt is ReportFormat.CSV:
        return _download(table_to_csv(SUMMARY_HEADER, summary_rows(data)), fmt, stem)
    return _render(
        state,
        request,
        "report_summary.html",
        {
            **_office_context(signed_in),
            "s": data,
            "header": SUMMARY_HEADER,
            "rows": summary_rows(data),
            "month_value": f"{year}-{month:02d}",
            "base_url": f"/kantor/laporan/desa?bulan={year}-{month:02d}",
        },
    )
