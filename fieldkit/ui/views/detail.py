"""Page 'detail' of the main window: one application, all its data, documents and history.

The page shows what ``ApplicationService.get`` and ``history`` return, formatted
for people (Indonesian dates, Rupiah, KBLI titles, village names), and offers the
edit button and one button per status change the state machine allows the
signed-in officer. It decides no rule itself: a refused change comes back from
the service as a ServiceError whose message the page shows as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.records import (
    Address,
    Application,
    DocumentRef,
    Officer,
    StatusEvent,
)
from fieldkit.domain.roles import Permission, is_allowed
from fieldkit.domain.status import (
    EDITABLE_STATUSES,
    TRANSITIONS,
    ApplicationStatus,
    ReasonCode,
    Transition,
    allowed_targets,
)
from fieldkit.domain.validation.business import business_scale
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import SaveResult
from fieldkit.services.errors import RuleViolationError, ServiceError, StaleRevisionError
from fieldkit.services.receipts import is_reprint
from fieldkit.store.documents import DocumentStoreError
from fieldkit.ui.context import Services, ViewContext
from fieldkit.ui.dialogs.print_receipt import PrintReceiptDialog
from fieldkit.ui.formatting import display_locale, local_time, rupiah
from fieldkit.ui.labels import (
    activity_kind_label,
    document_label,
    file_size,
    gender_label,
    land_status_label,
    media_label,
    reason_label,
    scale_label,
    status_label,
    status_style_sheet,
    transition_label,
)
from fieldkit.ui.messages import error_text, problem_text, translated
from fieldkit.ui.previews import Preview, PreviewError, render_preview

# What a field officer may still change on the laptop (the service enforces the same).
EDITABLE_ON_LAPTOP = EDITABLE_STATUSES | {ApplicationStatus.READY}
ERROR_STYLE = (
    "QLabel { background: #fde6e8; color: #7a0014; border: 1px solid #d9a0a8;"
    " border-radius: 6px; padding: 8px 10px; }"
)

DUPLICATE_STYLE = (
    "QLabel { background: #fff3cd; color: #5d4037; border: 1px solid #e0b252;"
    " border-radius: 6px; padding: 6px 10px; font-weight: bold; }"
)


@dataclass(frozen=True, slots=True)
class DetailData:
    """Everything the page shows, gathered in one background job."""

    result: SaveResult
    history: tuple[StatusEvent, ...]
    officer_names: dict[str, str]
    applicant_village: str
    business_village: str
    kbli_titles: dict[str, str]
    duplicates: tuple[str, ...] = ()  # tracking codes the server flagged: same NIK
    # documents whose file retention removed (the server holds them; the record stays)
    removed_documents: frozenset[str] = frozenset()

    @property
    def application(self) -> Application:
        return self.result.application


@dataclass(frozen=True, slots=True)
class _Loaded:
    generation: int
    data: DetailData


def load_detail(services: Services, application_id: str, office_id: str | None) -> DetailData:
    """Read one application for the page (runs in a job: validation and look-ups take time)."""
    result = services.applications.get(application_id)
    app = result.application
    history = tuple(services.applications.history(application_id))
    names = {o.id: o.name for o in services.offices.officers(office_id)} if office_id else {}
    reference = services.reference
    titles = {}
    for activity in app.business.activities:
        kbli = reference.kbli(activity.kbli)
        if kbli is not None:
            titles[activity.kbli] = kbli.title
    sync = services.sync
    duplicates = tuple(sync.duplicate_of(application_id)) if sync is not None else ()
    retention = services.retention
    removed = frozenset(
        d.sha256 for d in app.documents if retention is not None and retention.is_removed(d.sha256)
    )
    return DetailData(
        result=result,
        history=history,
        officer_names=names,
        applicant_village=village_path_text(reference, app.applicant.address.village_code),
        business_village=village_path_text(reference, app.business.address.village_code),
        kbli_titles=titles,
        duplicates=duplicates,
        removed_documents=removed,
    )


def village_path_text(reference: ReferenceData, code: str) -> str:
    """``Pondok Rajeg, Kec. Cibinong, Kabupaten Bogor, Jawa Barat``."""
    path = reference.village_path(code) if code else ()
    if not path:
        return code
    names = [r.name for r in reversed(path)]
    if len(path) >= 3:
        names[-3] = "Kec. " + names[-3]
    return ", ".join(names)


def day_month_year(day: dt.date) -> str:
    """``17 Agustus 1990``."""
    return display_locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _transition(source: ApplicationStatus, target: ApplicationStatus) -> Transition | None:
    return next((t for t in TRANSITIONS if t.source is source and t.target is target), None)


def _value_label(text: str, *, object_name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text if text else "-")
    label.setWordWrap(wrap)
    # Top-aligned text: a wrapped neighbour makes the cell taller, and centred text would drift
    # away from its caption.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    if object_name:
        label.setObjectName(object_name)
    return label


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class StatusReasonDialog(QDialog):
    """Asks for the coded reason (and the NIB when one is issued) of a status change.

    Signals: none besides QDialog's own.
    """

    def __init__(self, transition: Transition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Ubah status ke '%1'").replace("%1", status_label(transition.target))
        )
        self._transition = transition
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.addItem(self.tr("Pilih alasan…"), "")
        for code, label in ((c, reason_label(c)) for c in ReasonCode):
            self.reason.addItem(label, code.value)
        self.reason_text = QLineEdit()
        self.reason_text.setObjectName("reason_text")
        self.reason_text.setPlaceholderText(self.tr("Keterangan untuk petugas (boleh kosong)"))
        self.nib = QLineEdit()
        self.nib.setObjectName("nib")
        self.nib.setMaxLength(13)
        self.nib.setPlaceholderText(self.tr("13 digit dari OSS"))
        if transition.needs_reason:
            form.addRow(self.tr("&Alasan:"), self.reason)
        form.addRow(self.tr("&Keterangan:"), self.reason_text)
        if transition.needs_nib:
            form.addRow(self.tr("&NIB:"), self.nib)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Simpan status"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.reason.currentIndexChanged.connect(self._on_reason_current_index_changed)
        self.nib.textChanged.connect(self._on_nib_text_changed)
        self._update_ok()

    @property
    def chosen_reason(self) -> ReasonCode | None:
        value = self.reason.currentData()
        return ReasonCode(value) if value else None

    def _on_reason_current_index_changed(self, _index: int) -> None:
        self._update_ok()

    def _on_nib_text_changed(self, _text: str) -> None:
        self._update_ok()

    def _update_ok(self) -> None:
        # Only completeness is checked here; the service checks the values themselves.
        complete = (not self._transition.needs_reason or self.chosen_reason is not None) and (
            not self._transition.needs_nib or bool(self.nib.text().strip())
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)


class DocumentPreviewDialog(QDialog):
    """Shows one document: the photo, or the first page of a PDF, rendered in the background.

    Signals: ``preview_did_load()`` once the picture shows; ``preview_did_fail(str)`` with the
    Indonesian message when it cannot be shown.
    """

    preview_did_load = Signal()
    preview_did_fail = Signal(str)

    def __init__(self, context: ViewContext, document: DocumentRef, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("document_preview")
        self.setWindowTitle(document_label(document.kind))
        self._pixmap: QPixmap | None = None
        layout = QVBoxLayout(self)
        self.info = QLabel(
            self.tr("%1 · %2 · %3")
            .replace("%1", document_label(document.kind))
            .replace("%2", media_label(document.media_type))
            .replace("%3", file_size(document.size))
        )
        self.image = QLabel(self.tr("Memuat pratinjau…"))
        self.image.setObjectName("preview_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(320, 240)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup (Esc)"))
        close.rejected.connect(self.reject)
        layout.addWidget(self.info)
        layout.addWidget(self.image, 1)
        layout.addWidget(close)
        self.resize(900, 700)
        service = context.services.applications
        sha256, media_type = document.sha256, document.media_type

        def job(_: object) -> Preview:
            return render_preview(service.document_bytes(sha256), media_type)

        context.tasks.run(
            job, on_done=self._on_job_done, on_error=self._on_job_error, writes_db=False
        )

    @property
    def is_loaded(self) -> bool:
        return self._pixmap is not None

    def _on_job_done(self, result: object) -> None:
        if not isinstance(result, Preview):
            return
        self._pixmap = QPixmap.fromImage(result.image)
        if result.page_count > 1:
            self.info.setText(
                self.info.text()
                + self.tr(" · halaman 1 dari %1").replace("%1", str(result.page_count))
            )
        self._fit()
        self.preview_did_load.emit()

    def _on_job_error(self, exc: Exception) -> None:
        if isinstance(exc, ServiceError):
            message = error_text(exc)
        elif isinstance(exc, DocumentStoreError):
            message = translated(exc.text)
        elif isinstance(exc, PreviewError):
            message = exc.message
        else:
            message = self.tr("Dokumen tidak bisa ditampilkan. Lampirkan ulang dokumennya.")
        self.image.setText(message)
        self.image.setWordWrap(True)
        self.preview_did_fail.emit(message)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is None:
            return
        size = self.image.size()
        if self._pixmap.width() <= size.width() and self._pixmap.height() <= size.height():
            self.image.setPixmap(self._pixmap)
            return
        self.image.setPixmap(
            self._pixmap.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class ApplicationDetailView(QWidget):
    """The detail page. Emits no signals; writes notify ``AppState.applications_did_change``."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.application_id: str | None = None
        self.data: DetailData | None = None
        self.preview: DocumentPreviewDialog | None = None
        self._generation = 0
        self._is_busy = False
        self._is_loading = False
        self._keep_scroll = 0
        self.transition_buttons: dict[ApplicationStatus, QPushButton] = {}
        self._build()
        state = context.state
        state.applications_did_change.connect(self._on_state_applications_did_change)
        state.officer_did_change.connect(self._on_state_officer_did_change)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Kembali ke daftar (Esc)"))
        self.back_button.setObjectName("back_to_list")
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.edit_button = QPushButton(self.tr("&Ubah data"))
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.edit_button.hide()
        self.print_receipt_button = QPushButton(self.tr("Cetak &tanda terima…"))
        self.print_receipt_button.setObjectName("print_receipt")
        self.print_receipt_button.clicked.connect(self._on_print_receipt_button_clicked)
        self.print_receipt_button.hide()
        self._actions = QHBoxLayout()
        self._actions.setSpacing(6)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addLayout(self._actions)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.print_receipt_button)
        layout.addLayout(bar)

        self.error = QLabel()
        self.error.setObjectName("detail_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("detail_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._placeholder(""))
        layout.addWidget(self.scroll_area, 1)

        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._on_back_button_clicked)

    def _placeholder(self, text: str) -> QWidget:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    # --- loading --------------------------------------------------------------------------------

    def load(self, application_id: str) -> None:
        """Show ``application_id`` (called by the main window's ``open_detail``)."""
        if application_id != self.application_id:
            self._keep_scroll = 0
            self.data = None
            self.scroll_area.setWidget(self._placeholder(self.tr("Memuat permohonan…")))
            self._set_actions(None)
        self.application_id = application_id
        self.error.hide()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reload()

    @property
    def is_loading(self) -> bool:
        return self._is_loading

    def _reload(self) -> None:
        application_id = self.application_id
        officer = self.context.state.officer
        if application_id is None or officer is None:
            return
        self._generation += 1
        generation = self._generation
        self._is_loading = True
        services, office_id = self.context.services, officer.office_id

        def job(_: object) -> _Loaded:
            return _Loaded(generation, load_detail(services, application_id, office_id))

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            self._is_loading = False
            self._show_error(self._message_of(exc))
            if self.data is None:
                self.scroll_area.setWidget(self._placeholder(""))

        self.context.tasks.run(job, on_done=self._on_load_done, on_error=failed, writes_db=False)

    def _on_load_done(self, result: object) -> None:
        if not isinstance(result, _Loaded) or result.generation != self._generation:
            return
        data = result.data
        self._is_loading = False
        same = self.data is not None and self.data.application.id == data.application.id
        if same:
            self._keep_scroll = self.scroll_area.verticalScrollBar().value()
        self.data = data
        self.scroll_area.setWidget(self._content(data))
        self._set_actions(data.application)
        if same and self._keep_scroll:
            scroll = self._keep_scroll
            QTimer.singleShot(0, lambda: self.scroll_area.verticalScrollBar().setValue(scroll))

    # --- state ----------------------------------------------------------------------------------

    def _on_state_applications_did_change(self, ids: frozenset[str]) -> None:
        if self.application_id is None or not self.isVisible():
            return
        if not ids or self.application_id in ids:
            self._reload()

    def _on_state_officer_did_change(self, officer: Officer | None) -> None:
        if officer is None:  # nothing personal stays on screen after sign-out
            self.application_id = None
            self.data = None
            self._generation += 1
            self.scroll_area.setWidget(self._placeholder(""))
            self._set_actions(None)
            self.error.hide()

    # --- actions --------------------------------------------------------------------------------

    def _set_actions(self, app: Application | None) -> None:
        for button in self.transition_buttons.values():
            self._actions.removeWidget(button)
            button.hide()  # out of the layout but still a child until deleteLater runs
            button.deleteLater()
        self.transition_buttons = {}
        officer = self.context.state.officer
        role = None if officer is None else officer.role
        # Once "ready", only a supervisor edits or reopens (the service refuses others too).
        may_edit_ready = is_allowed(role, Permission.EDIT_AFTER_READY)
        self.edit_button.setVisible(
            app is not None
            and app.status in EDITABLE_ON_LAPTOP
            and (app.status is not ApplicationStatus.READY or may_edit_ready)
        )
        # A receipt exists from "ready" on (the first print queues it; later ones are copies).
        self.print_receipt_button.setVisible(
            app is not None and app.status is not ApplicationStatus.DRAFT
        )
        if app is None or officer is None:
            return
        for target in allowed_targets(app.status, officer.role):
            reopens = app.status is ApplicationStatus.READY and target is ApplicationStatus.DRAFT
            if reopens and not may_edit_ready:
                continue
            button = QPushButton(transition_label(app.status, target))
            button.setObjectName(f"transition_{target.value}")
            button.clicked.connect(lambda _=False, t=target: self._on_transition_clicked(t))
            if target is ApplicationStatus.READY:
                button.setDefault(True)
            self._actions.addWidget(button)
            button.show()  # a layout shows new children only on a later event-loop pass
            self.transition_buttons[target] = button
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._is_busy = busy
        for button in [*self.transition_buttons.values(), self.edit_button]:
            button.setEnabled(not busy)

    def _on_back_button_clicked(self) -> None:
        self.context.navigator.open_list()

    def _on_print_receipt_button_clicked(self) -> None:
        if self.application_id is None:
            return
        dialog = PrintReceiptDialog(
            self.context, self.context.services.receipts, self.application_id, self
        )
        dialog.exec()
        dialog.deleteLater()

    def _on_edit_button_clicked(self) -> None:
        if self.application_id is not None:
            self.context.navigator.open_form(self.application_id)

    def _on_transition_clicked(self, target: ApplicationStatus) -> None:
        data, officer = self.data, self.context.state.officer
        if data is None or officer is None or self._is_busy:
            return
        app = data.application
        transition = _transition(app.status, target)
        reason: ReasonCode | None = None
        reason_text, nib = "", ""
        if transition is not None and (transition.needs_reason or transition.needs_nib):
            dialog = StatusReasonDialog(transition, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason, reason_text, nib = (
                dialog.chosen_reason,
                dialog.reason_text.text(),
                dialog.nib.text().strip(),
            )
        elif target is ApplicationStatus.QUEUED and not self._confirm_queue():
            return
        self._change_status(app, target, officer, reason=reason, reason_text=reason_text, nib=nib)

    def _confirm_queue(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Antrekan untuk sinkron"),
            self.tr(
                "Tandai permohonan ini menunggu sinkron? Lakukan ini setelah tanda terima "
                "dicetak. Sesudahnya data tidak bisa diubah lagi di laptop."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _change_status(
        self,
        app: Application,
        target: ApplicationStatus,
        officer: Officer,
        *,
        reason: ReasonCode | None,
        reason_text: str,
        nib: str,
    ) -> None:
        service = self.context.services.applications
        app_id, revision = app.id, app.revision

        def job(_: object) -> SaveResult:
            return service.change_status(
                app_id,
                target,
                actor=officer,
                expected_revision=revision,
                reason=reason,
                reason_text=reason_text,
                nib=nib,
            )

        self._set_busy(True)
        self.error.hide()
        self.context.tasks.run(
            job,
            on_done=self._on_change_done,
            on_error=self._on_change_error,
            writes_db=True,
        )

    def _on_change_done(self, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, SaveResult):
            self.context.state.notify_applications(frozenset({result.application.id}))

    def _on_change_error(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_error(self._message_of(exc))
        if isinstance(exc, StaleRevisionError):
            self._reload()  # show what is stored now

    def _message_of(self, exc: Exception) -> str:
        if isinstance(exc, RuleViolationError):
            details = "".join(f"\n• {problem_text(p)}" for p in exc.problems)
            return error_text(exc) + details
        if isinstance(exc, ServiceError):
            return error_text(exc)
        if isinstance(exc, DocumentStoreError):
            return translated(exc.text)
        return self.tr(
            "Terjadi kesalahan yang tidak terduga. Coba lagi; bila terus terjadi, tutup dan "
            "buka kembali aplikasi."
        )

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _on_preview_clicked(self, document: DocumentRef) -> None:
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = DocumentPreviewDialog(self.context, document, self)
        self.preview.open()

    # --- content --------------------------------------------------------------------------------

    def _content(self, data: DetailData) -> QWidget:
        app = data.application
        content = QWidget()
        content.setObjectName("detail_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        layout.addLayout(self._header(data))
        layout.addWidget(self._checks_group(data))  # what blocks "ready" comes first
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(self._applicant_group(data), 1)
        columns.addWidget(self._business_group(data), 1)
        layout.addLayout(columns)
        layout.addWidget(self._activities_group(data))
        layout.addWidget(self._documents_group(app, data.removed_documents))
        layout.addWidget(self._history_group(data))
        layout.addStretch(1)
        return content

    def _officer_name(self, data: DetailData, officer_id: str) -> str:
        return data.officer_names.get(officer_id) or self.tr("petugas kantor")

    def _header(self, data: DetailData) -> QVBoxLayout:
        app = data.application
        tz = self.context.state.timezone
        box = QVBoxLayout()
        top = QHBoxLayout()
        code = QLabel(app.tracking_code)
        code.setObjectName("tracking_code")
        font = QFont(code.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        code.setFont(font)
        code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status = QLabel(status_label(app.status))
        status.setObjectName("status_badge")
        status.setStyleSheet(status_style_sheet(app.status))
        status_font = QFont(status.font())
        status_font.setPointSizeF(status_font.pointSizeF() * 1.2)
        status.setFont(status_font)
        name = QLabel(app.applicant.full_name)
        name_font = QFont(name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.4)
        name.setFont(name_font)
        top.addWidget(code)
        top.addSpacing(12)
        top.addWidget(status)
        top.addSpacing(16)
        top.addWidget(name, 1)
        box.addLayout(top)
        revision = QLabel(
            self.tr("Revisi %1 · diperbarui %2 oleh %3 · dibuat %4 oleh %5")
            .replace("%1", str(app.revision))
            .replace("%2", local_time(app.updated_at, tz))
            .replace("%3", self._officer_name(data, app.updated_by))
            .replace("%4", local_time(app.created_at, tz))
            .replace("%5", self._officer_name(data, app.created_by))
        )
        revision.setObjectName("revision_label")
        revision.setWordWrap(True)
        revision.setStyleSheet("QLabel { color: #444; }")
        box.addWidget(revision)
        if app.nib:
            nib = _value_label(self.tr("NIB: %1").replace("%1", app.nib), object_name="nib_label")
            nib_font = QFont(nib.font())
            nib_font.setPointSizeF(nib_font.pointSizeF() * 1.4)
            nib_font.setBold(True)
            nib.setFont(nib_font)
            box.addWidget(nib)
        if app.reason_code is not None or app.reason_text:
            parts = [reason_label(app.reason_code)] if app.reason_code is not None else []
            if app.reason_text:
                parts.append(app.reason_text)
            reason = _value_label(
                self.tr("Alasan: %1").replace("%1", " — ".join(parts)), object_name="reason_label"
            )
            reason.setStyleSheet(status_style_sheet(app.status).replace("font-weight: bold;", ""))
            box.addWidget(reason)
        if data.duplicates:
            duplicate = _value_label(
                self.tr(
                    "Kemungkinan duplikat NIK dengan: %1. Periksa apakah pemohon sudah "
                    "didaftarkan di laptop lain; satu pelaku usaha hanya boleh punya satu NIB."
                ).replace("%1", ", ".join(data.duplicates)),
                object_name="duplicate_label",
            )
            duplicate.setStyleSheet(DUPLICATE_STYLE)
            box.addWidget(duplicate)
        return box

    def _form_group(self, title: str, rows: list[tuple[str, str]], name: str) -> QGroupBox:
        group = QGroupBox(title)
        group.setObjectName(name)
        form = QFormLayout(group)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        for caption, value in rows:
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.addRow(label, _value_label(value))
        return group

    def _address(self, address: Address, village: str) -> str:
        lines = [address.street, village]
        if address.postal_code:
            lines.append(self.tr("Kode pos %1").replace("%1", address.postal_code))
        return "\n".join(line for line in lines if line)

    def _applicant_group(self, data: DetailData) -> QGroupBox:
        a = data.application.applicant
        birth = ", ".join(
            part
            for part in (a.birth_place, day_month_year(a.birth_date) if a.birth_date else "")
            if part
        )
        rows = [
            (self.tr("NIK:"), a.nik),
            (self.tr("Nama lengkap:"), a.full_name),
            (self.tr("Tempat, tanggal lahir:"), birth),
            (self.tr("Jenis kelamin:"), gender_label(a.gender)),
            (self.tr("Alamat:"), self._address(a.address, data.applicant_village)),
            (self.tr("Nomor HP:"), a.mobile),
            (self.tr("Email:"), a.email),
            (self.tr("NPWP:"), a.npwp or self.tr("Tidak diisi (NIK berlaku sebagai NPWP)")),
        ]
        return self._form_group(self.tr("Pemohon"), rows, "applicant_group")

    def _business_group(self, data: DetailData) -> QGroupBox:
        b = data.application.business
        area = (
            self.tr("%1 m²").replace("%1", display_locale().toString(b.land_area_m2))
            if b.land_area_m2 is not None
            else ""
        )
        point = f"{b.coordinate.latitude:.6f}, {b.coordinate.longitude:.6f}" if b.coordinate else ""
        scale = scale_label(business_scale(b.capital)) if b.capital is not None else ""
        rows = [
            (self.tr("Nama usaha:"), b.name),
            (self.tr("Alamat usaha:"), self._address(b.address, data.business_village)),
            (self.tr("Luas lahan:"), area),
            (self.tr("Status lahan:"), land_status_label(b.land_status)),
            (self.tr("Titik lokasi:"), point),
            (self.tr("Modal usaha:"), rupiah(b.capital) if b.capital is not None else ""),
            (self.tr("Skala usaha:"), scale),
        ]
        return self._form_group(self.tr("Usaha"), rows, "business_group")

    def _grid_group(
        self,
        title: str,
        name: str,
        headers: list[str],
        rows: list[list[str | QWidget]],
        *,
        wrap_columns: frozenset[int] = frozenset(),
    ) -> QGroupBox:
        group = QGroupBox(title)
        group.setObjectName(name)
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        for column, header in enumerate(headers):
            grid.addWidget(_bold(header), 0, column, Qt.AlignmentFlag.AlignTop)
        for r, row in enumerate(rows, start=1):
            if len(row) == 1:  # a message in place of rows spans the whole width
                headers_span = max(len(headers), 1)
                cell = row[0]
                widget = cell if isinstance(cell, QWidget) else _value_label(cell)
                grid.addWidget(widget, r, 0, 1, headers_span)
                continue
            for column, cell in enumerate(row):
                widget = (
                    cell
                    if isinstance(cell, QWidget)
                    else _value_label(cell, wrap=column in wrap_columns)
                )
                grid.addWidget(widget, r, column, Qt.AlignmentFlag.AlignTop)
        return group

    def _activities_group(self, data: DetailData) -> QGroupBox:
        activities = data.application.business.activities
        rows: list[list[str | QWidget]] = [
            [
                a.kbli,
                data.kbli_titles.get(a.kbli, self.tr("(kode KBLI tidak dikenal)")),
                activity_kind_label(a.kind),
                a.product,
                display_locale().toString(a.workers),
                rupiah(a.investment),
            ]
            for a in activities
        ]
        if not rows:
            rows = [[self.tr("Belum ada kegiatan usaha.")]]
        headers = [
            self.tr("KBLI"),
            self.tr("Judul KBLI"),
            self.tr("Jenis"),
            self.tr("Produk/jasa"),
            self.tr("Pekerja"),
            self.tr("Rencana investasi"),
        ]
        group = self._grid_group(
            self.tr("Kegiatan usaha"),
            "activities_group",
            headers,
            rows,
            wrap_columns=frozenset({1, 3}),
        )
        grid = group.layout()
        if isinstance(grid, QGridLayout):
            grid.setColumnStretch(1, 3)
            grid.setColumnStretch(3, 2)
        return group

    def _documents_group(self, app: Application, removed: frozenset[str]) -> QGroupBox:
        rows: list[list[str | QWidget]] = []
        for i, document in enumerate(app.documents):
            button: QWidget
            if document.sha256 in removed:
                button = QLabel(self.tr("dokumen sudah dihapus dari laptop (tersimpan di server)"))
                button.setObjectName(f"removed_{i}")
                button.setWordWrap(True)
            else:
                button = QPushButton(self.tr("Lihat"))
                button.setObjectName(f"preview_{i}")
                button.clicked.connect(lambda _=False, d=document: self._on_preview_clicked(d))
            pages = self.tr("%1 halaman").replace("%1", str(document.page_count))
            rows.append(
                [
                    document_label(document.kind),
                    media_label(document.media_type),
                    file_size(document.size),
                    pages,
                    document.original_name,
                    button,
                ]
            )
        if not rows:
            rows = [[self.tr("Belum ada dokumen yang dilampirkan.")]]
        headers = [
            self.tr("Dokumen"),
            self.tr("Tipe"),
            self.tr("Ukuran"),
            self.tr("Halaman"),
            self.tr("Nama berkas"),
            "",
        ]
        group = self._grid_group(
            self.tr("Dokumen"), "documents_group", headers, rows, wrap_columns=frozenset({4})
        )
        grid = group.layout()
        if isinstance(grid, QGridLayout):
            grid.setColumnStretch(4, 1)
        return group

    def _checks_group(self, data: DetailData) -> QGroupBox:
        result = data.result
        app = data.application
        group = QGroupBox(self.tr("Pemeriksaan data"))
        group.setObjectName("checks_group")
        box = QVBoxLayout(group)
        acknowledged = {a.problem_key: a for a in app.acknowledgements}
        if app.status in EDITABLE_STATUSES:
            if result.blocking:
                summary = QLabel(
                    self.tr(
                        "Belum bisa ditandai Siap. Yang masih perlu diselesaikan (%1):"
                    ).replace("%1", str(len(result.blocking)))
                )
                summary.setObjectName("blocking_summary")
                summary.setStyleSheet("QLabel { color: #9a3a00; font-weight: bold; }")
                box.addWidget(summary)
                for problem in result.blocking:
                    box.addWidget(_value_label("• " + problem_text(problem)))
            else:
                ok = QLabel(self.tr("✔ Semua syarat terpenuhi: permohonan bisa ditandai Siap."))
                ok.setObjectName("blocking_summary")
                ok.setStyleSheet("QLabel { color: #1b5e20; font-weight: bold; }")
                box.addWidget(ok)
        shown = {p.key for p in result.blocking} if app.status in EDITABLE_STATUSES else set()
        others = [p for p in result.problems if p.key not in shown]
        for problem in others:
            ack = acknowledged.get(problem.key)
            if problem.is_error:
                text = self.tr("✖ %1").replace("%1", problem_text(problem))
            elif ack is not None:
                text = (
                    self.tr("⚠ %1 (sudah dikonfirmasi oleh %2)")
                    .replace("%1", problem_text(problem))
                    .replace("%2", self._officer_name(data, ack.officer_id))
                )
            else:
                text = self.tr("⚠ %1").replace("%1", problem_text(problem))
            box.addWidget(_value_label(text))
        if not result.problems and app.status not in EDITABLE_STATUSES:
            box.addWidget(_value_label(self.tr("Tidak ada masalah pada data.")))
        return group

    def _history_group(self, data: DetailData) -> QGroupBox:
        tz = self.context.state.timezone
        rows: list[list[str | QWidget]] = []
        for event in reversed(data.history):  # newest first
            notes = [reason_label(event.reason_code)] if event.reason_code is not None else []
            if is_reprint(event):
                change = self.tr("Cetak ulang tanda terima (SALINAN)")
            elif event.from_status is not None:
                change = (
                    self.tr("%1 → %2")
                    .replace("%1", status_label(event.from_status))
                    .replace("%2", status_label(event.to_status))
                )
            else:
                change = self.tr("Didaftarkan (%1)").replace("%1", status_label(event.to_status))
            if event.reason_text and not is_reprint(event):
                notes.append(event.reason_text)
            rows.append(
                [
                    local_time(event.at, tz),
                    self._officer_name(data, event.officer_id),
                    change,
                    " — ".join(notes),
                ]
            )
        headers = [
            self.tr("Waktu"),
            self.tr("Petugas"),
            self.tr("Perubahan"),
            self.tr("Keterangan"),
        ]
        group = self._grid_group(
            self.tr("Riwayat status"), "history_group", headers, rows, wrap_columns=frozenset({3})
        )
        grid = group.layout()
        if isinstance(grid, QGridLayout):
            grid.setColumnStretch(3, 1)
        return group

    def history_texts(self) -> list[str]:
        """The history rows as shown, newest first, cells joined by " | " (for tests)."""
        content = self.scroll_area.widget()
        group = content.findChild(QGroupBox, "history_group") if content is not None else None
        grid = group.layout() if group is not None else None
        if self.data is None or not isinstance(grid, QGridLayout):
            return []
        lines = []
        for r in range(1, grid.rowCount()):
            texts = []
            for c in range(grid.columnCount()):
                item = grid.itemAtPosition(r, c)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    texts.append(widget.text())
            lines.append(" | ".join(texts))
        return lines
