"""The print dialog of a receipt: pick the paper, see the receipt, print it or save it as PDF.

The preview is drawn by ``ReceiptService.preview_receipt``, which changes nothing. Only
once the officer has confirmed Qt's print dialog (or chosen where to save the PDF) does
the dialog call ``ReceiptService.print_receipt``: the first print of a "ready" application
is what moves it to "queued", so a cancelled print must leave it as it was.

Qt cannot draw a PDF onto a printer, so the printed PDF is rasterised (pypdfium2, in a
background job) at the printer's resolution and painted with QPainter at its true size:
a 58 mm receipt is 58 mm wide on any printer. ``print_to(printer)`` is that whole path
without the modal dialog; the dialog flow and the tests both go through it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.status import ApplicationStatus
from fieldkit.receipts.layouts import Layout
from fieldkit.services.errors import ServiceError
from fieldkit.services.receipts import PrintChoice, ReceiptPreview, ReceiptService
from fieldkit.ui.context import ViewContext
from fieldkit.ui.labels import status_label
from fieldkit.ui.messages import error_text
from fieldkit.ui.previews import PreviewError, RasterPage, rasterise_pdf

PREVIEW_DPI = 150  # about 6 pixels a millimetre: the receipt's 8 pt text reads on a laptop screen
MIN_PRINT_DPI = 200
MAX_PRINT_DPI = 600  # a PDF printer says 1200; beyond 600 the pages only get heavier
ROLL_WIDTH_MM = {Layout.ROLL_58: 58.0, Layout.ROLL_80: 80.0}
A4_HEIGHT_MM = 297.0
MM_PER_POINT = 25.4 / 72
OVERFLOW_TOLERANCE_MM = 1.0  # a roll a hair shorter than the receipt is clipped, not split

MESSAGE_STYLES = {
    "error": (
        "QLabel { background: #fde6e8; color: #7a0014; border: 1px solid #d9a0a8;"
        " border-radius: 6px; padding: 8px 10px; }"
    ),
    "success": (
        "QLabel { background: #e2f3e4; color: #1b5e20; border: 1px solid #a5d6a7;"
        " border-radius: 6px; padding: 8px 10px; }"
    ),
    "info": (
        "QLabel { background: #e3f0fd; color: #0d3c61; border: 1px solid #90caf9;"
        " border-radius: 6px; padding: 8px 10px; }"
    ),
}

PrinterChooser = Callable[[QPrinter, QWidget], bool]
FileChooser = Callable[[QWidget, str], str]


def ask_for_printer(printer: QPrinter, parent: QWidget) -> bool:
    """Qt's print dialog on ``printer``; True when the officer pressed Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintReceiptDialog", "Cetak tanda terima"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_for_pdf_path(parent: QWidget, suggested: str) -> str:
    """A save-file dialog for a PDF; empty when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintReceiptDialog", "Simpan tanda terima sebagai PDF"),
        suggested,
        QCoreApplication.translate("PrintReceiptDialog", "Dokumen PDF (*.pdf)"),
    )
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


@dataclass(frozen=True, slots=True)
class _Previewed:
    generation: int
    preview: ReceiptPreview
    pages: list[RasterPage]


@dataclass(frozen=True, slots=True)
class _Printed:
    pages: list[RasterPage]
    layout: Layout


class PrintReceiptDialog(QDialog):
    """Preview and print one application's receipt.

    Signals:
    - ``preview_did_load()``: the preview of the chosen layout shows.
    - ``receipt_did_print(str)``: the application id, once its receipt went to the printer
      or was saved as PDF (the application may have moved to "queued").
    - ``print_did_fail(str)``: the Indonesian message shown when preview, print or save failed.
    """

    preview_did_load = Signal()
    receipt_did_print = Signal(str)
    print_did_fail = Signal(str)

    def __init__(
        self,
        context: ViewContext,
        receipts: ReceiptService,
        application_id: str,
        parent: QWidget | None = None,
        *,
        choose_printer: PrinterChooser = ask_for_printer,
        choose_pdf_path: FileChooser = ask_for_pdf_path,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_receipt_dialog")
        self.setWindowTitle(self.tr("Cetak tanda terima"))
        self._context = context
        self._receipts = receipts
        self.application_id = application_id
        self._choose_printer = choose_printer
        self._choose_pdf_path = choose_pdf_path
        self._generation = 0
        self._is_busy = False
        self._preview: ReceiptPreview | None = None
        self._pages: list[RasterPage] = []
        self._preset_page_size: QPageSize | None = None
        # One small settings read: which paper the officer used last.
        self._choice = receipts.print_choice()
        self._build()
        self._select_layout(self._choice.layout)
        self.layout_group.idToggled.connect(self._on_layout_group_id_toggled)
        self._load_preview()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("Tanda terima"))
        self.title.setObjectName("receipt_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)

        paper = QGroupBox(self.tr("Ukuran kertas"))
        paper_column = QVBoxLayout(paper)
        self.layout_group = QButtonGroup(self)
        self._layout_buttons: dict[Layout, QRadioButton] = {}
        labels = {
            Layout.ROLL_58: self.tr("Kertas thermal &58 mm"),
            Layout.ROLL_80: self.tr("Kertas thermal &80 mm"),
            Layout.A6: self.tr("A&6 pada kertas A4"),
        }
        for index, (layout, text) in enumerate(labels.items()):
            button = QRadioButton(text)
            button.setObjectName(f"layout_{layout.value}")
            self.layout_group.addButton(button, index)
            self._layout_buttons[layout] = button
            paper_column.addWidget(button)
        self.a6_hint = QLabel(
            self.tr("Tanda terima dicetak di pojok kiri atas; gunting pada garis putus-putus.")
        )
        self.a6_hint.setWordWrap(True)
        self.a6_hint.setStyleSheet("color: #455a64;")
        paper_column.addWidget(self.a6_hint)

        self.info = QLabel()
        self.info.setObjectName("receipt_info")
        self.info.setWordWrap(True)
        self.info.setStyleSheet(MESSAGE_STYLES["info"])
        self.info.hide()
        self.message = QLabel()
        self.message.setObjectName("receipt_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        side = QWidget()
        side.setFixedWidth(330)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.title)
        side_column.addWidget(paper)
        side_column.addWidget(self.info)
        side_column.addWidget(self.message)
        side_column.addStretch(1)

        self.preview_image = QLabel(self.tr("Menyiapkan pratinjau…"))
        self.preview_image.setObjectName("receipt_preview")
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_image.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview_image.setMinimumSize(300, 200)
        holder = QWidget()
        holder.setObjectName("preview_holder")
        holder.setStyleSheet("QWidget#preview_holder { background: #9e9e9e; }")
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(12, 12, 12, 12)
        holder_layout.addWidget(self.preview_image, 0, Qt.AlignmentFlag.AlignTop)
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidget(holder)
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_scroll.setAccessibleName(self.tr("Pratinjau tanda terima"))

        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(self.preview_scroll, 1)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Cetak… (Ctrl+P)"))
        self.print_button.setObjectName("print_button")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Simpan &PDF…"))
        self.save_button.setObjectName("save_pdf_button")
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("&Tutup (Esc)"))
        self.close_button.setObjectName("close_button")
        self.close_button.setAutoDefault(False)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.reject)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        shortcut.activated.connect(self._on_print_button_clicked)

        column = QVBoxLayout(self)
        column.addLayout(body, 1)
        column.addWidget(buttons)
        self._set_actions_enabled(False)
        self.resize(1040, 700)

    # --- state ------------------------------------------------------------------------------------

    @property
    def layout_choice(self) -> Layout:
        for layout, button in self._layout_buttons.items():
            if button.isChecked():
                return layout
        return Layout.ROLL_58

    def _select_layout(self, layout: Layout) -> None:
        self._layout_buttons[layout].setChecked(True)
        self.a6_hint.setVisible(layout is Layout.A6)

    @property
    def is_busy(self) -> bool:
        return self._is_busy

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def _show_message(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(MESSAGE_STYLES[kind])
        self.message.setProperty("kind", kind)
        self.message.show()

    def _fail(self, text: str) -> None:
        self._show_message(text, "error")
        self.print_did_fail.emit(text)

    def reject(self) -> None:
        # While a print runs the application may already be queued: the pages must still
        # reach the printer, so the dialog stays until they did.
        if self._is_busy:
            self._show_message(self.tr("Tunggu sebentar, tanda terima sedang dicetak…"), "info")
            return
        super().reject()

    # --- preview ----------------------------------------------------------------------------------

    def _on_layout_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.a6_hint.setVisible(self.layout_choice is Layout.A6)
            self._load_preview()

    def _load_preview(self) -> None:
        officer = self._context.state.officer
        if officer is None:
            self._fail(self.tr("Masuk sebagai petugas dulu untuk mencetak tanda terima."))
            return
        self._generation += 1
        generation = self._generation
        layout = self.layout_choice
        receipts, application_id = self._receipts, self.application_id
        self._set_actions_enabled(False)
        if self._preview is None:
            self.preview_image.setText(self.tr("Menyiapkan pratinjau…"))
        # else the previous receipt stays on screen until the new one is drawn: no flicker

        def job(_progress: object) -> _Previewed:
            preview = receipts.preview_receipt(application_id, actor=officer, layout=layout)
            return _Previewed(generation, preview, rasterise_pdf(preview.pdf, dpi=PREVIEW_DPI))

        # writes_db: the first receipt of a laptop creates its signing key.
        self._context.tasks.run(
            job,
            on_done=self._on_preview_job_done,
            on_error=lambda exc: self._on_preview_job_failed(exc, generation),
            writes_db=True,
        )

    def _on_preview_job_done(self, result: object) -> None:
        if not isinstance(result, _Previewed) or result.generation != self._generation:
            return  # the officer picked another paper meanwhile
        self._preview = result.preview
        self._pages = result.pages
        first = result.pages[0]
        self.preview_image.setText("")
        self.preview_image.setPixmap(QPixmap.fromImage(first.image))
        self.preview_image.setFixedSize(first.image.size())
        self.preview_image.setStyleSheet("QLabel { background: white; }")
        self.title.setText(self.tr("Tanda terima %1").replace("%1", result.preview.tracking_code))
        queued = status_label(ApplicationStatus.QUEUED)
        if result.preview.is_copy:
            self.info.setText(
                self.tr(
                    "Tanda terima ini sudah pernah dicetak. Cetakan baru diberi tanda SALINAN; "
                    "tanda terima asli tetap berlaku."
                )
            )
        else:
            self.info.setText(
                self.tr(
                    "Cetakan pertama. Setelah dicetak atau disimpan sebagai PDF, status "
                    "permohonan menjadi '%1' dan datanya tidak bisa diubah lagi di laptop."
                ).replace("%1", queued)
            )
        self.info.show()
        self._set_actions_enabled(not self._is_busy)
        self.preview_did_load.emit()

    def _on_preview_job_failed(self, exc: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        self._preview = None
        self._pages = []
        self.preview_image.setPixmap(QPixmap())
        self.preview_image.setStyleSheet("")
        self.preview_image.setFixedSize(320, 200)
        self.preview_image.setText(self.tr("Pratinjau tidak tersedia."))
        self._fail(self._message_for(exc))

    def _message_for(self, exc: Exception) -> str:
        if isinstance(exc, ServiceError):
            return error_text(exc)
        if isinstance(exc, PreviewError):
            return exc.message
        if isinstance(exc, OSError):
            return self.tr(
                "File tidak bisa disimpan di sana. Pilih folder lain (misalnya Dokumen) lalu "
                "coba lagi."
            )
        return self.tr(
            "Tanda terima tidak bisa dibuat karena kesalahan aplikasi. Tutup jendela ini lalu "
            "coba lagi; jika tetap gagal, hubungi admin TI kantor."
        )

    # --- printing ---------------------------------------------------------------------------------

    def prepare_printer(self, printer: QPrinter) -> None:
        """Preset ``printer`` with the remembered printer and a page the size of the receipt."""
        name = self._choice.printer_name
        if (
            name
            and printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
            and name in QPrinterInfo.availablePrinterNames()
        ):
            printer.setPrinterName(name)
        layout = self.layout_choice
        if layout is Layout.A6:
            size = QPageSize(QPageSize.PageSizeId.A4)
        else:
            height = A4_HEIGHT_MM
            if self._pages:
                height = self._pages[0].page_size_pt[1] * MM_PER_POINT
            size = _roll_page_size(ROLL_WIDTH_MM[layout], height)
        printer.setPageSize(size)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        printer.setFullPage(True)
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
        code = self._preview.tracking_code if self._preview else ""
        printer.setDocName(self.tr("Tanda terima %1").replace("%1", code).strip())
        if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and not (
            printer.outputFileName()
        ):
            # No printer installed: Qt offers "print to file"; name the file for the officer.
            printer.setOutputFileName(str(self._suggested_pdf_path()))
        self._preset_page_size = size

    def _suggested_pdf_path(self) -> Path:
        code = self._preview.tracking_code if self._preview else "tanda-terima"
        return Path.home() / f"tanda-terima-{code}.pdf"

    def _on_print_button_clicked(self) -> None:
        if self._is_busy or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare_printer(printer)
        if not self._choose_printer(printer, self):
            return  # cancelled: nothing printed, nothing changed
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Issue the receipt (the first print queues the application) and paint it on
        ``printer``; ends with ``receipt_did_print`` or ``print_did_fail``."""
        officer = self._context.state.officer
        if officer is None or self._is_busy:
            return
        layout = self.layout_choice
        dpi = max(MIN_PRINT_DPI, min(printer.resolution(), MAX_PRINT_DPI))
        printer_name = (
            printer.printerName()
            if printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
            else self._choice.printer_name  # printed to a file: keep the real printer
        )
        receipts, application_id = self._receipts, self.application_id
        choice = PrintChoice(printer_name=printer_name, layout=layout)

        def job(_progress: object) -> _Printed:
            pdf = receipts.print_receipt(application_id, actor=officer, layout=layout)
            receipts.remember_print_choice(choice)
            return _Printed(rasterise_pdf(pdf, dpi=dpi, crisp=True), layout)

        self._start_busy(self.tr("Mencetak tanda terima…"))
        self._context.tasks.run(
            job,
            on_done=lambda result: self._on_print_job_done(result, printer, choice),
            on_error=self._on_issue_job_failed,
            writes_db=True,
        )

    def _on_print_job_done(self, result: object, printer: QPrinter, choice: PrintChoice) -> None:
        self._end_busy()
        # The receipt is issued now, whatever happens at the printer: other views must know.
        self._context.state.notify_applications(frozenset({self.application_id}))
        if not isinstance(result, _Printed):
            return
        self._choice = choice
        if not self._paint(printer, result):
            self._fail(
                self.tr(
                    "Printer tidak bisa dipakai. Periksa kabel, kertas dan daya printer, lalu "
                    "tekan Cetak lagi (cetakan berikutnya bertanda SALINAN)."
                )
            )
            self._load_preview()
            return
        self._show_message(
            self.tr("Tanda terima dikirim ke printer. Serahkan kepada pemohon."), "success"
        )
        # Enter now closes: a second press must not print a SALINAN by accident.
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.receipt_did_print.emit(self.application_id)
        self._load_preview()  # a reprint from here is a SALINAN

    def _paint(self, printer: QPrinter, printed: _Printed) -> bool:
        """Draw the pages at their true size from the paper's top-left corner."""
        first = printed.pages[0]
        preset = self._preset_page_size
        if (
            printed.layout is not Layout.A6
            and preset is not None
            and printer.pageLayout().pageSize().isEquivalentTo(preset)
        ):
            # Still the roll size preset from the preview: fit it to the issued receipt,
            # whose height may differ by a line (the reprint note, the print time).
            width, height = first.page_size_pt
            printer.setPageSize(_roll_page_size(width * MM_PER_POINT, height * MM_PER_POINT))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            resolution = printer.resolution()
            paper = printer.pageLayout().fullRectPixels(resolution)
            paper_width, paper_height = float(paper.width()), float(paper.height())
            tolerance = OVERFLOW_TOLERANCE_MM / 25.4 * resolution
            is_first_sheet = True
            for page in printed.pages:
                per_point = resolution / 72
                page_width = page.page_size_pt[0] * per_point
                fit = min(1.0, paper_width / page_width) if page_width > 0 else 1.0
                per_point *= fit
                page_height = page.page_size_pt[1] * per_point
                sheets = 1
                if page_height > paper_height + tolerance:
                    sheets = math.ceil(page_height / paper_height)
                target = QRectF(
                    page.left_pt * per_point,
                    page.top_pt * per_point,
                    page.width_pt * per_point,
                    page.height_pt * per_point,
                )
                for sheet in range(sheets):
                    if not is_first_sheet and not printer.newPage():
                        return False
                    is_first_sheet = False
                    painter.save()
                    painter.setClipRect(QRectF(0, 0, paper_width, paper_height))
                    painter.translate(0, -sheet * paper_height)
                    painter.drawImage(target, page.image)
                    painter.restore()
        finally:
            painter.end()
        return True

    # --- saving as PDF ----------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        if self._is_busy or not self.save_button.isEnabled():
            return
        path = self._choose_pdf_path(self, str(self._suggested_pdf_path()))
        if not path:
            return
        self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Issue the receipt (the first one queues the application) and write its PDF."""
        officer = self._context.state.officer
        if officer is None or self._is_busy:
            return
        layout = self.layout_choice
        receipts, application_id = self._receipts, self.application_id

        def job(_progress: object) -> Path:
            pdf = receipts.print_receipt(application_id, actor=officer, layout=layout)
            path.write_bytes(pdf)
            return path

        self._start_busy(self.tr("Menyimpan PDF…"))
        self._context.tasks.run(
            job, on_done=self._on_save_job_done, on_error=self._on_issue_job_failed, writes_db=True
        )

    def _on_save_job_done(self, result: object) -> None:
        self._end_busy()
        self._context.state.notify_applications(frozenset({self.application_id}))
        self._show_message(
            self.tr(
                "Tanda terima disimpan di %1. Cetak file itu lalu serahkan kepada pemohon."
            ).replace("%1", str(result)),
            "success",
        )
        self.receipt_did_print.emit(self.application_id)
        self._load_preview()

    # --- shared -----------------------------------------------------------------------------------

    def _start_busy(self, text: str) -> None:
        self._is_busy = True
        self._set_actions_enabled(False)
        for button in self._layout_buttons.values():
            button.setEnabled(False)
        self._show_message(text, "info")

    def _end_busy(self) -> None:
        self._is_busy = False
        for button in self._layout_buttons.values():
            button.setEnabled(True)
        self._set_actions_enabled(self._preview is not None)

    def _on_issue_job_failed(self, exc: Exception) -> None:
        self._end_busy()
        # A refused print changes nothing, but a failure after the status change (a full disk
        # while saving) does: refresh what the other views show either way.
        self._context.state.notify_applications(frozenset({self.application_id}))
        self._fail(self._message_for(exc))
        self._load_preview()


def _roll_page_size(width_mm: float, height_mm: float) -> QPageSize:
    return QPageSize(
        QSizeF(width_mm, height_mm),
        QPageSize.Unit.Millimeter,
        f"Roll {round(width_mm)} mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
