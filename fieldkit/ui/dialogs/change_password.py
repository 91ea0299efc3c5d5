"""Akun → Ganti kata sandi: the signed-in officer changes their own password (and key wrap)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.records import Officer
from fieldkit.services.auth import AuthService
from fieldkit.services.errors import ServiceError
from fieldkit.ui.messages import error_text
from fieldkit.ui.tasks import Progress, TaskRunner
from fieldkit.ui.widgets.error_label import ErrorLabel


class ChangePasswordDialog(QDialog):
    def __init__(
        self, auth: AuthService, officer: Officer, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        self._auth = auth
        self._officer = officer
        self._tasks = tasks
        self.old_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit, name in (
            (self.old_edit, "change_old"),
            (self.new_edit, "change_new"),
            (self.repeat_edit, "change_repeat"),
        ):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel("change_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpa&n"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kata sandi &sekarang:"), self.old_edit)
        form.addRow(self.tr("Kata sandi &baru:"), self.new_edit)
        form.addRow(self.tr("&Ulangi kata sandi baru:"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _on_buttons_accepted(self) -> None:
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self._show_error(self.tr("Kedua kata sandi baru tidak sama. Ketik ulang."))
            return
        old = self.old_edit.text()
        auth, officer = self._auth, self._officer

        def work(_progress: Progress) -> None:
            auth.change_password(officer, old, new)  # Argon2: off the Qt thread

        self.buttons.setEnabled(False)
        self._tasks.run(work, on_done=self._on_done, on_error=self._on_failed)

    def _on_done(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self._show_error(
            error_text(error)
            if isinstance(error, ServiceError)
            else self.tr("Kata sandi tidak bisa diganti karena kesalahan tak terduga. Coba lagi.")
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
