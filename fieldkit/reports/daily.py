"""The supervisor's daily visit report: its data computed from domain values, and its A4 PDF.

Two pure steps, so the laptop and the server (fieldkit.server.reports) share them:

- :func:`build_visit_report` turns domain values (office, visits, applications, officers, the
  ids still waiting in the outbox, the document policy, reference data) into
  :class:`VisitReportData`, where every number of the report is computed once;
- :func:`render_visit_report_pdf` draws that data as an Indonesian A4 PDF (reportlab platypus,
  charts by reportlab.graphics) and returns the bytes.

Nothing here reads a database or a clock. The data never holds a full NIK: rows carry the
masked NIK only.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fieldkit.domain.dates import format_date, format_long_date
from fieldkit.domain.policy import DOCUMENT_LABELS, DocumentPolicy, missing_documents
from fieldkit.domain.privacy import mask_nik
from fieldkit.domain.records import (
    Application,
    BusinessScale,
    DocumentKind,
    Office,
    Officer,
    Role,
    Visit,
    VisitState,
)
from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.status import (
    REASON_LABELS,
    STATUS_LABELS,
    ApplicationStatus,
    ReasonCode,
)
from fieldkit.domain.target import reaches_target, target_label
from fieldkit.domain.validation import business_scale
from fieldkit.fonts import PdfFonts, bundled_font_dir, pdf_fonts

S = ApplicationStatus

# "Synced" means the server acknowledged the application: received or any later status.
SYNCED_STATUSES: Final = frozenset(
    {S.RECEIVED, S.IN_PROCESS, S.NIB_ISSUED, S.NEEDS_FIX, S.REJECTED}
)
# Reasons are counted only where the status carries one (needs fix or rejected).
REASON_STATUSES: Final = frozenset({S.NEEDS_FIX, S.REJECTED})

ZONE_LABELS: Final = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}

SCALE_LABELS: Final = {
    BusinessScale.MICRO: "Mikro",
    BusinessScale.SMALL: "Kecil",
    BusinessScale.MEDIUM: "Menengah",
    BusinessScale.LARGE: "Besar",
}
NO_CAPITAL_LABEL: Final = "Modal belum diisi"

# Short forms of REASON_LABELS for a narrow table cell.
REASON_SHORT: Final = {
    ReasonCode.NIK_REFUSED: "NIK ditolak Dukcapil",
    ReasonCode.HAS_NIB: "Sudah punya NIB",
    ReasonCode.KBLI_NOT_OPEN: "KBLI tidak terbuka",
    ReasonCode.OSS_UNAVAILABLE: "OSS tidak tersedia",
    ReasonCode.DATA_CORRECTION: "Data perlu dikoreksi",
    ReasonCode.OTHER: "Alasan lain",
}

# What each acknowledged warning (Problem.code, the part after ":" of a problem key) was about.
WARNING_LABELS: Final = {
    "npwp.checksum": "Digit pemeriksa NPWP tidak cocok",
    "npwp.differs_from_nik": "NPWP berbeda dari NIK",
    "nik.regency_unknown": "Kode kabupaten/kota di NIK tidak dikenal",
    "nik.district_unknown": "Kode kecamatan di NIK tidak dikenal",
    "nik.birth_date_mismatch": "Tanggal lahir tidak cocok dengan NIK",
    "nik.gender_mismatch": "Jenis kelamin tidak cocok dengan NIK",
    "nik.underage": "Pemohon berusia di bawah 17 tahun",
    "contact.duplicate_email": "Email sama dengan pemohon lain",
    "contact.duplicate_phone": "Nomor HP sama dengan pemohon lain",
    "birth_date.implausible": "Usia pemohon tidak wajar",
    "email.typo": "Domain email mungkin salah ketik",
    "scale.not_umk": "Modal di atas batas usaha kecil",
    "phone.unknown_operator": "Awalan nomor HP tidak dikenal",
}
ROLE_LABELS: Final = {
    Role.OPERATOR: "Operator",
    Role.SUPERVISOR: "Supervisor",
    Role.BACK_OFFICE: "Back office",
    Role.SYSTEM: "Sistem",
}
VISIT_STATE_LABELS: Final = {
    VisitState.PLANNED: "Direncanakan",
    VisitState.OPEN: "Sedang berlangsung",
    VisitState.CLOSED: "Ditutup",
}
UNKNOWN_OFFICERS: Final = "{count} petugas (nama tidak tercatat di sini)"
UNKNOWN_KBLI_TITLE: Final = "KBLI tidak ada dalam daftar acuan"
NO_KBLI_LETTER: Final = "-"
NO_KBLI_TITLE: Final = "Belum ada kegiatan usaha (KBLI)"
# What the report says where a time cannot be trusted (issue 5: flag, do not trust).
CLOCK_FLAG_TIME: Final = "jam tidak wajar"
CLOCK_FLAG_LABELS: Final = {
    "past": "jam laptop mundur (tanggal terlalu lampau)",
    "future": "jam laptop maju (tanggal di masa depan)",
}


# --- formatting shared by the PDF and the exports ---------------------------------------------


def zone_label(timezone: str) -> str:
    """``WIB``, ``WITA`` or ``WIT`` for the office's zone (the zone name itself otherwise)."""
    return ZONE_LABELS.get(timezone, timezone)


def format_time(moment: dt.datetime, timezone: str) -> str:
    """``09.05`` in the office's zone (Indonesian writes hours and minutes with a dot)."""
    return f"{moment.astimezone(ZoneInfo(timezone)):%H.%M}"


def format_percent(part: int, whole: int) -> str:
    """``46,7%`` (one decimal, halves rounded up); ``-`` when there is nothing to divide by."""
    if whole <= 0:
        return "-"
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{value}%".replace(".", ",")


