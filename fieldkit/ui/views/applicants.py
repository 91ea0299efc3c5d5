"""Page 'applicants' of the main window: every application of the visit (or all visits).

Instant search (name, NIK, tracking code), filters by scope, status and village,
and a lazy table that stays smooth with 100,000 stored applications. Keyboard:
Ctrl+F searches, Down moves from the search box into the table, Up on the first
row goes back, Enter opens the detail.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.records import Officer, Visit
from fieldkit.domain.status import ApplicationStatus
from fieldkit.store.repositories import ApplicationFilter
from fieldkit.ui.context import ViewContext
from fieldkit.ui.formatting import display_locale
from fieldkit.ui.item_models.applicants import (
    SEARCH_LIMIT,
    ApplicantsModel,
    Column,
    ListQuery,
    village_label,
)
from fieldkit.ui.labels import status_label

SEARCH_DEBOUNCE_MS = 150
SCOPE_VISIT, SCOPE_ALL = "visit", "all"


@dataclass(frozen=True, slots=True)
class _Villages:
    generation: int
    labelled: list[tuple[str, str]]  # (label, code), sorted by label


class ApplicantsView(QWidget):
    """The applicants list page. Emits no signals; it calls the navigator to open a detail."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self._is_dirty = True  # load on the next activate()
        self._restore_id: str | None = None
        self._restore_scroll = 0
        self._open_single_after_load = False
        self._village_generation = 0

        self.model = ApplicantsModel(
            context.services.applications,
            context.services.reference,
            context.tasks,
            timezone=lambda: context.state.timezone,
            parent=self,
        )
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.scope.currentIndexChanged.connect(self._on_scope_current_index_changed)
        self.status.currentIndexChanged.connect(self._on_filter_changed)
        self.village.currentIndexChanged.connect(self._on_filter_changed)
        self.table.activated.connect(self._on_table_activated)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.model.load_did_start.connect(self._on_model_load_did_start)
        self.model.load_did_finish.connect(self._on_model_load_did_finish)
        self.model.load_did_fail.connect(self._on_model_load_did_fail)
        self.model.rowsInserted.connect(self._update_count)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_selection_current_row_changed)

        state = context.state
        state.officer_did_change.connect(self._on_state_officer_did_change)
        state.visit_did_change.connect(self._on_state_visit_did_change)
        state.applications_did_change.connect(self._on_state_applications_did_change)
        self._on_state_visit_did_change(state.visit)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        header = QHBoxLayout()
        title = QLabel(self.tr("Daftar pemohon"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        count_font = QFont(self.count_label.font())
        count_font.setPointSizeF(count_font.pointSizeF() * 1.15)
        self.count_label.setFont(count_font)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count_label)
        layout.addLayout(header)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Nama, NIK, atau kode pelacakan"))
        self.search.setMinimumWidth(280)
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("Kunjungan ini"), SCOPE_VISIT)
        self.scope.addItem(self.tr("Semua kunjungan"), SCOPE_ALL)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("Semua status"), "")
        for status in ApplicationStatus:
            self.status.addItem(status_label(status), status.value)
        self.village = QComboBox()
        self.village.setObjectName("village_filter")
        self.village.addItem(self.tr("Semua desa"), "")
        self.village.setMinimumContentsLength(18)
        self.village.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for text, widget, stretch in (
            (self.tr("&Cari:"), self.search, 3),
            (self.tr("&Lingkup:"), self.scope, 0),
            (self.tr("S&tatus:"), self.status, 0),
            (self.tr("&Desa:"), self.village, 1),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
            filters.addSpacing(6)
        layout.addLayout(filters)

        self.message = QLabel()
        self.message.setObjectName("list_message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.table = QTableView()
        self.table.setObjectName("applicants_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as officers expect
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        row_height = self.table.fontMetrics().height() + 12
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        header_view = self.table.horizontalHeader()
        header_view.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        samples = {  # the widest value each column usually holds, plus cell padding
            Column.TRACKING_CODE: "MMMMM-MMMMM",
            Column.NAME: "Rahmat Simanjuntak Sari",
            Column.NIK: "3201••••••••0000",
            Column.BUSINESS: "Warung Makan Bu Siti R",
            Column.STATUS: "Menunggu sinkron",
            Column.VILLAGE: "Pondok Rajeg (Cibinong)",
        }
        for column, sample in samples.items():
            header_view.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header_view.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        footer = QHBoxLayout()
        hint = QLabel(
            self.tr("Ctrl+F: cari   ·   ↓: pindah ke daftar   ·   Enter: buka detail pemohon")
        )
        hint.setObjectName("keyboard_hint")
        hint.setStyleSheet("QLabel { color: #555; }")
        self.open_button = QPushButton(self.tr("B&uka detail"))
        self.open_button.setObjectName("open_detail")
        self.open_button.setEnabled(False)
        footer.addWidget(hint)
        footer.addStretch(1)
        footer.addWidget(self.open_button)
        layout.addLayout(footer)

        QWidget.setTabOrder(self.search, self.scope)
        QWidget.setTabOrder(self.scope, self.status)
        QWidget.setTabOrder(self.status, self.village)
        QWidget.setTabOrder(self.village, self.table)
        QWidget.setTabOrder(self.table, self.open_button)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._on_find_activated)

    # --- page life cycle ------------------------------------------------------------------------

    def activate(self) -> None:
        """Called by the main window each time the page is shown."""
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()
        if self.context.state.officer is None:
            return
        if self._is_dirty or not self.model.has_loaded:
            self._reload(keep_position=self.model.has_loaded)
            self._load_villages()

    def set_search_delay(self, msecs: int) -> None:
        """How long the list waits for a pause in typing before it searches."""
        self._debounce.setInterval(msecs)

    def current_query(self) -> ListQuery:
        state = self.context.state
        visit_id = None
        if self.scope.currentData() == SCOPE_VISIT and state.visit is not None:
            visit_id = state.visit.id
        status = self.status.currentData()
        village = self.village.currentData()
        return ListQuery(
            ApplicationFilter(
                visit_id=visit_id,
                statuses=frozenset({ApplicationStatus(status)}) if status else None,
                village_code=village if village else None,
            ),
            self.search.text(),
        )

    def _apply_query(self) -> None:
        self._debounce.stop()
        self._is_dirty = False
        self._remember_position(keep_position=False)
        self.model.set_query(self.current_query())

    def _reload(self, *, keep_position: bool) -> None:
        self._debounce.stop()
        self._is_dirty = False
        self._remember_position(keep_position=keep_position)
        query = self.current_query()
        if query == self.model.query and self.model.has_loaded:
            self.model.reload()
        else:
            self.model.set_query(query)

    def _remember_position(self, *, keep_position: bool) -> None:
        current = self.table.currentIndex()
        self._restore_id = self.model.application_id(current.row()) if current.isValid() else None
        self._restore_scroll = self.table.verticalScrollBar().value() if keep_position else 0

    def _load_villages(self) -> None:
        """Fill the village filter with the villages that have applications (in the scope)."""
        self._village_generation += 1
        generation = self._village_generation
        state = self.context.state
        visit_id = (
            state.visit.id if self.scope.currentData() == SCOPE_VISIT and state.visit else None
        )
        service, reference = self.context.services.applications, self.context.services.reference
        own = state.visit.village_code if state.visit is not None else None

        def job(_: object) -> _Villages:
            codes = set(service.villages(visit_id=visit_id))
            if own:
                codes.add(own)  # the visit's own village is always offered
            labelled = [(village_label(reference, c), c) for c in codes]
            return _Villages(generation, sorted(labelled, key=lambda pair: pair[0].casefold()))

        self.context.tasks.run(job, on_done=self._on_villages_done, writes_db=False)

    def _on_villages_done(self, result: object) -> None:
        if not isinstance(result, _Villages) or result.generation != self._village_generation:
            return
        chosen = self.village.currentData()
        self.village.blockSignals(True)  # refilling is not a new choice by the officer
        self.village.clear()
        self.village.addItem(self.tr("Semua desa"), "")
        for label, code in result.labelled:
            self.village.addItem(label, code)
        index = self.village.findData(chosen) if chosen else 0
        self.village.setCurrentIndex(max(index, 0))
        self.village.blockSignals(False)
        if chosen and index < 0:
            self._apply_query()  # the chosen village left the scope: show everything instead

    # --- state ----------------------------------------------------------------------------------

    def _on_state_officer_did_change(self, officer: Officer | None) -> None:
        if officer is None:
            self._debounce.stop()
            self.search.clear()
            self.model.clear()  # no names stay on screen after sign-out
            self._is_dirty = True
            self._update_count()

    def _on_state_visit_did_change(self, visit: Visit | None) -> None:
        has_visit = visit is not None
        scopes = self.scope.model()
        if isinstance(scopes, QStandardItemModel):  # a QComboBox's own model
            this_visit = scopes.item(0)
            if this_visit is not None:
                this_visit.setEnabled(has_visit)
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(0 if has_visit else 1)
        self.scope.blockSignals(False)
        self._is_dirty = True
        if self.isVisible() and self.context.state.officer is not None:
            self._reload(keep_position=False)
            self._load_villages()

    def _on_state_applications_did_change(self, ids: frozenset[str]) -> None:
        del ids  # any change may move rows (the list is ordered by time of change)
        self._is_dirty = True
        if self.isVisible() and self.context.state.officer is not None:
            self._reload(keep_position=True)
            self._load_villages()

    # --- slots ----------------------------------------------------------------------------------

    def _on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        self._apply_query()

    def _on_scope_current_index_changed(self, _index: int) -> None:
        self._apply_query()
        self._load_villages()

    def _on_filter_changed(self, _index: int) -> None:
        self._apply_query()

    def _on_find_activated(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_return_pressed(self) -> None:
        if self._debounce.isActive() or self.model.is_loading:
            self._open_single_after_load = True
            if self._debounce.isActive():
                self._apply_query()
            return
        self._open_or_enter_table()

    def _open_or_enter_table(self) -> None:
        """Enter in the search box: open the only match, or move into the list to choose."""
        if self.model.rowCount() == 1:
            application_id = self.model.application_id(0)
            if application_id is not None:
                self.context.navigator.open_detail(application_id)
            return
        self._enter_table()

    def _enter_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _on_table_activated(self, index: QModelIndex) -> None:
        application_id = self.model.application_id(index.row())
        if application_id is not None:
            self.context.navigator.open_detail(application_id)

    def _on_open_button_clicked(self) -> None:
        self._on_table_activated(self.table.currentIndex())

    def _on_selection_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self.open_button.setEnabled(current.isValid())

    def _on_model_load_did_start(self) -> None:
        self.count_label.setText(self.tr("Memuat…"))

    def _on_model_load_did_finish(self) -> None:
        self.message.hide()
        self._update_count()
        restored = False
        if self._restore_id is not None:
            row = self.model.row_of(self._restore_id)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, 0))
                restored = True
        if self._restore_scroll:
            self.table.verticalScrollBar().setValue(self._restore_scroll)
        elif not restored:
            self.table.scrollToTop()
        self.open_button.setEnabled(self.table.currentIndex().isValid())
        if self._open_single_after_load:
            self._open_single_after_load = False
            self._open_or_enter_table()

    def _on_model_load_did_fail(self, message: str) -> None:
        self._open_single_after_load = False
        self.count_label.setText("")
        self._show_message(message, is_error=True)

    def _update_count(self) -> None:
        model = self.model
        if not model.has_loaded:
            self.count_label.setText("")
            return
        n = display_locale().toString(model.total)
        if model.query.is_search:
            if model.is_capped:
                text = self.tr("Menampilkan %1 teratas").replace(
                    "%1", display_locale().toString(SEARCH_LIMIT)
                )
            else:
                text = self.tr("%1 cocok").replace("%1", n)
        else:
            text = self.tr("%1 pemohon").replace("%1", n)
        self.count_label.setText(text)
        if model.total == 0:
            self._show_message(self._empty_text(), is_error=False)
        elif model.is_capped:
            self._show_message(
                self.tr(
                    "Banyak yang cocok; hanya %1 teratas yang ditampilkan. Ketik nama lebih "
                    "lengkap, NIK lebih panjang, atau kode pelacakan untuk mempersempit."
                ).replace("%1", display_locale().toString(SEARCH_LIMIT)),
                is_error=False,
            )
        else:
            self.message.hide()

    def _empty_text(self) -> str:
        query = self.model.query
        if query.is_search:
            return self.tr(
                "Tidak ada pemohon yang cocok dengan \u201c%1\u201d. Periksa ejaannya, cari "
                "dengan NIK atau kode pelacakan, atau pilih \u201cSemua kunjungan\u201d."
            ).replace("%1", query.text.strip())
        flt = query.filter
        if flt.statuses is not None or flt.village_code is not None:
            return self.tr(
                "Tidak ada pemohon dengan status/desa yang dipilih. Pilih \u201cSemua status\u201d "
                "atau \u201cSemua desa\u201d untuk melihat semuanya."
            )
        if flt.visit_id is not None:
            return self.tr(
                "Belum ada pemohon di kunjungan ini. Tekan F3 untuk mendaftarkan pemohon baru."
            )
        return self.tr("Belum ada pemohon yang tersimpan di laptop ini.")

    def _show_message(self, text: str, *, is_error: bool) -> None:
        colour = "#a3001b" if is_error else "palette(window-text)"
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; padding: 4px 0; }}")
        self.message.setText(text)
        self.message.show()

    # --- keyboard -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self._enter_table()
                return True
            if (
                watched is self.table
                and key == Qt.Key.Key_Up
                and self.table.currentIndex().row() <= 0
            ):
                self._on_find_activated()
                return True
        return super().eventFilter(watched, event)
