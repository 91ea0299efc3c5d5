"""Choosing a desa/kelurahan by typing its name (search as you type over Kemendagri codes)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fieldkit.refdata import ReferenceData
from fieldkit.ui.widgets.search_field import Match, SearchField

VILLAGE_RESULTS = 15
CODE_TEXT_LIMIT = 20  # what a draft may hold in a village code (fieldkit.domain.storable)


def village_label(reference: ReferenceData, code: str) -> str:
    """ "Pondok Rajeg, Kec. Cibinong, Kabupaten Bogor, Jawa Barat", or the code if unknown."""
    path = reference.village_path(code)
    if len(path) != 4:
        return code
    province, regency, kecamatan, village = path
    return f"{village.name}, Kec. {kecamatan.name}, {regency.name}, {province.name}"


class VillageField(SearchField):
    """Holds a 10-digit village code; shows the village with its kecamatan and regency."""

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        self._reference = reference
        super().__init__(self._search_villages, min_chars=3, parent=parent)
        self.setPlaceholderText(self.tr("Ketik nama desa/kelurahan, lalu pilih (Enter)"))

    def _search_villages(self, query: str) -> list[Match]:
        return [
            (m.village.code, m.label)
            for m in self._reference.search_villages(query, VILLAGE_RESULTS)
        ]

    def set_code(self, code: str) -> None:
        self.set_choice(code, village_label(self._reference, code))

    def code(self) -> str:
        """The chosen code, or a code typed as digits (dots allowed); "" otherwise."""
        if self.value():
            return self.value()
        text = self.text().strip()
        digits = text.replace(".", "")
        return text if digits.isdigit() and len(text) <= CODE_TEXT_LIMIT else ""