def format_decimal(value: float) -> str:
    """``12,5``: one decimal with the Indonesian decimal comma."""
    rounded = Decimal(repr(value)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return str(rounded).replace(".", ",")


def warning_label(problem_key: str) -> str:
    """What an acknowledged warning was about, from its key ``field:code``."""
    code = problem_key.rpartition(":")[2]
    return WARNING_LABELS.get(code, problem_key)


# --- the report's data --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VillagePath:
    """A village with the names of the regions above it (names as in the Kemendagri list)."""

    code: str
    village: str  # "Pondok Rajeg"
    village_kind: str  # "Desa" | "Kelurahan"
    kecamatan: str  # "Cibinong"
    regency: str  # "Kabupaten Bogor"
    province: str  # "Jawa Barat"

    @property
    def label(self) -> str:
        return f"{self.village_kind} {self.village}"


@dataclass(frozen=True, slots=True)
class VisitLine:
    """One visit within the report, with its own count against its own target."""

    visit_id: str
    date: dt.date
    village: VillagePath
    state: VisitState
    target: int
    served: int

    @property
    def is_target_reached(self) -> bool:
        return reaches_target(self.served, self.target)


@dataclass(frozen=True, slots=True)
class OfficerLine:
    name: str
    role_label: str


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One applicant of the list: display values only, NIK masked."""

    number: int
    tracking_code: str
    masked_nik: str
    applicant_name: str
    business_name: str
    kbli_codes: tuple[str, ...]
    kbli_kategori: str  # section letter of the main (first) activity, "-" if none
    scale_label: str
    status: ApplicationStatus
    status_label: str
    reason_label: str  # "" unless needs fix or rejected
    missing_documents: tuple[str, ...]
    acknowledged_warnings: tuple[str, ...]
    is_sync_pending: bool
    registered_at: dt.datetime  # UTC, as the laptop's clock said
    registered_time: str  # "09.05", office zone; CLOCK_FLAG_TIME when the time is impossible
    village: str
    visit_date: dt.date
    clock_flag: str = ""  # "past" | "future": the laptop's clock made this time impossible

    @property
    def has_impossible_time(self) -> bool:
        return bool(self.clock_flag)


@dataclass(frozen=True, slots=True)
class StatusCounts:
    """Applications by current status; the last four lines overlap the first eight."""

    draft: int
    ready: int
    queued: int
    received: int
    in_process: int
    nib_issued: int
    needs_fix: int
    rejected: int
    synced: int  # received or later: the server acknowledged it
    referred_to_dukcapil: int  # needs fix or rejected because Dukcapil refused the NIK
    has_nib: int  # needs fix or rejected because the owner already has a NIB

    def by_status(self) -> dict[ApplicationStatus, int]:
        return {
            S.DRAFT: self.draft,
            S.READY: self.ready,
            S.QUEUED: self.queued,
            S.RECEIVED: self.received,
            S.IN_PROCESS: self.in_process,
            S.NIB_ISSUED: self.nib_issued,
            S.NEEDS_FIX: self.needs_fix,
            S.REJECTED: self.rejected,
        }

    @property
    def total(self) -> int:
        return sum(self.by_status().values())


SYNCED_LABEL: Final = "Tersinkron (diterima server)"
DUKCAPIL_LABEL: Final = "Dirujuk ke Dukcapil (NIK ditolak)"
HAS_NIB_LABEL: Final = "Sudah memiliki NIB"


@dataclass(frozen=True, slots=True)
class ReasonLine:
    reason: ReasonCode
    label: str
    needs_fix: int
    rejected: int

    @property
    def total(self) -> int:
        return self.needs_fix + self.rejected


@dataclass(frozen=True, slots=True)
class CountLine:
    """A labelled count, e.g. a business scale or a KBLI kategori (``key`` is the letter)."""

    key: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class ProblemLine:
    tracking_code: str
    applicant_name: str
    detail: str


@dataclass(frozen=True, slots=True)
class Problems:
    incomplete_documents: tuple[ProblemLine, ...]  # one line per application
    overridden_warnings: tuple[ProblemLine, ...]  # one line per acknowledgement
    sync_pending: tuple[str, ...]  # tracking codes with changes not yet sent
    # Applications whose laptop time cannot be true (clock reset to 1970, a year ahead):
    # shown here, left out of the service times (issue 5: flag them, do not trust them).
    impossible_times: tuple[ProblemLine, ...] = ()

    @property
    def overridden_applications(self) -> int:
        return len({p.tracking_code for p in self.overridden_warnings})


@dataclass(frozen=True, slots=True)
class ServiceTimes:
    """First and last registration and the average minutes per applicant.

    The average is (last - first) / (n - 1) per visit day, which needs two applicants; over
    several visits the spans and the gaps are summed: sum(last - first) / sum(n - 1).
    Applications with an impossible laptop time are left out of all three.
    """

    first: dt.datetime | None  # UTC
    last: dt.datetime | None
    average_minutes: float | None
    excluded: int = 0  # applications left out because their laptop time is impossible


@dataclass(frozen=True, slots=True)
class VisitReportData:
    """Everything the report shows, computed once; the PDF and the exports only format it."""

    office: Office
    date_from: dt.date
    date_to: dt.date
    visits: tuple[VisitLine, ...]
    officers: tuple[OfficerLine, ...]
    team_leader: str  # "" when the visits had different or unknown leaders
    target: int
    rows: tuple[ReportRow, ...]
    status: StatusCounts
    reasons: tuple[ReasonLine, ...]
    by_scale: tuple[CountLine, ...]
    by_kategori: tuple[CountLine, ...]
    problems: Problems
    times: ServiceTimes
    generated_at: dt.datetime  # UTC

    @property
    def served(self) -> int:
        return len(self.rows)

    @property
    def timezone(self) -> str:
        return self.office.timezone

    @property
    def zone(self) -> str:
        return zone_label(self.office.timezone)

    @property
    def is_single_visit(self) -> bool:
        return len(self.visits) == 1

    @property
    def is_target_reached(self) -> bool:
        return self.target > 0 and reaches_target(self.served, self.target)

    @property
    def served_percent(self) -> str:
        return format_percent(self.served, self.target)

    @property
    def period_label(self) -> str:
        if self.date_from == self.date_to:
            return format_long_date(self.date_from)
        return f"{format_date(self.date_from)} s.d. {format_date(self.date_to)}"

    @property
    def villages(self) -> tuple[VillagePath, ...]:
        return tuple({v.village.code: v.village for v in self.visits}.values())


# --- building the data --------------------------------------------------------------------------


def village_path(reference: ReferenceLookup, code: str) -> VillagePath:
    """The village and the regions above it; "?" for what the reference data does not know."""

    def name(prefix: str) -> str:
        region = reference.region(prefix)
        return region.name if region is not None else "?"

    village = reference.region(code)
    kind = "Kelurahan" if village is not None and village.level == "kelurahan" else "Desa"
    return VillagePath(
        code=code,
        village=village.name if village is not None else f"kode {code}",
        village_kind=kind,
        kecamatan=name(code[:6]),
        regency=name(code[:4]),
        province=name(code[:2]),
    )


def _scale_key(app: Application) -> BusinessScale | None:
    capital = app.business.capital
    return None if capital is None or capital < 0 else business_scale(capital)


def _kategori(reference: ReferenceLookup, app: Application) -> tuple[str, str]:
    """Letter and title of the main (first) activity's KBLI kategori."""
    if not app.business.activities:
        return NO_KBLI_LETTER, NO_KBLI_TITLE
    kbli = reference.kbli(app.business.activities[0].kbli)
    if kbli is None:
        return "?", UNKNOWN_KBLI_TITLE
    return kbli.kategori, kbli.kategori_title


def _service_times(
    visits: Sequence[Visit],
    by_visit: Mapping[str, list[Application]],
    clock_flags: Mapping[str, str],
) -> ServiceTimes:
    trusted = {
        visit_id: [a.created_at for a in apps if not clock_flags.get(a.id)]
        for visit_id, apps in by_visit.items()
    }
    excluded = sum(len(apps) for apps in by_visit.values()) - sum(map(len, trusted.values()))
    moments = [moment for created in trusted.values() for moment in created]
    if not moments:
        return ServiceTimes(None, None, None, excluded)
    span = dt.timedelta()
    gaps = 0
    for visit in visits:
        created = trusted.get(visit.id, [])
        if len(created) >= 2:
            span += max(created) - min(created)
            gaps += len(created) - 1
    average = span.total_seconds() / 60 / gaps if gaps else None
    return ServiceTimes(min(moments), max(moments), average, excluded)


def build_visit_report(
    *,
    office: Office,
    visits: Sequence[Visit],
    applications: Sequence[Application],
    officers: Iterable[Officer],
    pending_sync_ids: Collection[str],
    policy: DocumentPolicy,
    reference: ReferenceLookup,
    generated_at: dt.datetime,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    clock_flags: Mapping[str, str] | None = None,
    visit_policies: Mapping[str, DocumentPolicy] | None = None,
) -> VisitReportData:
    """The report of ``visits`` (one visit, or every visit of a period) and their applications.

    ``pending_sync_ids`` are the application ids with changes still in the outbox.
    ``policy`` says which documents are missing; ``visit_policies`` overrides it per visit id
    (the server knows the policy each laptop recorded with its visit).
    ``clock_flags`` maps the id of an application whose laptop time is impossible to "past"
    or "future": such applications still count as served, but their times are not trusted
    (listed as a problem, listed last, left out of the service times). The period
    defaults to the visits' dates (``generated_at``'s date in the office zone when there are no
    visits). Raises ValueError for an application of a visit that is not among ``visits``.
    """
    tz = office.timezone
    ordered_visits = sorted(visits, key=lambda v: (v.date, v.village_code, v.id))
    visit_by_id = {v.id: v for v in ordered_visits}
    by_visit: dict[str, list[Application]] = {v.id: [] for v in ordered_visits}
    for app in applications:
        if app.visit_id not in by_visit:
            raise ValueError(f"application {app.id} belongs to visit {app.visit_id}, not reported")
        by_visit[app.visit_id].append(app)
    paths = {v.village_code: village_path(reference, v.village_code) for v in ordered_visits}
    officer_by_id = {o.id: o for o in officers}
    policies = visit_policies or {}

    # Officers present: every member of every visit, once, in the order of the visits.
    member_ids = list(dict.fromkeys(o for v in ordered_visits for o in v.officer_ids))
    known = [officer_by_id[i] for i in member_ids if i in officer_by_id]
    unknown = len(member_ids) - len(known)
    # Officers this side does not know (the server gets ids only) are counted, not named.
    present = tuple(OfficerLine(o.name, ROLE_LABELS[o.role]) for o in known) + (
        (OfficerLine(UNKNOWN_OFFICERS.format(count=unknown), ""),) if unknown else ()
    )
    # The officer who opened a visit is its first member: the team leader.
    leaders = {v.officer_ids[0] for v in ordered_visits if v.officer_ids}
    leader = officer_by_id.get(next(iter(leaders))) if len(leaders) == 1 else None

    flags = {k: v for k, v in (clock_flags or {}).items() if v}
    # Untrusted times last: a clock reset to 1970 would otherwise put them first.
    ordered_apps = sorted(
        applications,
        key=lambda a: (
            a.id in flags,
            a.created_at if a.id not in flags else dt.datetime.min.replace(tzinfo=dt.UTC),
            a.tracking_code,
        ),
    )
    rows: list[ReportRow] = []
    status_counter: Counter[ApplicationStatus] = Counter()
    reason_counter: Counter[tuple[ReasonCode, ApplicationStatus]] = Counter()
    scale_counter: Counter[BusinessScale | None] = Counter()
    kategori_counter: Counter[str] = Counter()
    kategori_titles: dict[str, str] = {}
    incomplete: list[ProblemLine] = []
    overridden: list[ProblemLine] = []
    pending: list[str] = []
    impossible: list[ProblemLine] = []
    for number, app in enumerate(ordered_apps, start=1):
        visit = visit_by_id[app.visit_id]
        status_counter[app.status] += 1
        reason = app.reason_code if app.status in REASON_STATUSES else None
        if reason is not None:
            reason_counter[(reason, app.status)] += 1
        scale = _scale_key(app)
        scale_counter[scale] += 1
        letter, title = _kategori(reference, app)
        kategori_counter[letter] += 1
        kategori_titles[letter] = title
        missing = tuple(
            DOCUMENT_LABELS[DocumentKind(p.field.removeprefix("documents."))]
            for p in missing_documents(policies.get(app.visit_id, policy), app.documents)
        )
        name = app.applicant.full_name
        if missing:
            incomplete.append(ProblemLine(app.tracking_code, name, ", ".join(missing)))
        warnings = tuple(warning_label(a.problem_key) for a in app.acknowledgements)
        for ack, label in zip(app.acknowledgements, warnings, strict=True):
            by = officer_by_id.get(ack.officer_id)
            who = f" (dikonfirmasi {by.name})" if by is not None else ""
            overridden.append(ProblemLine(app.tracking_code, name, label + who))
        is_pending = app.id in pending_sync_ids
        if is_pending:
            pending.append(app.tracking_code)
        flag = flags.get(app.id, "")
        if flag:
            label = CLOCK_FLAG_LABELS.get(flag, CLOCK_FLAG_TIME)
            impossible.append(ProblemLine(app.tracking_code, name, label))
        rows.append(
            ReportRow(
                number=number,
                tracking_code=app.tracking_code,
                masked_nik=mask_nik(app.applicant.nik),
                applicant_name=name,
                business_name=app.business.name,
                kbli_codes=tuple(a.kbli for a in app.business.activities),
                kbli_kategori=letter,
                scale_label=SCALE_LABELS[scale] if scale is not None else NO_CAPITAL_LABEL,
                status=app.status,
                status_label=STATUS_LABELS[app.status],
                reason_label=REASON_SHORT[reason] if reason is not None else "",
                missing_documents=missing,
                acknowledged_warnings=warnings,
                is_sync_pending=is_pending,
                registered_at=app.created_at,
                registered_time=CLOCK_FLAG_TIME if flag else format_time(app.created_at, tz),
                village=paths[visit.village_code].label,
                visit_date=visit.date,
                clock_flag=flag,
            )
        )

    def with_reason(reason: ReasonCode) -> int:
        return sum(reason_counter[(reason, s)] for s in REASON_STATUSES)

    status = StatusCounts(
        draft=status_counter[S.DRAFT],
        ready=status_counter[S.READY],
        queued=status_counter[S.QUEUED],
        received=status_counter[S.RECEIVED],
        in_process=status_counter[S.IN_PROCESS],
        nib_issued=status_counter[S.NIB_ISSUED],
        needs_fix=status_counter[S.NEEDS_FIX],
        rejected=status_counter[S.REJECTED],
        synced=sum(status_counter[s] for s in SYNCED_STATUSES),
        referred_to_dukcapil=with_reason(ReasonCode.NIK_REFUSED),
        has_nib=with_reason(ReasonCode.HAS_NIB),
    )
    reasons = tuple(
        ReasonLine(
            code,
            REASON_LABELS[code],
            reason_counter[(code, S.NEEDS_FIX)],
            reason_counter[(code, S.REJECTED)],
        )
        for code in ReasonCode
        if with_reason(code)
    )
    # Mikro and kecil always show (the program is for them); other lines only when present.
    by_scale = tuple(
        CountLine(scale.value, SCALE_LABELS[scale], scale_counter[scale])
        for scale in BusinessScale
        if scale in (BusinessScale.MICRO, BusinessScale.SMALL) or scale_counter[scale]
    ) + ((CountLine("", NO_CAPITAL_LABEL, scale_counter[None]),) if scale_counter[None] else ())
    by_kategori = tuple(
        CountLine(letter, kategori_titles[letter], kategori_counter[letter])
        for letter in sorted(kategori_counter, key=lambda k: (not k.isalpha(), k))
    )
    lines = tuple(
        VisitLine(
            visit_id=v.id,
            date=v.date,
            village=paths[v.village_code],
            state=v.state,
            target=v.target,
            served=len(by_visit[v.id]),
        )
        for v in ordered_visits
    )
    today = generated_at.astimezone(ZoneInfo(tz)).date()
    start = date_from or (ordered_visits[0].date if ordered_visits else today)
    end = date_to or (ordered_visits[-1].date if ordered_visits else start)
    return VisitReportData(
        office=office,
        date_from=start,
        date_to=end,
        visits=lines,
        officers=present,
        team_leader=leader.name if leader is not None else "",
        target=sum(v.target for v in ordered_visits),
        rows=tuple(rows),
        status=status,
        reasons=reasons,
        by_scale=by_scale,
        by_kategori=by_kategori,
        problems=Problems(tuple(incomplete), tuple(overridden), tuple(pending), tuple(impossible)),
        times=_service_times(ordered_visits, by_visit, flags),
        generated_at=generated_at,
    )


def status_lines(counts: StatusCounts) -> list[tuple[str, int, bool]]:
    """(label, count, is_derived) in report order; derived lines overlap the status lines."""
    lines = [(STATUS_LABELS[s], n, False) for s, n in counts.by_status().items()]
    return [
        *lines,
        (SYNCED_LABEL, counts.synced, True),
        (DUKCAPIL_LABEL, counts.referred_to_dukcapil, True),
        (HAS_NIB_LABEL, counts.has_nib, True),
    ]


# --- the PDF ------------------------------------------------------------------------------------

FONT_DIR: Final = bundled_font_dir()
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X: Final = 13 * mm
MARGIN_TOP: Final = 18 * mm
MARGIN_BOTTOM: Final = 16 * mm
FRAME_PADDING: Final = 6  # points; platypus frames pad their content on every side
TEXT_X: Final = MARGIN_X + FRAME_PADDING  # where text starts, about 15 mm from the edge
CONTENT_WIDTH: Final = PAGE_WIDTH - 2 * TEXT_X

INK: Final = colors.HexColor("#1f2933")
MUTED: Final = colors.HexColor("#52606d")
RULE: Final = colors.HexColor("#9aa5b1")
HEAD_FILL: Final = colors.HexColor("#e4e7eb")
ZEBRA: Final = colors.HexColor("#f5f7fa")
REACHED: Final = colors.HexColor("#2f855a")
SHORT: Final = colors.HexColor("#c05621")
TRACK: Final = colors.HexColor("#e4e7eb")
STATUS_COLOURS: Final = {
    S.DRAFT: colors.HexColor("#9aa5b1"),
    S.READY: colors.HexColor("#4098d7"),
    S.QUEUED: colors.HexColor("#f0b429"),
    S.RECEIVED: colors.HexColor("#2186eb"),
    S.IN_PROCESS: colors.HexColor("#7c5e10"),
    S.NIB_ISSUED: colors.HexColor("#2f855a"),
    S.NEEDS_FIX: colors.HexColor("#c05621"),
    S.REJECTED: colors.HexColor("#ba2525"),
}

TABLE_HEADER: Final = (
    "No",
    "Kode pelacakan",
    "NIK",
    "Nama pemohon",
    "Nama usaha",
    "KBLI",
    "Status",
    "Dokumen kurang",
)
# Relative column widths of the applicant list, scaled to the content width.
_TABLE_WIDTHS: Final = (8, 21, 27, 29, 29, 12, 29, 25)


# Shared with the receipts (fieldkit.fonts): DejaVu shipped in resources/fonts, else Helvetica.
_Fonts = PdfFonts


def _fonts(folder: Path = FONT_DIR) -> _Fonts:
    """DejaVu Sans (Indonesian text, the "•" of masked NIKs) if its files are there."""
    return pdf_fonts(folder)


class _Styles:
    def __init__(self, fonts: _Fonts) -> None:
        def style(name: str, **kw: Any) -> ParagraphStyle:
            base: dict[str, Any] = {"fontName": fonts.regular, "fontSize": 9, "leading": 11.5}
            base["textColor"] = INK
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.title = style(
            "title", fontName=fonts.bold, fontSize=14, leading=17, alignment=TA_CENTER
        )
        self.subtitle = style("subtitle", fontSize=10, leading=13, alignment=TA_CENTER)
        self.heading = style(
            "heading", fontName=fonts.bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4
        )
        self.body = style("body")
        self.small = style("small", fontSize=8, leading=10, textColor=MUTED)
        self.cell = style("cell", fontSize=8.5, leading=10.5)
        self.cell_right = style("cell_right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
        self.cell_bold = style("cell_bold", fontName=fonts.bold, fontSize=8.5, leading=10.5)
        self.row = style("row", fontName=fonts.narrow, fontSize=7.5, leading=9)
        self.row_head = style("row_head", fontName=fonts.narrow_bold, fontSize=7.5, leading=9)
        self.problem = style("problem", fontSize=8, leading=10, leftIndent=8, bulletIndent=0)
        self.sign = style("sign", alignment=TA_CENTER)
        self.fonts = fonts


def _t(text: str) -> str:
    """Plain text made safe for paragraph markup."""
    return escape(text)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Draws "Halaman X dari Y" once the page count is known (all pages are kept until save)."""

    footer_left = ""
    font = "Helvetica"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name (camelCase overrides a library method)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(self.font, 7.5)
            self.setFillColor(MUTED)
            self.drawString(TEXT_X, 9 * mm, self.footer_left)
            self.drawRightString(
                PAGE_WIDTH - TEXT_X, 9 * mm, f"Halaman {self._pageNumber} dari {total}"
            )
            super().showPage()
        super().save()


def _canvas_class(footer_left: str, font: str) -> type[_NumberedCanvas]:
    return type("_ReportCanvas", (_NumberedCanvas,), {"footer_left": footer_left, "font": font})


def _grid(data: list[list[Any]], widths: Sequence[float], *, header: bool = True) -> Table:
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    table.setStyle(TableStyle(commands))
    return table


def _target_bar(data: VisitReportData, fonts: _Fonts) -> Drawing:
    """Served against target: a filled bar on a track, with a marker at the target."""
    width, height = CONTENT_WIDTH, 16 * mm
    drawing = Drawing(width, height)
    label = f"{data.served} pemohon ({data.served_percent})"
    # The track ends where the label (measured in its own font) still fits inside the page.
    label_w = pdfmetrics.stringWidth(label, fonts.bold, 8.5)
    left, right = 0.0, width - label_w - 3 * mm
    track_w = right - left
    scale_max = max(data.target, data.served, 1) * 1.1
    bar_y, bar_h = 5 * mm, 6 * mm
    drawing.add(Rect(left, bar_y, track_w, bar_h, fillColor=TRACK, strokeColor=None))
    served_w = track_w * data.served / scale_max
    colour = REACHED if data.is_target_reached else SHORT
    if served_w > 0:
        drawing.add(Rect(left, bar_y, served_w, bar_h, fillColor=colour, strokeColor=None))
    if data.target > 0:
        x = left + track_w * data.target / scale_max
        drawing.add(Line(x, bar_y - 1.5 * mm, x, bar_y + bar_h + 1.5 * mm, strokeWidth=1.4))
        mark = f"target {target_label(data.target)}"
        half = pdfmetrics.stringWidth(mark, fonts.regular, 7.5) / 2
        drawing.add(
            String(
                min(max(x, left + half), right - half),  # never past either end of the track
                0.3 * mm,
                mark,
                fontName=fonts.regular,
                fontSize=7.5,
                textAnchor="middle",
                fillColor=INK,
            )
        )
    drawing.add(
        String(
            right + 3 * mm,
            bar_y + 1.6 * mm,
            label,
            fontName=fonts.bold,
            fontSize=8.5,
            fillColor=INK,
        )
    )
    return drawing


def _status_chart(data: VisitReportData, fonts: _Fonts, width: float) -> Drawing:
    """Applications by status as horizontal bars, one per status, counts at the bar ends."""
    counts = data.status.by_status()
    statuses = list(counts)
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_w = 27 * mm
    chart.x, chart.y = label_w, 4 * mm
    chart.width, chart.height = width - label_w - 10 * mm, height - 8 * mm
    # Top to bottom in table order: the category axis runs upward, so reverse it.
    values = [counts[s] for s in reversed(statuses)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [STATUS_LABELS[s] for s in reversed(statuses)]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    peak = max(values) if values else 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(peak, 1)
    chart.valueAxis.visible = False
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 3
    for i, status in enumerate(reversed(statuses)):
        chart.bars[(0, i)].fillColor = STATUS_COLOURS[status]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.bold
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def header_lines(data: VisitReportData) -> list[tuple[str, str]]:
    """The report's header as label/value pairs: the PDF's table and the server's page."""
    villages = data.villages

    def join(values: Iterable[str]) -> str:
        return ", ".join(dict.fromkeys(values)) or "-"

    if not villages:
        village = "- (tidak ada kunjungan pada periode ini)"
    elif len(villages) == 1:
        village = villages[0].label
    else:
        village = f"{len(villages)} desa/kelurahan: " + ", ".join(v.label for v in villages)
    officers = ", ".join(
        f"{o.name} ({o.role_label})" if o.role_label else o.name for o in data.officers
    )
    return [
        ("Kantor", data.office.name + (f", {data.office.address}" if data.office.address else "")),
        ("Desa/Kelurahan", village),
        ("Kecamatan", join(v.kecamatan for v in villages)),
        ("Kabupaten/Kota", join(v.regency for v in villages)),
        ("Provinsi", join(v.province for v in villages)),
        ("Tanggal", data.period_label),
        ("Petugas hadir", officers or "-"),
        ("Status kunjungan", join(VISIT_STATE_LABELS[v.state] for v in data.visits)),
    ]


def _header_table(data: VisitReportData, s: _Styles) -> Table:
    rows = header_lines(data)
    table = Table(
        [[Paragraph(_t(k), s.cell_bold), Paragraph(_t(v), s.cell)] for k, v in rows],
        colWidths=[34 * mm, CONTENT_WIDTH - 34 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            ]
        )
    )
    return table


def _status_block(data: VisitReportData, s: _Styles) -> Table:
    total = data.served
    body: list[list[Any]] = [
        [
            Paragraph("<b>Status</b>", s.cell),
            Paragraph("<b>Jumlah</b>", s.cell_right),
            Paragraph("<b>%</b>", s.cell_right),
        ]
    ]
    derived_from = 0
    for label, count, is_derived in status_lines(data.status):
        if is_derived and not derived_from:
            derived_from = len(body)
        style = s.cell
        text = f"<i>{_t(label)}</i>" if is_derived else _t(label)
        body.append(
            [
                Paragraph(text, style),
                Paragraph(str(count), s.cell_right),
                Paragraph(format_percent(count, total), s.cell_right),
            ]
        )
    body.insert(
        derived_from,
        [
            Paragraph("<b>Jumlah pemohon</b>", s.cell),
            Paragraph(f"<b>{total}</b>", s.cell_right),
            Paragraph(f"<b>{format_percent(total, total)}</b>", s.cell_right),
        ],
    )
    widths = [52 * mm, 18 * mm, 18 * mm]
    table = _grid(body, widths)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, derived_from), (-1, derived_from), ZEBRA),
                ("LINEABOVE", (0, derived_from + 1), (-1, derived_from + 1), 1.0, INK),
            ]
        )
    )
    chart = _status_chart(data, s.fonts, CONTENT_WIDTH - sum(widths) - 4 * mm)
    outer = Table([[table, chart]], colWidths=[sum(widths) + 4 * mm, None], hAlign="LEFT")
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


