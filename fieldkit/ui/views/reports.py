"""The reports screen: pick a visit or a date range, preview the daily report, save or print it.

Only a supervisor sees data here; anyone else gets a plain refusal. The one exception is
the close-of-day flow: :meth:`ReportsView.show_closing_report` shows the report of the
visit an operator just closed (the service checks that the operator worked that visit).
Building the report, rendering the PDF and turning its pages into pixels all run in the
background (``context.tasks``); only the finished page images reach the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.records import Officer
from fieldkit.domain.roles import Permission, is_allowed
from fieldkit.reports.daily import VisitReportData
from fieldkit.reports.preview import PageImage, pdf_page_images
from fieldkit.services.errors import ServiceError
from fieldkit.services.reports import ReportFormat, ReportService, render
from fieldkit.ui.context import ViewContext
from fieldkit.ui.messages import error_text
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets.banner import Banner

PREVIEW_DPI = 96
PRINT_DPI = 200


class _Kind(enum.Enum):
    VISIT = "visit"
    RANGE = "range"
    CLOSING = "closing"


@dataclass(frozen=True, slots=True)
class _Request:
    kind: _Kind
    visit_id: str = ""
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class _Preview:
    request: _Request
    data: VisitReportData
    pdf: bytes
    pages: tuple[PageImage, ...]


def _fetch(reports: ReportService, request: _Request, officer: Officer) -> VisitReportData:
    """Runs on a worker: the report's data through the service (which checks the role)."""
    if request.kind is _Kind.CLOSING:
        return reports.closing_report(request.visit_id, actor=officer)
    if request.kind is _Kind.RANGE:
        assert request.start is not None
        assert request.end is not None
        return reports.range_report(request.start, request.end, actor=officer)
    return reports.visit_report(request.visit_id, actor=officer)


def _qimage(page: PageImage) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # QImage does not own the buffer it was made over


