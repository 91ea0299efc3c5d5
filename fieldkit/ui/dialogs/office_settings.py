"""Akun → Pengaturan kantor (supervisor): required documents, file size limit, retention.

The office decides which documents an applicant must bring before "ready" (none by default:
OSS needs no upload for a micro/small NIB), how large a file may be, and how long the laptop
keeps a document once the server holds it (UU 27/2022: no longer than needed). The rules and
the permission check are in ``OfficeService`` and ``RetentionService``; this dialog shows the
current values and forwards the choices.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.policy import DEFAULT_MAX_DOCUMENT_BYTES, DocumentPolicy
from fieldkit.domain.records import DocumentKind, Officer
from fieldkit.services.applications import ApplicationService
from fieldkit.services.errors import ServiceError
from fieldkit.services.offices import OfficeService
from fieldkit.services.retention import MAX_DAYS, RetentionService
from fieldkit.ui.labels import document_label
from fieldkit.ui.messages import error_text
from fieldkit.ui.widgets.error_label import ErrorLabel

_HINT_STYLE = "color: #555;"
_MB = 1024 * 1024


class OfficeSettingsDialog(QDialog):
    def __init__(
        self,
        offices: OfficeService,
        applications: ApplicationService,
        retention: RetentionService | None,
        actor: Officer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("office_settings_dialog")
        self.setWindowTitle(self.tr("Pengaturan kantor"))
        self._offices = offices
        self._applications = applications
        self._retention = retention
        self._actor = actor
        policy = offices.document_policy()

        documents = QGroupBox(self.tr("Dokumen wajib sebelum pemohon ditandai siap"))
        documents_layout = QVBoxLayout(documents)
        hint = QLabel(
            self.tr(
                "OSS tidak mewajibkan unggahan dokumen untuk NIB usaha mikro dan kecil. Centang "
                "hanya dokumen yang diwajibkan kantor Anda. Berlaku untuk pemohon yang ditandai "
                "siap sesudah ini, dan tercatat di laporan kunjungan."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(_HINT_STYLE)
        documents_layout.addWidget(hint)
        self.required: dict[DocumentKind, QCheckBox] = {}
        for kind in DocumentKind:
            box = QCheckBox(document_label(kind))
            box.setObjectName(f"required_{kind.value}")
            box.setChecked(kind in policy.required)
            documents_layout.addWidget(box)
            self.required[kind] = box

        self.max_size = QDoubleSpinBox()
        self.max_size.setObjectName("settings_max_size")
        self.max_size.setDecimals(1)
        self.max_size.setRange(0.1, 100.0)
        self.max_size.setSingleStep(0.5)
        self.max_size.setSuffix(self.tr(" MB"))
        self.max_size.setValue(round(policy.max_bytes / _MB, 1))

        self.retention_days = QSpinBox()
        self.retention_days.setObjectName("settings_retention_days")
        self.retention_days.setRange(0, MAX_DAYS)
        self.retention_days.setSuffix(self.tr(" hari"))
        self.retention_days.setSpecialValueText(self.tr("hapus segera"))
        if retention is not None:
            self.retention_days.setValue(retention.days())
        else:
            self.retention_days.setEnabled(False)
        retention_hint = QLabel(
            self.tr(
                "Berkas dokumen dihapus dari laptop sekian hari setelah server menyimpannya; "
                "datanya tetap tercatat. Dokumen yang belum diterima server tidak pernah dihapus."
            )
        )
        retention_hint.setWordWrap(True)
        retention_hint.setStyleSheet(_HINT_STYLE)

        form = QFormLayout()
        size_label = QLabel(self.tr("&Batas ukuran berkas:"))
        size_label.setBuddy(self.max_size)
        form.addRow(size_label, self.max_size)
        size_hint = QLabel(
            self.tr(
                "Server kantor menerima paling besar %1 MB per berkas kecuali admin server "
                "menaikkan batasnya: batas di atas itu perlu dinaikkan di server juga."
            ).replace("%1", f"{DEFAULT_MAX_DOCUMENT_BYTES / _MB:g}")
        )
        size_hint.setWordWrap(True)
        size_hint.setStyleSheet(_HINT_STYLE)
        form.addRow("", size_hint)
        days_label = QLabel(self.tr("&Simpan dokumen di laptop:"))
        days_label.setBuddy(self.retention_days)
        form.addRow(days_label, self.retention_days)
        form.addRow("", retention_hint)

        self.error_label = ErrorLabel("settings_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpa&n"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(documents)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def chosen_policy(self) -> DocumentPolicy:
        return DocumentPolicy(
            required=frozenset(k for k, box in self.required.items() if box.isChecked()),
            max_bytes=round(self.max_size.value() * _MB),
        )

    def _on_buttons_accepted(self) -> None:
        policy = self.chosen_policy()
        try:
            self._offices.set_document_policy(policy, actor=self._actor)
            self._applications.set_policy(policy)
            if self._retention is not None:
                self._retention.set_days(self.retention_days.value(), actor=self._actor)
        except ServiceError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()
