"""Page 'sign_in': an officer of this office picks their name, types the password, presses Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldkit.domain.records import Office, Officer, Role
from fieldkit.services.errors import ServiceError
from fieldkit.ui.context import ViewContext
from fieldkit.ui.dialogs.recovery_key import RecoveryKeyDialog
from fieldkit.ui.messages import error_text
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets.error_label import ErrorLabel


class SignInView(QWidget):
    """The sign-in form. Signals: none (success goes through AppState and the Navigator)."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self._office: Office | None = None
        self._officers: list[Officer] = []
        self._is_busy = False
        self.recovery_dialog: RecoveryKeyDialog | None = None

        title = QLabel(self.tr("Masuk"))
        title.setObjectName("sign_in_title")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.office_label = QLabel()
        self.office_label.setObjectName("sign_in_office")
        self.office_label.setWordWrap(True)

        self.officer_combo = QComboBox()
        self.officer_combo.setObjectName("officer_combo")
        self.officer_combo.setEditable(True)
        self.officer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.officer_combo.setMinimumContentsLength(24)
        line = self.officer_combo.lineEdit()
        completer = self.officer_combo.completer()
        # An editable combo always has both.
        assert line is not None
        assert completer is not None
        line.setPlaceholderText(self.tr("Ketik atau pilih nama Anda"))
        line.returnPressed.connect(self._on_officer_combo_return_pressed)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self._on_password_edit_return_pressed)
        self.password_edit.textEdited.connect(self._on_password_edit_text_edited)

        self.error_label = ErrorLabel("sign_in_error")

        self.sign_in_button = QPushButton(self.tr("&Masuk"))
        self.sign_in_button.setObjectName("sign_in_button")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        officer_label = QLabel(self.tr("&Petugas:"))
        officer_label.setBuddy(self.officer_combo)
        password_label = QLabel(self.tr("&Kata sandi:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(officer_label, self.officer_combo)
        form.addRow(password_label, self.password_edit)
        form.addRow("", self.error_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        card = QFrame()
        card.setObjectName("sign_in_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(560)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.setSpacing(12)
        card_layout.addWidget(title)
        card_layout.addWidget(self.office_label)
        card_layout.addLayout(form)
        card_layout.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        QWidget.setTabOrder(self.officer_combo, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.sign_in_button)

    # --- page life cycle ------------------------------------------------------------------------

    def activate(self) -> None:
        """Ready for the next officer: fresh officer list, empty password, focus on it."""
        previous = self.selected_officer()
        try:
            offices = self.context.services.offices.offices()
            self._office = offices[0] if offices else None
            self._officers = (
                [
                    o
                    for o in self.context.services.offices.officers(self._office.id)
                    if o.is_active and o.role in {Role.OPERATOR, Role.SUPERVISOR}
                ]
                if self._office
                else []
            )
        except Exception as exc:  # shown to the officer: nothing escapes a slot
            self._officers = []
            self._show_error(
                error_text(exc)
                if isinstance(exc, ServiceError)
                else self.tr("Daftar petugas tidak bisa dibaca. Tutup lalu buka lagi aplikasi.")
            )
        self.office_label.setText(self._office.name if self._office else "")
        self.officer_combo.clear()
        for officer in self._officers:
            self.officer_combo.addItem(officer.name, officer.id)
        if previous is not None:
            index = self.officer_combo.findData(previous.id)
            self.officer_combo.setCurrentIndex(index)
        elif self._officers:
            self.officer_combo.setCurrentIndex(0)
        self.password_edit.clear()
        self.error_label.hide()
        self._set_busy(is_busy=False)
        if self._office is not None and not self._officers:
            self._show_error(
                self.tr("Belum ada petugas aktif di laptop ini. Minta supervisor menambah akun.")
            )
        if self.selected_officer() is None:
            self.officer_combo.setFocus()
        else:
            self.password_edit.setFocus()

    def selected_officer(self) -> Officer | None:
        """The officer whose name is in the combo: exact (any case), else the only one matching."""
        text = " ".join(self.officer_combo.currentText().split()).casefold()
        if not text:
            return None
        exact = [o for o in self._officers if o.name.casefold() == text]
        if len(exact) == 1:
            return exact[0]
        if exact:  # two officers with the same name: the one the combo points at
            chosen = self.officer_combo.currentData()
            return next((o for o in exact if o.id == chosen), exact[0])
        partial = [o for o in self._officers if text in o.name.casefold()]
        return partial[0] if len(partial) == 1 else None

    # --- signing in -----------------------------------------------------------------------------

    def _on_officer_combo_return_pressed(self) -> None:
        self.password_edit.setFocus()

    def _on_password_edit_return_pressed(self) -> None:
        self._sign_in()

    def _on_sign_in_button_clicked(self) -> None:
        self._sign_in()

    def _on_password_edit_text_edited(self, _text: str) -> None:
        self.error_label.hide()

    def _sign_in(self) -> None:
        if self._is_busy:
            return
        officer = self.selected_officer()
        if officer is None or self._office is None:
            self._show_error(self.tr("Pilih nama Anda dari daftar petugas."))
            self.officer_combo.setFocus()
            return
        password = self.password_edit.text()
        if not password:
            self._show_error(self.tr("Ketik kata sandi Anda, lalu tekan Enter."))
            self.password_edit.setFocus()
            return
        office = self._office
        auth = self.context.services.auth
        officer_id = officer.id

        def check(_progress: Progress) -> Officer:
            # Argon2 is deliberately slow (tens of milliseconds or more): off the Qt thread.
            return auth.sign_in(officer_id, password)

        self._set_busy(is_busy=True)
        self.context.tasks.run(
            check,
            on_done=lambda result: self._on_sign_in_done(result, office),
            on_error=self._on_sign_in_failed,
        )

    def _on_sign_in_done(self, officer: Officer, office: Office) -> None:
        if not isValid(self):
            return
        self._set_busy(is_busy=False)
        self.password_edit.clear()
        self.error_label.hide()
        self.context.state.set_officer(officer, office)
        self.context.navigator.open_visit()
        recovery = self.context.services.auth.take_recovery_key()
        if recovery is not None:  # the first supervisor sign-in after the upgrade to encryption
            self.recovery_dialog = RecoveryKeyDialog(recovery, office.name, self.window())
            self.recovery_dialog.open()

    def _on_sign_in_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._set_busy(is_busy=False)
        if isinstance(error, ServiceError):
            self._show_error(error_text(error))
        else:
            self._show_error(self.tr("Tidak bisa masuk karena kesalahan tak terduga. Coba lagi."))
        self.password_edit.clear()
        self.password_edit.setFocus()

    # --- helpers --------------------------------------------------------------------------------

    def _set_busy(self, *, is_busy: bool) -> None:
        self._is_busy = is_busy
        self.sign_in_button.setEnabled(not is_busy)
        self.sign_in_button.setText(self.tr("Memeriksa…") if is_busy else self.tr("&Masuk"))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