class ReportsView(QWidget):
    """Signals:

    - ``preview_did_finish(int)``: the preview shows this many pages.
    - ``report_did_save(str)``: a PDF, CSV or XLSX was written to this path.
    - ``report_did_fail(str)``: an Indonesian message of what went wrong.
    """

    preview_did_finish = Signal(int)
    report_did_save = Signal(str)
    report_did_fail = Signal(str)

    def __init__(
        self, context: ViewContext, reports: ReportService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.reports = reports
        self._preview: _Preview | None = None
        self._closing_visit_id: str | None = None
        self._busy = False
        self._build()
        context.state.officer_did_change.connect(self._on_state_officer_did_change)
        self.refresh()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Laporan kunjungan"))
        title.setObjectName("reports_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        self.refusal = QLabel(self.tr("Hanya supervisor yang dapat melihat laporan."))
        self.refusal.setObjectName("reports_refused")
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.refusal)

        self.content = QWidget()
        self.content.setObjectName("reports_content")
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content, 1)

        self.pickers = QWidget()
        pick = QHBoxLayout(self.pickers)
        pick.setContentsMargins(0, 0, 0, 0)
        self.by_visit = QRadioButton(self.tr("Per kunjungan"))
        self.by_visit.setObjectName("by_visit")
        self.by_range = QRadioButton(self.tr("Rentang tanggal"))
        self.by_range.setObjectName("by_range")
        self.by_visit.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_visit)
        group.addButton(self.by_range)
        self.visit_combo = QComboBox()
        self.visit_combo.setObjectName("visit_combo")
        self.visit_combo.setMinimumContentsLength(36)
        self.date_from = QDateEdit()
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit()
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        pick.addWidget(self.by_visit)
        pick.addWidget(self.visit_combo, 1)
        pick.addSpacing(12)
        pick.addWidget(self.by_range)
        pick.addWidget(self.date_from)
        pick.addWidget(QLabel(self.tr("s.d.")))
        pick.addWidget(self.date_to)
        body.addWidget(self.pickers)
        self.by_visit.toggled.connect(self._on_mode_toggled)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Pratinjau"))
        self.preview_button.setObjectName("preview_button")
        self.save_pdf_button = QPushButton(self.tr("Simpan PDF…"))
        self.save_pdf_button.setObjectName("save_pdf_button")
        self.csv_button = QPushButton(self.tr("Ekspor CSV…"))
        self.csv_button.setObjectName("export_csv_button")
        self.xlsx_button = QPushButton(self.tr("Ekspor XLSX…"))
        self.xlsx_button.setObjectName("export_xlsx_button")
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.setObjectName("print_button")
        for button in (
            self.preview_button,
            self.save_pdf_button,
            self.csv_button,
            self.xlsx_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("reports_status")
        buttons.addWidget(self.status)
        body.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.save_pdf_button.clicked.connect(lambda: self._ask_and_save(ReportFormat.PDF))
        self.csv_button.clicked.connect(lambda: self._ask_and_save(ReportFormat.CSV))
        self.xlsx_button.clicked.connect(lambda: self._ask_and_save(ReportFormat.XLSX))
        self.print_button.clicked.connect(self._on_print_button_clicked)

        self.banner = Banner()
        body.addWidget(self.banner)

        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("report_pages")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("report_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.pages_widget)
        body.addWidget(self.scroll_area, 1)

    # --- state --------------------------------------------------------------------------------

    @property
    def officer(self) -> Officer | None:
        return self.context.state.officer

    @property
    def is_allowed(self) -> bool:
        officer = self.officer
        if officer is None:
            return False
        may_view = is_allowed(officer.role, Permission.VIEW_REPORTS)
        return may_view or self._closing_visit_id is not None

    @property
    def page_count(self) -> int:
        return self.pages_layout.count()

    def _on_state_officer_did_change(self, _officer: object) -> None:
        self._closing_visit_id = None
        self.refresh()

    def refresh(self) -> None:
        """Show the pickers (supervisor) or the refusal, and reload the office's visits."""
        self._clear_pages()
        self._preview = None
        allowed = self.is_allowed
        self.refusal.setVisible(not allowed)
        self.content.setVisible(allowed)
        self.pickers.setVisible(self._closing_visit_id is None)
        officer = self.officer
        if not allowed or officer is None or self._closing_visit_id is not None:
            return
        today = self.context.services.visits.today(self.context.state.timezone)
        self.date_from.setDate(QDate(today.year, today.month, 1))
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        self.visit_combo.clear()
        try:
            choices = self.reports.visit_choices(actor=officer)
        except ServiceError as exc:
            self._fail(error_text(exc))
            return
        for choice in choices:
            self.visit_combo.addItem(choice.label, choice.visit.id)
        current = self.context.state.visit
        if current is not None:
            index = self.visit_combo.findData(current.id)
            if index >= 0:
                self.visit_combo.setCurrentIndex(index)
        self._on_mode_toggled(self.by_visit.isChecked())

    def show_closing_report(self, visit_id: str) -> None:
        """End of the close-of-day flow: preview the report of the visit just closed."""
        self._closing_visit_id = visit_id
        self.refresh()
        if self.is_allowed:
            self.preview()

    def _on_mode_toggled(self, by_visit: bool) -> None:
        self.visit_combo.setEnabled(by_visit)
        self.date_from.setEnabled(not by_visit)
        self.date_to.setEnabled(not by_visit)

    def _request(self) -> _Request | None:
        if self._closing_visit_id is not None:
            return _Request(_Kind.CLOSING, visit_id=self._closing_visit_id)
        if self.by_range.isChecked():
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython()
            assert isinstance(start, dt.date)
            assert isinstance(end, dt.date)
            return _Request(_Kind.RANGE, start=start, end=end)
        visit_id = self.visit_combo.currentData()
        if not isinstance(visit_id, str):
            self._fail(self.tr("Belum ada kunjungan. Pilih rentang tanggal, atau buka kunjungan."))
            return None
        return _Request(_Kind.VISIT, visit_id=visit_id)

    # --- preview --------------------------------------------------------------------------------

    def preview(self) -> None:
        """Build and render the chosen report in the background, then show its pages."""
        officer = self.officer
        request = self._request()
        if officer is None or request is None or not self.is_allowed:
            return
        reports = self.reports

        def job(_progress: Progress) -> _Preview:
            data = _fetch(reports, request, officer)
            pdf = render(data, ReportFormat.PDF)
            pages = tuple(pdf_page_images(pdf, dpi=PREVIEW_DPI))
            return _Preview(request, data, pdf, pages)

        self._start(self.tr("Menyusun laporan…"))
        self.context.tasks.run(
            job, on_done=self._on_preview_done, on_error=self._on_job_error, writes_db=False
        )

    def _on_preview_done(self, result: _Preview) -> None:
        self._finish()
        self._preview = result
        self._clear_pages()
        for number, page in enumerate(result.pages, start=1):
            label = QLabel()
            label.setObjectName(f"report_page_{number}")
            label.setPixmap(QPixmap.fromImage(_qimage(page)))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
        served = result.data.served
        self.status.setText(
            self.tr("%1 pemohon · %2 halaman")
            .replace("%1", str(served))
            .replace("%2", str(len(result.pages)))
        )
        self.preview_did_finish.emit(len(result.pages))

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    # --- saving and exporting ------------------------------------------------------------------

    def _ask_and_save(self, fmt: ReportFormat) -> None:
        filters = {
            ReportFormat.PDF: self.tr("Dokumen PDF (*.pdf)"),
            ReportFormat.CSV: self.tr("CSV untuk Excel (*.csv)"),
            ReportFormat.XLSX: self.tr("Buku kerja Excel (*.xlsx)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan"), self._suggested_name(fmt), filters[fmt]
        )
        if path:
            self.save(Path(path), fmt)

    def _suggested_name(self, fmt: ReportFormat) -> str:
        day = dt.date.today().isoformat()
        if self._preview is not None:
            data = self._preview.data
            day = data.date_from.isoformat()
            if data.date_to != data.date_from:
                day += f"_{data.date_to.isoformat()}"
        return str(Path.home() / f"laporan-kunjungan-{day}.{fmt.value}")

    def save_pdf(self, path: Path) -> None:
        self.save(path, ReportFormat.PDF)

    def export_csv(self, path: Path) -> None:
        self.save(path, ReportFormat.CSV)

    def export_xlsx(self, path: Path) -> None:
        self.save(path, ReportFormat.XLSX)

    def save(self, path: Path, fmt: ReportFormat) -> None:
        """Write the chosen report to ``path`` in the background (reusing the preview's data)."""
        officer = self.officer
        request = self._request()
        if officer is None or request is None or not self.is_allowed:
            return
        cached = self._preview if self._preview and self._preview.request == request else None
        reports = self.reports

        def job(_progress: Progress) -> str:
            data = cached.data if cached is not None else _fetch(reports, request, officer)
            if cached is not None and fmt is ReportFormat.PDF:
                content = cached.pdf
            else:
                content = render(data, fmt)
            reports.record_export(data, fmt, actor=officer)  # audit log, before it leaves
            path.write_bytes(content)
            return str(path)

        self._start(self.tr("Menyimpan…"))
        self.context.tasks.run(
            job, on_done=self._on_save_done, on_error=self._on_job_error, writes_db=True
        )

    def _on_save_done(self, path: str) -> None:
        self._finish()
        self.banner.show_message(self.tr("Laporan disimpan: %1").replace("%1", path), "success")
        self.report_did_save.emit(path)

    # --- printing -------------------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        if self._preview is None:
            self._fail(self.tr("Tampilkan pratinjau dulu, lalu cetak."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the previewed pages: rendered for the printer in the background, then drawn."""
        preview = self._preview
        if preview is None:
            return
        pdf = preview.pdf
        dpi = min(PRINT_DPI, max(72, printer.resolution()))
        reports, officer = self.reports, self.officer

        def job(_progress: Progress) -> list[PageImage]:
            if officer is not None:
                reports.record_export(preview.data, "print", actor=officer)  # audit log
            return pdf_page_images(pdf, dpi=dpi)

        def done(pages: list[PageImage]) -> None:
            self._finish()
            self._paint(printer, pages)

        self._start(self.tr("Menyiapkan cetakan…"))
        self.context.tasks.run(job, on_done=done, on_error=self._on_job_error, writes_db=True)

    def _paint(self, printer: QPrinter, pages: list[PageImage]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self._fail(self.tr("Printer tidak dapat dipakai. Periksa printer lalu coba lagi."))
            return
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for index, page in enumerate(pages):
                if index:
                    printer.newPage()
                image = _qimage(page).scaled(
                    area.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        self.banner.show_message(self.tr("Laporan dikirim ke printer."), "success")

    # --- busy and errors ------------------------------------------------------------------------

    def _start(self, text: str) -> None:
        self._busy = True
        self.banner.hide()
        self.status.setText(text)
        for button in (
            self.preview_button,
            self.save_pdf_button,
            self.csv_button,
            self.xlsx_button,
            self.print_button,
        ):
            button.setEnabled(False)

    def _finish(self) -> None:
        self._busy = False
        self.status.setText("")
        for button in (
            self.preview_button,
            self.save_pdf_button,
            self.csv_button,
            self.xlsx_button,
            self.print_button,
        ):
            button.setEnabled(True)

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _on_job_error(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, ServiceError):
            self._fail(error_text(exc))
        elif isinstance(exc, OSError):
            self._fail(
                self.tr("Berkas tidak dapat disimpan (%1). Pilih folder lain.").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
        else:
            self._fail(self.tr("Laporan gagal dibuat. Coba lagi; bila terulang, hubungi admin."))

    def _fail(self, message: str) -> None:
        self.banner.show_message(message, "error")
        self.report_did_fail.emit(message)
