"""The first screen of an encrypted laptop: an officer's password (or the recovery key) opens it.

Shown before the database is open (it is encrypted with the key this dialog unwraps). The
checks are in ``fieldkit.services.auth.Unlocker``; Argon2 and an upgrade run off the Qt thread.
On success ``data_key``, ``officer_id`` and ``password`` are set and the dialog is accepted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldkit.services.auth import (
    RECOVERY_KEY_SHAPE,
    STATE_PLAIN,
    SignInChoice,
    Unlocker,
    check_password_strength,
)
from fieldkit.services.errors import ServiceError
from fieldkit.services.restore import RestoreService
from fieldkit.ui.dialogs.restore import RestoreDialog
from fieldkit.ui.messages import error_text
from fieldkit.ui.tasks import Progress, TaskRunner
from fieldkit.ui.widgets.error_label import ErrorLabel


class UnlockDialog(QDialog):
    def __init__(
        self,
        unlocker: Unlocker,
        choices: list[SignInChoice],
        *,
        state: str,
        restore: RestoreService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("fieldkit: Masuk"))
        self._unlocker = unlocker
        self._choices = choices
        self._tasks = TaskRunner(self)
        self._busy = False
        self.data_key: bytes | None = None
        self.officer_id: str | None = None
        self.password: str | None = None
        self.recovered = False
        self._restore = restore
        self.restore_dialog: RestoreDialog | None = None

        title = QLabel(self.tr("Masuk"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)

        self.officer_combo = QComboBox()
        self.officer_combo.setObjectName("unlock_officer")
        for choice in choices:
            self.officer_combo.addItem(choice.name, choice.officer_id)

        # --- password page
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("unlock_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.unlock_button = QPushButton(self.tr("&Masuk"))
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.forgot_button = QPushButton(self.tr("Lupa kata sandi? Pakai kunci pemulihan"))
        self.forgot_button.setObjectName("unlock_forgot")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self._on_forgot_button_clicked)
        password_page = QWidget()
        password_form = QFormLayout(password_page)
        password_form.addRow(self.tr("&Kata sandi:"), self.password_edit)
        row = QHBoxLayout()
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        password_form.addRow(row)

        # --- recovery page
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setObjectName("unlock_recovery_key")
        self.recovery_edit.setPlaceholderText(RECOVERY_KEY_SHAPE)
        self.new_password_edit = QLineEdit()
        self.new_password_edit.setObjectName("unlock_new_password")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("unlock_repeat_password")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.recover_button = QPushButton(self.tr("&Buka dan ganti kata sandi"))
        self.recover_button.setObjectName("unlock_recover_button")
        self.recover_button.clicked.connect(self._on_recover_button_clicked)
        self.back_button = QPushButton(self.tr("Kembali"))
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        recovery_page = QWidget()
        recovery_form = QFormLayout(recovery_page)
        recovery_form.addRow(self.tr("Kunci &pemulihan:"), self.recovery_edit)
        recovery_form.addRow(self.tr("Kata sandi &baru:"), self.new_password_edit)
        recovery_form.addRow(self.tr("&Ulangi kata sandi:"), self.repeat_edit)
        row2 = QHBoxLayout()
        row2.addWidget(self.back_button)
        row2.addStretch(1)
        row2.addWidget(self.recover_button)
        recovery_form.addRow(row2)

        self.pages = QStackedWidget()
        self.pages.addWidget(password_page)
        self.pages.addWidget(recovery_page)

        self.note_label = QLabel()
        self.note_label.setObjectName("unlock_note")
        self.note_label.setWordWrap(True)
        if state == STATE_PLAIN:
            self.note_label.setText(
                self.tr(
                    "Pembaruan keamanan: saat Anda masuk, semua data laptop ini dienkripsi. "
                    "Salinan cadangan dibuat dulu. Jangan matikan laptop sampai selesai."
                )
            )
            self.forgot_button.hide()
        else:
            self.note_label.hide()
        self.error_label = ErrorLabel("unlock_error")

        officer_form = QFormLayout()
        officer_form.addRow(self.tr("&Petugas:"), self.officer_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.note_label)
        layout.addLayout(officer_form)
        layout.addWidget(self.pages)
        layout.addWidget(self.error_label)
        # Restoring needs the store closed: it belongs here, before anything is opened.
        self.restore_button = QPushButton(self.tr("Pulihkan dari &cadangan…"))
        self.restore_button.setObjectName("unlock_restore")
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.open_restore)
        self.restore_button.setVisible(restore is not None)
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_button)
        layout.addLayout(restore_row)
        self.resize(560, 300)
        self.password_edit.setFocus()
        if not choices:
            self._show_error(
                self.tr(
                    "Belum ada petugas dengan kunci di laptop ini. Hubungi petugas TI kantor "
                    "dengan kunci pemulihan."
                )
            )

    # --- actions ----------------------------------------------------------------------------

    def _selected(self) -> str | None:
        data = self.officer_combo.currentData()
        return None if data is None else str(data)

    def _on_unlock_button_clicked(self) -> None:
        officer_id = self._selected()
        password = self.password_edit.text()
        if self._busy:
            return
        if officer_id is None:
            self._show_error(self.tr("Pilih nama Anda dari daftar petugas."))
            return
        if not password:
            self._show_error(self.tr("Ketik kata sandi Anda, lalu tekan Enter."))
            return
        unlocker = self._unlocker

        def work(_progress: Progress) -> bytes:
            return unlocker.open_with_password(officer_id, password)

        self._run(work, officer_id, password, recovered=False)

    def _on_recover_button_clicked(self) -> None:
        officer_id = self._selected()
        new = self.new_password_edit.text()
        if self._busy:
            return
        if officer_id is None:
            self._show_error(self.tr("Pilih akun yang kata sandinya akan diganti."))
            return
        weak = check_password_strength(new)
        if weak:
            self._show_error(weak)
            return
        if new != self.repeat_edit.text():
            self._show_error(self.tr("Kedua kata sandi baru tidak sama. Ketik ulang."))
            return
        key_text = self.recovery_edit.text()
        unlocker = self._unlocker

        def work(_progress: Progress) -> bytes:
            return unlocker.unlock_with_recovery(key_text)

        self._run(work, officer_id, new, recovered=True)

    def _run(
        self,
        work: Callable[[Progress], bytes],
        officer_id: str,
        password: str,
        *,
        recovered: bool,
    ) -> None:
        self._set_busy(True)
        self.error_label.hide()

        def done(data_key: bytes) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            self.data_key = data_key
            self.officer_id = officer_id
            self.password = password
            self.recovered = recovered
            self.accept()

        def failed(error: Exception) -> None:
            if not isValid(self):
                return
            self._set_busy(False)
            if isinstance(error, ServiceError):
                self._show_error(error_text(error))
            else:
                self._show_error(
                    self.tr(
                        "Tidak bisa membuka data laptop karena kesalahan tak terduga. "
                        "Tutup lalu buka lagi aplikasi."
                    )
                )
            self.password_edit.clear()

        self._tasks.run(work, on_done=done, on_error=failed)

    def open_restore(self) -> RestoreDialog | None:
        """*Pulihkan dari cadangan…*; afterwards the officers are those of the backup."""
        if self._restore is None or self._busy:
            return None
        dialog = RestoreDialog(self._restore, self)
        dialog.finished.connect(self._on_restore_dialog_finished)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def _on_restore_dialog_finished(self, result: int) -> None:
        dialog = self.restore_dialog
        if dialog is None or result != QDialog.DialogCode.Accepted:
            return
        self._choices = self._unlocker.choices()
        self.officer_combo.clear()
        for choice in self._choices:
            self.officer_combo.addItem(choice.name, choice.officer_id)
        self.forgot_button.show()
        self.error_label.hide()
        self.note_label.setText(dialog.done_text())
        self.note_label.show()
        self.pages.setCurrentIndex(0)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _on_forgot_button_clicked(self) -> None:
        self.pages.setCurrentIndex(1)
        self.error_label.hide()
        self.recovery_edit.setFocus()

    def _on_back_button_clicked(self) -> None:
        self.pages.setCurrentIndex(0)
        self.error_label.hide()
        self.password_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.unlock_button, self.recover_button):
            button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Memeriksa…") if busy else self.tr("&Masuk"))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def wait_for_done(self) -> None:
        self._tasks.wait_for_done()
