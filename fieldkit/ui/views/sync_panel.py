"""Page 'sync' of the main window: what waits for the server, what failed and why, conflicts.

Everything shown comes from the sync service (``SyncFacade``), read in a background job
whenever the page opens, a pass ends, or applications change; nothing here decides a
rule. A conflict (a stale laptop edit the server answered "conflict") is shown with both
versions side by side, and a person chooses which one stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.errors import ServiceError
from fieldkit.services.sync_protocol import SyncFacade
from fieldkit.sync.state import (
    Conflict,
    Connectivity,
    ErrorKind,
    PendingItem,
    SyncProgress,
    SyncStatus,
    TimelineEvent,
)
from fieldkit.ui.context import ViewContext
from fieldkit.ui.formatting import local_time
from fieldkit.ui.labels import file_size
from fieldkit.ui.messages import error_text
from fieldkit.ui.sync_controller import SyncController
from fieldkit.ui.sync_texts import progress_text, sync_message
from fieldkit.ui.widgets.sync_status import (
    connectivity_detail,
    connectivity_text,
    error_kind_text,
    short_time,
)

KEEP_LAPTOP, KEEP_SERVER = "laptop", "server"
DOCUMENT_KIND = "document"
ERROR_STYLE = "QLabel { color: #b00020; }"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PanelData:
    generation: int
    pending: tuple[PendingItem, ...]
    conflicts: tuple[Conflict, ...]
    error_log: str


@dataclass(frozen=True, slots=True)
class _Timeline:
    application_id: str
    events: tuple[TimelineEvent, ...]


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    item.setToolTip(text)
    return item


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The last column takes the room left (and wraps), so no row needs a horizontal scroll.
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class SyncPanelView(QWidget):
    """The sync panel page. Emits no signals; writes notify ``AppState.applications_did_change``."""

    def __init__(self, context: ViewContext, controller: SyncController) -> None:
        super().__init__()
        self.context = context
        self.controller = controller
        self.service: SyncFacade | None = controller.service
        self.data: PanelData | None = None
        self.timeline_id: str | None = None
        self.timeline_events: tuple[TimelineEvent, ...] = ()
        self._generation = 0
        self._is_loading = False
        self._is_busy = False
        self._failed: list[PendingItem] = []
        self._waiting: list[PendingItem] = []
        self._conflicts: list[Conflict] = []
        self.confirm_box: QMessageBox | None = None
        self._build()
        controller.status_did_change.connect(self._on_controller_status_did_change)
        controller.sync_did_start.connect(self._on_controller_sync_did_start)
        controller.sync_did_progress.connect(self._on_controller_sync_did_progress)
        controller.sync_did_finish.connect(self._on_controller_sync_did_finish)
        controller.sync_did_fail.connect(self._on_controller_sync_did_finish)
        context.state.applications_did_change.connect(self._on_state_applications_did_change)
        context.state.officer_did_change.connect(self._on_state_officer_did_change)
        self._show_status(controller.status)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Kembali ke daftar (Esc)"))
        self.back_button.setObjectName("sync_back")
        self.back_button.clicked.connect(self._on_back_button_clicked)
        title = QLabel(self.tr("Sinkronisasi"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.sync_button = QPushButton(self.tr("Sinkronkan sekara&ng (F9)"))
        self.sync_button.setObjectName("panel_sync_now")
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.sync_button)
        layout.addLayout(top)

        self.summary = QLabel()
        self.summary.setObjectName("sync_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.message = QLabel()
        self.message.setObjectName("sync_panel_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync_tabs")
        self.tabs.addTab(self._waiting_tab(), "")
        self.tabs.addTab(self._failed_tab(), "")
        self.tabs.addTab(self._conflicts_tab(), "")
        self.tabs.addTab(self._log_tab(), self.tr("Log kesala&han"))
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._timeline_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._set_tab_titles()

        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._on_back_button_clicked)

    def _waiting_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "Data ini sudah tersimpan di laptop dan akan dikirim otomatis saat ada jaringan."
            )
        )
        note.setWordWrap(True)
        self.waiting_table = _table(
            "waiting_table",
            [self.tr("Kode"), self.tr("Jenis"), self.tr("Revisi"), self.tr("Percobaan")],
        )
        self.waiting_table.itemSelectionChanged.connect(self._on_waiting_table_selection_changed)
        box.addWidget(note)
        box.addWidget(self.waiting_table, 1)
        return page

    def _failed_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "Data yang gagal terkirim atau ditolak server. Perbaiki bila diminta, lalu "
                "tekan 'Coba lagi'."
            )
        )
        note.setWordWrap(True)
        self.failed_table = _table(
            "failed_table",
            [self.tr("Kode"), self.tr("Jenis"), self.tr("Percobaan"), self.tr("Alasan")],
        )
        self.failed_table.itemSelectionChanged.connect(self._on_failed_table_selection_changed)
        self.failed_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.retry_button = QPushButton(self.tr("&Coba lagi"))
        self.retry_button.setObjectName("retry")
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.retry_button)
        box.addWidget(note)
        box.addWidget(self.failed_table, 1)
        box.addLayout(row)
        return page

    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "Data di laptop diubah setelah server punya versi yang lebih baru. Bandingkan "
                "keduanya (bila perlu tanyakan ke pemohon atau kantor), lalu pilih yang benar."
            )
        )
        note.setWordWrap(True)
        self.conflict_table = _table(
            "conflict_list", [self.tr("Kode"), self.tr("Revisi laptop / server"), self.tr("Waktu")]
        )
        self.conflict_table.setMaximumHeight(150)
        self.conflict_table.itemSelectionChanged.connect(self._on_conflict_table_selection_changed)
        self.difference_table = _table(
            "conflict_differences", [self.tr("Data"), self.tr("Di laptop"), self.tr("Di server")]
        )
        header = self.difference_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_laptop_button = QPushButton(self.tr("Pakai data &laptop"))
        self.keep_laptop_button.setObjectName("keep_laptop")
        self.keep_laptop_button.clicked.connect(self._on_keep_laptop_button_clicked)
        self.keep_server_button = QPushButton(self.tr("Pakai data se&rver"))
        self.keep_server_button.setObjectName("keep_server")
        self.keep_server_button.clicked.connect(self._on_keep_server_button_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_laptop_button)
        row.addWidget(self.keep_server_button)
        box.addWidget(note)
        box.addWidget(self.conflict_table)
        box.addWidget(self.difference_table, 1)
        box.addLayout(row)
        self._update_conflict_buttons()
        return page

    def _log_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "Catatan kesalahan sinkronisasi (tanpa NIK dan nama). Salin dan kirim ke admin "
                "kantor bila diminta."
            )
        )
        note.setWordWrap(True)
        self.error_log = QPlainTextEdit()
        self.error_log.setObjectName("error_log")
        self.error_log.setReadOnly(True)
        self.error_log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.error_log.setTabChangesFocus(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.error_log.setFont(mono)
        self.copy_button = QPushButton(self.tr("Sa&lin"))
        self.copy_button.setObjectName("copy_log")
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.copied = QLabel()
        self.copied.setObjectName("copy_log_note")
        row = QHBoxLayout()
        row.addWidget(self.copied, 1)
        row.addWidget(self.copy_button)
        box.addWidget(note)
        box.addWidget(self.error_log, 1)
        box.addLayout(row)
        return page

    def _timeline_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Perjalanan data"))
        group.setObjectName("timeline_group")
        box = QVBoxLayout(group)
        self.timeline_title = QLabel(self.tr("Pilih satu baris untuk melihat perjalanannya."))
        self.timeline_title.setObjectName("timeline_title")
        self.timeline_title.setWordWrap(True)
        self.timeline_table = _table(
            "timeline_table", [self.tr("Waktu"), self.tr("Langkah"), self.tr("Keterangan")]
        )
        box.addWidget(self.timeline_title)
        box.addWidget(self.timeline_table, 1)
        return group

    def _set_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("&Menunggu (%1)").replace("%1", str(len(self._waiting))))
        self.tabs.setTabText(1, self.tr("&Gagal (%1)").replace("%1", str(len(self._failed))))
        self.tabs.setTabText(2, self.tr("Kon&flik (%1)").replace("%1", str(len(self._conflicts))))

    # --- loading --------------------------------------------------------------------------------

    def activate(self) -> None:
        """Called by the main window each time the page is shown."""
        self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload()

    @property
    def is_loading(self) -> bool:
        return self._is_loading

    def reload(self) -> None:
        service = self.service
        if service is None or self.context.state.officer is None:
            return
        self._generation += 1
        generation = self._generation
        self._is_loading = True

        def job(_: object) -> PanelData:
            return PanelData(
                generation,
                tuple(service.pending()),
                tuple(service.conflicts()),
                service.error_log(),
            )

        self.context.tasks.run(
            job, on_done=self._on_load_done, on_error=self._on_load_error, writes_db=False
        )

    def _on_load_done(self, result: object) -> None:
        if not isinstance(result, PanelData) or result.generation != self._generation:
            return
        self._is_loading = False
        self.data = result
        self._waiting = [i for i in result.pending if not i.last_error]
        self._failed = [i for i in result.pending if i.last_error]
        self._conflicts = list(result.conflicts)
        self._fill_waiting()
        self._fill_failed()
        self._fill_conflicts()
        if self.error_log.toPlainText() != result.error_log:
            self.error_log.setPlainText(result.error_log or self.tr("Belum ada kesalahan."))
        self._set_tab_titles()
        if self.timeline_id is not None:
            self.show_timeline(self.timeline_id)

    def _on_load_error(self, exc: Exception) -> None:
        self._is_loading = False
        self._show_message(self._message_of(exc))

    def _fill_waiting(self) -> None:
        table = self.waiting_table
        table.setRowCount(len(self._waiting))
        for r, item in enumerate(self._waiting):
            for c, text in enumerate(
                [item_code(item), kind_label(item.kind), str(item.revision), str(item.attempts)]
            ):
                table.setItem(r, c, _item(text))

    def _fill_failed(self) -> None:
        table = self.failed_table
        selected = self._selected(table, self._failed)
        table.setRowCount(len(self._failed))
        for r, item in enumerate(self._failed):
            reason = sync_message(item.last_error)
            # "Open the sync panel" would be odd advice here: the officer is in it.
            advice = (
                "" if item.error_kind is ErrorKind.REFUSED else error_kind_text(item.error_kind)
            )
            for c, text in enumerate(
                [
                    item_code(item),
                    kind_label(item.kind),
                    str(item.attempts),
                    reason + (" " + advice if advice else ""),
                ]
            ):
                table.setItem(r, c, _item(text))
        table.resizeRowsToContents()
        if selected is not None:
            self._select_row(table, [i.entity_id for i in self._failed], selected.entity_id)
        self.retry_button.setEnabled(self._selected(table, self._failed) is not None)

    def _fill_conflicts(self) -> None:
        table = self.conflict_table
        selected = self._selected(table, self._conflicts)
        tz = self.context.state.timezone
        table.setRowCount(len(self._conflicts))
        for r, conflict in enumerate(self._conflicts):
            revisions = (
                self.tr("%1 / %2")
                .replace("%1", str(conflict.local_revision))
                .replace("%2", str(conflict.server_revision))
            )
            for c, text in enumerate(
                [conflict.tracking_code, revisions, local_time(conflict.at, tz)]
            ):
                table.setItem(r, c, _item(text))
        ids = [c.application_id for c in self._conflicts]
        if selected is not None and selected.application_id in ids:
            self._select_row(table, ids, selected.application_id)
        elif self._conflicts:
            table.selectRow(0)
        self._fill_differences()

    def _fill_differences(self) -> None:
        conflict = self._selected(self.conflict_table, self._conflicts)
        rows = conflict.differences if conflict is not None else ()
        table = self.difference_table
        table.setRowCount(len(rows))
        for r, (label, laptop, server) in enumerate(rows):
            table.setItem(r, 0, _item(label))
            table.setItem(r, 1, _item(laptop or "-"))
            table.setItem(r, 2, _item(server or "-"))
        table.resizeRowsToContents()
        self._update_conflict_buttons()

    def _selected(self, table: QTableWidget, items: list[T]) -> T | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return items[row] if 0 <= row < len(items) else None

    def _select_row(self, table: QTableWidget, ids: list[str], wanted: str) -> None:
        if wanted in ids:
            table.selectRow(ids.index(wanted))

    # --- timeline -------------------------------------------------------------------------------

    def show_timeline(self, application_id: str, tracking_code: str = "") -> None:
        """Load and show the journey of one application."""
        service = self.service
        if service is None:
            return
        if tracking_code:
            self.timeline_title.setText(self.tr("Permohonan %1").replace("%1", tracking_code))
        self.timeline_id = application_id

        def job(_: object) -> _Timeline:
            return _Timeline(application_id, tuple(service.timeline(application_id)))

        self.context.tasks.run(
            job, on_done=self._on_timeline_done, on_error=self._on_load_error, writes_db=False
        )

    def _on_timeline_done(self, result: object) -> None:
        if not isinstance(result, _Timeline) or result.application_id != self.timeline_id:
            return
        self.timeline_events = result.events
        tz = self.context.state.timezone
        table = self.timeline_table
        table.setRowCount(len(result.events))
        for r, event in enumerate(result.events):
            table.setItem(r, 0, _item(local_time(event.at, tz)))
            table.setItem(r, 1, _item(event.label))
            table.setItem(r, 2, _item(event.detail))
        table.resizeRowsToContents()
        if not result.events:
            self.timeline_table.setRowCount(1)
            self.timeline_table.setItem(0, 1, _item(self.tr("Belum ada catatan.")))

    # --- status ---------------------------------------------------------------------------------

    def _show_status(self, status: SyncStatus) -> None:
        parts = [connectivity_text(status.connectivity)]
        if status.connectivity is not Connectivity.NOT_ENROLLED:
            parts.append(
                self.tr("%1 perubahan dan %2 dokumen menunggu")
                .replace("%1", str(status.pending_entries))
                .replace("%2", str(status.pending_documents))
            )
            if status.bytes_left:
                parts.append(self.tr("%1 lagi").replace("%1", file_size(status.bytes_left)))
            parts.append(
                self.tr("terakhir berhasil: %1").replace(
                    "%1", short_time(status.last_success, self.context.state.timezone)
                )
                if status.last_success is not None
                else self.tr("belum pernah berhasil sinkron")
            )
            if status.server_url:
                parts.append(self.tr("server: %1").replace("%1", status.server_url))
        text = " · ".join(parts)
        if status.connectivity not in {Connectivity.ONLINE, Connectivity.SYNCING}:
            text += "\n" + connectivity_detail(status.connectivity)
        self.summary.setText(text)
        if status.last_error:
            advice = error_kind_text(status.last_error_kind)
            self._show_message(sync_message(status.last_error) + (" " + advice if advice else ""))
        else:
            self.message.hide()
        self.sync_button.setEnabled(self.controller.can_sync and not self.controller.is_running)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.show()

    def _message_of(self, exc: Exception) -> str:
        if isinstance(exc, ServiceError):
            return error_text(exc)
        return self.tr(
            "Terjadi kesalahan yang tidak terduga. Coba lagi; bila terus terjadi, salin log "
            "kesalahan dan hubungi admin kantor."
        )

    # --- slots ----------------------------------------------------------------------------------

    def _on_back_button_clicked(self) -> None:
        self.context.navigator.open_list()

    def _on_sync_button_clicked(self) -> None:
        self.controller.sync_now()

    def _on_controller_status_did_change(self, status: object) -> None:
        if isinstance(status, SyncStatus):
            self._show_status(status)

    def _on_controller_sync_did_start(self) -> None:
        self.sync_button.setEnabled(False)

    def _on_controller_sync_did_progress(self, progress: object) -> None:
        if isinstance(progress, SyncProgress):
            self.summary.setText(progress_text(progress))

    def _on_controller_sync_did_finish(self, _result: object) -> None:
        self._show_status(self.controller.status)
        if self.isVisible():
            self.reload()

    def _on_state_applications_did_change(self, _ids: object) -> None:
        if self.isVisible():
            self.reload()

    def _on_state_officer_did_change(self, officer: object) -> None:
        if officer is None:  # nothing stays on screen after sign-out
            self._generation += 1
            self._waiting, self._failed, self._conflicts = [], [], []
            self._fill_waiting()
            self._fill_failed()
            self._fill_conflicts()
            self.timeline_id = None
            self.timeline_table.setRowCount(0)
            self._set_tab_titles()

    def _on_waiting_table_selection_changed(self) -> None:
        item = self._selected(self.waiting_table, self._waiting)
        if item is not None and item.kind != DOCUMENT_KIND:
            self.show_timeline(item.entity_id, item.tracking_code)

    def _on_failed_table_selection_changed(self) -> None:
        item = self._selected(self.failed_table, self._failed)
        self.retry_button.setEnabled(item is not None and not self._is_busy)
        if item is not None:
            self.show_timeline(item.entity_id, item.tracking_code)

    def _on_conflict_table_selection_changed(self) -> None:
        self._fill_differences()
        conflict = self._selected(self.conflict_table, self._conflicts)
        if conflict is not None:
            self.show_timeline(conflict.application_id, conflict.tracking_code)

    def _on_retry_button_clicked(self) -> None:
        item = self._selected(self.failed_table, self._failed)
        service = self.service
        if item is None or service is None or self._is_busy:
            return
        entity_id = item.entity_id

        def job(_: object) -> str:
            service.retry(entity_id)
            return entity_id

        self._set_busy(True)
        self.context.tasks.run(
            job, on_done=self._on_retry_done, on_error=self._on_write_error, writes_db=True
        )

    def _on_retry_done(self, _result: object) -> None:
        self._set_busy(False)
        self.reload()
        self.controller.sync_now()

    def _on_keep_laptop_button_clicked(self) -> None:
        self._resolve(KEEP_LAPTOP)

    def _on_keep_server_button_clicked(self) -> None:
        self._resolve(KEEP_SERVER)

    def _resolve(self, keep: str) -> None:
        conflict = self._selected(self.conflict_table, self._conflicts)
        service, officer = self.service, self.context.state.officer
        if conflict is None or service is None or officer is None or self._is_busy:
            return
        if keep == KEEP_SERVER:
            question = self.tr(
                "Pakai data server untuk %1? Perubahan yang dibuat di laptop ini akan diganti "
                "dengan data server."
            )
        else:
            question = self.tr(
                "Pakai data laptop untuk %1? Data laptop akan dikirim lagi dan menggantikan "
                "data di server."
            )
        box = QMessageBox(self)
        box.setObjectName("resolve_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Selesaikan konflik"))
        box.setText(question.replace("%1", conflict.tracking_code))
        confirm = box.addButton(
            self.tr("Pakai data laptop") if keep == KEEP_LAPTOP else self.tr("Pakai data server"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        confirm.setObjectName("confirm_resolve")
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_resolve")
        box.setDefaultButton(cancel)  # discarding one side by accident is worse than a key press
        box.setEscapeButton(cancel)
        application_id = conflict.application_id

        def finished(_result: int) -> None:
            box.deleteLater()
            self.confirm_box = None
            if box.clickedButton() is not confirm or service is None or officer is None:
                return

            def job(_: object) -> str:
                service.resolve_conflict(application_id, keep=keep, actor=officer)
                return application_id

            self._set_busy(True)
            self.context.tasks.run(
                job, on_done=self._on_resolve_done, on_error=self._on_write_error, writes_db=True
            )

        box.finished.connect(finished)
        self.confirm_box = box
        box.open()

    def _on_resolve_done(self, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, str):
            self.context.state.notify_applications(frozenset({result}))
        self.reload()
        self.controller.sync_now()

    def _on_write_error(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_message(self._message_of(exc))

    def _on_copy_button_clicked(self) -> None:
        text = self.data.error_log if self.data is not None else ""
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(
            self.tr("Log kesalahan disalin.") if text else self.tr("Log kesalahan kosong.")
        )

    def _set_busy(self, busy: bool) -> None:
        self._is_busy = busy
        self.retry_button.setEnabled(
            not busy and self._selected(self.failed_table, self._failed) is not None
        )
        self._update_conflict_buttons()

    def _update_conflict_buttons(self) -> None:
        has_conflict = bool(self._conflicts) and (
            self._selected(self.conflict_table, self._conflicts) is not None
        )
        for button in (self.keep_laptop_button, self.keep_server_button):
            button.setEnabled(has_conflict and not self._is_busy)


def item_code(item: PendingItem) -> str:
    """The tracking code; a document (no code of its own) shows the start of its hash."""
    return item.tracking_code or item.entity_id[:12] + "…"


def kind_label(kind: str) -> str:
    """Words for an outbox kind; unknown kinds are application changes."""
    if kind == DOCUMENT_KIND:
        return QCoreApplication.translate("SyncPanelView", "Dokumen")
    if "status" in kind:
        return QCoreApplication.translate("SyncPanelView", "Perubahan status")
    return QCoreApplication.translate("SyncPanelView", "Data permohonan")
