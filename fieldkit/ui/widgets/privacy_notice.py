"""The privacy notice read aloud to the applicant before any data is taken (UU 27/2022 Pasal 21)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from fieldkit.domain.records import Office


class PrivacyNotice(QWidget):
    """Shown in the form before a new applicant's data can be typed.

    Signals: ``notice_did_confirm()`` when the officer confirms it was read to the applicant.
    """

    notice_did_confirm = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setMaximumWidth(820)
        scroll.setWidget(body)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)

        title = QLabel(self.tr("Pemberitahuan perlindungan data pribadi"))
        title.setObjectName("privacy_title")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        title.setWordWrap(True)
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Bacakan pemberitahuan ini kepada pemohon sebelum mengisi data "
                "(UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 21)."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #444;")
        layout.addWidget(hint)

        self.text = QLabel()
        self.text.setObjectName("privacy_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setStyleSheet("font-size: 12pt;")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)

        self.confirm_button = QPushButton(self.tr("Sudah &dibacakan kepada pemohon (Enter)"))
        self.confirm_button.setObjectName("privacy_confirm")
        self.confirm_button.setDefault(True)
        self.confirm_button.setAutoDefault(True)
        self.confirm_button.setMinimumHeight(40)
        self.confirm_button.clicked.connect(self.notice_did_confirm)
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.set_office(None)

    def set_office(self, office: Office | None) -> None:
        if office is None:
            contact = self.tr("petugas DPMPTSP yang melayani Anda hari ini")
        else:
            parts = [office.name]
            if office.address:
                parts.append(office.address)
            if office.phone:
                parts.append(self.tr("telepon %1").replace("%1", office.phone))
            contact = ", ".join(parts)
        sections = [
            (
                self.tr("Data yang kami catat"),
                self.tr(
                    "Identitas (NIK, nama, tempat dan tanggal lahir, jenis kelamin, alamat), "
                    "kontak (nomor HP, email), data usaha (nama, alamat, lahan, modal, kegiatan "
                    "usaha), dan dokumen yang Anda serahkan (misalnya foto KTP)."
                ),
            ),
            (
                self.tr("Untuk apa"),
                self.tr(
                    "Hanya untuk mendaftarkan Nomor Induk Berusaha (NIB) Anda di OSS RBA atas "
                    "nama Anda, dan untuk menghubungi Anda tentang pendaftaran itu."
                ),
            ),
            (
                self.tr("Berapa lama disimpan"),
                self.tr(
                    "Di laptop ini hanya sampai data terkirim ke kantor DPMPTSP, lalu dihapus "
                    "dari laptop sesuai kebijakan kantor. Di kantor, data disimpan selama "
                    "diwajibkan oleh aturan perizinan berusaha."
                ),
            ),
            (
                self.tr("Hak Anda dan siapa yang bisa ditanya"),
                self.tr(
                    "Anda boleh bertanya, melihat, memperbaiki, atau meminta penghapusan data "
                    "Anda. Hubungi: %1."
                ).replace("%1", contact),
            ),
        ]
        html = "".join(
            f"<p><b>{_escape(heading)}</b><br>{_escape(body)}</p>" for heading, body in sections
        )
        self.text.setText(html)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.notice_did_confirm.emit()
            return
        super().keyPressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
