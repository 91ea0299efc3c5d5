"""*Pulihkan dari cadangan…*: put a backup in place of the laptop's data, from the sign-in screen.

Reached before the store is open (restoring needs it closed). Three pages: choose the backup
folder and who authorises it (a supervisor of the backup, or the recovery key); a confirmation
that says what is replaced and where the current data is kept; progress while it runs. The
rules are in ``fieldkit.services.restore``; the work runs off the Qt thread. On success
``aside`` is where the previous data now is, and the dialog is accepted.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldkit.services.auth import RECOVERY_KEY_SHAPE
from fieldkit.services.errors import ServiceError
from fieldkit.services.restore import BackupSummary, RestoreService
from fieldkit.ui.messages import error_text
from fieldkit.ui.tasks import Progress, TaskRunner
from fieldkit.ui.widgets.error_label import ErrorLabel

_WARNING_STYLE = "color: #8a4b00; font-weight: bold;"
RECOVERY = "__recovery__"
FORM_PAGE, CONFIRM_PAGE, PROGRESS_PAGE = range(3)


class RestoreDialog(QDialog):
    def __init__(self, service: RestoreService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self._service = service
        self._tasks = TaskRunner(self)
        self._summary: BackupSummary | None = None
        self.aside: Path | None = None

        # --- page 1: which backup, who authorises it
        intro = QLabel(
            self.tr(
                "Pilih folder cadangan (bernama fieldkit-cadangan-…, di flashdisk atau di folder "
                "cadangan laptop). Pemulihan perlu kata sandi supervisor atau kunci pemulihan "
                "laptop."
            )
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("restore_folder")
        self.folder_edit.editingFinished.connect(self._on_folder_edit_editing_finished)
        self.browse_button = QPushButton(self.tr("&Pilih folder…"))
        self.browse_button.setObjectName("restore_browse")
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("restore_summary")
        self.summary_label.setWordWrap(True)
        self.who_combo = QComboBox()
        self.who_combo.setObjectName("restore_who")
        self.who_combo.currentIndexChanged.connect(self._on_who_combo_current_index_changed)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("restore_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self._on_next_button_clicked)
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setObjectName("restore_recovery_key")
        self.recovery_edit.setPlaceholderText(RECOVERY_KEY_SHAPE)
        self.recovery_edit.returnPressed.connect(self._on_next_button_clicked)
        self.password_label = QLabel(self.tr("&Kata sandi supervisor:"))
        self.password_label.setBuddy(self.password_edit)
        self.recovery_label = QLabel(self.tr("Kunci pe&mulihan:"))
        self.recovery_label.setBuddy(self.recovery_edit)
        self.cancel_button = QPushButton(self.tr("&Batal"))
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(self.tr("&Lanjut…"))
        self.next_button.setObjectName("restore_next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        form_page = QWidget()
        form = QFormLayout(form_page)
        form.addRow(intro)
        folder_label = QLabel(self.tr("&Folder cadangan:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.summary_label)
        who_label = QLabel(self.tr("&Disetujui oleh:"))
        who_label.setBuddy(self.who_combo)
        form.addRow(who_label, self.who_combo)
        form.addRow(self.password_label, self.password_edit)
        form.addRow(self.recovery_label, self.recovery_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        form.addRow(buttons)

        # --- page 2: the confirmation
        self.confirm_label = QLabel()
        self.confirm_label.setObjectName("restore_confirm_text")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setStyleSheet(_WARNING_STYLE)
        self.back_button = QPushButton(self.tr("&Kembali"))
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.confirm_button = QPushButton(self.tr("&Ya, ganti data laptop"))
        self.confirm_button.setObjectName("restore_confirm")
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        confirm_page = QWidget()
        confirm = QVBoxLayout(confirm_page)
        confirm.addWidget(self.confirm_label)
        confirm.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.confirm_button)
        confirm.addLayout(row)

        # --- page 3: progress
        self.progress_label = QLabel()
        self.progress_label.setObjectName("restore_progress_text")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: the copy's length is not known in advance
        progress_page = QWidget()
        progress = QVBoxLayout(progress_page)
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar)
        progress.addWidget(
            QLabel(self.tr("Jangan matikan laptop atau cabut flashdisk sampai selesai."))
        )
        progress.addStretch(1)

        self.pages = QStackedWidget()
        for page in (form_page, confirm_page, progress_page):
            self.pages.addWidget(page)
        self.error_label = ErrorLabel("restore_error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error_label)
        self.resize(620, 340)
        self._show_who_fields()
        self.folder_edit.setFocus()

    # --- choosing -----------------------------------------------------------------------------

    def choose_folder(self, folder: Path) -> bool:
        """Read the backup's summary and who may authorise it; False (with the reason) if not."""
        self.folder_edit.setText(str(folder))
        self.error_label.hide()
        self.who_combo.clear()
        self._summary = None
        try:
            summary = self._service.inspect(folder)
        except ServiceError as exc:
            self.summary_label.clear()
            self._show_error(error_text(exc))
            return False
        self._summary = summary
        self.summary_label.setText(
            self.tr("Cadangan tanggal %1, %2 berkas dokumen, dibuat oleh fieldkit %3.")
            .replace("%1", _local_time(summary.created_at))
            .replace("%2", str(summary.documents))
            .replace("%3", summary.app_version)
        )
        for choice in summary.supervisors:
            self.who_combo.addItem(choice.name, choice.officer_id)
        if summary.has_recovery:
            self.who_combo.addItem(self.tr("Kunci pemulihan laptop"), RECOVERY)
        self._show_who_fields()
        return True

    def _on_browse_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan"))
        if chosen:
            self.choose_folder(Path(chosen))
            self.who_combo.setFocus()

    def _on_folder_edit_editing_finished(self) -> None:
        text = self.folder_edit.text().strip()
        if text and (self._summary is None or str(self._summary.path) != text):
            self.choose_folder(Path(text))

    def _on_who_combo_current_index_changed(self, _index: int) -> None:
        self._show_who_fields()

    def _show_who_fields(self) -> None:
        recovery = self.who_combo.currentData() == RECOVERY
        for widget in (self.password_label, self.password_edit):
            widget.setVisible(not recovery)
        for widget in (self.recovery_label, self.recovery_edit):
            widget.setVisible(recovery)

    # --- confirming and running -------------------------------------------------------------

    def _on_next_button_clicked(self) -> None:
        text = self.folder_edit.text().strip()
        if self._summary is None or str(self._summary.path) != text:
            if not text:
                self._show_error(self.tr("Pilih dulu folder cadangan dengan tombol Pilih folder…"))
                return
            if not self.choose_folder(Path(text)):
                return
        summary = self._summary
        assert summary is not None
        if self.who_combo.currentData() is None:
            self._show_error(
                self.tr(
                    "Cadangan ini tidak punya supervisor atau kunci pemulihan yang bisa "
                    "menyetujui. Pakai cadangan lain."
                )
            )
            return
        recovery = self.who_combo.currentData() == RECOVERY
        if recovery and not self.recovery_edit.text().strip():
            self._show_error(self.tr("Ketik kunci pemulihan laptop (8 kelompok 5 huruf)."))
            return
        if not recovery and not self.password_edit.text():
            self._show_error(self.tr("Ketik kata sandi supervisor yang dipilih."))
            return
        self.error_label.hide()
        replaced = self.tr(
            "Semua data di laptop ini (pemohon, kunjungan, dokumen, akun petugas dan kata "
            "sandinya) akan diganti dengan isi cadangan tanggal %1. Pekerjaan setelah "
            "tanggal itu yang belum terkirim ke server tidak ada di cadangan."
        ).replace("%1", _local_time(summary.created_at))
        kept = self.tr(
            "Data sekarang tidak dihapus: dipindahkan ke folder sebelum-pemulihan-… di "
            "folder data laptop (%1)."
        ).replace("%1", str(self._service.data_dir))
        self.confirm_label.setText(f"{replaced}\n\n{kept}")
        self.pages.setCurrentIndex(CONFIRM_PAGE)
        self.confirm_button.setFocus()

    def _on_back_button_clicked(self) -> None:
        self.pages.setCurrentIndex(FORM_PAGE)
        self.password_edit.setFocus()

    def _on_confirm_button_clicked(self) -> None:
        summary = self._summary
        if summary is None:
            return
        service = self._service
        folder = summary.path
        recovery = self.who_combo.currentData() == RECOVERY
        officer_id = None if recovery else str(self.who_combo.currentData())
        password = self.password_edit.text()
        recovery_key = self.recovery_edit.text() if recovery else None

        def work(progress: Progress) -> Path:
            return service.restore(
                folder,
                officer_id=officer_id,
                password=password,
                recovery_key=recovery_key,
                progress=lambda phase: progress(0, 0, phase),
            )

        self.error_label.hide()
        self._on_progress(0, 0, "secret")
        self.pages.setCurrentIndex(PROGRESS_PAGE)
        self._tasks.run(
            work, on_done=self._on_done, on_error=self._on_failed, on_progress=self._on_progress
        )

    def _on_progress(self, _done: int, _total: int, phase: str) -> None:
        if isValid(self):
            self.progress_label.setText(
                self.tr("Memeriksa kata sandi atau kunci…")
                if phase == "secret"
                else self.tr("Memeriksa setiap berkas cadangan lalu menyalinnya…")
            )

    def _on_done(self, aside: object) -> None:
        if not isValid(self):
            return
        assert isinstance(aside, Path)
        self.aside = aside
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self.pages.setCurrentIndex(FORM_PAGE)
        self.password_edit.clear()
        if isinstance(error, ServiceError):
            self._show_error(error_text(error))
        else:
            self._show_error(
                self.tr(
                    "Pemulihan berhenti karena kesalahan tak terduga. Jika data laptop sudah "
                    "dipindahkan, data itu ada di folder sebelum-pemulihan-… di folder data "
                    "laptop. Hubungi petugas TI kantor."
                )
            )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def wait_for_done(self) -> None:
        self._tasks.wait_for_done()

    def done_text(self) -> str:
        """What the sign-in screen says after a successful restore."""
        return self.tr(
            "Data laptop dipulihkan dari cadangan. Data sebelumnya disimpan di %1. Silakan masuk."
        ).replace("%1", str(self.aside or ""))