def _count_table(
    title: str, lines: Sequence[CountLine], total: int, s: _Styles, *, with_key: bool = False
) -> Table:
    head = [
        Paragraph(f"<b>{_t(title)}</b>", s.cell),
        Paragraph("<b>Jumlah</b>", s.cell_right),
        Paragraph("<b>%</b>", s.cell_right),
    ]
    body: list[list[Any]] = [head]
    for line in lines:
        label = f"{line.key} · {line.label}" if with_key and line.key else line.label
        body.append(
            [
                Paragraph(_t(label), s.cell),
                Paragraph(str(line.count), s.cell_right),
                Paragraph(format_percent(line.count, total), s.cell_right),
            ]
        )
    if len(body) == 1:
        body.append([Paragraph("Tidak ada pemohon.", s.cell), "", ""])
    return _count_grid(body, wide=with_key)


def _count_grid(body: list[list[Any]], *, wide: bool) -> Table:
    first = (CONTENT_WIDTH - 36 * mm) if wide else 52 * mm
    return _grid(body, [first, 18 * mm, 18 * mm])


def _reasons_table(data: VisitReportData, s: _Styles) -> Table:
    body: list[list[Any]] = [
        [
            Paragraph("<b>Alasan</b>", s.cell),
            Paragraph("<b>Perlu perbaikan</b>", s.cell_right),
            Paragraph("<b>Ditolak</b>", s.cell_right),
            Paragraph("<b>Jumlah</b>", s.cell_right),
        ]
    ]
    for line in data.reasons:
        body.append(
            [
                Paragraph(_t(line.label), s.cell),
                Paragraph(str(line.needs_fix), s.cell_right),
                Paragraph(str(line.rejected), s.cell_right),
                Paragraph(str(line.total), s.cell_right),
            ]
        )
    if data.reasons:
        body.append(
            [
                Paragraph("<b>Jumlah</b>", s.cell),
                Paragraph(f"<b>{data.status.needs_fix}</b>", s.cell_right),
                Paragraph(f"<b>{data.status.rejected}</b>", s.cell_right),
                Paragraph(f"<b>{data.status.needs_fix + data.status.rejected}</b>", s.cell_right),
            ]
        )
    else:
        body.append(
            [
                Paragraph("Tidak ada permohonan yang perlu diperbaiki atau ditolak.", s.cell),
                "",
                "",
                "",
            ]
        )
    return _grid(body, [CONTENT_WIDTH - 3 * 26 * mm, 26 * mm, 26 * mm, 26 * mm])


