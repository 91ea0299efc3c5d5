"""A village picker: type a village name, pick one of the Kemendagri matches with the keyboard.

Many villages share a name ("Sukamaju" exists in dozens of regencies), so every match is shown
with its kecamatan, regency and province. The list sits inline under the text field (not in a
popup window), so it stays visible, works with a screen reader and with plain key presses:
type, move with Up/Down, pick with Enter; a click picks too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldkit.domain.reference import Region
from fieldkit.refdata import ReferenceData, VillageMatch
from fieldkit.ui.tasks import Progress, TaskRunner
from fieldkit.ui.widgets.error_label import ERROR_STYLE

SEARCH_LIMIT = 20
# Matches fetched before the ones near the office's earlier visits are moved to the top.
NEARBY_POOL = 400
VISIBLE_ROWS = 6
_HINT_STYLE = "color: #555555;"

_MOVE_KEYS = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: VISIBLE_ROWS,
    Qt.Key.Key_PageUp: -VISIBLE_ROWS,
}


def village_title(village: Region) -> str:
    """The village with its kind, as officers say it: "Desa Sukamaju", "Kel. Pondok Rajeg"."""
    kinds = {
        "desa": QCoreApplication.translate("VillagePicker", "Desa %1"),
        "kelurahan": QCoreApplication.translate("VillagePicker", "Kel. %1"),
        "desa_adat": QCoreApplication.translate("VillagePicker", "Desa adat %1"),
    }
    return kinds.get(village.level, "%1").replace("%1", village.name)


class VillagePicker(QWidget):
    """A text field with the matching villages listed under it.

    Signals: ``village_did_change(object)``: the picked ``VillageMatch``, or None when the
    officer edits the text again (nothing is picked until a match is chosen from the list).
    """

    village_did_change = Signal(object)

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self._matches: list[VillageMatch] = []
        self._selected: VillageMatch | None = None
        self._is_ready = False
        self._is_loading = False
        self._nearby: frozenset[str] = frozenset()

        self.edit = QLineEdit()
        self.edit.setObjectName("village_search")
        self.edit.setPlaceholderText(self.tr("Ketik nama desa/kelurahan, mis. Pondok Rajeg"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.installEventFilter(self)

        self.results = QListWidget()
        self.results.setObjectName("village_results")
        # Keys stay in the text field (it forwards Up/Down/Enter), so typing never gets lost.
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformItemSizes(True)
        self.results.itemClicked.connect(self._on_results_item_clicked)
        self.results.hide()

        self.message = QLabel()
        self.message.setObjectName("village_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

    # --- loading --------------------------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    def start_loading(self, tasks: TaskRunner) -> None:
        """Load the village tables and search index in the background (about 0.3 s)."""
        if self._is_ready or self._is_loading:
            return
        self._is_loading = True
        self._show_hint(self.tr("Memuat data desa…"))
        reference = self._reference  # the job gets the reference data, never the widget

        def preload(_progress: Progress) -> None:
            reference.preload_villages(with_search=True)

        tasks.run(
            preload,
            on_done=self._on_preload_done,
            on_error=self._on_preload_failed,
            writes_db=False,
        )

    def _on_preload_done(self, _result: object) -> None:
        if not isValid(self):  # the page was closed while the job ran
            return
        self._is_loading = False
        self._is_ready = True
        if self._selected is None:
            self._search(self.edit.text())

    def _on_preload_failed(self, _error: Exception) -> None:
        if not isValid(self):
            return
        self._is_loading = False
        self._show_error(
            self.tr(
                "Data desa tidak bisa dimuat. Tutup lalu buka lagi aplikasi; jika masih gagal, "
                "pasang ulang fieldkit."
            )
        )

    def set_nearby(self, regency_codes: frozenset[str]) -> None:
        """List villages of these regencies (4-digit codes) first: an office works in its own
        district, so "Sukamaju" should offer the Bogor ones before those in Aceh."""
        self._nearby = regency_codes

    # --- the picked village ---------------------------------------------------------------------

    def selected(self) -> VillageMatch | None:
        return self._selected

    def clear(self) -> None:
        had_selection = self._selected is not None
        self._selected = None
        self._matches = []
        self.edit.clear()
        self.results.clear()
        self.results.hide()
        self._show_hint("" if self._is_ready else self.tr("Memuat data desa…"))
        if had_selection:
            self.village_did_change.emit(None)

    def show_error(self, text: str) -> None:
        """Show a problem with the choice under the field (for example "pick a village")."""
        self._show_error(text)

    @staticmethod
    def display_text(match: VillageMatch) -> str:
        """ "Kel. Pondok Rajeg, Kec. Cibinong, Kabupaten Bogor, Jawa Barat"."""
        places = match.label.removeprefix(match.village.name)
        return village_title(match.village) + places

    # --- searching ------------------------------------------------------------------------------

    def _on_edit_text_edited(self, text: str) -> None:
        if self._selected is not None:
            self._selected = None
            self.village_did_change.emit(None)
        if not self._is_ready:
            self._show_hint(self.tr("Memuat data desa…"))
            return
        self._search(text)

    def _search(self, text: str) -> None:
        self.results.clear()
        query = text.strip()
        if not query:
            self._matches = []
            self.results.hide()
            self._show_hint("")
            return
        # Once the index is loaded a search takes about a millisecond: no job needed.
        self._matches = self._search_matches(query)
        if not self._matches:
            self.results.hide()
            self._show_error(
                self.tr(
                    "Tidak ada desa/kelurahan bernama “%1”. Periksa ejaannya, atau ketik "
                    "sebagian namanya saja."
                ).replace("%1", query)
            )
            return
        row_height = self.fontMetrics().height() + 8  # a little air between look-alike names
        for match in self._matches:
            item = QListWidgetItem(self.display_text(match))
            item.setToolTip(self.tr("Kode wilayah %1").replace("%1", match.village.code))
            item.setSizeHint(QSize(0, row_height))
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        rows = min(len(self._matches), VISIBLE_ROWS)
        self.results.setFixedHeight(rows * row_height + 2 * self.results.frameWidth())
        self.results.show()
        if len(self._matches) >= SEARCH_LIMIT:
            self._show_hint(
                self.tr(
                    "Banyak desa bernama mirip. Tambahkan nama kecamatan atau kabupaten "
                    "setelah koma, mis. “Sukamaju, Bogor”. Pilih dengan ↑/↓ lalu Enter."
                )
            )
        else:
            self._show_hint(
                self.tr("%1 desa/kelurahan cocok. Pilih dengan ↑/↓ lalu tekan Enter.").replace(
                    "%1", str(len(self._matches))
                )
            )

    def _search_matches(self, query: str) -> list[VillageMatch]:
        if not self._nearby:
            return self._reference.search_villages(query, limit=SEARCH_LIMIT)
        pool = self._reference.search_villages(query, limit=NEARBY_POOL)
        nearby = self._nearby
        provinces = {code[:2] for code in nearby}

        def distance(match: VillageMatch) -> int:
            code = match.village.code
            return 0 if code[:4] in nearby else 1 if code[:2] in provinces else 2

        # sorted() is stable: within each distance the reference data's ranking stays.
        return sorted(pool, key=distance)[:SEARCH_LIMIT]

    def _pick(self, row: int) -> None:
        if not 0 <= row < len(self._matches):
            return
        match = self._matches[row]
        self._selected = match
        self._matches = []
        self.results.clear()
        self.results.hide()
        text = self.display_text(match)
        self.edit.setText(text)
        # All selected with the cursor at the start: the village name stays in view, and
        # typing replaces the whole choice.
        self.edit.setSelection(len(text), -len(text))
        code = match.village.code
        self._show_hint(
            self.tr("Terpilih. Kode wilayah: %1").replace(
                "%1", f"{code[:2]}.{code[2:4]}.{code[4:6]}.{code[6:]}"
            )
        )
        self.village_did_change.emit(match)

    def _on_results_item_clicked(self, item: QListWidgetItem) -> None:
        self._pick(self.results.row(item))
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if self.results.isVisible() and self.results.count():
                step = _MOVE_KEYS.get(key)
                if step is not None:
                    row = self.results.currentRow() + step
                    self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
                    return True
                if key in {Qt.Key.Key_Return, Qt.Key.Key_Enter}:
                    self._pick(max(self.results.currentRow(), 0))
                    return True
                if key == Qt.Key.Key_Escape:
                    self.results.hide()
                    return True
        return super().eventFilter(watched, event)

    # --- messages -------------------------------------------------------------------------------

    def _show_hint(self, text: str) -> None:
        self.message.setStyleSheet(_HINT_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))
