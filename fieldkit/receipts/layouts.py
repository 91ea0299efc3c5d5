"""The printed receipt (tanda terima) as a one-page PDF: 58 mm and 80 mm thermal rolls, A6 on A4.

A receipt is drawn from :class:`ReceiptData`, display values only: the caller masks the NIK,
formats the date in the office's zone and builds the QR payload; nothing here reads the
store. Everything is black on white (thermal printers print nothing else), the tracking code
is the largest text on the page, and the QR code is at least 34 mm wide.

A thermal roll page is exactly as tall as its content; the A6 receipt sits in the top-left
quarter of an A4 sheet with dashed cut lines, and its text shrinks a little if it would
not fit (many KBLI codes or documents), or, past that, runs longer than A6 rather than being
cut off.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from fieldkit.domain.dates import format_date
from fieldkit.domain.privacy import MASK
from fieldkit.fonts import PdfFonts, bundled_font_dir, pdf_fonts
from fieldkit.receipts.payload import QrSymbol, encode_qr_text

FONT_DIR = bundled_font_dir()
QUIET_ZONE_MODULES = 4  # the QR specification's minimum margin, included in the QR width

FREE_OF_CHARGE = "Layanan ini GRATIS, tidak dipungut biaya apa pun."
PRIVACY_NOTICE = (
    "Data pribadi Anda dilindungi UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi dan "
    "hanya dipakai untuk perizinan berusaha."
)
NEXT_STEPS = (
    "Data Anda dikirim ke kantor DPMPTSP dan didaftarkan ke sistem OSS. Bila NIB sudah terbit "
    "atau ada data yang perlu diperbaiki, petugas menghubungi Anda lewat nomor HP yang "
    "didaftarkan."
)
_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}


class Layout(enum.StrEnum):
    ROLL_58 = "58mm"
    ROLL_80 = "80mm"
    A6 = "a6"


LAYOUT_LABELS: dict[Layout, str] = {
    Layout.ROLL_58: "Kertas thermal 58 mm",
    Layout.ROLL_80: "Kertas thermal 80 mm",
    Layout.A6: "A6 pada kertas A4",
}


@dataclass(frozen=True, slots=True)
class ReceiptData:
    """What a receipt shows, as display text. Never holds the full NIK."""

    office_name: str
    office_address: str
    office_phone: str
    complaint_contact: str
    village: str  # "Kelurahan Pondok Rajeg"
    kecamatan: str  # "Kecamatan Cibinong"
    regency: str  # "Kabupaten Bogor"
    issued_at: str  # "Rabu, 25 November 2026, 09.00 WIB" (office zone)
    officer_name: str
    tracking_code: str  # display form, "ABCDE-23456"
    applicant_name: str
    masked_nik: str  # "3201••••••••0003"
    business_name: str
    kbli: tuple[tuple[str, str], ...]  # (code, title)
    documents: tuple[str, ...]  # labels of the documents received
    status_url: str  # the address to type by hand; "" while the office has no status page
    qr_payload: str  # the exact QR content
    printed_at: str = ""  # when this copy was printed, shown on a SALINAN
    printed_by: str = ""  # who printed this copy, shown on a SALINAN


def format_moment(moment: dt.datetime, timezone: str) -> str:
    """``Rabu, 25 November 2026, 09.00 WIB``: a UTC moment in the office's zone, in Indonesian."""
    local = moment.astimezone(ZoneInfo(timezone))
    offset = local.utcoffset()
    hours = None if offset is None else offset.total_seconds() / 3600
    zone = _ZONES.get(int(hours)) if hours is not None and hours.is_integer() else None
    return (
        f"{_DAYS[local.weekday()]}, {format_date(local.date())}, "
        f"{local:%H.%M} {zone or local.tzname() or timezone}"
    )


# --- fonts --------------------------------------------------------------------------------------


# Shared with the daily report (fieldkit.fonts): DejaVu shipped in resources/fonts, or the PDF
# standard fonts, which print "*" for the NIK mask.
_Fonts = PdfFonts


def _fonts(folder: Path | None = None) -> _Fonts:
    """DejaVu (wide Unicode coverage) when its files are there, else the PDF standard fonts."""
    return pdf_fonts(folder or FONT_DIR)


