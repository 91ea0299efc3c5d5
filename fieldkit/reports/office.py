"""The office's monthly summary per village, across every laptop that synced.

Like :mod:`fieldkit.reports.daily`, two pure steps: :func:`build_monthly_summary` turns
domain values (the month's visits and their applications, as the server holds them) into
:class:`MonthlySummaryData`, and :func:`render_monthly_summary_pdf` draws it as an A4 PDF.
The per-visit, per-day and per-month reports of the office are the daily visit report
itself (:func:`fieldkit.reports.daily.build_visit_report`) fed with the office's visits.

A visit reaches its target when it served more than its target (15 by default), the rule
of :mod:`fieldkit.domain.target` the daily report uses too.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from fieldkit.domain.dates import MONTHS, format_date
from fieldkit.domain.records import Application, Office, Visit
from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.status import ApplicationStatus
from fieldkit.domain.target import reaches_target
from fieldkit.reports.daily import (
    CONTENT_WIDTH,
    HEAD_FILL,
    INK,
    REACHED,
    RULE,
    SHORT,
    ZEBRA,
    VillagePath,
    _canvas_class,
    _fonts,
    _Styles,
    _t,
    a4_document,
    format_decimal,
    format_percent,
    village_path,
    zone_label,
)


def month_label(year: int, month: int) -> str:
    """``November 2026``."""
    return f"{MONTHS[month - 1]} {year}"


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and the last day of a month."""
    first = dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class VillageMonthLine:
    """One village's month: its visits, applicants, NIBs and visits that reached the target."""

    village: VillagePath
    visits: int
    applicants: int
    nib_issued: int
    visits_reaching_target: int
    impossible_times: int  # applicants whose laptop time cannot be true

    @property
    def applicants_per_visit(self) -> str:
        return format_decimal(self.applicants / self.visits) if self.visits else "-"

    @property
    def nib_percent(self) -> str:
        return format_percent(self.nib_issued, self.applicants)

    @property
    def target_percent(self) -> str:
        """Share of the village's visits that reached their target."""
        return format_percent(self.visits_reaching_target, self.visits)


@dataclass(frozen=True, slots=True)
class MonthlySummaryData:
    office: Office
    year: int
    month: int
    lines: tuple[VillageMonthLine, ...]  # by kecamatan, then village name
    generated_at: dt.datetime  # UTC

    @property
    def label(self) -> str:
        return month_label(self.year, self.month)

    @property
    def visits(self) -> int:
        return sum(line.visits for line in self.lines)

    @property
    def applicants(self) -> int:
        return sum(line.applicants for line in self.lines)

    @property
    def nib_issued(self) -> int:
        return sum(line.nib_issued for line in self.lines)

    @property
    def visits_reaching_target(self) -> int:
        return sum(line.visits_reaching_target for line in self.lines)

    @property
    def impossible_times(self) -> int:
        return sum(line.impossible_times for line in self.lines)

    @property
    def applicants_per_visit(self) -> str:
        return format_decimal(self.applicants / self.visits) if self.visits else "-"

    @property
    def nib_percent(self) -> str:
        return format_percent(self.nib_issued, self.applicants)

    @property
    def target_percent(self) -> str:
        return format_percent(self.visits_reaching_target, self.visits)

    @property
    def zone(self) -> str:
        return zone_label(self.office.timezone)


def build_monthly_summary(
    *,
    office: Office,
    year: int,
    month: int,
    visits: Sequence[Visit],
    applications: Sequence[Application],
    reference: ReferenceLookup,
    generated_at: dt.datetime,
    clock_flags: Mapping[str, str] | None = None,
) -> MonthlySummaryData:
    """The month's summary per village. ``visits`` outside the month are ignored, and so
    are applications of visits that are not given (they belong to another period)."""
    first, last = month_bounds(year, month)
    in_month = [v for v in visits if first <= v.date <= last]
    visit_ids = {v.id for v in in_month}
    flags = clock_flags or {}
    served: Counter[str] = Counter()
    issued: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    for app in applications:
        if app.visit_id not in visit_ids:
            continue
        served[app.visit_id] += 1
        issued[app.visit_id] += app.status is ApplicationStatus.NIB_ISSUED
        flagged[app.visit_id] += bool(flags.get(app.id))
    by_village: dict[str, list[Visit]] = {}
    for visit in in_month:
        by_village.setdefault(visit.village_code, []).append(visit)
    lines = [
        VillageMonthLine(
            village=village_path(reference, code),
            visits=len(group),
            applicants=sum(served[v.id] for v in group),
            nib_issued=sum(issued[v.id] for v in group),
            visits_reaching_target=sum(reaches_target(served[v.id], v.target) for v in group),
            impossible_times=sum(flagged[v.id] for v in group),
        )
        for code, group in by_village.items()
    ]
    lines.sort(key=lambda line: (line.village.kecamatan, line.village.village, line.village.code))
    return MonthlySummaryData(office, year, month, tuple(lines), generated_at)


# --- the PDF ------------------------------------------------------------------------------------

SUMMARY_HEADER = (
    "No",
    "Desa/Kelurahan",
    "Kecamatan",
    "Kunjungan",
    "Pemohon",
    "Rata-rata per kunjungan",
    "NIB terbit",
    "% NIB",
    "Kunjungan capai target",
    "% capai target",
)
CHART_VILLAGES = 30
_WIDTHS = (8, 34, 27, 18, 16, 18, 13, 13, 18, 15)


