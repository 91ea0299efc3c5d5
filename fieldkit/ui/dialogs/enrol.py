"""Connecting this laptop to the office's server: address, one-time code, laptop name.

The admin gives the one-time code on paper or as a QR code; a USB QR scanner acts as a
keyboard, types the code into the focused field and presses Enter, so Enter in the code
field connects at once. The check itself (address, code, reachability) is the service's:
its ServiceError message is Indonesian and is shown next to the field it concerns.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.errors import ServiceError
from fieldkit.services.sync_protocol import SyncFacade
from fieldkit.ui.context import ViewContext
from fieldkit.ui.messages import error_text
from fieldkit.ui.widgets.field_message import FieldMessage

MAX_CODE = 200  # a one-time code is short; a scanner may add a URL around it
CODE_FIELD, SERVER_URL_FIELD, CA_BUNDLE_FIELD = "code", "server_url", "ca_bundle"


class _FieldError(ServiceError):
    """A service error that belongs under one field of the form."""

    def __init__(self, error: ServiceError, field: str) -> None:
        super().__init__(error.text)
        self.field = field


def default_device_name() -> str:
    """The hostname, which the office's IT staff already use to tell laptops apart."""
    try:
        return socket.gethostname()[:60]
    except OSError:
        return ""


class EnrolDialog(QDialog):
    """Enrolment form; the work runs in a background task.

    Signals:
    - ``enrolment_did_succeed()``: the service enrolled the laptop (the dialog then closes).
    - ``enrolment_did_fail(str)``: the Indonesian message shown.
    """

    enrolment_did_succeed = Signal()
    enrolment_did_fail = Signal(str)

    def __init__(
        self, context: ViewContext, service: SyncFacade, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrol_dialog")
        self.setWindowTitle(self.tr("Sambungkan laptop ke server"))
        self.setMinimumWidth(560)
        self.context = context
        self.service = service
        self._is_busy = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Minta alamat server dan kode sekali pakai kepada admin kantor. Kode bisa "
                "diketik, atau dipindai dari kode QR dengan pemindai."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.server_url = QLineEdit()
        self.server_url.setObjectName("server_url")
        self.server_url.setPlaceholderText(self.tr("https://…"))
        self.server_url_message = FieldMessage()
        self.server_url_message.setObjectName("server_url_message")
        self.server_url.setText(service.server_address())  # as set at first run, if any
        self.code = QLineEdit()
        self.code.setObjectName("enrol_code")
        self.code.setMaxLength(MAX_CODE)
        self.code.setPlaceholderText(self.tr("ketik atau pindai kode QR"))
        self.code_message = FieldMessage()
        self.code_message.setObjectName("enrol_code_message")
        self.device_name = QLineEdit(default_device_name())
        self.device_name.setObjectName("device_name")
        self.device_name.setMaxLength(60)
        self.device_name_message = FieldMessage()
        # The office's own CA (a server with a certificate the office made itself): the
        # certificate is always checked, against this file when one is chosen.
        self.ca_bundle = QLineEdit(service.ca_bundle())
        self.ca_bundle.setObjectName("ca_bundle")
        self.ca_bundle.setPlaceholderText(self.tr("kosongkan bila tidak diberi berkas oleh admin"))
        self.ca_bundle_message = FieldMessage()
        self.ca_bundle_message.setObjectName("ca_bundle_message")
        ca_help = QLabel(
            self.tr(
                "Opsional. Isi hanya bila admin kantor memberi berkas sertifikat CA kantor "
                "(.pem atau .crt); laptop lalu hanya mau tersambung ke server yang "
                "sertifikatnya ditandatangani CA itu."
            )
        )
        ca_help.setObjectName("ca_bundle_help")
        ca_help.setWordWrap(True)
        self.ca_bundle_browse = QPushButton(self.tr("&Pilih…"))
        self.ca_bundle_browse.setObjectName("ca_bundle_browse")
        self.ca_bundle_browse.setAutoDefault(False)  # Enter (a scanner's) must connect
        self.ca_bundle_browse.clicked.connect(self._on_ca_bundle_browse_clicked)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.ca_bundle_browse)
        rows: tuple[tuple[str, QLineEdit, QWidget | QHBoxLayout, list[QWidget]], ...] = (
            (self.tr("Alamat se&rver:"), self.server_url, self.server_url, []),
            (self.tr("&Kode sekali pakai:"), self.code, self.code, []),
            (self.tr("&Nama laptop:"), self.device_name, self.device_name, []),
            (self.tr("Sertifikat &CA kantor:"), self.ca_bundle, ca_row, [ca_help]),
        )
        messages = (
            self.server_url_message,
            self.code_message,
            self.device_name_message,
            self.ca_bundle_message,
        )
        for (caption, buddy, field, extra), message in zip(rows, messages, strict=True):
            label = QLabel(caption)
            label.setBuddy(buddy)
            column = QVBoxLayout()
            column.setSpacing(2)
            if isinstance(field, QHBoxLayout):
                column.addLayout(field)
            else:
                column.addWidget(field)
            column.addWidget(message)
            for widget in extra:
                column.addWidget(widget)
            form.addRow(label, column)
        layout.addLayout(form)

        self.error_message = FieldMessage()
        self.error_message.setObjectName("enrol_error")
        layout.addWidget(self.error_message)
        self.busy = QLabel(self.tr("Menghubungi server…"))
        self.busy.setObjectName("enrol_busy")
        self.busy.hide()
        layout.addWidget(self.busy)

        self.buttons = QDialogButtonBox()
        self.connect_button = QPushButton(self.tr("&Sambungkan"))
        self.connect_button.setObjectName("enrol_connect")
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter in the code field presses the default button (Sambungkan): what a scanner
        # sends after the code. Enter in the address field only moves on to the code.
        self.server_url.installEventFilter(self)
        self.setTabOrder(self.server_url, self.code)
        self.setTabOrder(self.code, self.device_name)
        self.setTabOrder(self.device_name, self.ca_bundle)
        self.setTabOrder(self.ca_bundle, self.ca_bundle_browse)
        self.setTabOrder(self.ca_bundle_browse, self.connect_button)

    def reset(self) -> None:
        """Clear the code and the messages (the address stays: it rarely changes)."""
        self.code.clear()
        for message in self._messages():
            message.set_note("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The address rarely changes: with it filled in, the code field is ready for a scan.
        (self.code if self.server_url.text().strip() else self.server_url).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    # --- slots ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.server_url
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter}
        ):
            self.code.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _on_buttons_accepted(self) -> None:
        if self._is_busy:
            return
        url = self.server_url.text().strip()
        code = self.code.text().strip()
        name = self.device_name.text().strip()
        for message in self._messages():
            message.set_note("")
        missing = [
            (field, message, text)
            for field, message, text in (
                (self.server_url, self.server_url_message, self.tr("Isi alamat server.")),
                (self.code, self.code_message, self.tr("Isi kode sekali pakai dari admin.")),
                (self.device_name, self.device_name_message, self.tr("Beri nama laptop ini.")),
            )
            if not field.text().strip()
        ]
        if missing:
            for _field, message, text in missing:
                message.set_note(text, is_error=True)
            missing[0][0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        service = self.service
        ca_bundle = self.ca_bundle.text().strip()

        def job(_: object) -> bool:
            if ca_bundle != service.ca_bundle():
                try:
                    service.set_ca_bundle(ca_bundle)
                except ServiceError as exc:
                    raise _FieldError(exc, CA_BUNDLE_FIELD) from None
            service.enrol(url, code, device_name=name)
            return True

        self._set_busy(True)
        self.context.tasks.run(
            job, on_done=self._on_job_done, on_error=self._on_job_error, writes_db=True
        )

    def _on_job_done(self, _result: object) -> None:
        self._set_busy(False)
        self.enrolment_did_succeed.emit()
        self.accept()

    def _on_job_error(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, ServiceError):
            message = error_text(exc)
        else:
            message = self.tr(
                "Laptop belum tersambung karena kesalahan yang tidak terduga. Coba lagi; bila "
                "terus terjadi, hubungi admin kantor."
            )
        # The service's error may name the field it concerns (attribute ``field``); without
        # one the message goes under the form, whose words say what to fix.
        field = getattr(exc, "field", "")
        if field == CODE_FIELD:
            self.code_message.set_note(message, is_error=True)
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)
            self.code.selectAll()
        elif field == CA_BUNDLE_FIELD:
            self.ca_bundle_message.set_note(message, is_error=True)
            self.ca_bundle.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == SERVER_URL_FIELD:
            self.server_url_message.set_note(message, is_error=True)
            self.server_url.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.error_message.set_note(message, is_error=True)
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)
            self.code.selectAll()
        self.enrolment_did_fail.emit(message)

    def _on_ca_bundle_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas sertifikat CA kantor"),
            self.ca_bundle.text().strip(),
            self.tr("Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)"),
        )
        if path:
            self.ca_bundle.setText(path)

    def _messages(self) -> tuple[FieldMessage, ...]:
        return (
            self.server_url_message,
            self.code_message,
            self.device_name_message,
            self.ca_bundle_message,
            self.error_message,
        )

    def _set_busy(self, busy: bool) -> None:
        self._is_busy = busy
        self.busy.setVisible(busy)
        for widget in (
            self.server_url,
            self.code,
            self.device_name,
            self.ca_bundle,
            self.ca_bundle_browse,
            self.connect_button,
        ):
            widget.setEnabled(not busy)
