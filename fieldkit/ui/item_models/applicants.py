"""The applicants list as a lazy Qt table model: summaries fetched page by page in the background.

The model never holds more rows than the view has scrolled to. A listing starts
with the total (``ApplicationService.count``) and the first page; the view asks
for more through ``canFetchMore``/``fetchMore`` as it scrolls. A search is one
page of the best matches (``ApplicationService.search``), capped at
``SEARCH_LIMIT``. Every query runs on the task runner's pool, never on the Qt
thread: with 100,000 applications in one visit an unanalysed SQLite sorts the
whole visit for a page (~80 ms), and deep pages cost more. Each query carries a
generation number, so the answer of a query the officer already replaced (a
keystroke later) is dropped instead of shown.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fieldkit.domain.reference import RegionLookup
from fieldkit.services.applications import ApplicationService
from fieldkit.services.errors import ServiceError
from fieldkit.store.repositories import ApplicationFilter, ApplicationSummary
from fieldkit.ui.formatting import local_time
from fieldkit.ui.labels import status_colours, status_label
from fieldkit.ui.messages import error_text
from fieldkit.ui.tasks import Progress, TaskRunner

PAGE_SIZE = 200
SEARCH_LIMIT = 200
# A refresh reloads as many rows as were on screen (so the scroll position holds), up to this.
MAX_RELOAD_ROWS = 5_000

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # an invalid index is an immutable value: safe as a shared default


class Column(enum.IntEnum):
    TRACKING_CODE = 0
    NAME = 1
    NIK = 2
    BUSINESS = 3
    STATUS = 4
    VILLAGE = 5
    UPDATED = 6


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What the list shows: a filter, and search text ("" lists everything the filter keeps)."""

    filter: ApplicationFilter = field(default_factory=ApplicationFilter)
    text: str = ""

    @property
    def is_search(self) -> bool:
        return bool(self.text.strip())


@dataclass(frozen=True, slots=True)
class _Page:
    generation: int
    rows: tuple[ApplicationSummary, ...]
    total: int
    is_capped: bool
    village_names: dict[str, str]
    is_first: bool


def village_label(regions: RegionLookup, code: str) -> str:
    """``Pondok Rajeg (Cibinong)``: the village with its kecamatan, which tells namesakes apart."""
    village = regions.region(code)
    if village is None:
        return code
    kecamatan = regions.region(code[:6])
    return f"{village.name} ({kecamatan.name})" if kecamatan else village.name


