"""The recovery key, shown once to the supervisor: readable groups, print, save as PDF.

The key opens this laptop's data when every officer's password is forgotten. It is never
stored on the laptop in the clear; this dialog is the only time it is shown. The supervisor
must confirm it was printed or written down before the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_key_dialog")
        self.setWindowTitle(self.tr("Kunci pemulihan laptop"))
        self.setModal(True)
        self._key = recovery_key
        self._office = office_name

        intro = QLabel(
            self.tr(
                "Semua data di laptop ini terenkripsi. Jika semua kata sandi terlupa, hanya "
                "kunci pemulihan ini yang bisa membukanya. Kunci ini hanya ditampilkan sekali: "
                "cetak atau simpan sebagai PDF, lalu simpan kertasnya di kantor, terpisah dari "
                "laptop."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key.replace("-", "  "))
        self.key_label.setObjectName("recovery_key_text")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(14.0, font.pointSizeF() * 1.6))
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)

        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.print_button.setObjectName("recovery_print")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button = QPushButton(self.tr("Simpan sebagai &PDF…"))
        self.pdf_button.setObjectName("recovery_pdf")
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.confirm = QCheckBox(self.tr("Saya sudah mencetak atau mencatat kunci pemulihan ini."))
        self.confirm.setObjectName("recovery_confirm")
        self.confirm.toggled.connect(self._on_confirm_toggled)
        self.done_button = QPushButton(self.tr("&Selesai"))
        self.done_button.setObjectName("recovery_done")
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.accept)
        self.status_label = QLabel()
        self.status_label.setObjectName("recovery_status")
        self.status_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(self.key_label)
        layout.addSpacing(12)
        layout.addWidget(self.confirm)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.resize(640, 300)

    def reject(self) -> None:
        # Escape must not lose the only view of the key before it was saved.
        if self.confirm.isChecked():
            super().reject()

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        parts = self._key.split("-")
        half = (len(parts) + 1) // 2
        # Two lines of four groups: short enough for any page, easy to read back.
        groups = "<br>".join(
            "&nbsp;&nbsp;".join(parts[i : i + half]) for i in range(0, len(parts), half)
        )
        title = self.tr("Kunci pemulihan fieldkit")
        note = self.tr(
            "Simpan kertas ini di tempat terkunci di kantor, terpisah dari laptop. Dengan kunci "
            "ini supervisor bisa membuka data laptop dan membuat kata sandi baru."
        )
        doc.setHtml(
            f"<h2>{title}</h2><p>{self._office}</p>"
            f"<p style='font-family: monospace; font-size: 20pt'><b>{groups}</b></p>"
            f"<p>{note}</p>"
        )
        return doc

    def save_pdf(self, path: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.document().print_(printer)

    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
            self.status_label.setText(self.tr("Kunci pemulihan dikirim ke pencetak."))

    def _on_pdf_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan kunci pemulihan"), "kunci-pemulihan-fieldkit.pdf", "PDF (*.pdf)"
        )
        if not name:
            return
        try:
            self.save_pdf(Path(name))
        except OSError:
            self.status_label.setText(
                self.tr("PDF tidak bisa disimpan di sana. Pilih folder lain, misalnya flashdisk.")
            )
            return
        self.status_label.setText(
            self.tr("Tersimpan. Pindahkan PDF ini dari laptop ke tempat yang aman.")
        )

    def _on_confirm_toggled(self, checked: bool) -> None:
        self.done_button.setEnabled(checked)