def _visits_table(data: VisitReportData, s: _Styles) -> Table:
    body: list[list[Any]] = [
        [Paragraph(f"<b>{h}</b>", s.cell) for h in ("Tanggal", "Desa/Kelurahan", "Kecamatan")]
        + [Paragraph(f"<b>{h}</b>", s.cell_right) for h in ("Pemohon", "Target", "%")]
    ]
    for v in data.visits:
        body.append(
            [
                Paragraph(format_date(v.date), s.cell),
                Paragraph(_t(v.village.label), s.cell),
                Paragraph(_t(v.village.kecamatan), s.cell),
                Paragraph(str(v.served), s.cell_right),
                Paragraph(_t(target_label(v.target)), s.cell_right),
                Paragraph(format_percent(v.served, v.target), s.cell_right),
            ]
        )
    rest = CONTENT_WIDTH - 30 * mm - 3 * 17 * mm
    return _grid(body, [30 * mm, rest * 0.55, rest * 0.45, 17 * mm, 17 * mm, 17 * mm])


def _problems(data: VisitReportData, s: _Styles) -> list[Any]:
    p = data.problems
    out: list[Any] = [
        Paragraph("6. Masalah yang perlu ditindaklanjuti", s.heading),
        Paragraph(f"<b>Dokumen belum lengkap:</b> {len(p.incomplete_documents)} pemohon", s.body),
    ]
    # Grouped by what is missing: one line per combination, with the tracking codes, so a
    # day of hundreds stays short (the applicant list shows each person's missing documents).
    groups: dict[str, list[str]] = {}
    for line in p.incomplete_documents:
        groups.setdefault(line.detail, []).append(line.tracking_code)
    out += [
        Paragraph(
            f"<b>{_t(detail)}</b> ({len(codes)}): {_t(', '.join(codes))}",
            s.problem,
            bulletText="•",
        )
        for detail, codes in groups.items()
    ]
    out.append(
        Paragraph(
            f"<b>Peringatan validasi yang dikonfirmasi petugas:</b> {len(p.overridden_warnings)} "
            f"peringatan pada {p.overridden_applications} pemohon",
            s.body,
        )
    )
    out += [
        Paragraph(
            f"{_t(line.tracking_code)} · {_t(line.applicant_name)}: {_t(line.detail)}",
            s.problem,
            bulletText="•",
        )
        for line in p.overridden_warnings
    ]
    out.append(
        Paragraph(f"<b>Belum tersinkron ke server:</b> {len(p.sync_pending)} pemohon", s.body)
    )
    if p.sync_pending:
        out.append(Paragraph(_t(", ".join(p.sync_pending)), s.problem))
    out.append(
        Paragraph(
            f"<b>Jam laptop tidak wajar:</b> {len(p.impossible_times)} pemohon "
            "(waktunya tidak dipakai; periksa jam laptop)",
            s.body,
        )
    )
    out += [
        Paragraph(
            f"{_t(line.tracking_code)} · {_t(line.applicant_name)}: {_t(line.detail)}",
            s.problem,
            bulletText="•",
        )
        for line in p.impossible_times
    ]
    return out


