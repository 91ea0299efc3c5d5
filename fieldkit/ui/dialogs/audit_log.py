"""The supervisor's audit log screen: check the hash chain and see the latest entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.audit import ACTION_LABELS, UNKNOWN_ACTOR, AuditAction, parse_time
from fieldkit.domain.audit import verdict_text as domain_verdict_text
from fieldkit.domain.roles import REFUSALS, Permission, is_allowed
from fieldkit.services.audit import AuditOverview, AuditService
from fieldkit.services.errors import ServiceError
from fieldkit.ui.context import ViewContext
from fieldkit.ui.formatting import local_time
from fieldkit.ui.messages import error_text, translated
from fieldkit.ui.tasks import Progress

COLUMNS = 5


def action_labels() -> dict[AuditAction, str]:
    """The domain's ACTION_LABELS through the translator, each a literal lupdate can see
    (tests/gui/test_roles.py keeps them equal to the domain's)."""
    t = QCoreApplication.translate
    return {
        AuditAction.APPLICATION_CREATE: t("Labels", "Permohonan dibuat"),
        AuditAction.APPLICATION_EDIT: t("Labels", "Permohonan diubah"),
        AuditAction.APPLICATION_STATUS: t("Labels", "Status diubah"),
        AuditAction.APPLICATION_ACKNOWLEDGE: t("Labels", "Peringatan dikonfirmasi"),
        AuditAction.DOCUMENT_ATTACH: t("Labels", "Dokumen dilampirkan"),
        AuditAction.DOCUMENT_REMOVE: t("Labels", "Dokumen dilepas"),
        AuditAction.RECEIPT_PRINT: t("Labels", "Tanda terima dicetak"),
        AuditAction.RECEIPT_REPRINT: t("Labels", "Salinan tanda terima dicetak"),
        AuditAction.REPORT_EXPORT: t("Labels", "Laporan diekspor"),
        AuditAction.VISIT_OPEN: t("Labels", "Kunjungan dibuka"),
        AuditAction.VISIT_CLOSE: t("Labels", "Kunjungan ditutup"),
        AuditAction.SIGN_IN: t("Labels", "Masuk"),
        AuditAction.SIGN_IN_FAILED: t("Labels", "Gagal masuk"),
        AuditAction.OFFICER_ADD: t("Labels", "Petugas ditambahkan"),
        AuditAction.OFFICER_REMOVE: t("Labels", "Petugas dihapus"),
        AuditAction.OFFICER_PASSWORD: t("Labels", "Kata sandi petugas diubah"),
        AuditAction.OFFICER_UNLOCK: t("Labels", "Kunci akun petugas dibuka"),
        AuditAction.SETTINGS_CHANGE: t("Labels", "Pengaturan diubah"),
        AuditAction.AUDIT_VERIFY: t("Labels", "Catatan audit diperiksa"),
    }


def action_label(action: str) -> str:
    """The action's name in the UI language; an unknown code as it is."""
    try:
        known = AuditAction(action)
    except ValueError:
        return action
    return action_labels().get(known, ACTION_LABELS[known])


class AuditLogDialog(QDialog):
    """Runs the check on a worker when opened (it records that it was run, so it writes)."""

    def __init__(
        self, context: ViewContext, audit: AuditService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.setWindowTitle(self.tr("Catatan audit"))
        self.context = context
        self.audit = audit
        self.overview: AuditOverview | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Setiap tindakan di laptop ini dicatat berantai (hash SHA-256): entri yang diubah, "
                "dihapus, disisipkan atau diurutkan ulang terlihat di sini."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.verdict = QLabel()
        self.verdict.setObjectName("audit_verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.synced = QLabel()
        self.synced.setObjectName("audit_synced")
        layout.addWidget(self.synced)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Waktu"),
                self.tr("Petugas"),
                self.tr("Tindakan"),
                self.tr("Sasaran"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.verify_button = QPushButton(self.tr("&Periksa lagi"))
        self.verify_button.setObjectName("audit_verify_button")
        self.verify_button.clicked.connect(self.run_check)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("audit_close_button")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 560)
        self.run_check()

    def run_check(self) -> None:
        officer = self.context.state.officer
        if officer is None or not is_allowed(officer.role, Permission.VERIFY_AUDIT):
            # the menu item is hidden for others; the service would refuse them all the same
            self.verdict.setText(translated(REFUSALS[Permission.VERIFY_AUDIT]))
            return
        audit = self.audit
        self.verify_button.setEnabled(False)
        self.verdict.setText(self.tr("Memeriksa catatan audit…"))

        def job(_progress: Progress) -> AuditOverview:
            return audit.verify(actor=officer)

        self.context.tasks.run(job, on_done=self._on_checked, on_error=self._on_failed)

    def _on_checked(self, overview: AuditOverview) -> None:
        self.overview = overview
        self.verify_button.setEnabled(True)
        verdict = overview.verdict
        self.verdict.setText(translated(domain_verdict_text(verdict)))
        colour = "#1b5e20" if verdict.is_intact else "#a3001b"
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.synced.setText(
            self.tr("Sudah tersimpan di server sampai entri nomor %1.").replace(
                "%1", str(overview.synced_through)
            )
        )
        names = self._officer_names()
        self.table.setRowCount(len(overview.recent))
        zone = self.context.state.timezone
        for row, entry in enumerate(overview.recent):
            actor = (
                self.tr("(tidak dikenal)")
                if entry.actor == UNKNOWN_ACTOR
                else names.get(entry.actor, entry.actor[:8])
            )
            try:
                when = local_time(parse_time(entry.at), zone)
            except ValueError:  # an entry edited behind the app's back: show what is there
                when = entry.at[:32]
            cells = (
                str(entry.sequence),
                when,
                actor,
                action_label(entry.action),
                entry.target[:13],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _officer_names(self) -> dict[str, str]:
        office = self.context.state.office
        if office is None:
            return {}
        return {o.id: o.name for o in self.context.services.offices.officers(office.id)}

    def _on_failed(self, exc: Exception) -> None:
        self.verify_button.setEnabled(True)
        text = error_text(exc) if isinstance(exc, ServiceError) else repr(exc)
        self.verdict.setText(text)
        self.verdict.setStyleSheet("color: #a3001b; font-weight: bold;")
