"""Display labels shared by the applicants list and the detail page."""

from __future__ import annotations

import pytest

from fieldkit.domain.records import BusinessScale, Gender
from fieldkit.domain.status import ApplicationStatus, allowed_targets
from fieldkit.ui.labels import file_size, gender_label, scale_label, transition_label


@pytest.mark.parametrize(
    ("size", "text"),
    [(512, "512 B"), (73_728, "72 KB"), (1_258_291, "1,2 MB"), (15 * 1024 * 1024, "15,0 MB")],
)
def test_file_size(size: int, text: str) -> None:
    assert file_size(size) == text


def test_labels_of_domain_values() -> None:
    assert gender_label(Gender.FEMALE) == "Perempuan"
    assert gender_label(None) == "-"
    assert scale_label(BusinessScale.SMALL) == "Usaha kecil"


def test_every_field_transition_has_its_own_button_text() -> None:
    texts = {
        transition_label(source, target)
        for source in ApplicationStatus
        for target in allowed_targets(source, "operator")
    }
    assert texts == {
        "Tandai &siap",
        "Kembalikan ke &draf",
        "Antrekan untuk si&nkron",
        "Ambil untuk &diperbaiki",
    }
