"""The main window: pages in a stack, the toolbar to move between them, the status bar.

Pages are plain QWidgets built by their own modules under ``fieldkit/ui/views``;
this window only shows them and implements the Navigator of ``fieldkit.ui.context``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from fieldkit import __version__
from fieldkit.domain.records import Officer, Visit
from fieldkit.domain.roles import Permission, is_allowed
from fieldkit.services.backup import BackupInfo
from fieldkit.services.demo import DemoResult
from fieldkit.services.errors import ServiceError
from fieldkit.ui.context import AppState, Services, ViewContext
from fieldkit.ui.dialogs.about import AboutDialog
from fieldkit.ui.dialogs.audit_log import AuditLogDialog
from fieldkit.ui.dialogs.enrol import EnrolDialog
from fieldkit.ui.dialogs.office_settings import OfficeSettingsDialog
from fieldkit.ui.dialogs.verify_receipt import VerifyReceiptDialog
from fieldkit.ui.formatting import long_date
from fieldkit.ui.i18n import LANGUAGES
from fieldkit.ui.messages import error_text
from fieldkit.ui.sync_controller import SyncController
from fieldkit.ui.tasks import TaskRunner
from fieldkit.ui.widgets.sync_status import SyncStatusWidget, connectivity_detail

SYNC_NOT_CONNECTED = "Belum tersambung ke server"  # the status bar's words (widgets/sync_status.py)

# page keys
SETUP, SIGN_IN, VISIT, FORM, LIST, DETAIL = "setup", "sign_in", "visit", "form", "list", "detail"
REPORTS = "reports"
SYNC, CALLBACKS = "sync", "callbacks"


class MainWindow(QMainWindow):
    """Signals: ``language_was_chosen(str)`` when the officer picks another language."""

    language_was_chosen = Signal(str)

    def __init__(
        self,
        services: Services,
        state: AppState,
        tasks: TaskRunner,
        *,
        page_factories: dict[str, Callable[[ViewContext], QWidget]],
        sync: SyncController | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("fieldkit: Pendaftaran NIB Jemput Bola"))
        self.services = services
        self.state = state
        self.tasks = tasks
        # The app's controller outlives this window (a language switch rebuilds it); a window
        # built without one owns its own and stops it when it closes.
        self._owns_sync = sync is None
        self.sync = sync if sync is not None else SyncController(services.sync, state, parent=self)
        self.enrol_dialog: EnrolDialog | None = None
        self.context = ViewContext(services, state, tasks, self, self.sync)
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._pages: dict[str, QWidget] = {}
        for key, factory in page_factories.items():
            page = factory(self.context)
            page.setObjectName(f"page_{key}")
            self._pages[key] = page
            self._stack.addWidget(page)
        self._build_toolbar()
        self._build_menu()
        self._build_status_bar()
        state.officer_did_change.connect(self._on_state_officer_did_change)
        state.visit_did_change.connect(self._on_state_visit_did_change)
        self._on_state_officer_did_change(state.officer)
        self.resize(1200, 800)

    # --- building -------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Navigasi"))
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.action_visit = self._action(self.tr("Kunjungan hari ini (F2)"), "F2", self.open_visit)
        self.action_new = self._action(
            self.tr("Pemohon baru (F3)"), "F3", lambda: self.open_form(None)
        )
        self.action_list = self._action(self.tr("Daftar pemohon (F4)"), "F4", self.open_list)
        self.action_reports = self._action(self.tr("Laporan (F6)"), "F6", self.open_reports)
        for action in (self.action_visit, self.action_new, self.action_list, self.action_reports):
            bar.addAction(action)
        self.addToolBar(bar)
        self._navigation = bar

    def _build_menu(self) -> None:
        account = self.menuBar().addMenu(self.tr("&Akun"))
        self.action_sign_out = self._action(
            self.tr("Keluar / ganti petugas"), "Ctrl+Shift+Q", self.sign_out
        )
        account.addAction(self.action_sign_out)
        self.action_verify_receipt = self._action(
            self.tr("Periksa tanda terima…"), "Ctrl+R", self._on_verify_receipt_triggered
        )
        account.addAction(self.action_verify_receipt)
        self.action_audit = self._action(
            self.tr("Catatan &audit…"), "Ctrl+Shift+A", self._on_audit_triggered
        )
        self.action_audit.setObjectName("action_audit")
        account.addAction(self.action_audit)
        self.action_settings = self._action(
            self.tr("Pengaturan ka&ntor…"), "", self._on_settings_triggered
        )
        self.action_settings.setObjectName("action_settings")
        account.addAction(self.action_settings)
        self.action_export_backup = self._action(
            self.tr("Ekspor &cadangan ke flashdisk…"), "", self._on_export_backup_triggered
        )
        account.addAction(self.action_export_backup)
        account.addSeparator()
        account.addAction(self._action(self.tr("Tutup aplikasi"), "Ctrl+Q", self._close))
        sync = self.menuBar().addMenu(self.tr("Sinkr&onisasi"))
        self.action_sync_now = self._action(
            self.tr("&Sinkronkan sekarang"), "F9", self._on_sync_requested
        )
        self.action_sync_panel = self._action(
            self.tr("&Panel sinkronisasi"), "Ctrl+Shift+S", self.open_sync_panel
        )
        self.action_callbacks = self._action(
            self.tr("Daftar &telepon balik"), "Ctrl+Shift+T", self.open_callbacks
        )
        self.action_enrol = self._action(
            self.tr("Sambungkan ke se&rver…"), "", self._on_enrol_triggered
        )
        for action in (
            self.action_sync_now,
            self.action_sync_panel,
            self.action_callbacks,
            self.action_enrol,
        ):
            sync.addAction(action)
        # Before Bahasa: the language menu stays last, where people find it in any language.
        help_menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        self.action_about = self._action(
            self.tr("&Tentang fieldkit…"), "", self._on_about_triggered
        )
        self.action_demo_data = self._action(self.tr("Isi data &latihan…"), "", self.fill_demo_data)
        help_menu.addAction(self.action_demo_data)
        help_menu.addAction(self.action_about)
        language = self.menuBar().addMenu(self.tr("&Bahasa"))
        for code, label in LANGUAGES.items():
            action = QAction(label, self)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _=False, c=code: self.language_was_chosen.emit(c))
            language.addAction(action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.officer_label = QLabel()
        self.visit_label = QLabel()
        self.sync_status = SyncStatusWidget(self.sync, timezone=lambda: self.state.timezone)
        self.sync_status.sync_was_requested.connect(self._on_sync_requested)
        self.sync_label = self.sync_status.state_label
        for label in (self.officer_label, self.visit_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.sync_status)
        self.version_label = QLabel(f"fieldkit {__version__}")
        self.version_label.setObjectName("version_label")
        bar.addPermanentWidget(self.version_label)

    # --- state ----------------------------------------------------------------------------------

    def _on_state_officer_did_change(self, officer: Officer | None) -> None:
        signed_in = officer is not None
        self._navigation.setVisible(signed_in)
        for action in (
            self.action_visit,
            self.action_new,
            self.action_list,
            self.action_sign_out,
            self.action_verify_receipt,
            self.action_sync_panel,
            self.action_callbacks,
            self.action_enrol,
        ):
            action.setEnabled(signed_in)
        # Reports are the supervisor's; the service refuses others too, this only hides the door.
        officer_role = None if officer is None else officer.role
        self.action_reports.setVisible(is_allowed(officer_role, Permission.VIEW_REPORTS))
        self.action_audit.setVisible(
            is_allowed(officer_role, Permission.VERIFY_AUDIT) and self.services.audit is not None
        )
        self.action_audit.setEnabled(self.action_audit.isVisible())
        self.action_settings.setVisible(is_allowed(officer_role, Permission.CHANGE_SETTINGS))
        self.action_settings.setEnabled(self.action_settings.isVisible())
        if officer is None:
            self.officer_label.setText(self.tr("Belum masuk"))
            self.show_page(SETUP if self.services.auth.needs_setup() else SIGN_IN)
        else:
            role = (
                self.tr("supervisor") if officer.role.value == "supervisor" else self.tr("operator")
            )
            self.officer_label.setText(
                self.tr("Petugas: %1 (%2)").replace("%1", officer.name).replace("%2", role)
            )
        self._on_state_visit_did_change(self.state.visit)

    def _on_state_visit_did_change(self, visit: Visit | None) -> None:
        has_visit = visit is not None
        self.action_new.setEnabled(has_visit and self.state.officer is not None)
        if visit is None:
            self.visit_label.setText(self.tr("Belum ada kunjungan dibuka"))
            return
        village = self.services.reference.region(visit.village_code)
        name = village.name if village else visit.village_code
        self.visit_label.setText(
            self.tr("Kunjungan: %1, %2").replace("%1", name).replace("%2", long_date(visit.date))
        )

    def _on_audit_triggered(self) -> None:
        self.open_audit_log()

    def _on_settings_triggered(self) -> None:
        self.open_office_settings()

    def open_office_settings(self) -> OfficeSettingsDialog | None:
        """The supervisor's office settings (modal); the services refuse others too."""
        officer = self.state.officer
        if officer is None:
            return None
        dialog = OfficeSettingsDialog(
            self.services.offices,
            self.services.applications,
            self.services.retention,
            officer,
            self,
        )
        dialog.setModal(True)
        dialog.show()
        return dialog

    def open_audit_log(self) -> AuditLogDialog | None:
        """The supervisor's audit log screen (modal); None in a build without the audit log."""
        if self.services.audit is None:
            return None
        dialog = AuditLogDialog(self.context, self.services.audit, self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    # --- navigation (the Navigator protocol) ----------------------------------------------------

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def current_page_key(self) -> str:
        current = self._stack.currentWidget()
        return next(k for k, w in self._pages.items() if w is current)

    def show_page(self, key: str) -> QWidget:
        page = self._pages[key]
        self._stack.setCurrentWidget(page)
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate()
        return page

    def open_visit(self) -> None:
        self.show_page(VISIT)

    def open_form(self, application_id: str | None = None) -> None:
        page = self._pages[FORM]
        self._stack.setCurrentWidget(page)
        load = getattr(page, "load", None)
        if callable(load):
            load(application_id)

    def open_list(self) -> None:
        self.show_page(LIST)

    def open_detail(self, application_id: str) -> None:
        page = self._pages[DETAIL]
        self._stack.setCurrentWidget(page)
        load = getattr(page, "load", None)
        if callable(load):
            load(application_id)

    def open_reports(self) -> None:
        self.show_page(REPORTS)

    def open_closing_report(self, visit_id: str) -> None:
        page = self.show_page(REPORTS)
        show = getattr(page, "show_closing_report", None)
        if callable(show):
            show(visit_id)

    def open_sync_panel(self) -> None:
        self.show_page(SYNC)

    def open_callbacks(self) -> None:
        self.show_page(CALLBACKS)

    # --- sync -----------------------------------------------------------------------------------

    def _on_sync_requested(self) -> None:
        if self.sync.is_enrolled:
            if not self.sync.sync_now():  # e.g. the server refused this laptop
                self.statusBar().showMessage(connectivity_detail(self.sync.status.connectivity))
        elif self.state.officer is not None:
            self._on_enrol_triggered()
        else:
            self.statusBar().showMessage(
                self.tr("Masuk dulu, lalu sambungkan laptop ke server."), 5000
            )

    def _on_enrol_triggered(self) -> None:
        if self.services.sync is None or self.state.officer is None:
            return
        if self.enrol_dialog is None:
            self.enrol_dialog = EnrolDialog(self.context, self.services.sync, self)
            self.enrol_dialog.enrolment_did_succeed.connect(self._on_enrol_dialog_succeeded)
        self.enrol_dialog.reset()
        self.enrol_dialog.open()

    def _on_enrol_dialog_succeeded(self) -> None:
        self.sync.after_enrolment()
        self.statusBar().showMessage(
            self.tr("Laptop tersambung ke server. Sinkronisasi pertama dimulai."), 8000
        )

    def run_daily_backup(self) -> None:
        """Today's automatic backup, in the background (skipped when it exists)."""
        backup = self.services.backup
        if backup is None:
            return
        self.tasks.run(lambda _progress: backup.daily(), writes_db=False)

    def _on_export_backup_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih flashdisk atau folder untuk cadangan")
        )
        if folder:
            self.export_backup_to(Path(folder))

    def export_backup_to(self, folder: Path) -> None:
        """Write a full, checked backup into ``folder``; the status bar says how it went."""
        backup = self.services.backup
        if backup is None:
            return
        self.statusBar().showMessage(self.tr("Membuat cadangan…"))
        self.tasks.run(
            lambda _progress: backup.export(folder),
            on_done=self._on_backup_job_done,
            on_error=self._on_backup_job_failed,
            writes_db=False,
        )

    def _on_backup_job_done(self, result: object) -> None:
        if isinstance(result, BackupInfo):
            self.statusBar().showMessage(
                self.tr("Cadangan tersimpan dan sudah diperiksa: %1").replace(
                    "%1", str(result.path)
                ),
                20000,
            )

    def _on_backup_job_failed(self, exc: Exception) -> None:
        detail = error_text(exc) if isinstance(exc, ServiceError) else type(exc).__name__
        self.statusBar().showMessage(self.tr("Cadangan gagal: %1").replace("%1", detail), 20000)

    def fill_demo_data(self) -> None:
        """A training visit of realistic applicants (*Bantuan → Isi data latihan*, or
        ``fieldkit --demo-data``); it never syncs (``fieldkit.services.demo``)."""
        demo, officer = self.services.demo, self.state.officer
        if demo is None or officer is None:
            self.statusBar().showMessage(
                self.tr("Masuk dulu sebagai petugas untuk mengisi data latihan."), 8000
            )
            return
        timezone = self.state.timezone

        def job(_progress: object) -> DemoResult:
            return demo.fill(actor=officer, timezone=timezone)

        self.tasks.run(job, on_done=self._on_demo_job_done, on_error=self._on_demo_job_failed)

    def _on_demo_job_done(self, result: object) -> None:
        if not isinstance(result, DemoResult):
            return
        self.state.set_visit(result.visit)
        self.open_visit()
        self.statusBar().showMessage(
            self.tr(
                "Kunjungan latihan dibuat dengan %1 pemohon contoh. Data latihan tidak pernah "
                "dikirim ke server."
            ).replace("%1", str(len(result.application_ids))),
            15000,
        )

    def _on_demo_job_failed(self, exc: Exception) -> None:
        detail = error_text(exc) if isinstance(exc, ServiceError) else type(exc).__name__
        self.statusBar().showMessage(
            self.tr("Data latihan tidak bisa dibuat: %1").replace("%1", detail), 15000
        )

    def _on_about_triggered(self) -> None:
        dialog = AboutDialog(self.services.data_dir, self)
        dialog.exec()
        dialog.deleteLater()

    def _on_verify_receipt_triggered(self) -> None:
        dialog = VerifyReceiptDialog(self.context, self.services.receipts, self)
        dialog.exec()
        dialog.deleteLater()

    def save_in_progress(self) -> bool:
        """Write the form in progress to its autosave now and wait for the write (the crash
        handler calls this before anything else). True when there was typed input to keep."""
        form = self._pages.get(FORM)
        flush = getattr(form, "flush_autosave", None)
        if not callable(flush) or not getattr(form, "has_unsaved_input", False):
            return False
        flush()
        return self.tasks.wait_for_done(10_000)

    def sign_out(self) -> None:
        form = self._pages.get(FORM)
        flush = getattr(form, "flush_autosave", None)
        if callable(flush):
            flush()  # nothing typed is lost when the officer switches
        self.state.set_officer(None, None)

    def _close(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        form = self._pages.get(FORM)
        flush = getattr(form, "flush_autosave", None)
        if callable(flush):
            flush()
        self.tasks.wait_for_done()
        if self._owns_sync:
            self.sync.shutdown()
        super().closeEvent(event)