def _times(data: VisitReportData, s: _Styles) -> list[Any]:
    t = data.times
    zone = data.zone
    multi_day = data.date_from != data.date_to

    def moment(value: dt.datetime | None) -> str:
        if value is None:
            return "-"
        local = value.astimezone(ZoneInfo(data.timezone))
        day = f"{format_date(local.date())}, " if multi_day else ""
        return f"{day}{local:%H.%M} {zone}"

    average = f"{format_decimal(t.average_minutes)} menit" if t.average_minutes is not None else "-"
    rows = [
        ("Pendaftaran pertama", moment(t.first)),
        ("Pendaftaran terakhir", moment(t.last)),
        ("Rata-rata per pemohon¹", average),
    ]
    if t.excluded:
        rows.append(("Tidak dihitung (jam laptop tidak wajar)", f"{t.excluded} pemohon"))
    table = _grid(
        [[Paragraph(_t(k), s.cell), Paragraph(_t(v), s.cell)] for k, v in rows],
        [52 * mm, 60 * mm],
        header=False,
    )
    return [Paragraph("7. Waktu layanan", s.heading), table]


def _signatures(data: VisitReportData, s: _Styles) -> KeepTogether:
    leader = _t(data.team_leader) if data.team_leader else "." * 40
    place_date = f"Dibuat tanggal {format_date(data.date_to)}"
    blocks = [
        [
            Paragraph("Ketua Tim", s.sign),
            Paragraph("Mengetahui,<br/>Supervisor / Kepala Bidang", s.sign),
        ],
        [Spacer(1, 20 * mm), Spacer(1, 20 * mm)],
        [Paragraph(f"( {leader} )", s.sign), Paragraph(f"( {'.' * 40} )", s.sign)],
        [Paragraph("NIP. " + "." * 30, s.sign), Paragraph("NIP. " + "." * 30, s.sign)],
    ]
    table = Table(blocks, colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return KeepTogether(
        [
            Paragraph("8. Pengesahan", s.heading),
            Paragraph(_t(place_date), s.body),
            Spacer(1, 3 * mm),
            table,
        ]
    )


def _notes(data: VisitReportData, s: _Styles) -> list[Any]:
    notes = [
        "¹ Rata-rata menit per pemohon = (waktu pendaftaran terakhir − pertama) ÷ (jumlah "
        "pemohon − 1) per kunjungan; untuk beberapa kunjungan, selisih waktu dan jumlah jeda "
        "dijumlahkan dulu. Perlu minimal 2 pemohon dalam satu kunjungan. Pemohon dengan jam "
        "laptop tidak wajar (terlalu lampau atau di masa depan) tidak dihitung.",
        f"Waktu dalam {data.zone} (zona waktu kantor). Target tercapai bila jumlah pemohon "
        "lebih dari target (program jemput bola: lebih dari 15 pemohon per desa); persentase "
        "= pemohon ÷ target.",
        "Tersinkron = sudah diterima server (status Diterima kantor atau sesudahnya). Dirujuk "
        "ke Dukcapil dan Sudah memiliki NIB dihitung dari alasan status Perlu perbaikan atau "
        "Ditolak, dan sudah termasuk dalam jumlah per status.",
        "Kategori KBLI menurut kegiatan usaha utama (KBLI pertama) tiap pemohon. NIK ditampilkan "
        "tersamar sesuai UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
    ]
    return [Paragraph("Catatan", s.heading), *(Paragraph(_t(n), s.small) for n in notes)]


def _applicant_table(data: VisitReportData, s: _Styles) -> LongTable:
    head = [Paragraph(h, s.row_head) for h in TABLE_HEADER]
    body: list[list[Any]] = [head]
    for row in data.rows:
        status = _t(row.status_label)
        if row.reason_label:
            status += f"<br/>({_t(row.reason_label)})"
        if row.has_impossible_time:
            status += f"<br/><i>({CLOCK_FLAG_TIME})</i>"
        body.append(
            [
                str(row.number),
                row.tracking_code,
                row.masked_nik,
                Paragraph(_t(row.applicant_name), s.row),
                Paragraph(_t(row.business_name), s.row),
                Paragraph(_t(", ".join(row.kbli_codes)) or "-", s.row),
                Paragraph(status, s.row),
                Paragraph(_t(", ".join(row.missing_documents)) or "-", s.row),
            ]
        )
    if len(body) == 1:
        body.append([Paragraph("Belum ada pemohon.", s.row), "", "", "", "", "", "", ""])
    table = LongTable(
        body,
        colWidths=[CONTENT_WIDTH * w / sum(_TABLE_WIDTHS) for w in _TABLE_WIDTHS],
        repeatRows=1,
    )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 1), (2, -1), s.fonts.narrow, 7.5),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]
    if len(data.rows) == 0:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def _story(data: VisitReportData, s: _Styles) -> list[Any]:
    story: list[Any] = [
        # A period (the office's month on the server, a range on the laptop) is no "daily" report.
        Paragraph(
            "LAPORAN HARIAN KUNJUNGAN JEMPUT BOLA"
            if data.date_from == data.date_to
            else "LAPORAN KUNJUNGAN JEMPUT BOLA",
            s.title,
        ),
        Paragraph("Pendaftaran NIB Usaha Mikro dan Kecil", s.subtitle),
        Spacer(1, 4 * mm),
        _header_table(data, s),
        Paragraph("1. Capaian target", s.heading),
    ]
    if data.target > 0:
        verdict = "tercapai" if data.is_target_reached else "belum tercapai"
        story.append(
            Paragraph(
                f"Dilayani <b>{data.served}</b> pemohon dari target "
                f"<b>{_t(target_label(data.target))}</b> "
                f"(<b>{data.served_percent}</b>): target {verdict}.",
                s.body,
            )
        )
    else:
        story.append(Paragraph("Tidak ada kunjungan (dan target) pada periode ini.", s.body))
    story.append(_target_bar(data, s.fonts))
    if len(data.visits) > 1:
        story += [Spacer(1, 2 * mm), _visits_table(data, s)]
    # Each numbered section keeps its heading with its table on one page.
    story += [
        KeepTogether(
            [Paragraph("2. Jumlah pemohon per status", s.heading), _status_block(data, s)]
        ),
        KeepTogether(
            [
                Paragraph("3. Alasan perlu perbaikan dan penolakan", s.heading),
                _reasons_table(data, s),
            ]
        ),
        KeepTogether(
            [
                Paragraph("4. Skala usaha", s.heading),
                _count_table("Skala", data.by_scale, data.served, s),
            ]
        ),
        KeepTogether(
            [
                Paragraph("5. Kategori KBLI (kegiatan utama)", s.heading),
                _count_table("Kategori", data.by_kategori, data.served, s, with_key=True),
            ]
        ),
        CondPageBreak(30 * mm),
        *_problems(data, s),
        KeepTogether(_times(data, s)),
        _signatures(data, s),
        *_notes(data, s),
        PageBreak(),
        Paragraph(f"Lampiran: Daftar pemohon ({data.served})", s.heading),
        _applicant_table(data, s),
    ]
    return story