class ApplicantsModel(QAbstractTableModel):
    """Summaries of applications, loaded lazily.

    Signals:
    - ``load_did_start()``: a new query started; the rows shown are about to be replaced.
    - ``load_did_finish()``: the first page of the current query arrived (the model was reset).
    - ``load_did_fail(str)``: a query failed; the Indonesian message says what to do.
    """

    load_did_start = Signal()
    load_did_finish = Signal()
    load_did_fail = Signal(str)

    def __init__(
        self,
        applications: ApplicationService,
        regions: RegionLookup,
        tasks: TaskRunner,
        *,
        timezone: Callable[[], str] = lambda: "Asia/Jakarta",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._applications = applications
        self._regions = regions
        self._tasks = tasks
        self._timezone = timezone
        self._query = ListQuery()
        self._generation = 0
        self._rows: list[ApplicationSummary] = []
        self._ids: set[str] = set()
        self._total = 0
        self._is_capped = False
        self._is_loading = False
        self._is_fetching = False
        self._has_loaded = False
        self._village_names: dict[str, str] = {}

    # --- what the view asks -----------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        """All applications the query matches (a search: the rows found, at most the cap)."""
        return self._total

    @property
    def is_capped(self) -> bool:
        """True when a search found more than ``SEARCH_LIMIT`` and shows only the first."""
        return self._is_capped

    @property
    def is_loading(self) -> bool:
        return self._is_loading

    @property
    def has_loaded(self) -> bool:
        return self._has_loaded

    def application_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, application_id: str) -> int | None:
        if application_id not in self._ids:
            return None
        return next(i for i, s in enumerate(self._rows) if s.id == application_id)

    # --- loading ----------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        """Show ``query`` from its first page."""
        self._start(query, rows=PAGE_SIZE)

    def reload(self) -> None:
        """Load the current query again, as many rows as are loaded now (keeps the scroll)."""
        self._start(self._query, rows=min(max(PAGE_SIZE, len(self._rows)), MAX_RELOAD_ROWS))

    def clear(self) -> None:
        """Forget every row (after sign-out: no personal data stays on screen)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._ids = [], set()
        self._total, self._is_capped = 0, False
        self._is_loading = self._is_fetching = self._has_loaded = False
        self.endResetModel()

    def _start(self, query: ListQuery, *, rows: int) -> None:
        self._generation += 1
        generation = self._generation
        self._query = query
        self._is_loading = True
        self._is_fetching = False
        service, regions = self._applications, self._regions
        known = frozenset(self._village_names)

        def job(_: Progress) -> _Page:
            if query.is_search:
                found = service.search(query.text, query.filter, limit=SEARCH_LIMIT + 1)
                page = tuple(found[:SEARCH_LIMIT])
                total, capped = len(page), len(found) > SEARCH_LIMIT
            else:
                total = service.count(query.filter)
                page = tuple(service.summaries(query.filter, offset=0, limit=rows))
                capped = False
            names = _names(regions, page, known)
            return _Page(generation, page, total, capped, names, is_first=True)

        self.load_did_start.emit()
        self._tasks.run(
            job, on_done=self._on_job_done, on_error=self._on_job_error, writes_db=False
        )

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return (
            not parent.isValid()
            and not self._query.is_search
            and not self._is_loading
            and not self._is_fetching
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._is_fetching = True
        generation, offset, flt = self._generation, len(self._rows), self._query.filter
        service, regions = self._applications, self._regions
        known = frozenset(self._village_names)

        def job(_: Progress) -> _Page:
            page = tuple(service.summaries(flt, offset=offset, limit=PAGE_SIZE))
            names = _names(regions, page, known)
            return _Page(generation, page, -1, False, names, is_first=False)

        self._tasks.run(
            job, on_done=self._on_job_done, on_error=self._on_job_error, writes_db=False
        )

    def _on_job_done(self, result: object) -> None:
        if not isinstance(result, _Page) or result.generation != self._generation:
            return  # the answer to a query the officer already replaced
        self._village_names.update(result.village_names)
        if result.is_first:
            self.beginResetModel()
            self._rows = list(result.rows)
            self._ids = {s.id for s in self._rows}
            self._total = result.total
            self._is_capped = result.is_capped
            self._is_loading = False
            self._has_loaded = True
            self.endResetModel()
            self.load_did_finish.emit()
            return
        self._is_fetching = False
        # Rows added since the first page shift the offsets: skip the ones already shown.
        fresh = [s for s in result.rows if s.id not in self._ids]
        if not result.rows:
            self._total = len(self._rows)  # rows were removed meanwhile: stop asking
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(s.id for s in fresh)
            self.endInsertRows()

    def _on_job_error(self, exc: Exception) -> None:
        self._is_loading = self._is_fetching = False
        if isinstance(exc, ServiceError):
            message = error_text(exc)
        else:
            message = self.tr(
                "Daftar pemohon tidak bisa dimuat. Coba lagi; bila terus gagal, "
                "tutup dan buka kembali aplikasi."
            )
        self.load_did_fail.emit(message)

    # --- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            Column.TRACKING_CODE: self.tr("Kode pelacakan"),
            Column.NAME: self.tr("Nama"),
            Column.NIK: self.tr("NIK"),
            Column.BUSINESS: self.tr("Usaha"),
            Column.STATUS: self.tr("Status"),
            Column.VILLAGE: self.tr("Desa/kelurahan"),
            Column.UPDATED: self.tr("Diperbarui"),
        }
        return headers.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == ID_ROLE:
            return summary.id
        if column is Column.STATUS and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            background, text = status_colours(summary.status)
            return background if role == Qt.ItemDataRole.BackgroundRole else text
        if column is Column.NIK and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("NIK disamarkan di daftar. Buka detail untuk melihat NIK lengkap.")
        return None

    def _display(self, summary: ApplicationSummary, column: Column) -> str:
        if column is Column.TRACKING_CODE:
            return summary.tracking_code
        if column is Column.NAME:
            return summary.full_name
        if column is Column.NIK:
            return summary.masked_nik  # never the full NIK in a list of many people
        if column is Column.BUSINESS:
            return summary.business_name
        if column is Column.STATUS:
            return status_label(summary.status)
        if column is Column.VILLAGE:
            return self._village_names.get(summary.village_code, summary.village_code)
        return local_time(summary.updated_at, self._timezone())


def _names(
    regions: RegionLookup, page: tuple[ApplicationSummary, ...], known: frozenset[str]
) -> dict[str, str]:
    """Village labels for the codes of ``page`` not yet known (the first village look-up loads
    the village table, ~0.2 s: that happens here, in the job, not while painting)."""
    codes = {s.village_code for s in page if s.village_code} - known
    return {code: village_label(regions, code) for code in codes}
