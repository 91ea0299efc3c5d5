"""Checking a receipt offline: scan its QR code (or type its tracking code) and see the verdict.

A USB QR scanner behaves as a keyboard: it types the code's content and presses Enter, so
the dialog is one line edit whose Enter runs the check and selects the text, ready for the
next scan. The verdict and its Indonesian reason come from ``ReceiptService.verify``; this
dialog only chooses the words and colours of the big label.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.dates import format_date
from fieldkit.receipts.payload import ReceiptStatus
from fieldkit.services.errors import ServiceError
from fieldkit.services.receipts import ReceiptCheck, ReceiptService
from fieldkit.ui.context import ViewContext
from fieldkit.ui.labels import status_label, status_style_sheet
from fieldkit.ui.messages import error_text

MAX_INPUT = 2000  # a receipt's QR content is about 220 characters

# (background, text, border): white on a strong colour for the two firm verdicts, a tint with
# dark text for the others; every pair keeps a contrast of 4.5:1 or better.
_VERDICT_COLOURS: dict[ReceiptStatus, tuple[str, str, str]] = {
    ReceiptStatus.GENUINE: ("#1b5e20", "#ffffff", "#1b5e20"),
    ReceiptStatus.REVOKED_DEVICE: ("#fff3cd", "#6d4c00", "#b28704"),
    ReceiptStatus.FORGED: ("#b00020", "#ffffff", "#b00020"),
    ReceiptStatus.UNKNOWN_DEVICE: ("#fde6e8", "#7a0014", "#b00020"),
    ReceiptStatus.UNVERIFIED_DEVICE: ("#fff3cd", "#6d4c00", "#b28704"),
    ReceiptStatus.CODE_ONLY: ("#e3f0fd", "#0d3c61", "#1565c0"),
    ReceiptStatus.MALFORMED: ("#eceff1", "#263238", "#607d8b"),
}


@dataclass(frozen=True, slots=True)
class _Checked:
    generation: int
    check: ReceiptCheck


class VerifyReceiptDialog(QDialog):
    """One input, one verdict, and the application the receipt belongs to.

    Signals:
    - ``receipt_did_check(object)``: the ReceiptCheck shown, after each check.
    - ``check_did_fail(str)``: the Indonesian message shown when no check could run.
    """

    receipt_did_check = Signal(object)
    check_did_fail = Signal(str)

    def __init__(
        self, context: ViewContext, receipts: ReceiptService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verify_receipt_dialog")
        self.setWindowTitle(self.tr("Periksa tanda terima"))
        self._context = context
        self._receipts = receipts
        self._generation = 0
        self.check: ReceiptCheck | None = None
        self._build()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setSpacing(10)

        self.input = QLineEdit()
        self.input.setObjectName("receipt_input")
        self.input.setMaxLength(MAX_INPUT)
        self.input.setClearButtonEnabled(True)
        self.input.setPlaceholderText(self.tr("Pindai kode QR, atau ketik ABCDE-23456"))
        prompt = QLabel(self.tr("&Isi kode QR atau kode pelacakan:"))
        prompt.setBuddy(self.input)
        self.check_button = QPushButton(self.tr("&Periksa (Enter)"))
        self.check_button.setObjectName("check_button")
        self.check_button.setDefault(True)  # the scanner's Enter lands here
        self.check_button.clicked.connect(self._on_check_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.check_button)
        hint = QLabel(
            self.tr(
                "Arahkan pemindai ke kode QR pada tanda terima; hasilnya muncul di bawah. Tanpa "
                "pemindai, ketik kode pelacakan yang tercetak (huruf besar atau kecil sama saja) "
                "lalu tekan Enter. Pemeriksaan ini tidak memerlukan internet."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #455a64;")
        column.addWidget(prompt)
        column.addLayout(row)
        column.addWidget(hint)

        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.hide()
        self.reason = QLabel()
        self.reason.setObjectName("verdict_reason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reason_font = self.reason.font()
        reason_font.setPointSizeF(reason_font.pointSizeF() * 1.1)
        self.reason.setFont(reason_font)
        self.reason.hide()
        column.addWidget(self.verdict)
        column.addWidget(self.reason)

        self.application_box = QGroupBox(self.tr("Permohonan di laptop ini"))
        self.application_box.setObjectName("application_box")
        form = QFormLayout(self.application_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.code_value = self._value("application_code")
        self.nik_value = self._value("application_nik")
        self.name_value = self._value("application_name")
        self.business_value = self._value("application_business")
        self.status_value = QLabel()
        self.status_value.setObjectName("application_status")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_value)
        status_row.addStretch(1)
        form.addRow(self.tr("Kode pelacakan:"), self.code_value)
        form.addRow(self.tr("NIK:"), self.nik_value)
        form.addRow(self.tr("Nama pemohon:"), self.name_value)
        form.addRow(self.tr("Nama usaha:"), self.business_value)
        form.addRow(self.tr("Status:"), status_row)
        self.open_button = QPushButton(self.tr("&Buka permohonan"))
        self.open_button.setObjectName("open_application")
        self.open_button.setAutoDefault(False)  # Enter always checks; opening is a choice
        self.open_button.clicked.connect(self._on_open_button_clicked)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        form.addRow(open_row)
        self.application_box.hide()
        self.not_here = QLabel()
        self.not_here.setObjectName("not_on_this_laptop")
        self.not_here.setWordWrap(True)
        self.not_here.setFrameShape(QFrame.Shape.StyledPanel)
        self.not_here.setMargin(8)
        self.not_here.hide()
        column.addWidget(self.application_box)
        column.addWidget(self.not_here)
        column.addStretch(1)

        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Tutup (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(640, 560)
        self.input.setFocus()

    @staticmethod
    def _value(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- checking ---------------------------------------------------------------------------------

    def _on_check_button_clicked(self) -> None:
        text = self.input.text().strip()
        if not text:
            self._show_failure(
                self.tr("Pindai kode QR pada tanda terima atau ketik kode pelacakannya dulu.")
            )
            return
        office = self._context.state.office
        if office is None:
            self._show_failure(self.tr("Masuk sebagai petugas dulu untuk memeriksa tanda terima."))
            return
        self._generation += 1
        generation = self._generation
        receipts, office_id = self._receipts, office.id
        # Selected, so the next scan replaces it; selected backwards, so the start of a long
        # address (what a person recognises) stays in view.
        length = len(self.input.text())
        self.input.setSelection(length, -length)

        def job(_progress: object) -> _Checked:
            return _Checked(generation, receipts.verify(text, office_id=office_id))

        # writes_db: on a fresh laptop the check creates the device key it compares against.
        self._context.tasks.run(
            job,
            on_done=self._on_check_job_done,
            on_error=lambda exc: self._on_check_job_failed(exc, generation),
            writes_db=True,
        )

    def _on_check_job_done(self, result: object) -> None:
        if not isinstance(result, _Checked) or result.generation != self._generation:
            return  # a newer scan is on its way
        self.show_check(result.check)

    def _on_check_job_failed(self, exc: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, ServiceError):
            self._show_failure(error_text(exc))
        else:
            self._show_failure(
                self.tr(
                    "Tanda terima tidak bisa diperiksa karena kesalahan aplikasi. Coba lagi; "
                    "jika tetap gagal, hubungi admin TI kantor."
                )
            )

    def verdict_text(self, status: ReceiptStatus) -> str:
        texts = {
            ReceiptStatus.GENUINE: self.tr("✔ ASLI"),
            ReceiptStatus.REVOKED_DEVICE: self.tr("⚠ Perangkat sudah dicabut"),
            ReceiptStatus.FORGED: self.tr("✖ PALSU atau diubah"),
            ReceiptStatus.UNKNOWN_DEVICE: self.tr("✖ Perangkat tidak dikenal"),
            ReceiptStatus.UNVERIFIED_DEVICE: self.tr("⚠ Perangkat belum terverifikasi"),
            ReceiptStatus.CODE_ONLY: self.tr("Hanya kode pelacakan (tanpa tanda tangan)"),
            ReceiptStatus.MALFORMED: self.tr("? Tidak dapat dibaca"),
        }
        return texts[status]

    def show_check(self, check: ReceiptCheck) -> None:
        self.check = check
        verification = check.verification
        background, text, border = _VERDICT_COLOURS[verification.status]
        self.verdict.setText(self.verdict_text(verification.status))
        self.verdict.setStyleSheet(
            f"QLabel {{ background: {background}; color: {text}; border: 2px solid {border};"
            " border-radius: 8px; padding: 12px; }"
        )
        self.verdict.setProperty("status", verification.status.value)
        self.verdict.show()
        reason = verification.reason
        if verification.issued_on is not None:
            reason += " " + self.tr("Tanggal terbit: %1.").replace(
                "%1", format_date(verification.issued_on)
            )
        self.reason.setText(reason)
        self.reason.setStyleSheet("")
        self.reason.show()
        summary = check.application
        if summary is not None:
            self.code_value.setText(summary.tracking_code)
            self.nik_value.setText(summary.masked_nik)
            self.name_value.setText(summary.full_name)
            self.business_value.setText(summary.business_name)
            self.status_value.setText(status_label(summary.status))
            self.status_value.setStyleSheet(status_style_sheet(summary.status))
            self.application_box.show()
            self.not_here.hide()
        else:
            self.application_box.hide()
            if verification.tracking_code is not None:
                self.not_here.setText(
                    self.tr(
                        "Permohonan %1 tidak ada di laptop ini: mungkin didaftarkan di laptop "
                        "lain. Tanyakan ke kantor DPMPTSP atau periksa setelah sinkron."
                    ).replace("%1", verification.tracking_code)
                )
                self.not_here.show()
            else:
                self.not_here.hide()
        self.receipt_did_check.emit(check)

    def _show_failure(self, message: str) -> None:
        self.check = None
        self.verdict.hide()
        self.reason.setText(message)
        self.reason.setStyleSheet("QLabel { color: #7a0014; }")
        self.reason.show()
        self.application_box.hide()
        self.not_here.hide()
        self.check_did_fail.emit(message)

    # --- opening ----------------------------------------------------------------------------------

    def _on_open_button_clicked(self) -> None:
        check = self.check
        if check is None or check.application is None:
            return
        self._context.navigator.open_detail(check.application.id)
        self.accept()