def a4_document(out: io.BytesIO, *, title: str, author: str, subject: str) -> SimpleDocTemplate:
    """An A4 page template with the reports' margins and PDF metadata."""
    return SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="fieldkit",
    )


def render_visit_report_pdf(data: VisitReportData) -> bytes:
    """The report as an A4 PDF in Indonesian."""
    fonts = _fonts()
    styles = _Styles(fonts)
    places = ", ".join(v.village for v in data.villages) or "-"
    running = f"Laporan kunjungan · {places} · {data.period_label}"
    made = data.generated_at.astimezone(ZoneInfo(data.timezone))
    printed = f"{data.office.name} · dibuat {format_date(made.date())} {made:%H.%M} {data.zone}"
    out = io.BytesIO()
    doc = a4_document(
        out,
        title=f"Laporan kunjungan {places} {data.period_label}",
        author=data.office.name,
        subject="Laporan harian kunjungan jemput bola",
    )

    def later_page(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(TEXT_X, PAGE_HEIGHT - 10 * mm, running[:150])
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(TEXT_X, PAGE_HEIGHT - 11.5 * mm, PAGE_WIDTH - TEXT_X, PAGE_HEIGHT - 11.5 * mm)
        canvas.restoreState()

    doc.build(
        _story(data, styles),
        onLaterPages=later_page,
        canvasmaker=_canvas_class(printed, fonts.regular),
    )
    return out.getvalue()
