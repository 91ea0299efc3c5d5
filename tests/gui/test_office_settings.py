"""Akun → Pengaturan kantor: the supervisor sets the required documents, the file size limit
and how long documents stay on the laptop; an operator does not get the door, and the services
refuse one who opens it anyway."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from fieldkit.domain.audit import AuditAction
from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind, Office, Officer, Visit
from fieldkit.domain.roles import REFUSALS, Permission
from fieldkit.services.applications import ApplicationService
from fieldkit.services.offices import OfficeService
from fieldkit.ui.dialogs.office_settings import OfficeSettingsDialog
from fieldkit.ui.main_window import MainWindow


def _save(dialog: OfficeSettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()


def test_a_supervisor_requires_documents_and_sets_the_limits(
    qtbot: QtBot,
    signed_in: MainWindow,
    office: Office,
    supervisor: Officer,
    visit: Visit,
    offices: OfficeService,
    applications: ApplicationService,
) -> None:
    signed_in.state.set_officer(supervisor, office)
    assert signed_in.action_settings.isVisible()
    dialog = signed_in.open_office_settings()
    assert dialog is not None
    # What the office has now: nothing required, the default size, 30 days.
    assert not any(box.isChecked() for box in dialog.required.values())
    assert dialog.retention_days.value() == 30
    dialog.required[DocumentKind.KTP].setChecked(True)
    dialog.required[DocumentKind.LOCATION_PHOTO].setChecked(True)
    dialog.max_size.setValue(5.0)
    dialog.retention_days.setValue(7)
    with qtbot.wait_signal(dialog.accepted):
        _save(dialog)

    expected = DocumentPolicy(
        required=frozenset({DocumentKind.KTP, DocumentKind.LOCATION_PHOTO}), max_bytes=5 * 1024**2
    )
    assert offices.document_policy() == expected
    assert applications.policy == expected  # in force for the next "ready" at once
    services = signed_in.services
    assert services.retention is not None
    assert services.retention.days() == 7
    assert services.audit is not None
    recent = services.audit.verify(actor=supervisor).recent  # newest first
    changes = [e for e in reversed(recent) if e.action == AuditAction.SETTINGS_CHANGE]
    assert [(e.actor, e.target) for e in changes] == [
        (supervisor.id, "document_policy"),
        (supervisor.id, "retention.document_days"),
    ]
    assert changes[1].details == {"days": 7}

    again = signed_in.open_office_settings()  # shows what was saved
    assert again is not None
    assert again.required[DocumentKind.KTP].isChecked()
    assert not again.required[DocumentKind.NPWP].isChecked()
    assert (again.max_size.value(), again.retention_days.value()) == (5.0, 7)
    again.reject()


def test_an_operator_has_no_settings_and_is_refused_anyway(
    qtbot: QtBot, signed_in: MainWindow, offices: OfficeService
) -> None:
    assert not signed_in.action_settings.isVisible()
    dialog = signed_in.open_office_settings()  # invoked anyway
    assert dialog is not None
    dialog.required[DocumentKind.KTP].setChecked(True)
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == str(REFUSALS[Permission.CHANGE_SETTINGS])
    assert offices.document_policy() == DocumentPolicy()  # nothing changed
    dialog.reject()
