"""Page 'visit': today's village visit: open it, watch the live counter, close the day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldkit.domain.records import Officer, Visit, VisitState
from fieldkit.domain.roles import REFUSALS, Permission, is_allowed
from fieldkit.domain.status import ApplicationStatus
from fieldkit.refdata import VillageMatch
from fieldkit.services.errors import ServiceError
from fieldkit.services.visits import VisitProgress
from fieldkit.ui.context import ViewContext
from fieldkit.ui.formatting import long_date
from fieldkit.ui.messages import error_text, translated
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets.error_label import ErrorLabel
from fieldkit.ui.widgets.village_picker import VillagePicker, village_title

DEFAULT_TARGET = 15
MAX_TARGET = 500
_HINT_STYLE = "color: #555555;"
_GOOD_STYLE = "color: #1b5e20; font-weight: bold;"
_TOP_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop

# Past draft and not sent back: done as far as the village day is concerned (a printed
# receipt turns "ready" into "queued", which must not make the ready count drop).
READY_STATUSES = (
    ApplicationStatus.READY,
    ApplicationStatus.QUEUED,
    ApplicationStatus.RECEIVED,
    ApplicationStatus.IN_PROCESS,
    ApplicationStatus.NIB_ISSUED,
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


class _CountTile(QFrame):
    """A number with a caption under it (ready, draft, needs fix)."""

    def __init__(self, caption: str, name: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("0")
        self.number.setObjectName(name)
        self.number.setFont(_scaled_font(self.number.font(), 2.0, bold=True))
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(caption)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.number)
        layout.addWidget(label)


class VisitView(QWidget):
    """Today's visit. Signals: none (it changes AppState and asks the Navigator to move)."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self._open_visits: list[Visit] = []
        self._officers: list[Officer] = []
        self._closed_note = ""
        self._is_busy = False
        self._confirm: QMessageBox | None = None
        self._is_form_fresh = True  # the open form still needs today's defaults

        self.stack = QStackedWidget()
        self.open_page = self._build_open_page()
        self.current_page = self._build_current_page()
        self.stack.addWidget(self.open_page)
        self.stack.addWidget(self.current_page)

        column = QWidget()
        column.setMaximumWidth(880)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(24, 20, 24, 20)
        column_layout.addWidget(self.stack)
        column_layout.addStretch(1)
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.addStretch(1)
        centred.addWidget(column, 8)
        centred.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        state = context.state
        state.visit_did_change.connect(self._on_state_visit_did_change)
        state.applications_did_change.connect(self._on_state_applications_did_change)
        state.officer_did_change.connect(self._on_state_officer_did_change)

    # --- building -------------------------------------------------------------------------------

    def _build_open_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("visit_open_form")
        title = QLabel(self.tr("Buka kunjungan"))
        title.setFont(_scaled_font(title.font(), 1.8, bold=True))

        self.closed_banner = QLabel()
        self.closed_banner.setObjectName("visit_closed_banner")
        self.closed_banner.setWordWrap(True)
        self.closed_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.closed_banner.setMargin(10)
        self.closed_banner.setStyleSheet(
            "QLabel#visit_closed_banner { background: #e8f5e9; border: 1px solid #a5d6a7; }"
        )
        self.closed_banner.hide()

        # Visits still open (another village today, or a day that was not closed).
        self.resume_box = QFrame()
        self.resume_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.resume_combo = QComboBox()
        self.resume_combo.setObjectName("resume_combo")
        self.resume_button = QPushButton(self.tr("&Lanjutkan"))
        self.resume_button.setObjectName("resume_button")
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        resume_label = QLabel(self.tr("Masih &terbuka:"))
        resume_label.setBuddy(self.resume_combo)
        resume_layout = QHBoxLayout(self.resume_box)
        resume_layout.addWidget(resume_label)
        resume_layout.addWidget(self.resume_combo, 1)
        resume_layout.addWidget(self.resume_button)
        self.resume_box.hide()

        intro = QLabel(
            self.tr(
                "Pilih desa/kelurahan yang dikunjungi hari ini, petugas yang hadir, dan target "
                "pemohon. Setelah kunjungan dibuka, pemohon bisa didaftarkan."
            )
        )
        intro.setWordWrap(True)

        self.picker = VillagePicker(self.context.services.reference)
        self.picker.setObjectName("village_picker")
        self.picker.village_did_change.connect(self._on_picker_village_did_change)

        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("visit_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.date_long = QLabel()
        self.date_long.setObjectName("visit_date_long")
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_long, 1)

        self.officer_list = QListWidget()
        self.officer_list.setObjectName("visit_officers")

        self.target_spin = QSpinBox()
        self.target_spin.setObjectName("visit_target")
        self.target_spin.setRange(1, MAX_TARGET)
        self.target_spin.setValue(DEFAULT_TARGET)
        # The program's target is "more than 15 per village" (fieldkit.domain.target).
        self.target_spin.setPrefix(self.tr("lebih dari "))
        self.target_spin.setSuffix(self.tr(" pemohon"))
        self.target_spin.setMinimumWidth(140)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_spin)
        target_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for text, buddy, field in (
            (self.tr("&Desa/kelurahan:"), self.picker.edit, self.picker),
            (self.tr("Ta&nggal:"), self.date_edit, date_row),
            (self.tr("&Petugas yang hadir:"), self.officer_list, self.officer_list),
            (self.tr("Tar&get:"), self.target_spin, target_row),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)

        self.open_error = ErrorLabel("open_visit_error")
        self.open_button = QPushButton(self.tr("Buka k&unjungan"))
        self.open_button.setObjectName("open_visit_button")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.cancel_open_button = QPushButton(self.tr("Ba&tal"))
        self.cancel_open_button.setObjectName("cancel_open_button")
        self.cancel_open_button.setToolTip(self.tr("Kembali ke kunjungan yang sedang dibuka"))
        self.cancel_open_button.clicked.connect(self._on_cancel_open_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_open_button, 0, _TOP_RIGHT)
        buttons.addWidget(self.open_button, 0, _TOP_RIGHT)

        # Enter in the date or target field opens the visit, as in a dialog.
        self.date_edit.installEventFilter(self)
        self.target_spin.installEventFilter(self)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.closed_banner)
        layout.addWidget(self.resume_box)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)  # the stack is as tall as its tallest page: keep rows together

        QWidget.setTabOrder(self.picker.edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.officer_list)
        QWidget.setTabOrder(self.officer_list, self.target_spin)
        QWidget.setTabOrder(self.target_spin, self.open_button)
        QWidget.setTabOrder(self.open_button, self.cancel_open_button)
        return page

    def _build_current_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("visit_current")

        self.heading = QLabel()
        self.heading.setObjectName("visit_heading")
        self.heading.setFont(_scaled_font(self.heading.font(), 1.1))
        self.heading.setStyleSheet(_HINT_STYLE)
        self.village_label = QLabel()
        self.village_label.setObjectName("visit_village")
        self.village_label.setFont(_scaled_font(self.village_label.font(), 1.8, bold=True))
        self.village_label.setWordWrap(True)
        self.place_label = QLabel()
        self.place_label.setObjectName("visit_place")
        self.place_label.setWordWrap(True)
        self.team_label = QLabel()
        self.team_label.setObjectName("visit_team")
        self.team_label.setWordWrap(True)

        self.switch_box = QWidget()
        self.switch_combo = QComboBox()
        self.switch_combo.setObjectName("visit_switch_combo")
        self.switch_combo.activated.connect(self._on_switch_combo_activated)
        switch_label = QLabel(self.tr("&Kunjungan terbuka:"))
        switch_label.setBuddy(self.switch_combo)
        switch_layout = QHBoxLayout(self.switch_box)
        switch_layout.setContentsMargins(0, 0, 0, 0)
        switch_layout.addWidget(switch_label)
        switch_layout.addWidget(self.switch_combo, 1)
        self.switch_box.hide()

        self.counter = QLabel()
        self.counter.setObjectName("visit_counter")
        self.counter.setFont(_scaled_font(self.counter.font(), 3.0, bold=True))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("visit_progress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMinimumHeight(22)
        self.target_note = QLabel()
        self.target_note.setObjectName("visit_target_note")
        self.target_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.target_note.setWordWrap(True)

        self.ready_tile = _CountTile(self.tr("Siap / tanda terima"), "count_ready")
        self.draft_tile = _CountTile(self.tr("Masih draf"), "count_draft")
        self.fix_tile = _CountTile(self.tr("Perlu perbaikan"), "count_needs_fix")
        tiles = QGridLayout()
        tiles.setHorizontalSpacing(12)
        for column, tile in enumerate((self.ready_tile, self.draft_tile, self.fix_tile)):
            tiles.addWidget(tile, 0, column)

        self.new_button = QPushButton(self.tr("Pemohon baru (F3)"))
        self.new_button.setObjectName("new_applicant_button")
        self.new_button.setFont(_scaled_font(self.new_button.font(), 1.3, bold=True))
        self.new_button.setMinimumHeight(48)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.list_button = QPushButton(self.tr("Daftar pemohon (F4)"))
        self.list_button.setObjectName("applicants_button")
        self.list_button.setFont(_scaled_font(self.list_button.font(), 1.3))
        self.list_button.setMinimumHeight(48)
        self.list_button.clicked.connect(self._on_list_button_clicked)
        main_buttons = QHBoxLayout()
        main_buttons.setSpacing(12)
        main_buttons.addWidget(self.new_button, 1)
        main_buttons.addWidget(self.list_button, 1)

        self.another_button = QPushButton(self.tr("Buka kunjungan &lain…"))
        self.another_button.setObjectName("another_visit_button")
        self.another_button.setToolTip(
            self.tr("Untuk tim yang melayani dua desa pada hari yang sama")
        )
        self.another_button.clicked.connect(self._on_another_button_clicked)
        self.close_button = QPushButton(self.tr("&Tutup hari ini…"))
        self.close_button.setObjectName("close_visit_button")
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.current_error = ErrorLabel("visit_error")
        day_buttons = QHBoxLayout()
        day_buttons.addWidget(self.current_error, 1)
        day_buttons.addStretch(0)
        day_buttons.addWidget(self.another_button, 0, _TOP_RIGHT)
        day_buttons.addWidget(self.close_button, 0, _TOP_RIGHT)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.village_label)
        layout.addWidget(self.place_label)
        layout.addWidget(self.team_label)
        layout.addWidget(self.switch_box)
        layout.addSpacing(12)
        layout.addWidget(self.counter)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.target_note)
        layout.addLayout(tiles)
        layout.addSpacing(12)
        layout.addLayout(main_buttons)
        layout.addSpacing(8)
        layout.addWidget(line)
        layout.addLayout(day_buttons)
        layout.addStretch(1)

        QWidget.setTabOrder(self.switch_combo, self.new_button)
        QWidget.setTabOrder(self.new_button, self.list_button)
        QWidget.setTabOrder(self.list_button, self.another_button)
        QWidget.setTabOrder(self.another_button, self.close_button)
        return page

    # --- page life cycle ------------------------------------------------------------------------

    def activate(self) -> None:
        """Show the current visit, else today's open one, else the form to open one."""
        state = self.context.state
        if state.officer is None or state.office is None:
            return
        self.picker.start_loading(self.context.tasks)
        self._load_open_visits()
        current = self._find_open(state.visit.id) if state.visit else None
        if current is None and not self._closed_note:
            today = self._today()
            current = next((v for v in self._open_visits if v.date == today), None)
        if current is not None and current != state.visit:
            state.set_visit(current)  # re-renders through visit_did_change
        elif current is None and state.visit is not None:
            state.set_visit(None)
        else:
            self._render()
        self._focus_first()

    def _today(self) -> dt.date:
        return self.context.services.visits.today(self.context.state.timezone)

    def _load_open_visits(self) -> None:
        office = self.context.state.office
        if office is None:
            return
        try:
            visits = self.context.services.visits.visits(office.id)
            self._officers = self.context.services.offices.officers(office.id)
        except Exception as exc:  # shown to the officer: nothing escapes a slot
            self._show_open_error(self._error_text(exc))
            return
        self._open_visits = [v for v in visits if v.state is VisitState.OPEN]
        self.picker.set_nearby(frozenset(v.village_code[:4] for v in visits))

    def _find_open(self, visit_id: str) -> Visit | None:
        return next((v for v in self._open_visits if v.id == visit_id), None)

    def _focus_first(self) -> None:
        if self.stack.currentWidget() is self.open_page:
            self.picker.edit.setFocus()
        else:
            self.new_button.setFocus()

    # --- state ----------------------------------------------------------------------------------

    def _on_state_visit_did_change(self, _visit: Visit | None) -> None:
        if self.context.state.officer is not None:
            self._load_open_visits()
            self._render()

    def _on_state_applications_did_change(self, _ids: frozenset[str]) -> None:
        if self.context.state.visit is not None and self.stack.currentWidget() is self.current_page:
            self._render_progress()

    def _on_state_officer_did_change(self, officer: Officer | None) -> None:
        if officer is None:  # signed out: the next officer starts clean
            self._closed_note = ""
            self._is_form_fresh = True
            self.open_error.hide()
            self.current_error.hide()
            if self._confirm is not None:
                self._confirm.reject()

    # --- rendering ------------------------------------------------------------------------------

    def _may_close(self) -> bool:
        officer = self.context.state.officer
        return is_allowed(None if officer is None else officer.role, Permission.CLOSE_VISIT)

    def _update_close_button(self) -> None:
        """Closing the day is the supervisor's (the service refuses others all the same)."""
        may_close = self._may_close()
        self.close_button.setEnabled(may_close and not self._is_busy)
        self.close_button.setToolTip(
            "" if may_close else translated(REFUSALS[Permission.CLOSE_VISIT])
        )

    def _render(self) -> None:
        self._update_close_button()
        visit = self.context.state.visit
        if visit is not None and visit.state is VisitState.OPEN:
            self._render_current(visit)
            self.stack.setCurrentWidget(self.current_page)
        else:
            self._render_open_form(can_cancel=False)
            self.stack.setCurrentWidget(self.open_page)

    def _visit_name(self, visit: Visit) -> tuple[str, str, str]:
        """The village ("Kel. Pondok Rajeg"), its kecamatan ("Kec. Cibinong") and the full
        place above it ("Kec. Cibinong, Kabupaten Bogor, Jawa Barat")."""
        path = self.context.services.reference.village_path(visit.village_code)
        if len(path) != 4:
            return visit.village_code, "", ""
        province, regency, kecamatan, village = path
        district = self.tr("Kec. %1").replace("%1", kecamatan.name)
        return village_title(village), district, f"{district}, {regency.name}, {province.name}"

    def _visit_choice_text(self, visit: Visit) -> str:
        village, district, _place = self._visit_name(visit)
        return f"{village} ({district}), {long_date(visit.date)}"

    def _render_current(self, visit: Visit) -> None:
        today = self._today()
        if visit.date == today:
            heading = self.tr("Kunjungan hari ini, %1").replace("%1", long_date(visit.date))
        else:
            heading = self.tr("Kunjungan terbuka, %1 (bukan hari ini)").replace(
                "%1", long_date(visit.date)
            )
        self.heading.setText(heading)
        village, _district, place = self._visit_name(visit)
        self.village_label.setText(village)
        self.place_label.setText(place)
        names = {o.id: o.name for o in self._officers}
        team = ", ".join(names.get(i, "?") for i in visit.officer_ids)
        self.team_label.setText(self.tr("Petugas: %1").replace("%1", team))
        self.switch_combo.clear()
        for other in self._open_visits:
            self.switch_combo.addItem(self._visit_choice_text(other), other.id)
        self.switch_combo.setCurrentIndex(self.switch_combo.findData(visit.id))
        self.switch_box.setVisible(len(self._open_visits) > 1)
        self.current_error.hide()
        self._render_progress()

    def _render_progress(self) -> None:
        visit = self.context.state.visit
        if visit is None:
            return
        try:
            progress = self.context.services.visits.progress(visit.id)
        except Exception as exc:  # shown to the officer: nothing escapes a slot
            self.current_error.setText(self._error_text(exc))
            self.current_error.show()
            return
        self._show_progress(progress)

    def _show_progress(self, progress: VisitProgress) -> None:
        target = progress.visit.target
        self.counter.setText(
            self.tr("%1 pemohon · target lebih dari %2")
            .replace("%1", str(progress.total))
            .replace("%2", str(target))
        )
        # Full once the target is reached: one more than the target.
        self.progress_bar.setRange(0, target + 1)
        self.progress_bar.setValue(min(progress.total, target + 1))
        self.ready_tile.number.setText(str(progress.count(*READY_STATUSES)))
        self.draft_tile.number.setText(str(progress.count(ApplicationStatus.DRAFT)))
        self.fix_tile.number.setText(str(progress.count(ApplicationStatus.NEEDS_FIX)))
        if progress.reached_target:
            self.target_note.setStyleSheet(_GOOD_STYLE)
            self.target_note.setText(self.tr("Target tercapai. Terima kasih!"))
        else:
            self.target_note.setStyleSheet(_HINT_STYLE)
            self.target_note.setText(
                self.tr("Perlu %1 pemohon lagi untuk mencapai target.").replace(
                    "%1", str(progress.still_needed)
                )
            )

    def _render_open_form(self, *, can_cancel: bool) -> None:
        self.closed_banner.setText(self._closed_note)
        self.closed_banner.setVisible(bool(self._closed_note))
        resumable = [v for v in self._open_visits if v != self.context.state.visit]
        self.resume_combo.clear()
        for visit in resumable:
            self.resume_combo.addItem(self._visit_choice_text(visit), visit.id)
        self.resume_box.setVisible(bool(resumable) and not can_cancel)
        self.cancel_open_button.setVisible(can_cancel)
        if self._is_form_fresh:
            self._is_form_fresh = False
            self.picker.clear()
            self.date_edit.setDate(_qdate(self._today()))
            self.target_spin.setValue(DEFAULT_TARGET)
            self.officer_list.clear()
        self._on_date_edit_date_changed(self.date_edit.date())
        self._fill_officers()
        self.open_error.hide()

    def _fill_officers(self) -> None:
        me = self.context.state.officer
        checked = {
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.officer_list.item(i) for i in range(self.officer_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        }
        self.officer_list.clear()
        row_height = self.fontMetrics().height() + 8
        for officer in self._officers:
            if not officer.is_active:
                continue
            is_me = me is not None and officer.id == me.id
            text = self.tr("%1 (Anda)").replace("%1", officer.name) if is_me else officer.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, officer.id)
            if is_me:
                # The officer opening the visit is always part of it.
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip(self.tr("Petugas yang membuka kunjungan selalu ikut."))
            else:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if officer.id in checked else Qt.CheckState.Unchecked
                )
            item.setSizeHint(QSize(0, row_height))
            self.officer_list.addItem(item)
        rows = max(1, min(self.officer_list.count(), 5))
        self.officer_list.setFixedHeight(rows * row_height + 2 * self.officer_list.frameWidth())

    def checked_officer_ids(self) -> list[str]:
        ids = []
        for i in range(self.officer_list.count()):
            item = self.officer_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    # --- opening a visit ------------------------------------------------------------------------

    def _on_date_edit_date_changed(self, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        text = long_date(day)
        if day == self._today():
            text = self.tr("%1 (hari ini)").replace("%1", text)
        self.date_long.setText(text)

    def _on_picker_village_did_change(self, _match: VillageMatch | None) -> None:
        self.open_error.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.date_edit, self.target_spin)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_visit()
            return True
        return super().eventFilter(watched, event)

    def _on_open_button_clicked(self) -> None:
        self._open_visit()

    def _open_visit(self) -> None:
        state = self.context.state
        officer, office = state.officer, state.office
        if self._is_busy or officer is None or office is None:
            return
        match = self.picker.selected()
        if match is None:
            self.picker.show_error(
                self.tr(
                    "Pilih desa/kelurahan dari daftar: ketik namanya, pilih dengan ↑/↓, "
                    "lalu tekan Enter."
                )
            )
            self.picker.edit.setFocus()
            return
        qdate = self.date_edit.date()
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        visits = self.context.services.visits
        village_code = match.village.code
        officer_ids = self.checked_officer_ids()
        target = self.target_spin.value()

        def open_visit(_progress: Progress) -> Visit:
            return visits.open_visit(
                office_id=office.id,
                village_code=village_code,
                date=day,
                officer_ids=officer_ids,
                actor=officer,
                target=target,
            )

        self._set_busy(is_busy=True)
        self.context.tasks.run(
            open_visit, on_done=self._on_open_visit_done, on_error=self._on_open_visit_failed
        )

    def _on_open_visit_done(self, visit: Visit) -> None:
        if not isValid(self):
            return
        self._set_busy(is_busy=False)
        self._closed_note = ""
        self._is_form_fresh = True
        self.context.state.set_visit(visit)
        self.new_button.setFocus()

    def _on_open_visit_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._set_busy(is_busy=False)
        self._show_open_error(self._error_text(error))

    def _show_open_error(self, text: str) -> None:
        self.open_error.setText(text)
        self.open_error.show()

    def _on_cancel_open_button_clicked(self) -> None:
        self._render()
        self._focus_first()

    def _on_resume_button_clicked(self) -> None:
        visit = self._find_open(str(self.resume_combo.currentData()))
        if visit is not None:
            self._closed_note = ""
            self.context.state.set_visit(visit)
            self.new_button.setFocus()

    # --- the open visit -------------------------------------------------------------------------

    def _on_switch_combo_activated(self, index: int) -> None:
        visit = self._find_open(str(self.switch_combo.itemData(index)))
        if visit is not None and visit != self.context.state.visit:
            self.context.state.set_visit(visit)

    def _on_new_button_clicked(self) -> None:
        self.context.navigator.open_form(None)

    def _on_list_button_clicked(self) -> None:
        self.context.navigator.open_list()

    def _on_another_button_clicked(self) -> None:
        self._is_form_fresh = True
        self._render_open_form(can_cancel=True)
        self.stack.setCurrentWidget(self.open_page)
        self.picker.edit.setFocus()

    def _on_close_button_clicked(self) -> None:
        visit = self.context.state.visit
        if visit is None or self._is_busy:
            return
        try:
            progress = self.context.services.visits.progress(visit.id)
        except Exception as exc:  # shown to the officer: nothing escapes a slot
            self.current_error.setText(self._error_text(exc))
            self.current_error.show()
            return
        village, district, _place = self._visit_name(visit)
        drafts = progress.count(ApplicationStatus.DRAFT)
        box = QMessageBox(self)
        box.setObjectName("close_visit_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Tutup kunjungan"))
        box.setText(
            self.tr("Tutup kunjungan di %1 (%2), %3?")
            .replace("%1", village)
            .replace("%2", district)
            .replace("%3", long_date(visit.date))
        )
        summary = self.tr("Tercatat %1 pemohon.").replace("%1", str(progress.total))
        if drafts:
            summary += " " + self.tr(
                "%1 masih draf: draf tetap tersimpan dan bisa dilengkapi dari Daftar pemohon."
            ).replace("%1", str(drafts))
        summary += " " + self.tr(
            "Setelah ditutup, pemohon baru tidak bisa ditambahkan ke kunjungan ini."
        )
        box.setInformativeText(summary)
        confirm = box.addButton(self.tr("Tutup kunjungan"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("confirm_close_button")
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_close_button")
        box.setDefaultButton(cancel)  # closing by accident is worse than one more key press
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _r: self._on_confirm_finished(box, confirm, visit))
        self._confirm = box
        box.open()

    def _on_confirm_finished(
        self, box: QMessageBox, confirm: QAbstractButton, visit: Visit
    ) -> None:
        self._confirm = None
        is_confirmed = box.clickedButton() is confirm
        box.deleteLater()
        officer = self.context.state.officer
        if not is_confirmed or officer is None:
            return
        visits = self.context.services.visits
        visit_id = visit.id

        def close(_progress: Progress) -> tuple[Visit, VisitProgress]:
            closed = visits.close_visit(visit_id, actor=officer)
            return closed, visits.progress(visit_id)

        self._set_busy(is_busy=True)
        self.context.tasks.run(close, on_done=self._on_close_done, on_error=self._on_close_failed)

    def _on_close_done(self, result: tuple[Visit, VisitProgress]) -> None:
        if not isValid(self):
            return
        self._set_busy(is_busy=False)
        closed, progress = result
        village, district, _place = self._visit_name(closed)
        self._closed_note = (
            self.tr(
                "Kunjungan di %1 (%2), %3 sudah ditutup dengan %4 pemohon. Untuk pemohon "
                "berikutnya, buka kunjungan baru di bawah."
            )
            .replace("%1", village)
            .replace("%2", district)
            .replace("%3", long_date(closed.date))
            .replace("%4", str(progress.total))
        )
        if self.context.state.visit is not None and self.context.state.visit.id == closed.id:
            self.context.state.set_visit(None)
        else:
            self._load_open_visits()
            self._render()
        self._focus_first()
        # The close-of-day flow ends with the day's report, ready to print and sign.
        self.context.navigator.open_closing_report(closed.id)

    def _on_close_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._set_busy(is_busy=False)
        self.current_error.setText(self._error_text(error))
        self.current_error.show()

    # --- helpers --------------------------------------------------------------------------------

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, ServiceError):
            return error_text(error)
        return self.tr("Terjadi kesalahan tak terduga. Coba lagi; jika berulang, hubungi admin.")

    def _set_busy(self, *, is_busy: bool) -> None:
        self._is_busy = is_busy
        for button in (self.open_button, self.close_button, self.another_button):
            button.setEnabled(not is_busy)
        self._update_close_button()
