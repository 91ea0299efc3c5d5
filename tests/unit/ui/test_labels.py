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


def test_translatable_labels_repeat_the_domain_names_word_for_word() -> None:
    """The UI's translatable copies must read exactly like the domain's Indonesian names."""
    from fieldkit.domain.policy import DOCUMENT_LABELS  # noqa: PLC0415
    from fieldkit.domain.status import REASON_LABELS, STATUS_LABELS  # noqa: PLC0415
    from fieldkit.ui.labels import document_label, reason_label, status_label  # noqa: PLC0415

    assert {s: status_label(s) for s in STATUS_LABELS} == STATUS_LABELS
    assert {r: reason_label(r) for r in REASON_LABELS} == REASON_LABELS
    assert {k: document_label(k) for k in DOCUMENT_LABELS} == DOCUMENT_LABELS
