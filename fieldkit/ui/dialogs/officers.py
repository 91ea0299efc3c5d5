"""Officers of this laptop (supervisor): add, reset a password, unlock, remove; screen lock time.

Every rule is in ``AuthService`` (which refuses non-supervisors too); this dialog shows the
state and forwards the choices. A password reset is also how an officer who has no key on an
upgraded laptop gets one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.records import Officer, Role
from fieldkit.services.auth import (
    MAX_IDLE_LOCK_MINUTES,
    AuthService,
    NewOfficer,
    OfficerAccount,
)
from fieldkit.services.errors import ServiceError
from fieldkit.ui.messages import error_text
from fieldkit.ui.widgets.error_label import ERROR_STYLE


class OfficersDialog(QDialog):
    def __init__(self, auth: AuthService, actor: Officer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officers_dialog")
        self.setWindowTitle(self.tr("Kelola petugas"))
        self._auth = auth
        self._actor = actor
        self._accounts: list[OfficerAccount] = []

        self.list = QListWidget()
        self.list.setObjectName("officers_list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("officers_new_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reset_button = QPushButton(self.tr("Atur &ulang kata sandi"))
        self.reset_button.setObjectName("officers_reset")
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.unlock_button = QPushButton(self.tr("&Buka kunci akun"))
        self.unlock_button.setObjectName("officers_unlock")
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.remove_button = QPushButton(self.tr("&Hapus petugas"))
        self.remove_button.setObjectName("officers_remove")
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

        self.new_name = QLineEdit()
        self.new_name.setObjectName("officers_add_name")
        self.new_role = QComboBox()
        self.new_role.setObjectName("officers_add_role")
        self.new_role.addItem(self.tr("operator"), Role.OPERATOR.value)
        self.new_role.addItem(self.tr("supervisor"), Role.SUPERVISOR.value)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("officers_add_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("&Tambah petugas"))
        self.add_button.setObjectName("officers_add")
        self.add_button.clicked.connect(self._on_add_button_clicked)

        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("officers_idle_minutes")
        self.idle_spin.setRange(1, MAX_IDLE_LOCK_MINUTES)
        self.idle_spin.setSuffix(self.tr(" menit"))
        self.idle_spin.setValue(max(1, auth.idle_lock_minutes()))
        self.idle_button = QPushButton(self.tr("&Simpan"))
        self.idle_button.setObjectName("officers_idle_save")
        self.idle_button.clicked.connect(self._on_idle_button_clicked)

        self.message = QLabel()
        self.message.setObjectName("officers_message")
        self.message.setWordWrap(True)

        selected = QFormLayout()
        selected.addRow(self.tr("Kata sandi baru:"), self.password_edit)
        actions = QHBoxLayout()
        for button in (self.reset_button, self.unlock_button, self.remove_button):
            actions.addWidget(button)
        selected.addRow(actions)
        add = QFormLayout()
        add.addRow(self.tr("Nama:"), self.new_name)
        add.addRow(self.tr("Peran:"), self.new_role)
        add.addRow(self.tr("Kata sandi:"), self.new_password)
        add.addRow(self.add_button)
        idle = QHBoxLayout()
        idle.addWidget(QLabel(self.tr("Kunci layar jika tidak dipakai selama")))
        idle.addWidget(self.idle_spin)
        idle.addWidget(self.idle_button)
        idle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(selected)
        layout.addWidget(QLabel(self.tr("Petugas baru")))
        layout.addLayout(add)
        layout.addLayout(idle)
        layout.addWidget(self.message)
        self.resize(640, 560)
        self.reload()

    # --- state --------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.selected()
        try:
            self._accounts = self._auth.accounts(self._actor)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            self._accounts = []
        self.list.clear()
        for account in self._accounts:
            notes = []
            if not account.has_key:
                notes.append(self.tr("belum punya kunci: atur ulang kata sandinya"))
            if account.locked:
                notes.append(self.tr("akun dikunci"))
            elif account.failures:
                notes.append(
                    self.tr("%1 kali salah kata sandi").replace("%1", str(account.failures))
                )
            if not account.officer.is_active:
                notes.append(self.tr("dihapus"))
            role = (
                self.tr("supervisor")
                if account.officer.role is Role.SUPERVISOR
                else self.tr("operator")
            )
            text = f"{account.officer.name} ({role})"
            if notes:
                text += " — " + "; ".join(notes)
            item = QListWidgetItem(text)
            self.list.addItem(item)
        if current is not None:
            for row, account in enumerate(self._accounts):
                if account.officer.id == current.officer.id:
                    self.list.setCurrentRow(row)
        self._on_list_current_row_changed(self.list.currentRow())

    def selected(self) -> OfficerAccount | None:
        row = self.list.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def select(self, officer_id: str) -> None:
        for row, account in enumerate(self._accounts):
            if account.officer.id == officer_id:
                self.list.setCurrentRow(row)

    def _on_list_current_row_changed(self, _row: int) -> None:
        account = self.selected()
        active = account is not None and account.officer.is_active
        self.reset_button.setEnabled(active)
        self.unlock_button.setEnabled(active and account is not None and account.failures > 0)
        self.remove_button.setEnabled(
            active and account is not None and account.officer.id != self._actor.id
        )

    # --- actions ------------------------------------------------------------------------------

    def _on_reset_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            self._auth.reset_password(self._actor, account.officer.id, self.password_edit.text())
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self.password_edit.clear()
        self._say(
            self.tr("Kata sandi %1 diganti. Beri tahu petugasnya secara langsung.").replace(
                "%1", account.officer.name
            )
        )
        self.reload()

    def _on_unlock_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            self._auth.unlock_officer(self._actor, account.officer.id)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("Kunci akun %1 dibuka.").replace("%1", account.officer.name))
        self.reload()

    def _on_remove_button_clicked(self, *, confirmed: bool = False) -> None:
        account = self.selected()
        if account is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Hapus petugas"),
                self.tr(
                    "Hapus %1? Akunnya tidak bisa masuk lagi dan kuncinya di laptop ini dihapus. "
                    "Data yang sudah dicatatnya tetap ada."
                ).replace("%1", account.officer.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.remove(account.officer.id)

    def remove(self, officer_id: str) -> None:
        try:
            self._auth.remove_officer(self._actor, officer_id)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("Petugas dihapus dari laptop ini."))
        self.reload()

    def _on_add_button_clicked(self) -> None:
        new = NewOfficer(
            self.new_name.text(), Role(str(self.new_role.currentData())), self.new_password.text()
        )
        try:
            officer = self._auth.add_officer(self._actor, new)
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self.new_name.clear()
        self.new_password.clear()
        self._say(self.tr("%1 ditambahkan.").replace("%1", officer.name))
        self.reload()

    def _on_idle_button_clicked(self) -> None:
        try:
            self._auth.set_idle_lock_minutes(self._actor, self.idle_spin.value())
        except ServiceError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("Waktu kunci layar disimpan."))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