def summary_rows(data: MonthlySummaryData) -> list[list[str]]:
    """The table's cells as text, one list per village and a last line with the totals
    (shared by the PDF and the HTML page, so both show the same figures)."""
    rows = [
        [
            str(number),
            line.village.label,
            line.village.kecamatan,
            str(line.visits),
            str(line.applicants),
            line.applicants_per_visit,
            str(line.nib_issued),
            line.nib_percent,
            str(line.visits_reaching_target),
            line.target_percent,
        ]
        for number, line in enumerate(data.lines, start=1)
    ]
    rows.append(
        [
            "",
            f"Jumlah ({len(data.lines)} desa/kelurahan)",
            "",
            str(data.visits),
            str(data.applicants),
            data.applicants_per_visit,
            str(data.nib_issued),
            data.nib_percent,
            str(data.visits_reaching_target),
            data.target_percent,
        ]
    )
    return rows


def _target_chart(data: MonthlySummaryData, fonts: Any) -> Drawing:
    """Per village, the share of visits that reached the target, as horizontal bars."""
    lines = data.lines[:CHART_VILLAGES]  # the table lists all; the chart stays readable
    bar = 5 * mm
    height = len(lines) * bar + 10 * mm
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    label_w = 48 * mm
    chart.x, chart.y = label_w, 6 * mm
    chart.width, chart.height = CONTENT_WIDTH - label_w - 14 * mm, height - 8 * mm
    shares = [
        100 * line.visits_reaching_target / line.visits if line.visits else 0.0
        for line in reversed(lines)
    ]
    chart.data = [shares]
    chart.categoryAxis.categoryNames = [line.village.label[:34] for line in reversed(lines)]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.strokeColor = RULE
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    for i, share in enumerate(shares):
        chart.bars[(0, i)].fillColor = REACHED if share >= 50 else SHORT
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontName = fonts.bold
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def render_monthly_summary_pdf(data: MonthlySummaryData) -> bytes:
    """The summary as an A4 PDF in Indonesian."""
    fonts = _fonts()
    s = _Styles(fonts)
    made = data.generated_at.astimezone(ZoneInfo(data.office.timezone))
    printed = f"{data.office.name} · dibuat {format_date(made.date())} {made:%H.%M} {data.zone}"
    out = io.BytesIO()
    doc = a4_document(
        out,
        title=f"Ringkasan bulanan per desa {data.label}",
        author=data.office.name,
        subject="Ringkasan bulanan kunjungan jemput bola per desa/kelurahan",
    )
    story: list[Any] = [
        Paragraph("RINGKASAN BULANAN PER DESA/KELURAHAN", s.title),
        Paragraph(f"Kunjungan jemput bola NIB · {_t(data.label)}", s.subtitle),
        Spacer(1, 3 * mm),
        Paragraph(f"<b>Kantor:</b> {_t(data.office.name)}", s.body),
        Paragraph(
            f"<b>{data.visits}</b> kunjungan di <b>{len(data.lines)}</b> desa/kelurahan, "
            f"<b>{data.applicants}</b> pemohon, <b>{data.nib_issued}</b> NIB terbit "
            f"({data.nib_percent}); <b>{data.visits_reaching_target}</b> kunjungan mencapai "
            f"target ({data.target_percent}).",
            s.body,
        ),
    ]
    if data.impossible_times:
        story.append(
            Paragraph(
                f"<b>Jam laptop tidak wajar:</b> {data.impossible_times} pemohon tercatat "
                "dengan waktu yang tidak mungkin (jam laptop salah); mereka tetap dihitung "
                "sebagai pemohon, tetapi waktunya tidak dipakai.",
                s.body,
            )
        )
    right = ParagraphStyle("row_right", parent=s.row, alignment=TA_RIGHT)
    right_head = ParagraphStyle("row_head_right", parent=s.row_head, alignment=TA_RIGHT)
    # Text columns left, figures right (from "Kunjungan" on).
    head = [
        Paragraph(f"<b>{h}</b>", s.row_head if i < 3 else right_head)
        for i, h in enumerate(SUMMARY_HEADER)
    ]
    body: list[list[Any]] = [head]
    rows = summary_rows(data)
    for row in rows[:-1]:
        body.append([Paragraph(_t(c), s.row if i < 3 else right) for i, c in enumerate(row)])
    body.append(
        [Paragraph(f"<b>{_t(c)}</b>", s.row if i < 3 else right) for i, c in enumerate(rows[-1])]
    )
    if not data.lines:
        body.insert(1, [Paragraph("Tidak ada kunjungan pada bulan ini.", s.row)] + [""] * 9)
    table = Table(
        body,
        colWidths=[CONTENT_WIDTH * w / sum(_WIDTHS) for w in _WIDTHS],
        repeatRows=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), ["white", ZEBRA]),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, INK),
    ]
    if not data.lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    story += [Paragraph("Ringkasan per desa/kelurahan", s.heading), table]
    if data.lines:
        story += [
            Paragraph(
                "Kunjungan yang mencapai target, per desa/kelurahan"
                + (f" ({CHART_VILLAGES} pertama)" if len(data.lines) > CHART_VILLAGES else ""),
                s.heading,
            ),
            _target_chart(data, fonts),
        ]
    notes = [
        "Target tercapai bila jumlah pemohon satu kunjungan lebih dari target kunjungan itu "
        "(program jemput bola: lebih dari 15 pemohon per desa). % capai target = kunjungan "
        "yang mencapai target ÷ jumlah kunjungan. % NIB = NIB terbit ÷ pemohon.",
        "Dihitung dari data yang sudah dikirim laptop ke server; permohonan yang masih di "
        "laptop belum termasuk. Kunjungan dikelompokkan menurut tanggal kunjungan.",
    ]
    story += [Paragraph("Catatan", s.heading), *(Paragraph(_t(n), s.small) for n in notes)]
    doc.build(story, canvasmaker=_canvas_class(printed, fonts.regular))
    return out.getvalue()
