"""Page 'form': register an applicant or edit an application (applicant, business, documents).

The form holds no rules. As the officer types it builds an ``ApplicationDraft`` and
asks ``ApplicationService.validate`` (debounced), then shows each Problem under the
field its path names. What the officer types is autosaved every few seconds
(``FormAutosave``) and restored when the same form is opened again, so a crash or
a flat battery loses at most a few seconds of typing.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.problems import Problem, Severity
from fieldkit.domain.records import (
    Activity,
    Address,
    Applicant,
    Application,
    ApplicationDraft,
    Business,
    Coordinate,
    Gender,
    LandStatus,
)
from fieldkit.domain.roles import REFUSALS, Permission, is_allowed
from fieldkit.domain.status import EDITABLE_STATUSES, ApplicationStatus
from fieldkit.domain.validation import business_scale, nik_facts
from fieldkit.services.applications import SaveResult
from fieldkit.services.autosave import FormSnapshot
from fieldkit.services.errors import RuleViolationError, ServiceError, StaleRevisionError
from fieldkit.ui.context import ViewContext
from fieldkit.ui.labels import document_label, scale_label, status_label
from fieldkit.ui.messages import error_text, problem_text, translated
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets.activity_editor import ActivityEditor
from fieldkit.ui.widgets.banner import Banner
from fieldkit.ui.widgets.documents_panel import DocumentsPanel
from fieldkit.ui.widgets.field_message import FieldMessage
from fieldkit.ui.widgets.number_edit import NumberEdit
from fieldkit.ui.widgets.privacy_notice import PrivacyNotice
from fieldkit.ui.widgets.search_field import SearchField
from fieldkit.ui.widgets.village_field import VillageField
from fieldkit.ui.widgets.warning_dialog import WarningAcknowledgementDialog

VALIDATE_DELAY_MS = 300
AUTOSAVE_DELAY_MS = 3000
DATE_FORMAT = "%d-%m-%Y"
_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{4})\s*$")
_COORDINATE_RE = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*[;, ]\s*(-?\d+(?:[.,]\d+)?)\s*$")

# Problems that only say "not finished yet": shown once the officer has left the field (or
# tried to save), never while they are still typing the first characters into it.
_INCOMPLETE_SUFFIXES = ("required", ".length")
_TYPED_SLOWLY = frozenset(
    {
        "applicant.mobile",
        "applicant.email",
        "applicant.npwp",
        "applicant.address.postal_code",
        "business.address.postal_code",
        "business.coordinate",
    }
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationFormView", text)


def parse_date(text: str) -> dt.date | None:
    """``17-08-1990``, ``17/8/1990`` or ``17081990``; raises ValueError when unreadable."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 8:
        text = f"{text[:2]}-{text[2:4]}-{text[4:]}"
    match = _DATE_RE.match(text)
    if match is None:
        raise ValueError(text)
    day, month, year = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def parse_coordinate(text: str) -> Coordinate | None:
    """``-6.4817, 106.8540`` (comma or dot decimals); raises ValueError when unreadable."""
    if not text.strip():
        return None
    text = text.strip()
    # "-6,4817, 106,8540": decimal commas with a comma between them
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 4:
        text = f"{parts[0]}.{parts[1]} {parts[2]}.{parts[3]}"
    match = _COORDINATE_RE.match(text)
    if match is None:
        raise ValueError(text)
    latitude, longitude = (float(g.replace(",", ".")) for g in match.groups())
    return Coordinate(latitude, longitude)


@dataclass
class _Field:
    path: str
    widget: QWidget
    message: FieldMessage


