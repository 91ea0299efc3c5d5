"""The sync part of the status bar: online or not, what waits, the last sync, the last error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from fieldkit.sync.state import Connectivity, ErrorKind, SyncProgress, SyncReport, SyncStatus
from fieldkit.ui.labels import file_size
from fieldkit.ui.sync_controller import SyncController
from fieldkit.ui.sync_texts import progress_text, sync_message

SYNC_NOT_CONNECTED = "Belum tersambung ke server"

# (dot colour, meaning): each dot also has words beside it, colour is never the only signal.
_DOTS: dict[Connectivity, str] = {
    Connectivity.NOT_ENROLLED: "#9e9e9e",
    Connectivity.OFFLINE: "#e65100",
    Connectivity.ONLINE: "#2e7d32",
    Connectivity.SYNCING: "#1565c0",
    Connectivity.REVOKED: "#b00020",
}
ERROR_COLOUR = "#b00020"


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it has less room than its text needs."""

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatusWidget", text)


def connectivity_text(connectivity: Connectivity) -> str:
    """The words for a connectivity state (also used by the sync panel)."""
    texts = {
        Connectivity.NOT_ENROLLED: _tr("Belum tersambung ke server"),  # = SYNC_NOT_CONNECTED
        Connectivity.OFFLINE: _tr("Offline"),
        Connectivity.ONLINE: _tr("Online"),
        Connectivity.SYNCING: _tr("Menyinkronkan…"),
        Connectivity.REVOKED: _tr("Ditolak server"),
    }
    return texts[connectivity]


def connectivity_detail(connectivity: Connectivity) -> str:
    """A sentence about the state, for tooltips and the sync panel."""
    texts = {
        Connectivity.NOT_ENROLLED: _tr(
            "Laptop ini belum tersambung ke server kantor. Pilih Sinkronisasi > Sambungkan ke "
            "server."
        ),
        Connectivity.OFFLINE: _tr(
            "Server tidak terjangkau (tidak ada jaringan atau server mati). Data tetap aman di "
            "laptop dan dikirim otomatis saat jaringan ada."
        ),
        Connectivity.ONLINE: _tr("Server terjangkau."),
        Connectivity.SYNCING: _tr("Sedang bertukar data dengan server."),
        Connectivity.REVOKED: _tr(
            "Server menolak laptop ini. Hubungi admin kantor untuk menyambungkannya lagi."
        ),
    }
    return texts[connectivity]


def error_kind_text(kind: ErrorKind | None) -> str:
    """What the officer should do about an error of this kind."""
    if kind in {ErrorKind.NETWORK, ErrorKind.SERVER}:
        return _tr("Akan dicoba lagi otomatis.")
    if kind is ErrorKind.REFUSED:
        return _tr("Perlu diperiksa petugas: buka Panel sinkronisasi (Ctrl+Shift+S).")
    if kind is ErrorKind.AUTH:
        return _tr("Sambungkan ulang laptop ke server (menu Sinkronisasi).")
    if kind is ErrorKind.BUG:
        return _tr("Kesalahan program: salin log kesalahan di Panel sinkronisasi untuk admin.")
    return ""


def short_time(moment: dt.datetime, timezone: str) -> str:
    """``25/11 14.05`` in the office's zone."""
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local:%d/%m %H.%M}"