# --- page geometry ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Spec:
    page_width: float
    content_width: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    body: float  # body font size, points
    code: float  # largest tracking-code font size
    qr: float  # QR width with quiet zone
    fixed_height: float | None  # the A6 area's height; None for a roll


_SPECS: dict[Layout, _Spec] = {
    # 58 mm paper prints about 48 mm wide.
    Layout.ROLL_58: _Spec(58 * mm, 48 * mm, 5 * mm, 3 * mm, 12 * mm, 8.0, 22.0, 38 * mm, None),
    # 80 mm paper prints about 72 mm wide.
    Layout.ROLL_80: _Spec(80 * mm, 72 * mm, 4 * mm, 3 * mm, 12 * mm, 9.5, 30.0, 42 * mm, None),
    Layout.A6: _Spec(A4[0], 91 * mm, 7 * mm, 7 * mm, 6 * mm, 8.5, 24.0, 38 * mm, 148 * mm),
}
_A6_WIDTH = 105 * mm
_MIN_SCALE = 0.78


class _QrFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The QR code drawn as filled squares (vector: sharp at any printer resolution)."""

    def __init__(self, symbol: QrSymbol, width: float) -> None:
        super().__init__()
        self._symbol = symbol
        self._width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self._width, self._width

    def draw(self) -> None:
        symbol = self._symbol
        module = self._width / (symbol.size + 2 * QUIET_ZONE_MODULES)
        origin = QUIET_ZONE_MODULES * module
        path = self.canv.beginPath()
        for row_index, row in enumerate(symbol.modules):
            y = self._width - origin - (row_index + 1) * module
            start: int | None = None
            for col, dark in enumerate((*row, False)):  # the sentinel closes a run at the edge
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    path.rect(origin + start * module, y, (col - start) * module, module)
                    start = None
        self.canv.drawPath(path, stroke=0, fill=1)


class _Styles:
    def __init__(self, fonts: _Fonts, size: float) -> None:
        def style(name: str, **kw: object) -> ParagraphStyle:
            base: dict[str, object] = {
                "fontName": fonts.regular,
                "fontSize": size,
                "leading": size * 1.22,
                "alignment": TA_LEFT,
            }
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.body = style("body")
        self.small = style("small", fontSize=size * 0.86, leading=size * 0.86 * 1.2)
        self.center = style("center", alignment=TA_CENTER)
        self.small_center = style(
            "small_center", fontSize=size * 0.86, leading=size * 0.86 * 1.2, alignment=TA_CENTER
        )
        self.office = style(
            "office",
            fontName=fonts.bold,
            fontSize=size * 1.2,
            leading=size * 1.2 * 1.18,
            alignment=TA_CENTER,
        )
        self.title = style(
            "title",
            fontName=fonts.bold,
            fontSize=size * 1.45,
            leading=size * 1.45 * 1.15,
            alignment=TA_CENTER,
        )
        self.heading = style("heading", fontName=fonts.bold, spaceBefore=size * 0.3)
        self.bullet = style("bullet", leftIndent=size * 1.0, bulletIndent=size * 0.2)
        self.hanging = style("hanging", leftIndent=size * 1.0, firstLineIndent=-size * 1.0)
        self.boxed = style(
            "boxed",
            fontName=fonts.bold,
            fontSize=size * 1.05,
            leading=size * 1.3,
            alignment=TA_CENTER,
        )
        self.copy = style(
            "copy",
            fontName=fonts.bold,
            fontSize=size * 2.4,
            leading=size * 2.6,
            alignment=TA_CENTER,
        )


def _text(value: str, fonts: _Fonts) -> str:
    """Escape for reportlab's paragraph markup; swap the mask glyph the fallback font lacks."""
    if not fonts.has_mask_glyph:
        value = value.replace(MASK, "*")
    return escape(value)