class ApplicationFormView(QWidget):
    """The registration form. Public for the main window: ``load(id)``, ``flush_autosave()``."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.application: Application | None = None
        self.visit_id: str | None = None
        self.problems: list[Problem] = []
        self.is_read_only = False
        self._fields: dict[str, _Field] = {}
        self._getters: dict[str, Callable[[], Any]] = {}
        self._left_paths: dict[QObject, Callable[[], str]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        self._parse_errors: dict[str, str] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._loading = False
        self._is_loaded = False
        self._is_dirty = False
        self._privacy_confirmed = False
        self._change_serial = 0
        self._autosaved_serial = 0
        self._busy = 0
        self._prefilled: dict[str, str] = {}
        self._villages_preloaded = False
        self.activities: list[ActivityEditor] = []
        self.warning_dialog: WarningAcknowledgementDialog | None = None

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate_now)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.flush_autosave)

        self._build()
        context.state.officer_did_change.connect(self._on_state_officer_did_change)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("form_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setObjectName("form_status")
        header.addWidget(self.title, 1)
        header.addWidget(self.status_label)
        layout.addLayout(header)
        self.banner = Banner()
        self.banner.setObjectName("form_banner")
        layout.addWidget(self.banner)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.privacy = PrivacyNotice()
        self.privacy.setObjectName("privacy_notice")
        self.privacy.notice_did_confirm.connect(self._on_privacy_notice_did_confirm)
        self.pages.addWidget(self.privacy)

        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.pages.addWidget(self.form_scroll)
        body = QWidget()
        self.body = body
        self.form_scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 16, 8)
        column.addWidget(self._build_applicant())
        column.addWidget(self._build_business())
        column.addWidget(self._build_activities())
        documents_box = QGroupBox(self.tr("3. Dokumen"))
        documents_layout = QVBoxLayout(documents_box)
        self.documents = DocumentsPanel(self.context)
        self.documents.setObjectName("documents_panel")
        self.documents.documents_did_change.connect(self._on_documents_documents_did_change)
        self.documents.busy_did_change.connect(self._on_documents_busy_did_change)
        documents_layout.addWidget(self.documents)
        column.addWidget(documents_box)
        column.addStretch(1)

        self.bottom_bar = QWidget()
        bottom = QHBoxLayout(self.bottom_bar)
        bottom.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("form_summary")
        self.summary.setWordWrap(True)
        bottom.addWidget(self.summary, 1)
        self.next_problem_button = QPushButton(self.tr("Ke isian bermasalah (F8)"))
        self.next_problem_button.setObjectName("next_problem")
        self.save_button = QPushButton(self.tr("&Simpan draf (Ctrl+S)"))
        self.save_button.setObjectName("save_draft")
        self.ready_button = QPushButton(self.tr("Si&ap (Ctrl+Enter)"))
        self.ready_button.setObjectName("mark_ready")
        for button in (self.next_problem_button, self.save_button, self.ready_button):
            button.setMinimumHeight(34)
            bottom.addWidget(button)
        layout.addWidget(self.bottom_bar)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self.next_problem_button.clicked.connect(self.focus_next_problem)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.ready_button.clicked.connect(self._on_ready_button_clicked)

        def shortcut(keys: str, slot: Callable[[], None]) -> None:
            action = QShortcut(QKeySequence(keys), self)
            action.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.activated.connect(slot)

        shortcut("Ctrl+S", self._on_save_button_clicked)
        shortcut("Ctrl+Return", self._on_ready_button_clicked)
        shortcut("Ctrl+Enter", self._on_ready_button_clicked)
        shortcut("F8", self.focus_next_problem)

    def _section(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        return box, form

    def _add(
        self,
        form: QFormLayout,
        path: str,
        label: str,
        widget: QWidget,
        *,
        extra: QWidget | None = None,
        max_width: int = 0,
    ) -> FieldMessage:
        widget.setObjectName(path.replace(".", "_"))
        if max_width:
            widget.setMaximumWidth(max_width)
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        if extra is None:
            cell_layout.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget, 1 if not max_width else 0)
            row.addWidget(extra, 0 if not max_width else 1)
            cell_layout.addLayout(row)
        message = FieldMessage()
        message.setObjectName("message_" + path.replace(".", "_"))
        cell_layout.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, cell)
        self._fields[path] = _Field(path, widget, message)
        self._connect(path, widget)
        return message

    def _connect(self, path: str, widget: QWidget) -> None:
        if isinstance(widget, SearchField):

            def get_search(w: SearchField = widget) -> dict[str, str]:
                return {"value": w.value(), "text": w.text()}

            self._getters[path] = get_search

            def set_search(value: Any, w: SearchField = widget) -> None:
                if isinstance(value, dict):
                    w.restore(str(value.get("value", "")), str(value.get("text", "")))

            self._setters[path] = set_search
            widget.textChanged.connect(self._on_field_changed)
        elif isinstance(widget, QLineEdit):
            self._getters[path] = widget.text

            def set_text(value: Any, w: QLineEdit = widget) -> None:
                w.setText(str(value))

            self._setters[path] = set_text
            widget.textChanged.connect(self._on_field_changed)
        elif isinstance(widget, QComboBox):
            self._getters[path] = widget.currentData

            def set_combo(value: Any, w: QComboBox = widget) -> None:
                w.setCurrentIndex(max(0, w.findData(value)))

            self._setters[path] = set_combo
            widget.currentIndexChanged.connect(self._on_field_changed)
        # editingFinished is not emitted for a field left empty: watch the focus instead
        widget.installEventFilter(self)
        self._left_paths[widget] = functools.partial(str, path)

    def _build_applicant(self) -> QGroupBox:
        box, form = self._section(self.tr("1. Pemohon (sesuai KTP)"))
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("16 digit angka dari KTP"))
        self.nik.setMaxLength(40)
        self._add(form, "applicant.nik", self.tr("&NIK"), self.nik, max_width=260)
        self.full_name = QLineEdit()
        self._add(form, "applicant.full_name", self.tr("Nama &lengkap"), self.full_name)
        self.birth_place = QLineEdit()
        self._add(form, "applicant.birth_place", self.tr("&Tempat lahir"), self.birth_place)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("hh-bb-tttt, mis. 17-08-1990"))
        self._add(
            form, "applicant.birth_date", self.tr("Tanggal la&hir"), self.birth_date, max_width=200
        )
        self.gender = QComboBox()
        self.gender.addItem(self.tr("(pilih)"), "")
        self.gender.addItem(self.tr("Laki-laki"), Gender.MALE.value)
        self.gender.addItem(self.tr("Perempuan"), Gender.FEMALE.value)
        self._add(form, "applicant.gender", self.tr("&Jenis kelamin"), self.gender, max_width=200)
        suggestion = QWidget()
        suggestion_row = QHBoxLayout(suggestion)
        suggestion_row.setContentsMargins(0, 0, 0, 0)
        self.nik_suggestion = QLabel()
        self.nik_suggestion.setObjectName("nik_suggestion")
        self.use_nik_button = QPushButton(self.tr("&Gunakan dari NIK"))
        self.use_nik_button.setObjectName("use_nik_facts")
        self.use_nik_button.clicked.connect(self._on_use_nik_button_clicked)
        suggestion_row.addWidget(self.nik_suggestion)
        suggestion_row.addWidget(self.use_nik_button)
        suggestion_row.addStretch(1)
        form.addRow("", suggestion)
        self.suggestion_row = suggestion
        suggestion.hide()
        self.street = QLineEdit()
        self.street.setPlaceholderText(self.tr("jalan, nomor, RT/RW, dusun"))
        self._add(form, "applicant.address.street", self.tr("Ala&mat"), self.street)
        self.village = VillageField(self.context.services.reference)
        self._add(form, "applicant.address.village_code", self.tr("&Desa/kelurahan"), self.village)
        self.postal_code = QLineEdit()
        self.postal_code.setPlaceholderText(self.tr("5 digit (boleh kosong)"))
        self._add(
            form,
            "applicant.address.postal_code",
            self.tr("Kode pos"),
            self.postal_code,
            max_width=160,
        )
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText(self.tr("mis. 0812 3456 7890"))
        self._add(form, "applicant.mobile", self.tr("Nomor &HP"), self.mobile, max_width=260)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("mis. nama@gmail.com"))
        self._add(form, "applicant.email", self.tr("&Email"), self.email)
        self.npwp = QLineEdit()
        self.npwp.setPlaceholderText(self.tr("opsional; NIK berlaku sebagai NPWP"))
        self._add(form, "applicant.npwp", self.tr("NPWP"), self.npwp, max_width=320)
        return box

    def _build_business(self) -> QGroupBox:
        box, form = self._section(self.tr("2. Usaha"))
        self.business_name = QLineEdit()
        self._add(form, "business.name", self.tr("Nama &usaha"), self.business_name)
        self.business_street = QLineEdit()
        self.business_street.setPlaceholderText(self.tr("jalan, nomor, RT/RW, dusun"))
        self._add(form, "business.address.street", self.tr("Alamat usa&ha"), self.business_street)
        self.business_village = VillageField(self.context.services.reference)
        self._add(
            form,
            "business.address.village_code",
            self.tr("Desa/kelurahan usaha"),
            self.business_village,
        )
        self.business_postal_code = QLineEdit()
        self._add(
            form,
            "business.address.postal_code",
            self.tr("Kode pos usaha"),
            self.business_postal_code,
            max_width=160,
        )
        self.land_area = NumberEdit()
        self.land_area.setPlaceholderText(self.tr("boleh kosong"))
        self._add(
            form, "business.land_area_m2", self.tr("Luas lahan (m²)"), self.land_area, max_width=160
        )
        self.land_status = QComboBox()
        self.land_status.addItem(self.tr("(pilih)"), "")
        self.land_status.addItem(self.tr("Milik sendiri"), LandStatus.OWNED.value)
        self.land_status.addItem(self.tr("Sewa"), LandStatus.RENTED.value)
        self.land_status.addItem(self.tr("Pinjam pakai"), LandStatus.BORROWED.value)
        self._add(
            form, "business.land_status", self.tr("Status la&han"), self.land_status, max_width=200
        )
        self.coordinate = QLineEdit()
        self.coordinate.setPlaceholderText(
            self.tr("opsional: lintang, bujur, mis. -6.4817, 106.8540")
        )
        self._add(form, "business.coordinate", self.tr("Titik koordinat"), self.coordinate)
        self.capital = NumberEdit()
        self.capital.setPlaceholderText(self.tr("tanpa tanah dan bangunan"))
        self.scale_label = QLabel()
        self.scale_label.setObjectName("scale_label")
        self.scale_label.setStyleSheet("font-weight: bold;")
        self._add(
            form,
            "business.capital",
            self.tr("Modal usaha (&Rp)"),
            self.capital,
            extra=self.scale_label,
            max_width=240,
        )
        return box

    def _build_activities(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kegiatan usaha (KBLI 2020)"))
        layout = QVBoxLayout(box)
        self.activities_message = FieldMessage()
        self.activities_message.setObjectName("message_business_activities")
        layout.addWidget(self.activities_message)
        self.activities_layout = QVBoxLayout()
        layout.addLayout(self.activities_layout)
        self.add_activity_button = QPushButton(self.tr("Tambah &kegiatan usaha"))
        self.add_activity_button.setObjectName("add_activity")
        self.add_activity_button.clicked.connect(self._on_add_activity_button_clicked)
        layout.addWidget(self.add_activity_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # --- activities -----------------------------------------------------------------------------

    def add_activity(self, activity: Activity | None = None) -> ActivityEditor:
        editor = ActivityEditor(self.context.services.reference)
        if activity is not None:
            editor.set_activity(activity)
        editor.activity_did_edit.connect(self._on_field_changed)
        editor.removal_did_request.connect(lambda e=editor: self._on_activity_removal(e))
        for name in ("kbli", "product", "workers", "investment"):
            edit = editor.widget(name)
            edit.installEventFilter(self)
            self._left_paths[edit] = functools.partial(self._activity_path, editor, name)
        self.activities.append(editor)
        self.activities_layout.addWidget(editor)
        self._renumber_activities()
        return editor

    def _renumber_activities(self) -> None:
        for i, editor in enumerate(self.activities):
            editor.set_number(i + 1)
            editor.remove_button.setVisible(len(self.activities) > 1)
        self._update_tab_order()

    def _forget(self, editor: ActivityEditor) -> None:
        for name in ActivityEditor.FIELDS:
            self._left_paths.pop(editor.widget(name), None)

    def _clear_activities(self) -> None:
        for editor in self.activities:
            self._forget(editor)
            self.activities_layout.removeWidget(editor)
            editor.deleteLater()
        self.activities = []

    def _on_add_activity_button_clicked(self) -> None:
        editor = self.add_activity()
        self._on_field_changed()
        editor.kbli.setFocus()
        QTimer.singleShot(0, lambda: self.form_scroll.ensureWidgetVisible(editor))

    def _on_activity_removal(self, editor: ActivityEditor) -> None:
        if editor not in self.activities or len(self.activities) <= 1:
            return
        index = self.activities.index(editor)
        self.activities.remove(editor)
        self._forget(editor)
        self.activities_layout.removeWidget(editor)
        editor.deleteLater()
        self._touched = {t for t in self._touched if not t.startswith("business.activities.")}
        self._renumber_activities()
        self._on_field_changed()
        self.activities[min(index, len(self.activities) - 1)].kbli.setFocus()

    def _activity_path(self, editor: ActivityEditor, name: str) -> str:
        if editor not in self.activities:
            return ""
        return f"business.activities.{self.activities.index(editor)}.{name}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._left_paths:
            path = self._left_paths[watched]()
            if path:
                self._on_field_left(path)
        return super().eventFilter(watched, event)

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = []
        for field in self._fields.values():
            chain.append(field.widget)
            if field.path == "applicant.gender":
                chain.append(self.use_nik_button)
        for editor in self.activities:
            chain += editor.focusables()
        chain.append(self.add_activity_button)
        chain += self.documents.focusables()
        chain += [self.next_problem_button, self.save_button, self.ready_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- loading --------------------------------------------------------------------------------

    def load(self, application_id: str | None) -> None:
        """Open the form for a new applicant (None) or for a stored application."""
        try:
            self._load(application_id)
        except ServiceError as exc:
            self.banner.show_message(error_text(exc), "error")

    def _load(self, application_id: str | None) -> None:
        self.flush_autosave()  # the form being left keeps its own unsaved text
        self._preload_villages()
        state = self.context.state
        officer, visit = state.officer, state.visit
        application = (
            self.context.services.applications.get(application_id).application
            if application_id
            else None
        )
        self._loading = True
        try:
            self._reset()
            self.privacy.set_office(state.office)
            self.application = application
            if application is None:
                self.visit_id = visit.id if visit else None
                if visit is not None:
                    self.village.set_code(visit.village_code)
                    self.business_village.set_code(visit.village_code)
                self.add_activity()
            else:
                self.visit_id = application.visit_id
                self._fill(application)
                self._show_all = True
            snapshot = (
                self.context.services.autosave.load(officer.id, application_id)
                if officer is not None and self.context.services.autosave is not None
                else None
            )
            if snapshot is not None:
                self._restore(snapshot)
        finally:
            self._loading = False
        self._is_loaded = True
        self._is_dirty = snapshot is not None
        self._change_serial = self._autosaved_serial = 0
        self._set_read_only(
            application is not None
            and application.status not in EDITABLE_STATUSES | {ApplicationStatus.READY}
        )
        self._update_header()
        self._update_tab_order()
        if snapshot is not None:
            self.banner.show_message(
                self.tr("Formulir yang belum tersimpan dipulihkan. Periksa lalu simpan."),
                "info",
                action=self.tr("Buang isian yang dipulihkan"),
                on_action=lambda: self._discard_restored(application_id),
            )
            if (
                application is not None
                and snapshot.revision is not None
                and snapshot.revision != application.revision
            ):
                self.banner.show_message(
                    self.tr(
                        "Formulir yang belum tersimpan dipulihkan, tetapi permohonan ini sudah "
                        "diubah lagi sejak itu. Periksa setiap isian sebelum menyimpan."
                    ),
                    "warning",
                    action=self.tr("Buang isian yang dipulihkan"),
                    on_action=lambda: self._discard_restored(application_id),
                )
        if application is None and not self._privacy_confirmed:
            self.pages.setCurrentWidget(self.privacy)
            self.privacy.confirm_button.setFocus()
        else:
            self.pages.setCurrentWidget(self.form_scroll)
            self.nik.setFocus()
        self.validate_now()

    def _reset(self) -> None:
        self._validate_timer.stop()
        self._autosave_timer.stop()
        self.application = None
        self.problems = []
        self._parse_errors = {}
        self._touched = set()
        self._show_all = False
        self._privacy_confirmed = False
        self._prefilled = {}
        self.banner.hide()
        for field in self._fields.values():
            widget = field.widget
            if isinstance(widget, SearchField):
                widget.restore("", "")
            elif isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            field.message.set_problems(())
        self.scale_label.clear()
        self.suggestion_row.hide()
        self._clear_activities()
        self.documents.reset()
        self.summary.clear()

    def _fill(self, app: Application) -> None:
        a, b = app.applicant, app.business
        self.nik.setText(a.nik)
        self.full_name.setText(a.full_name)
        self.birth_place.setText(a.birth_place)
        self.birth_date.setText(a.birth_date.strftime(DATE_FORMAT) if a.birth_date else "")
        self.gender.setCurrentIndex(
            max(0, self.gender.findData(a.gender.value if a.gender else ""))
        )
        self.street.setText(a.address.street)
        self._set_village(self.village, a.address.village_code)
        self.postal_code.setText(a.address.postal_code)
        self.mobile.setText(a.mobile)
        self.email.setText(a.email)
        self.npwp.setText(a.npwp)
        self.business_name.setText(b.name)
        self.business_street.setText(b.address.street)
        self._set_village(self.business_village, b.address.village_code)
        self.business_postal_code.setText(b.address.postal_code)
        self.land_area.set_value(b.land_area_m2)
        self.land_status.setCurrentIndex(
            max(0, self.land_status.findData(b.land_status.value if b.land_status else ""))
        )
        self.coordinate.setText(
            f"{b.coordinate.latitude}, {b.coordinate.longitude}" if b.coordinate else ""
        )
        self.capital.set_value(b.capital)
        for activity in b.activities or (Activity(),):
            self.add_activity(activity)
        self.documents.set_application(app)

    def _set_village(self, field: VillageField, code: str) -> None:
        if code and self.context.services.reference.region(code) is not None:
            field.set_code(code)
        else:
            field.restore("", code)

    def _restore(self, snapshot: FormSnapshot) -> None:
        values = dict(snapshot.values)
        for path, setter in self._setters.items():
            if path in values:
                setter(values[path])
        activities = values.get("activities")
        if isinstance(activities, list) and activities:
            self._clear_activities()
            for entry in activities:
                editor = self.add_activity()
                if isinstance(entry, dict):
                    editor.restore(entry)
        self._privacy_confirmed = bool(values.get("privacy_confirmed"))
        touched = values.get("touched")
        if isinstance(touched, list):
            self._touched = {str(t) for t in touched}
        if self.application is None:
            self.documents.restore_pending(values.get("documents"))

    def _discard_restored(self, application_id: str | None) -> None:
        officer = self.context.state.officer
        autosave = self.context.services.autosave
        if officer is not None and autosave is not None:
            try:
                autosave.clear(officer.id, application_id)
            except ServiceError as exc:
                self.banner.show_message(error_text(exc), "error")
                return
        self._is_dirty = False
        self._change_serial = self._autosaved_serial = 0
        self.load(application_id)

    def _preload_villages(self) -> None:
        if self._villages_preloaded:
            return
        self._villages_preloaded = True
        reference = self.context.services.reference

        def job(_: Progress) -> None:
            reference.preload_villages(with_search=True)

        self.context.tasks.run(job, writes_db=False)

    def _set_read_only(self, read_only: bool) -> None:
        self.is_read_only = read_only
        self.body.setEnabled(True)
        for field in self._fields.values():
            field.widget.setEnabled(not read_only)
        for editor in self.activities:
            editor.setEnabled(not read_only)
        self.add_activity_button.setEnabled(not read_only)
        self.documents.set_read_only(read_only)
        self.save_button.setVisible(not read_only)
        self.ready_button.setVisible(not read_only)
        if read_only and self.application is not None:
            self.banner.show_message(
                self.tr(
                    "Permohonan berstatus '%1' tidak bisa diubah di laptop; data hanya ditampilkan."
                ).replace("%1", status_label(self.application.status)),
                "info",
            )

    def _update_header(self) -> None:
        app = self.application
        if app is None:
            self.title.setText(self.tr("Pemohon baru"))
            self.status_label.setText(self.tr("Belum disimpan"))
        else:
            self.title.setText(self.tr("Permohonan %1").replace("%1", app.tracking_code))
            self.status_label.setText(
                self.tr("Status: %1 · revisi %2")
                .replace("%1", status_label(app.status))
                .replace("%2", str(app.revision))
            )

    def _on_pages_current_changed(self, _: int) -> None:
        self.bottom_bar.setVisible(self.pages.currentWidget() is not self.privacy)

    # --- privacy --------------------------------------------------------------------------------

    def _on_privacy_notice_did_confirm(self) -> None:
        self._privacy_confirmed = True
        self.pages.setCurrentWidget(self.form_scroll)
        self.nik.setFocus()
        self._on_field_changed()

    # --- changes, validation --------------------------------------------------------------------

    def _on_field_changed(self) -> None:
        if self._loading or not self._is_loaded:
            return
        self._change_serial += 1
        self._is_dirty = True
        self._validate_timer.start()
        self._autosave_timer.start()
        self._update_scale()

    def _on_field_left(self, path: str) -> None:
        if self._loading or path in self._touched:
            return
        self._touched.add(path)
        self._render_problems()

    def _update_scale(self) -> None:
        capital = self.capital.value()
        if capital is None:
            self.scale_label.clear()
            return
        scale = business_scale(capital)
        self.scale_label.setText(
            self.tr("Skala: %1", "business scale, e.g. Skala: Usaha mikro").replace(
                "%1", scale_label(scale)
            )
        )

    def draft(self) -> ApplicationDraft:
        """What the widgets hold, as a draft; unreadable dates or points are left out and
        recorded in ``_parse_errors`` (shown under their field)."""
        self._parse_errors = {}
        birth_date: dt.date | None = None
        try:
            birth_date = parse_date(self.birth_date.text())
        except ValueError:
            self._parse_errors["applicant.birth_date"] = self.tr(
                "Tanggal lahir tidak terbaca. Tulis hari-bulan-tahun, mis. 17-08-1990."
            )
        coordinate: Coordinate | None = None
        try:
            coordinate = parse_coordinate(self.coordinate.text())
        except ValueError:
            self._parse_errors["business.coordinate"] = self.tr(
                "Titik koordinat tidak terbaca. Tulis lintang, bujur, mis. -6.4817, 106.8540, "
                "atau kosongkan."
            )
        gender = self.gender.currentData()
        land_status = self.land_status.currentData()
        applicant = Applicant(
            nik=self.nik.text(),
            full_name=self.full_name.text(),
            birth_place=self.birth_place.text(),
            birth_date=birth_date,
            gender=Gender(gender) if gender else None,
            address=Address(self.street.text(), self.village.code(), self.postal_code.text()),
            mobile=self.mobile.text(),
            email=self.email.text(),
            npwp=self.npwp.text(),
        )
        business = Business(
            name=self.business_name.text(),
            address=Address(
                self.business_street.text(),
                self.business_village.code(),
                self.business_postal_code.text(),
            ),
            land_area_m2=self.land_area.value(),
            land_status=LandStatus(land_status) if land_status else None,
            coordinate=coordinate,
            capital=self.capital.value(),
            activities=tuple(editor.activity() for editor in self.activities),
        )
        return ApplicationDraft(applicant=applicant, business=business)

    def validate_now(self) -> None:
        """Validate what is typed (normally 300 ms after the last key) and show the problems."""
        self._validate_timer.stop()
        if not self._is_loaded or self.visit_id is None:
            return
        draft = self.draft()
        try:
            self.problems = self.context.services.applications.validate(
                draft,
                visit_id=self.visit_id,
                application_id=self.application.id if self.application else None,
            )
        except ServiceError as exc:
            self.banner.show_message(error_text(exc), "error")
            return
        self._suggest_from_nik(draft)
        self._update_scale()
        self._render_problems()

    def _is_shown(self, problem: Problem, path: str) -> bool:
        if self._show_all or path in self._touched:
            return True
        if path in _TYPED_SLOWLY:
            return False
        return not problem.code.endswith(_INCOMPLETE_SUFFIXES)

    def _owner(self, field: str) -> tuple[str, FieldMessage | None]:
        """The message widget a problem path belongs to, and the path it is keyed under."""
        if field in self._fields:
            return field, self._fields[field].message
        parts = field.split(".")
        if field.startswith("business.activities.") and len(parts) >= 3 and parts[2].isdigit():
            index = int(parts[2])
            if index < len(self.activities):
                editor = self.activities[index]
                name = parts[3] if len(parts) > 3 else ""
                return field, editor.messages.get(name, editor.general)
        if field == "business.activities":
            return field, self.activities_message
        if field.startswith("documents"):
            return field, self.documents.message
        if field.startswith("applicant.nik"):
            return "applicant.nik", self._fields["applicant.nik"].message
        return field, None

    def _render_problems(self) -> None:
        shown: dict[int, tuple[FieldMessage, list[Problem]]] = {}
        messages: list[FieldMessage] = [f.message for f in self._fields.values()]
        messages.append(self.activities_message)
        for editor in self.activities:
            messages += [*editor.messages.values(), editor.general]
        for message in messages:
            shown[id(message)] = (message, [])
        unplaced: list[Problem] = []
        for problem in self.problems:
            path, owner = self._owner(problem.field)
            if owner is None:
                unplaced.append(problem)
                continue
            if owner is self.documents.message:
                continue  # the panel shows its own checklist and file errors
            if self._is_shown(problem, path):
                shown.setdefault(id(owner), (owner, []))[1].append(problem)
        for message, problems in shown.values():
            message.set_problems(problems)
        for path, value in self._prefilled.items():
            field = self._fields[f"applicant.{path}"]
            if not field.message.problems and self._getters[field.path]() == value:
                field.message.set_note(self.tr("Diisi dari NIK; cocokkan dengan KTP."))
        for path, text in self._parse_errors.items():
            self._fields[path].message.set_note("✖ " + text, is_error=True)
        self._render_summary(unplaced)

    def _render_summary(self, unplaced: Sequence[Problem]) -> None:
        acknowledged = (
            {a.problem_key for a in self.application.acknowledgements}
            if self.application
            else set()
        )
        errors = sum(p.is_error for p in self.problems) + len(self._parse_errors)
        warnings = sum(not p.is_error and p.key not in acknowledged for p in self.problems)
        missing = self.documents.missing_kinds()
        parts = []
        if errors:
            parts.append(self.tr("%1 kesalahan").replace("%1", str(errors)))
        if warnings:
            parts.append(self.tr("%1 peringatan").replace("%1", str(warnings)))
        if missing:
            parts.append(
                self.tr("dokumen wajib belum ada: %1").replace(
                    "%1", ", ".join(document_label(k) for k in missing)
                )
            )
        if not parts and self.application and self.application.status is ApplicationStatus.READY:
            self.summary.setText(self.tr("✔ Permohonan ini sudah Siap."))
            self.summary.setStyleSheet("color: #1b5e20; font-weight: bold;")
        elif not parts:
            self.summary.setText(self.tr("✔ Tidak ada kesalahan. Data siap ditandai Siap."))
            self.summary.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            text = self.tr("Belum siap: %1.").replace("%1", ", ".join(parts))
            if unplaced:
                text += " " + " ".join(problem_text(p) for p in unplaced)
            self.summary.setText(text)
            self.summary.setStyleSheet("color: #8e0000;" if errors else "color: #8a5300;")

    def focus_next_problem(self) -> None:
        """Move the cursor to the first field that shows a problem (F8)."""
        self._show_all = True
        self.validate_now()
        candidates: list[tuple[QWidget, FieldMessage]] = [
            (f.widget, f.message) for f in self._fields.values()
        ]
        for editor in self.activities:
            candidates += [(editor.widget(n), m) for n, m in editor.messages.items()]
        for widget, message in candidates:
            if message.has_problem:
                self.pages.setCurrentWidget(self.form_scroll)
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.form_scroll.ensureWidgetVisible(widget)
                return

    # --- NIK suggestions ------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return dt.datetime.now(ZoneInfo(self.context.state.timezone)).date()

    def _suggest_from_nik(self, draft: ApplicationDraft) -> None:
        """Fill birth date and gender from a NIK that has no error; never overwrite the
        officer's own input, but offer the NIK's values when they differ."""
        self.suggestion_row.hide()
        nik_errors = [p for p in self.problems if p.field == "applicant.nik" and p.is_error]
        facts = None if nik_errors else nik_facts(draft.applicant.nik, self._today())
        if facts is None or self.is_read_only:
            return
        date_text = facts.birth_date.strftime(DATE_FORMAT)
        typed_date = self.birth_date.text().strip()
        typed_gender = self.gender.currentData()
        filled = False
        if not typed_date or typed_date == self._prefilled.get("birth_date"):
            if typed_date != date_text:
                self.birth_date.setText(date_text)
                filled = True
            self._prefilled["birth_date"] = date_text
        if not typed_gender or typed_gender == self._prefilled.get("gender"):
            if typed_gender != facts.gender.value:
                self.gender.setCurrentIndex(self.gender.findData(facts.gender.value))
                filled = True
            self._prefilled["gender"] = facts.gender.value
        gender_text = self.tr("laki-laki") if facts.gender is Gender.MALE else self.tr("perempuan")
        if filled:
            self.validate_now()
            return
        if self.birth_date.text().strip() != date_text or self.gender.currentData() != (
            facts.gender.value
        ):
            self.nik_suggestion.setText(
                self.tr("Menurut NIK: lahir %1, %2.")
                .replace("%1", date_text)
                .replace("%2", gender_text)
            )
            self.suggestion_row.show()

    def _on_use_nik_button_clicked(self) -> None:
        facts = nik_facts(self.nik.text(), self._today())
        if facts is None:
            return
        self.birth_date.setText(facts.birth_date.strftime(DATE_FORMAT))
        self.gender.setCurrentIndex(self.gender.findData(facts.gender.value))
        self.validate_now()

    # --- saving ---------------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy > 0 or self.documents.is_busy

    @property
    def has_unsaved_input(self) -> bool:
        """Typed input not yet saved as a draft (kept by the autosave only)."""
        return self._is_dirty

    def _set_busy(self, delta: int) -> None:
        self._busy = max(0, self._busy + delta)
        busy = self.is_busy
        self.save_button.setEnabled(not busy)
        self.ready_button.setEnabled(not busy)

    def _on_documents_busy_did_change(self, _: bool) -> None:
        self._set_busy(0)

    def _on_save_button_clicked(self) -> None:
        self.save_draft()

    def _on_ready_button_clicked(self) -> None:
        self.save_draft(then_ready=True)

    def save_draft(self, *, then_ready: bool = False) -> None:
        """Save as a draft (new: register; stored: update), then optionally go on to "Siap"."""
        if self.is_busy or self.is_read_only or not self._is_loaded:
            return
        state = self.context.state
        officer = state.officer
        if officer is None:
            return
        if self.pages.currentWidget() is self.privacy:
            self.banner.show_message(
                self.tr("Bacakan dulu pemberitahuan data pribadi, lalu tekan Enter."), "warning"
            )
            return
        self._show_all = True  # from now on every missing value is pointed out
        draft = self.draft()
        if self._parse_errors:
            self.validate_now()
            self.banner.show_message(
                self.tr("Ada isian yang tidak terbaca; perbaiki isian bertanda merah dulu."),
                "error",
            )
            self.focus_next_problem()
            return
        applications = self.context.services.applications
        app = self.application
        visit_id = self.visit_id
        if app is None and visit_id is None:
            self.banner.show_message(
                self.tr("Buka kunjungan hari ini dulu (F2), lalu daftarkan pemohon."), "error"
            )
            return
        pending = self.documents.pending_documents()
        is_dirty = self._is_dirty
        serial = self._change_serial

        def job(_: Progress) -> SaveResult:
            if app is None:
                assert visit_id is not None
                return applications.register(visit_id, draft, actor=officer, documents=pending)
            if not is_dirty:
                return applications.get(app.id)
            return applications.update(app.id, draft, actor=officer, expected_revision=app.revision)

        self._set_busy(+1)
        self.context.tasks.run(
            job,
            on_done=lambda result: self._on_saved(result, serial, then_ready=then_ready),
            on_error=self._on_write_failed,
        )

    def _on_saved(self, result: SaveResult, serial: int, *, then_ready: bool) -> None:
        self._set_busy(-1)
        was_new = self.application is None
        self._accept_result(result)
        if serial == self._change_serial:
            self._is_dirty = False
            self._clear_autosave(None if was_new else result.application.id)
            if was_new:
                self._clear_autosave(result.application.id)
        elif was_new:
            # typed while saving: the unsaved rest now belongs to the stored application
            self._clear_autosave(None)
            self.flush_autosave(force=True)
        self.context.state.notify_applications(frozenset({result.application.id}))
        if then_ready:
            self._continue_ready(result)
            return
        self.banner.show_message(
            self.tr("Tersimpan sebagai draf. Nomor pendaftaran: %1").replace(
                "%1", result.application.tracking_code
            ),
            "success",
        )

    def _accept_result(self, result: SaveResult) -> None:
        self.application = result.application
        self.visit_id = result.application.visit_id
        self.documents.set_application(result.application)
        self.problems = list(result.problems)
        self._update_header()
        self._update_tab_order()
        self._render_problems()

    def _continue_ready(self, result: SaveResult) -> None:
        app = result.application
        if app.status is ApplicationStatus.READY:
            self._on_ready(result)
            return
        hard = [p for p in result.blocking if p.code != "warning.unacknowledged"]
        if hard:
            self._show_all = True
            self._render_problems()
            shown = "; ".join(problem_text(p) for p in hard[:3])
            more = len(hard) - 3
            text = (
                self.tr("Belum bisa Siap: %1 hal perlu diselesaikan. %2")
                .replace("%1", str(len(hard)))
                .replace("%2", shown)
            )
            if more > 0:
                text += " " + self.tr("(dan %1 lagi)").replace("%1", str(more))
            self.banner.show_message(
                text,
                "error",
                action=self.tr("Ke isian bermasalah (F8)"),
                on_action=self.focus_next_problem,
            )
            self.focus_next_problem()
            return
        acknowledged = {a.problem_key for a in app.acknowledgements}
        warnings = [
            p
            for p in result.problems
            if p.severity is Severity.WARNING and p.key not in acknowledged
        ]
        if warnings:
            self._ask_acknowledgement(app, warnings)
        else:
            self._mark_ready(app, [])

    def _ask_acknowledgement(self, app: Application, warnings: Sequence[Problem]) -> None:
        dialog = WarningAcknowledgementDialog(warnings, self)
        self.warning_dialog = dialog
        officer = self.context.state.officer
        role = None if officer is None else officer.role
        if not is_allowed(role, Permission.ACKNOWLEDGE_WARNING):
            # overriding a warning is the supervisor's; the service refuses others too
            dialog.refuse(translated(REFUSALS[Permission.ACKNOWLEDGE_WARNING]))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def finished(code: int) -> None:
            self.warning_dialog = None
            dialog.deleteLater()
            if code == WarningAcknowledgementDialog.DialogCode.Accepted:
                self._mark_ready(app, dialog.acknowledged_keys())
            else:
                self.banner.show_message(
                    self.tr("Belum ditandai Siap: periksa peringatan bersama pemohon dulu."),
                    "warning",
                )

        dialog.finished.connect(finished)
        dialog.open()

    def _mark_ready(self, app: Application, keys: Sequence[str]) -> None:
        officer = self.context.state.officer
        if officer is None:
            return
        applications = self.context.services.applications

        def job(_: Progress) -> SaveResult:
            revision = app.revision
            if keys:
                revision = applications.acknowledge(
                    app.id, list(keys), actor=officer, expected_revision=revision
                ).application.revision
            return applications.mark_ready(app.id, actor=officer, expected_revision=revision)

        self._set_busy(+1)
        self.context.tasks.run(job, on_done=self._on_marked_ready, on_error=self._on_write_failed)

    def _on_marked_ready(self, result: SaveResult) -> None:
        self._set_busy(-1)
        self._accept_result(result)
        self.context.state.notify_applications(frozenset({result.application.id}))
        self._on_ready(result)

    def _on_ready(self, result: SaveResult) -> None:
        app = result.application
        self.banner.show_message(
            self.tr("Permohonan %1 sudah Siap. Lanjutkan dengan mencetak tanda terima.").replace(
                "%1", app.tracking_code
            ),
            "success",
            action=self.tr("Lihat permohonan"),
            on_action=lambda: self.context.navigator.open_detail(app.id),
        )

    def _on_write_failed(self, exc: Exception) -> None:
        self._set_busy(-1)
        if isinstance(exc, StaleRevisionError):
            app_id = self.application.id if self.application else None
            self.banner.show_message(
                error_text(exc),
                "error",
                action=self.tr("Muat ulang permohonan"),
                on_action=lambda: self._discard_restored(app_id),
            )
            return
        if isinstance(exc, RuleViolationError):
            self.problems = [*exc.problems, *self.problems]
            self._show_all = True
            self._render_problems()
            self.banner.show_message(error_text(exc), "error")
            return
        if isinstance(exc, ServiceError):
            self.banner.show_message(error_text(exc), "error")
            return
        self.banner.show_message(
            self.tr(
                "Penyimpanan gagal karena kesalahan tak terduga. Isian Anda tetap tersimpan "
                "sementara di laptop; coba simpan lagi."
            ),
            "error",
        )

    def _on_documents_documents_did_change(self, result: SaveResult | None) -> None:
        if result is not None:
            if self.application is not None:
                # keep the officer's unsaved typing: take only the new revision and documents
                self.application = result.application
                self._update_header()
            self.context.state.notify_applications(frozenset({result.application.id}))
        else:
            self._on_field_changed()
        self._update_tab_order()
        self._render_problems()

    # --- autosave -------------------------------------------------------------------------------

    def snapshot_values(self) -> dict[str, Any]:
        values = {path: getter() for path, getter in self._getters.items()}
        values["activities"] = [editor.snapshot() for editor in self.activities]
        values["documents"] = self.documents.pending_snapshot()
        values["privacy_confirmed"] = self._privacy_confirmed
        values["touched"] = sorted(self._touched)
        return values

    def flush_autosave(self, *, force: bool = False) -> None:
        """Write what is typed to the autosave now if it changed since the last one."""
        self._autosave_timer.stop()
        autosave = self.context.services.autosave
        officer = self.context.state.officer
        if autosave is None or officer is None or not self._is_loaded or self.is_read_only:
            return
        if not force and (not self._is_dirty or self._change_serial == self._autosaved_serial):
            return
        app = self.application
        snapshot = FormSnapshot(
            application_id=app.id if app else None,
            visit_id=self.visit_id,
            revision=app.revision if app else None,
            values=self.snapshot_values(),
        )
        self._autosaved_serial = self._change_serial

        def job(_: Progress) -> None:
            autosave.save(officer.id, snapshot)

        self.context.tasks.run(job, on_error=self._on_autosave_failed)

    def _clear_autosave(self, application_id: str | None) -> None:
        autosave = self.context.services.autosave
        officer = self.context.state.officer
        if autosave is None or officer is None:
            return

        def job(_: Progress) -> None:
            autosave.clear(officer.id, application_id)

        self.context.tasks.run(job, on_error=self._on_autosave_failed)

    def _on_autosave_failed(self, exc: Exception) -> None:
        message = error_text(exc) if isinstance(exc, ServiceError) else ""
        self.banner.show_message(
            self.tr("Penyimpanan sementara gagal; simpan draf sekarang (Ctrl+S). %1").replace(
                "%1", message
            ),
            "warning",
        )

    def _on_state_officer_did_change(self, officer: object) -> None:
        if officer is None:
            # Signed out: the next officer must not see this applicant's data.
            self._loading = True
            try:
                self._reset()
            finally:
                self._loading = False
            self._is_loaded = False
            self._is_dirty = False
            self.pages.setCurrentWidget(self.privacy)