class SyncStatusWidget(QWidget):
    """Shows the controller's SyncStatus and progress.

    Signals: ``sync_was_requested()`` when the officer presses the button (the main window
    decides: a pass, or the enrolment dialog on a laptop not yet enrolled).
    """

    sync_was_requested = Signal()

    def __init__(
        self,
        controller: SyncController,
        *,
        timezone: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.controller = controller
        self._timezone = timezone
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.dot = QLabel("●")
        self.dot.setObjectName("sync_dot")
        self.state_label = QLabel(connectivity_text(Connectivity.NOT_ENROLLED))
        self.state_label.setObjectName("sync_label")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("sync_pending")
        self.bytes_label = QLabel()
        self.bytes_label.setObjectName("sync_bytes")
        self.last_label = QLabel()
        self.last_label.setObjectName("sync_last")
        self.error_label = ElidedLabel()
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.error_label.setObjectName("sync_error")
        self.error_label.setStyleSheet(f"QLabel {{ color: {ERROR_COLOUR}; }}")
        self.button = QPushButton(self.tr("Sinkronkan sekarang (F9)"))
        self.button.setObjectName("sync_now")
        # F9 is a window-wide shortcut (the menu action); the button must not steal the focus
        # from the field the officer is typing in.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(self._on_button_clicked)
        for label in (
            self.dot,
            self.state_label,
            self.pending_label,
            self.bytes_label,
            self.last_label,
        ):
            # Short facts keep their full width; only the error gives way when space runs out.
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        for widget in (
            self.dot,
            self.state_label,
            self.pending_label,
            self.bytes_label,
            self.last_label,
            self.error_label,
            self.button,
        ):
            layout.addWidget(widget)
        controller.status_did_change.connect(self._on_controller_status_did_change)
        controller.sync_did_start.connect(self._on_controller_sync_did_start)
        controller.sync_did_progress.connect(self._on_controller_sync_did_progress)
        controller.sync_did_finish.connect(self._on_controller_sync_did_finish)
        controller.sync_did_fail.connect(self._on_controller_sync_did_fail)
        self.show_status(controller.status)

    # --- rendering ------------------------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        connectivity = status.connectivity
        self.dot.setStyleSheet(f"QLabel {{ color: {_DOTS[connectivity]}; font-size: 14pt; }}")
        self.dot.setToolTip(connectivity_detail(connectivity))
        self.state_label.setText(connectivity_text(connectivity))
        self.state_label.setToolTip(connectivity_detail(connectivity))
        if connectivity is Connectivity.SYNCING and self.controller.last_progress is not None:
            self.state_label.setText(progress_text(self.controller.last_progress))
        is_enrolled = connectivity is not Connectivity.NOT_ENROLLED
        if status.server_url:
            self.state_label.setToolTip(
                connectivity_detail(connectivity)
                + "\n"
                + self.tr("Server: %1").replace("%1", status.server_url)
            )
        waiting = status.pending_entries
        self.pending_label.setText(
            self.tr("%1 menunggu").replace("%1", str(waiting))
            if waiting
            else self.tr("Semua terkirim")
        )
        self.pending_label.setToolTip(
            self.tr("%1 perubahan data dan %2 dokumen menunggu dikirim ke server")
            .replace("%1", str(status.pending_entries))
            .replace("%2", str(status.pending_documents))
        )
        self.pending_label.setVisible(is_enrolled)
        self.bytes_label.setText(self.tr("%1 lagi").replace("%1", file_size(status.bytes_left)))
        self.bytes_label.setToolTip(self.tr("Ukuran dokumen yang belum terunggah"))
        self.bytes_label.setVisible(is_enrolled and status.bytes_left > 0)
        if status.last_success is not None:
            self.last_label.setText(
                self.tr("Terakhir: %1").replace(
                    "%1", short_time(status.last_success, self._timezone())
                )
            )
        else:
            self.last_label.setText(self.tr("Belum pernah sinkron"))
        self.last_label.setToolTip(self.tr("Sinkronisasi terakhir yang berhasil"))
        self.last_label.setVisible(is_enrolled)
        self._show_error(status.last_error, status.last_error_kind)
        self.button.setText(
            self.tr("Sinkronkan sekarang (F9)")
            if is_enrolled
            else self.tr("Sambungkan ke server… (F9)")
        )
        self.button.setEnabled(
            connectivity not in {Connectivity.SYNCING, Connectivity.REVOKED}
            and not self.controller.is_running
        )

    def _show_error(self, message: str, kind: ErrorKind | None) -> None:
        if not message:
            self.error_label.clear()
            self.error_label.setToolTip("")
            self.error_label.hide()
            return
        message = sync_message(message)
        self.error_label.setText(message)  # elided to the room left; the tooltip has it all
        advice = error_kind_text(kind)
        self.error_label.setToolTip(message + ("\n" + advice if advice else ""))
        self.error_label.show()

    # --- slots ----------------------------------------------------------------------------------

    def _on_button_clicked(self) -> None:
        self.sync_was_requested.emit()

    def _on_controller_status_did_change(self, status: object) -> None:
        if isinstance(status, SyncStatus):
            self.show_status(status)

    def _on_controller_sync_did_start(self) -> None:
        self.button.setEnabled(False)
        self.state_label.setText(connectivity_text(Connectivity.SYNCING))

    def _on_controller_sync_did_progress(self, progress: object) -> None:
        if isinstance(progress, SyncProgress):
            self.state_label.setText(progress_text(progress))

    def _on_controller_sync_did_finish(self, report: object) -> None:
        if not isinstance(report, SyncReport):
            return
        if report.error:
            self._show_error(report.error, report.error_kind)
        elif report.conflicts or report.invalid:
            # A person must look at these: say so even when the pass itself went well.
            self._show_error(
                self.tr("%1 data ditolak atau bentrok di server.").replace(
                    "%1", str(report.conflicts + report.invalid)
                ),
                ErrorKind.REFUSED,
            )

    def _on_controller_sync_did_fail(self, exc: object) -> None:
        del exc  # the trace is in the debug log; the officer gets words
        self._show_error(self.tr("Sinkronisasi berhenti karena kesalahan program."), ErrorKind.BUG)
        self.button.setEnabled(self.controller.can_sync or not self.controller.is_enrolled)