def _local_time(iso: str) -> str:
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso or "?"
    return when.astimezone().strftime("%d-%m-%Y %H:%M")


class NewLaptopDialog(QDialog):
    """The first screen of a laptop with no data: set it up as new, or restore a backup (a
    replacement laptop). Accepted either way; ``restored`` says which."""

    def __init__(self, service: RestoreService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_laptop_dialog")
        self.setWindowTitle(self.tr("fieldkit: Laptop baru"))
        self._service = service
        self.restored = False
        self.restore_dialog: RestoreDialog | None = None
        text = QLabel(
            self.tr(
                "Laptop ini belum berisi data fieldkit. Atur sebagai laptop baru (kantor dan "
                "petugas), atau pulihkan data dari cadangan bila laptop ini pengganti laptop "
                "yang rusak atau hilang."
            )
        )
        text.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Atur sebagai laptop baru"))
        self.new_button.setObjectName("new_laptop_setup")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.accept)
        self.restore_button = QPushButton(self.tr("&Pulihkan dari cadangan…"))
        self.restore_button.setObjectName("new_laptop_restore")
        self.restore_button.clicked.connect(self.open_restore)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addLayout(row)
        self.resize(560, 180)
        self.new_button.setFocus()

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self._service, self)
        dialog.finished.connect(self._on_restore_dialog_finished)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def _on_restore_dialog_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.restored = True
            self.accept()

    def wait_for_done(self) -> None:
        if self.restore_dialog is not None:
            self.restore_dialog.wait_for_done()
