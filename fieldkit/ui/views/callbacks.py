"""Page 'callbacks' of the main window: applicants to phone, newest first.

Applicants whose NIB was issued, or who must fix something, often cannot follow up
online; the officer calls them. The list comes from ``SyncFacade.callback_list``
(filled by the back office's outcomes pulled from the server). The phone number is
shown in full: the officer must dial it. NIK is not shown at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.errors import ServiceError
from fieldkit.services.sync_protocol import SyncFacade
from fieldkit.sync.state import CallbackEntry
from fieldkit.ui.context import ViewContext
from fieldkit.ui.messages import error_text
from fieldkit.ui.sync_controller import SyncController


@dataclass(frozen=True, slots=True)
class _Loaded:
    generation: int
    entries: tuple[CallbackEntry, ...]


class CallbacksView(QWidget):
    """The call-back list page. Emits no signals; it asks the navigator to open a detail."""

    def __init__(self, context: ViewContext, controller: SyncController) -> None:
        super().__init__()
        self.context = context
        self.service: SyncFacade | None = controller.service
        self.entries: tuple[CallbackEntry, ...] = ()
        self._generation = 0
        self._is_loading = False
        self._build()
        controller.sync_did_finish.connect(self._on_controller_sync_did_finish)
        context.state.applications_did_change.connect(self._on_state_applications_did_change)
        context.state.officer_did_change.connect(self._on_state_officer_did_change)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Kembali ke daftar (Esc)"))
        self.back_button.setObjectName("callbacks_back")
        self.back_button.clicked.connect(self._on_back_button_clicked)
        title = QLabel(self.tr("Daftar telepon balik"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(title)
        top.addStretch(1)
        layout.addLayout(top)
        note = QLabel(
            self.tr(
                "Pemohon yang NIB-nya sudah terbit atau yang datanya perlu diperbaiki. Telepon "
                "mereka, yang terbaru di atas."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setObjectName("callbacks_message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        headers = [
            self.tr("Kode"),
            self.tr("Nama"),
            self.tr("Nomor HP"),
            self.tr("Status"),
            self.tr("NIB / yang perlu diperbaiki"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("callbacks_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.copied = QLabel()
        self.copied.setObjectName("callbacks_copied")
        self.copy_button = QPushButton(self.tr("&Salin nomor HP"))
        self.copy_button.setObjectName("copy_phone")
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.open_button = QPushButton(self.tr("&Buka rincian (Enter)"))
        self.open_button.setObjectName("open_detail")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        row.addWidget(self.copied, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self._update_buttons()

        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._on_back_button_clicked)
        self.table.installEventFilter(self)  # Enter opens the detail
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self._on_copy_button_clicked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter}
        ):
            self._on_open_button_clicked()
            return True
        return super().eventFilter(watched, event)

    # --- loading --------------------------------------------------------------------------------

    def activate(self) -> None:
        """Called by the main window each time the page is shown."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload()

    @property
    def is_loading(self) -> bool:
        return self._is_loading

    def reload(self) -> None:
        service = self.service
        if self.context.state.officer is None:
            return
        if service is None:
            self._show_message(self.tr("Laptop ini belum tersambung ke server."))
            return
        self._generation += 1
        generation = self._generation
        self._is_loading = True

        def job(_: object) -> _Loaded:
            return _Loaded(generation, tuple(service.callback_list()))

        self.context.tasks.run(
            job, on_done=self._on_load_done, on_error=self._on_load_error, writes_db=False
        )

    def _on_load_done(self, result: object) -> None:
        if not isinstance(result, _Loaded) or result.generation != self._generation:
            return
        self._is_loading = False
        selected = self.selected()
        self.entries = result.entries
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            outcome = entry.nib or entry.reason
            for c, text in enumerate(
                [entry.tracking_code, entry.full_name, entry.mobile, entry.status_label, outcome]
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        ids = [e.application_id for e in self.entries]
        if selected is not None and selected.application_id in ids:
            self.table.selectRow(ids.index(selected.application_id))
        elif self.entries:
            self.table.selectRow(0)
        if not self.entries:
            self._show_message(self.tr("Belum ada pemohon yang perlu ditelepon."))
        else:
            self.message.hide()
        self._update_buttons()

    def _on_load_error(self, exc: Exception) -> None:
        self._is_loading = False
        self._show_message(
            error_text(exc)
            if isinstance(exc, ServiceError)
            else self.tr("Daftar tidak bisa dimuat. Coba buka lagi halaman ini.")
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def selected(self) -> CallbackEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.copy_button.setEnabled(entry is not None and bool(entry.mobile))
        self.open_button.setEnabled(entry is not None)

    # --- slots ----------------------------------------------------------------------------------

    def _on_back_button_clicked(self) -> None:
        self.context.navigator.open_list()

    def _on_table_selection_changed(self) -> None:
        self.copied.clear()
        self._update_buttons()

    def _on_table_double_clicked(self, _index: object) -> None:
        self._on_open_button_clicked()

    def _on_copy_button_clicked(self) -> None:
        entry = self.selected()
        if entry is None or not entry.mobile:
            return
        QGuiApplication.clipboard().setText(entry.mobile)
        self.copied.setText(
            self.tr("Nomor %1 disalin (%2).")
            .replace("%1", entry.mobile)
            .replace("%2", entry.full_name)
        )

    def _on_open_button_clicked(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.context.navigator.open_detail(entry.application_id)

    def _on_controller_sync_did_finish(self, _report: object) -> None:
        if self.isVisible():
            self.reload()

    def _on_state_applications_did_change(self, _ids: object) -> None:
        if self.isVisible():
            self.reload()

    def _on_state_officer_did_change(self, officer: object) -> None:
        if officer is None:  # names and numbers leave the screen at sign-out
            self._generation += 1
            self.entries = ()
            self.table.setRowCount(0)
            self.copied.clear()
            self._update_buttons()