def _boxed(content: Sequence[Flowable], width: float, *, line: float, pad: float) -> Table:
    table = Table([[list(content)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), line, "black"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    return table


def _one_line(
    text: str, font: str, width: float, largest: float, *, alignment: int = TA_CENTER
) -> Paragraph:
    """``text`` on one line, as large as fits ``width`` up to ``largest`` points.

    For what is read out or typed symbol by symbol (the tracking code, the status address),
    where a line break would be misread.
    """
    size = min(largest, 0.97 * width / pdfmetrics.stringWidth(text, font, 1))
    style = ParagraphStyle(
        "one_line", fontName=font, fontSize=size, leading=size * 1.15, alignment=alignment
    )
    return Paragraph(escape(text), style)


def _typed_address(url: str) -> str:
    """The address as a person types it: browsers add "https://", and leaving it out makes
    room for a larger font on a 58 mm roll."""
    return url.removeprefix("https://")


def _rule(size: float) -> HRFlowable:
    return HRFlowable(
        width="100%",
        thickness=0.8,
        color="black",
        dash=(2, 2),
        spaceBefore=size * 0.45,
        spaceAfter=size * 0.45,
    )


def _flowables(
    data: ReceiptData,
    layout: Layout,
    spec: _Spec,
    fonts: _Fonts,
    qr_symbol: QrSymbol,
    *,
    scale: float,
    copy: bool,
) -> list[Flowable]:
    size = spec.body * scale
    s = _Styles(fonts, size)
    width = spec.content_width

    def t(value: str) -> str:
        return _text(value, fonts)

    def line(label: str, value: str, style: ParagraphStyle = s.body) -> Paragraph:
        return Paragraph(f"{t(label)}: <b>{t(value)}</b>", style)

    out: list[Flowable] = [Paragraph(t(data.office_name), s.office)]
    if data.office_address:
        out.append(Paragraph(t(data.office_address), s.small_center))
    if data.office_phone:
        out.append(Paragraph(t(f"Telp. {data.office_phone}"), s.small_center))
    out.append(_rule(size))
    out.append(Paragraph("TANDA TERIMA", s.title))
    out.append(Paragraph(t("Pendaftaran NIB – Layanan Jemput Bola"), s.center))
    if copy:
        note = "Dicetak ulang"
        if data.printed_at:
            note += f" {data.printed_at}"
        if data.printed_by:
            note += f" oleh {data.printed_by}"
        out.append(Spacer(1, size * 0.5))
        out.append(
            _boxed(
                [
                    Paragraph("SALINAN", s.copy),
                    Paragraph(t(note + ". Tanda terima asli tetap berlaku."), s.small_center),
                ],
                width,
                line=2.2,
                pad=size * 0.5,
            )
        )
    out.append(Spacer(1, size * 0.6))

    qr_caption = Paragraph(t("Pindai untuk cek status"), s.small_center)
    place = [
        line("Tempat", f"{data.village}, {data.kecamatan}, {data.regency}"),
        line("Tanggal", data.issued_at),
        line("Petugas", data.officer_name),
    ]
    if layout is Layout.A6:
        # Side by side: the QR code on the left, code, place and date on the right.
        right_width = width - spec.qr - 3 * mm
        right: list[Flowable] = [
            Paragraph("Kode pelacakan", s.body),
            _one_line(
                data.tracking_code, fonts.mono, right_width, spec.code * scale, alignment=TA_LEFT
            ),
            Spacer(1, size * 0.3),
            *place,
        ]
        table = Table(
            [[[_QrFlowable(qr_symbol, spec.qr), qr_caption], right]],
            colWidths=[spec.qr + 3 * mm, right_width],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        out.append(table)
    else:
        out.append(Paragraph("Kode pelacakan", s.center))
        out.append(_one_line(data.tracking_code, fonts.mono, width, spec.code * scale))
        out.append(Spacer(1, size * 0.3))
        qr = _QrFlowable(qr_symbol, spec.qr)
        qr.hAlign = "CENTER"
        out.append(qr)
        out.append(qr_caption)
        out.append(_rule(size))
        out.extend(place)
    out.append(_rule(size))

    out.append(line("Nama pemohon", data.applicant_name))
    out.append(line("NIK", data.masked_nik))
    out.append(line("Nama usaha", data.business_name))
    for code, title in data.kbli:
        out.append(Paragraph(f"KBLI <b>{t(code)}</b> – {t(title)}", s.hanging))
    out.append(Paragraph("Dokumen yang diterima:", s.body))
    if data.documents:
        for label in data.documents:
            out.append(Paragraph(t(label), s.bullet, bulletText="–"))
    else:
        out.append(Paragraph(t("tidak ada dokumen yang diserahkan"), s.bullet, bulletText="–"))
    out.append(_rule(size))

    out.append(Paragraph("Langkah selanjutnya", s.heading))
    out.append(Paragraph(t(NEXT_STEPS), s.body))
    out.append(Paragraph("Cara cek status", s.heading))
    if data.status_url:
        out.append(
            Paragraph(
                t("Pindai kode QR dengan kamera HP, atau ketik alamat ini di browser:"), s.body
            )
        )
        out.append(
            _one_line(
                _typed_address(data.status_url), fonts.narrow_bold, width, size, alignment=TA_LEFT
            )
        )
    else:
        out.append(
            Paragraph(
                t(
                    "Tunjukkan tanda terima ini kepada petugas DPMPTSP, atau telepon kantor dan "
                    "sebutkan kode pelacakan di atas."
                ),
                s.body,
            )
        )
    out.append(Spacer(1, size * 0.6))
    out.append(_boxed([Paragraph(t(FREE_OF_CHARGE), s.boxed)], width, line=1.2, pad=size * 0.4))
    out.append(Spacer(1, size * 0.4))
    if data.office_phone:
        out.append(line("Kontak kantor", data.office_phone, s.small))
    if data.complaint_contact:
        out.append(line("Pengaduan", data.complaint_contact, s.small))
    out.append(Paragraph(t("Bila ada yang meminta bayaran, laporkan ke nomor pengaduan."), s.small))
    out.append(Spacer(1, size * 0.3))
    out.append(Paragraph(t(PRIVACY_NOTICE), s.small))
    footer = "Simpan tanda terima ini." + (" — SALINAN" if copy else "")
    out.append(Paragraph(t(footer), s.small_center))
    return out


def _measure(flowables: Sequence[Flowable], width: float) -> list[float]:
    return [f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables]


def render_receipt(receipt: ReceiptData, layout: Layout, *, copy: bool = False) -> bytes:
    """The receipt as a one-page PDF; ``copy`` marks a reprint "SALINAN" prominently."""
    spec = _SPECS[layout]
    fonts = _fonts()
    qr = encode_qr_text(receipt.qr_payload)  # the slow part (mask choice): once per receipt
    scale = 1.0
    while True:
        flowables = _flowables(receipt, layout, spec, fonts, qr, scale=scale, copy=copy)
        heights = _measure(flowables, spec.content_width)
        content = sum(heights)
        if spec.fixed_height is None or scale <= _MIN_SCALE:
            break  # a roll is as long as its content
        if content <= spec.fixed_height - spec.margin_top - spec.margin_bottom:
            break
        scale = max(_MIN_SCALE, scale - 0.06)
    if spec.fixed_height is None:
        page = (spec.page_width, content + spec.margin_top + spec.margin_bottom)
        area_top = page[1]
        area_height = page[1]
    else:
        page = A4
        area_height = max(spec.fixed_height, content + spec.margin_top + spec.margin_bottom)
        area_top = A4[1]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=page, invariant=True, pageCompression=1)
    # Metadata names the document, never the applicant (the PDF may sit in a print queue).
    canvas.setTitle(f"Tanda terima {receipt.tracking_code}" + (" (SALINAN)" if copy else ""))
    canvas.setAuthor(receipt.office_name)
    canvas.setCreator("fieldkit")
    y = area_top - spec.margin_top
    for flowable, height in zip(flowables, heights, strict=True):
        y -= flowable.getSpaceBefore()
        drawn_height = height - flowable.getSpaceBefore() - flowable.getSpaceAfter()
        x = spec.margin_x
        if getattr(flowable, "hAlign", "LEFT") == "CENTER":
            x += (spec.content_width - flowable.wrap(spec.content_width, 10_000)[0]) / 2
        flowable.drawOn(canvas, x, y - drawn_height)
        y -= drawn_height + flowable.getSpaceAfter()
    if spec.fixed_height is not None:
        _cut_lines(canvas, fonts, area_top - area_height)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _cut_lines(canvas: Canvas, fonts: _Fonts, bottom: float) -> None:
    """Dashed lines along the A6 area's right and bottom edges, where the sheet is cut."""
    canvas.saveState()
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 3)
    canvas.line(_A6_WIDTH, A4[1], _A6_WIDTH, bottom)
    canvas.line(0, bottom, _A6_WIDTH, bottom)
    canvas.setFont(fonts.regular, 6)
    canvas.drawString(3 * mm, bottom - 3 * mm, "gunting di sini")
    canvas.restoreState()
