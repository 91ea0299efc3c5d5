"""Page 'setup': the first run on a new laptop: the office, its first supervisor and operators."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldkit.domain.records import Office, Officer, Role
from fieldkit.services.auth import NewOfficer, check_password_strength
from fieldkit.services.errors import ServiceError
from fieldkit.ui.context import ViewContext
from fieldkit.ui.dialogs.first_run import FirstRunWizard
from fieldkit.ui.dialogs.recovery_key import RecoveryKeyDialog
from fieldkit.ui.messages import error_text
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets.error_label import ERROR_STYLE, ErrorLabel

TIMEZONES = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")
_OK_STYLE = "color: #1b5e20;"


@dataclass
class _OfficerRow:
    """The input widgets of one operator account in the setup form."""

    name: QLineEdit
    password: QLineEdit
    repeat: QLineEdit
    hint: QLabel
    remove: QPushButton

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.password, self.repeat, self.hint, self.remove)

    def is_empty(self) -> bool:
        return not (self.name.text().strip() or self.password.text() or self.repeat.text())


class SetupView(QWidget):
    """The first-run form. Signals: none (success goes through AppState and the Navigator)."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self._is_busy = False
        self._operator_rows: list[_OfficerRow] = []
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.first_run_wizard: FirstRunWizard | None = None  # steps 2-3: server, printer

        title = QLabel(self.tr("Pengaturan awal laptop"))
        title.setObjectName("setup_title")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Isi data kantor dan akun petugas yang memakai laptop ini. Langkah ini hanya "
                "sekali. Setiap kata sandi minimal 8 karakter, berisi huruf dan angka."
            )
        )
        intro.setWordWrap(True)
        step = QLabel(self.tr("Langkah 1 dari 3: Kantor dan petugas"))
        step.setObjectName("setup_step")
        step_font = QFont(step.font())
        step_font.setBold(True)
        step.setFont(step_font)

        # --- office -----------------------------------------------------------------------------
        self.office_name = QLineEdit()
        self.office_name.setObjectName("office_name")
        self.office_name.setPlaceholderText(self.tr("mis. DPMPTSP Kabupaten Bogor"))
        self.office_address = QLineEdit()
        self.office_address.setObjectName("office_address")
        self.office_phone = QLineEdit()
        self.office_phone.setObjectName("office_phone")
        self.office_phone.setPlaceholderText(self.tr("mis. (0251) 8xxxxxx"))
        self.timezone_combo = QComboBox()
        self.timezone_combo.setObjectName("timezone_combo")
        zone_labels = {
            "Asia/Jakarta": self.tr("WIB: Waktu Indonesia Barat (Sumatra, Jawa, Kalbar, Kalteng)"),
            "Asia/Makassar": self.tr(
                "WITA: Waktu Indonesia Tengah (Bali, Nusa Tenggara, Kalsel, Kaltim, Sulawesi)"
            ),
            "Asia/Jayapura": self.tr("WIT: Waktu Indonesia Timur (Maluku, Papua)"),
        }
        for zone in TIMEZONES:
            self.timezone_combo.addItem(zone_labels[zone], zone)

        office_box = QGroupBox(self.tr("Kantor"))
        office_form = QFormLayout(office_box)
        office_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(office_form, self.tr("&Nama kantor:"), self.office_name)
        self._add_row(office_form, self.tr("&Alamat:"), self.office_address)
        self._add_row(office_form, self.tr("&Telepon:"), self.office_phone)
        self._add_row(office_form, self.tr("&Zona waktu:"), self.timezone_combo)

        # --- supervisor -------------------------------------------------------------------------
        self.supervisor_name = QLineEdit()
        self.supervisor_name.setObjectName("supervisor_name")
        self.supervisor_name.setPlaceholderText(self.tr("mis. Kepala Bidang Pelayanan"))
        self.supervisor_password = self._password_edit("supervisor_password")
        self.supervisor_repeat = self._password_edit("supervisor_repeat")
        self.supervisor_hint = self._hint_label("supervisor_password_hint")
        for edit in (self.supervisor_password, self.supervisor_repeat):
            edit.textEdited.connect(self._on_supervisor_password_text_edited)

        supervisor_box = QGroupBox(self.tr("Supervisor pertama"))
        supervisor_form = QFormLayout(supervisor_box)
        supervisor_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(supervisor_form, self.tr("Nama &supervisor:"), self.supervisor_name)
        self._add_row(supervisor_form, self.tr("&Kata sandi:"), self.supervisor_password)
        self._add_row(supervisor_form, self.tr("&Ulangi kata sandi:"), self.supervisor_repeat)
        supervisor_form.addRow("", self.supervisor_hint)

        # --- operators --------------------------------------------------------------------------
        operators_box = QGroupBox(self.tr("Operator"))
        operators_layout = QVBoxLayout(operators_box)
        operators_note = QLabel(
            self.tr(
                "Boleh dikosongkan: supervisor dapat menambah operator nanti. Baris yang "
                "kosong seluruhnya diabaikan."
            )
        )
        operators_note.setWordWrap(True)
        self._operators_grid = QGridLayout()
        self._operators_grid.setHorizontalSpacing(8)
        self._operators_grid.setColumnStretch(0, 3)
        self._operators_grid.setColumnStretch(1, 2)
        self._operators_grid.setColumnStretch(2, 2)
        self._operator_headers = [
            QLabel(self.tr("Nama operator")),
            QLabel(self.tr("Kata sandi")),
            QLabel(self.tr("Ulangi kata sandi")),
        ]
        for column, header in enumerate(self._operator_headers):
            self._operators_grid.addWidget(header, 0, column)
        self.add_operator_button = QPushButton(self.tr("&Tambah operator"))
        self.add_operator_button.setObjectName("add_operator_button")
        self.add_operator_button.clicked.connect(self._on_add_operator_button_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_operator_button)
        add_row.addStretch(1)
        operators_layout.addWidget(operators_note)
        operators_layout.addLayout(self._operators_grid)
        operators_layout.addLayout(add_row)

        # --- submit -----------------------------------------------------------------------------
        self.error_label = ErrorLabel("setup_error")
        self.submit_button = QPushButton(self.tr("Simpan dan &mulai"))
        self.submit_button.setObjectName("setup_submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._on_submit_button_clicked)
        self.submit_button.setMinimumHeight(36)
        submit_row = QHBoxLayout()
        submit_row.addWidget(self.error_label, 1)
        submit_row.addStretch(0)
        submit_row.addWidget(
            self.submit_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )

        # Enter in any single-line field submits, as in a dialog.
        for edit in (
            self.office_name,
            self.office_address,
            self.office_phone,
            self.supervisor_name,
            self.supervisor_password,
            self.supervisor_repeat,
        ):
            edit.returnPressed.connect(self._on_field_return_pressed)

        content = QWidget()
        content.setObjectName("setup_content")
        content.setMaximumWidth(860)
        page = QVBoxLayout(content)
        page.setContentsMargins(24, 20, 24, 20)
        page.setSpacing(14)
        page.addWidget(title)
        page.addWidget(step)
        page.addWidget(intro)
        page.addWidget(office_box)
        page.addWidget(supervisor_box)
        page.addWidget(operators_box)
        page.addLayout(submit_row)
        page.addStretch(1)

        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.addStretch(1)
        centred.addWidget(content, 6)
        centred.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("setup_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.add_operator_row()

    # --- building helpers -----------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _hint_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.hide()
        return label

    # --- operator rows --------------------------------------------------------------------------

    def add_operator_row(self) -> _OfficerRow:
        """One more operator (name, password, repeat); focus goes to its name."""
        index = len(self._operator_rows)
        name = QLineEdit()
        name.setObjectName(f"operator_name_{index}")
        name.setAccessibleName(self.tr("Nama operator %1").replace("%1", str(index + 1)))
        password = self._password_edit(f"operator_password_{index}")
        password.setAccessibleName(self.tr("Kata sandi operator %1").replace("%1", str(index + 1)))
        repeat = self._password_edit(f"operator_repeat_{index}")
        repeat.setAccessibleName(
            self.tr("Ulangi kata sandi operator %1").replace("%1", str(index + 1))
        )
        hint = self._hint_label(f"operator_password_hint_{index}")
        remove = QPushButton(self.tr("Hapus"))
        remove.setObjectName(f"operator_remove_{index}")
        remove.setToolTip(self.tr("Hapus baris operator ini"))
        row = _OfficerRow(name, password, repeat, hint, remove)
        for edit in (password, repeat):
            edit.textEdited.connect(lambda _t, r=row: self._update_operator_hint(r))
        for edit in (name, password, repeat):
            edit.returnPressed.connect(self._on_field_return_pressed)
        remove.clicked.connect(lambda _c=False, r=row: self._remove_operator_row(r))
        self._operator_rows.append(row)
        self._relayout_operators()
        for widget in (name, password, repeat, remove):
            widget.show()  # a layout shows new children only later; focus needs them now
        return row

    def _remove_operator_row(self, row: _OfficerRow) -> None:
        self._operator_rows.remove(row)
        for widget in row.widgets():
            self._operators_grid.removeWidget(widget)
            widget.hide()
            widget.setParent(None)  # gone from the page now, not at the next event loop turn
            widget.deleteLater()
        self._relayout_operators()
        target = self._operator_rows[-1].name if self._operator_rows else self.add_operator_button
        target.setFocus()

    def _relayout_operators(self) -> None:
        """Grid positions, object names and tab order follow the rows' order."""
        for header in self._operator_headers:
            header.setVisible(bool(self._operator_rows))
        previous: QWidget = self.supervisor_repeat
        for index, row in enumerate(self._operator_rows):
            grid_row = 1 + 2 * index
            self._operators_grid.addWidget(row.name, grid_row, 0)
            self._operators_grid.addWidget(row.password, grid_row, 1)
            self._operators_grid.addWidget(row.repeat, grid_row, 2)
            self._operators_grid.addWidget(row.remove, grid_row, 3)
            self._operators_grid.addWidget(row.hint, grid_row + 1, 1, 1, 3)
            for kind, widget in (
                ("name", row.name),
                ("password", row.password),
                ("repeat", row.repeat),
                ("remove", row.remove),
                ("password_hint", row.hint),
            ):
                widget.setObjectName(f"operator_{kind}_{index}")
            for widget in (row.name, row.password, row.repeat, row.remove):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.add_operator_button)
        QWidget.setTabOrder(self.add_operator_button, self.submit_button)

    def _on_add_operator_button_clicked(self) -> None:
        self.add_operator_row().name.setFocus()

    # --- live hints -----------------------------------------------------------------------------

    def _on_supervisor_password_text_edited(self, _text: str) -> None:
        self._show_hint(
            self.supervisor_hint, self.supervisor_password.text(), self.supervisor_repeat.text()
        )

    def _update_operator_hint(self, row: _OfficerRow) -> None:
        self._show_hint(row.hint, row.password.text(), row.repeat.text())

    def _password_hint(self, password: str, repeat: str) -> tuple[str, bool]:
        """What to say under a password pair, and whether it is a problem ("" : say nothing)."""
        if not password and not repeat:
            return "", False
        weak = check_password_strength(password)
        if weak:
            return weak, True
        if not repeat:
            return self.tr("Ketik kata sandi yang sama sekali lagi di kolom Ulangi."), True
        if repeat != password:
            return self.tr("Kedua kata sandi belum sama. Ketik ulang dengan teliti."), True
        return self.tr("Kata sandi sudah cukup kuat dan sama."), False

    def _show_hint(self, label: QLabel, password: str, repeat: str) -> None:
        text, is_problem = self._password_hint(password, repeat)
        label.setText(text)
        label.setStyleSheet(ERROR_STYLE if is_problem else _OK_STYLE)
        label.setVisible(bool(text))

    # --- submitting -----------------------------------------------------------------------------

    def activate(self) -> None:
        self.error_label.hide()
        self.office_name.setFocus()

    def _on_field_return_pressed(self) -> None:
        self._submit()

    def _on_submit_button_clicked(self) -> None:
        self._submit()

    def _collect(self) -> list[NewOfficer] | None:
        """The accounts to create, or None after pointing at the first incomplete field."""
        supervisor = NewOfficer(
            self.supervisor_name.text().strip(), Role.SUPERVISOR, self.supervisor_password.text()
        )
        if not supervisor.name:
            self._fail(self.tr("Isi nama supervisor."), self.supervisor_name)
            return None
        if self.supervisor_password.text() != self.supervisor_repeat.text():
            self._fail(
                self.tr("Kata sandi supervisor dan ulangannya belum sama. Ketik ulang keduanya."),
                self.supervisor_repeat,
            )
            return None
        officers = [supervisor]
        for number, row in enumerate(self._operator_rows, start=1):
            if row.is_empty():
                continue
            if not row.name.text().strip():
                self._fail(
                    self.tr("Isi nama operator pada baris %1, atau hapus baris itu.").replace(
                        "%1", str(number)
                    ),
                    row.name,
                )
                return None
            if row.password.text() != row.repeat.text():
                self._fail(
                    self.tr(
                        "Kata sandi operator pada baris %1 dan ulangannya belum sama. "
                        "Ketik ulang keduanya."
                    ).replace("%1", str(number)),
                    row.repeat,
                )
                return None
            officers.append(NewOfficer(row.name.text().strip(), Role.OPERATOR, row.password.text()))
        return officers

    def _submit(self) -> None:
        if self._is_busy:
            return
        self.error_label.hide()
        self._on_supervisor_password_text_edited("")
        for row in self._operator_rows:
            self._update_operator_hint(row)
        officers = self._collect()
        if officers is None:
            return
        auth = self.context.services.auth
        office_name = self.office_name.text()
        address = self.office_address.text()
        phone = self.office_phone.text()
        timezone = str(self.timezone_combo.currentData())

        def set_up(_progress: Progress) -> tuple[Office, list[Officer]]:
            # Hashing each password with Argon2 takes a moment: off the Qt thread.
            return auth.set_up(
                office_name=office_name,
                office_address=address,
                office_phone=phone,
                timezone=timezone,
                officers=officers,
            )

        self._set_busy(is_busy=True)
        self.context.tasks.run(
            set_up, on_done=self._on_set_up_done, on_error=self._on_set_up_failed
        )

    def _on_set_up_done(self, result: tuple[Office, list[Officer]]) -> None:
        if not isValid(self):
            return
        self._set_busy(is_busy=False)
        office, created = result
        supervisor = next(o for o in created if o.role is Role.SUPERVISOR)
        for edit in self.findChildren(QLineEdit):
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()  # passwords do not linger in a hidden page
        self.context.state.set_officer(supervisor, office)
        self.context.navigator.open_visit()
        recovery = self.context.services.auth.take_recovery_key()
        if recovery is not None:  # an encrypted laptop: the supervisor keeps the recovery key
            self.recovery_dialog = RecoveryKeyDialog(recovery, office.name, self.window())
            # steps 2-3 once the recovery key is safe (never on top of it)
            self.recovery_dialog.finished.connect(self._on_recovery_dialog_finished)
            self.recovery_dialog.open()
        else:
            self.open_first_run_wizard()

    def _on_recovery_dialog_finished(self, _result: int) -> None:
        self.open_first_run_wizard()

    def open_first_run_wizard(self) -> FirstRunWizard:
        """Steps 2 and 3 of the first run: the office server (or offline) and the printer."""
        services = self.context.services
        self.first_run_wizard = FirstRunWizard(services.sync, services.receipts, self.window())
        self.first_run_wizard.open()
        return self.first_run_wizard

    def _on_set_up_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._set_busy(is_busy=False)
        if isinstance(error, ServiceError):
            field = self._field_for(error.message)  # i18n: not shown, matched in Indonesian
            self._fail(error_text(error), field)
        else:
            self._fail(
                self.tr("Pengaturan gagal karena kesalahan tak terduga. Coba simpan lagi."), None
            )

    def _field_for(self, message: str) -> QWidget | None:
        """The field a service message is about, so focus can go there."""
        if message.startswith("Nama kantor"):
            return self.office_name
        for row in self._operator_rows:
            name = row.name.text().strip()
            if name and message.startswith(name + ":"):
                return row.password
        supervisor = self.supervisor_name.text().strip()
        if supervisor and message.startswith(supervisor + ":"):
            return self.supervisor_password
        return None

    def _fail(self, text: str, field: QWidget | None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if field is not None:
            field.setFocus()

    def _set_busy(self, *, is_busy: bool) -> None:
        self._is_busy = is_busy
        self.submit_button.setEnabled(not is_busy)
        self.submit_button.setText(
            self.tr("Menyimpan…") if is_busy else self.tr("Simpan dan &mulai")
        )
