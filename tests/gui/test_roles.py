"""Role restrictions through the real window: an operator does not get the supervisor's
controls, and a control invoked anyway is refused by the service with a message on screen.
The supervisor gets them, and the audit log screen shows the chain's verdict."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from fieldkit.domain.audit import AuditAction
from fieldkit.domain.records import Office, Officer, Visit
from fieldkit.domain.roles import REFUSALS, Permission
from fieldkit.domain.status import ApplicationStatus
from fieldkit.services.applications import ApplicationService
from fieldkit.store.local import LocalStore
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.dialogs.audit_log import AuditLogDialog
from fieldkit.ui.main_window import REPORTS, MainWindow
from fieldkit.ui.views.reports import ReportsView
from fieldkit.ui.views.visit import VisitView
from tests import samples
from tests.gui.form_helpers import fill_valid, open_new_form, settle, type_into
from tests.gui.test_detail import button, label, open_detail


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _as(window: MainWindow, officer: Officer, office: Office, visit: Visit) -> None:
    window.state.set_officer(officer, office)
    window.state.set_visit(visit)


def test_an_operator_has_no_reports_or_audit_and_a_supervisor_has(
    qtbot: QtBot, signed_in: MainWindow, office: Office, supervisor: Officer, visit: Visit
) -> None:
    assert not signed_in.action_reports.isVisible()
    assert not signed_in.action_audit.isVisible()
    # invoked anyway: the reports page refuses, and so does the audit screen's service
    signed_in.open_reports()
    reports = signed_in.page(REPORTS)
    assert isinstance(reports, ReportsView)
    assert reports.refusal.isVisible()
    assert not reports.content.isVisible()
    dialog = signed_in.open_audit_log()
    assert dialog is not None
    verdict = dialog.findChild(QLabel, "audit_verdict")
    assert verdict is not None
    assert verdict.text() == str(REFUSALS[Permission.VERIFY_AUDIT])
    dialog.close()

    _as(signed_in, supervisor, office, visit)
    assert signed_in.action_reports.isVisible()
    assert signed_in.action_audit.isVisible()


def test_an_operator_may_close_the_day(signed_in: MainWindow, visit: Visit) -> None:
    """Issues 3 and 7: the operator's close-of-day flow, ending with that day's report."""
    signed_in.open_visit()
    view = signed_in.page("visit")
    assert isinstance(view, VisitView)
    close = view.findChild(QPushButton, "close_visit_button")
    assert close is not None
    assert close.isEnabled()
    assert close.toolTip() == ""


def test_a_supervisor_may_close_the_day(
    qtbot: QtBot, signed_in: MainWindow, office: Office, supervisor: Officer, visit: Visit
) -> None:
    _as(signed_in, supervisor, office, visit)
    signed_in.open_visit()
    view = signed_in.page("visit")
    assert isinstance(view, VisitView)
    close = view.findChild(QPushButton, "close_visit_button")
    assert close is not None
    assert close.isEnabled()
    assert close.toolTip() == ""


def test_an_operator_cannot_edit_or_reopen_a_ready_application(
    qtbot: QtBot,
    signed_in: MainWindow,
    office: Office,
    operator: Officer,
    supervisor: Officer,
    visit: Visit,
    applications: ApplicationService,
) -> None:
    app_id = applications.register(visit.id, samples.draft(), actor=operator).application.id
    applications.mark_ready(app_id, actor=operator)
    view = open_detail(qtbot, signed_in, app_id)
    assert button(view, "edit") is None
    assert button(view, "transition_draft") is None
    assert button(view, "transition_queued") is not None  # printing stays the operator's
    # invoked anyway: refused by the service, shown on the page, nothing changed
    view._on_transition_clicked(ApplicationStatus.DRAFT)  # a stale click
    error = label(view, "detail_error")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == str(REFUSALS[Permission.EDIT_AFTER_READY])
    assert applications.get(app_id).application.status is ApplicationStatus.READY

    _as(signed_in, supervisor, office, visit)
    view = open_detail(qtbot, signed_in, app_id)
    assert button(view, "edit") is not None
    assert button(view, "transition_draft") is not None


def test_an_operator_cannot_override_a_warning(
    qtbot: QtBot, signed_in: MainWindow, applications: ApplicationService
) -> None:
    form = open_new_form(qtbot, signed_in)
    fill_valid(qtbot, form)
    type_into(form.birth_date, "18-08-1990")  # differs from the NIK: a warning
    settle(qtbot, form)
    QTest.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.warning_dialog is not None, timeout=5000)
    dialog = form.warning_dialog
    assert dialog is not None
    refused = dialog.findChild(QLabel, "acknowledge_refused")
    assert refused is not None
    assert refused.text() == str(REFUSALS[Permission.ACKNOWLEDGE_WARNING])
    assert not dialog.checkboxes[0].isEnabled()
    dialog.checkboxes[0].setChecked(True)  # even ticked programmatically
    assert not dialog.confirm_button.isEnabled()
    keys = [w.key for w in dialog.warnings]
    dialog.reject()
    app = form.application
    assert app is not None
    # invoked anyway: the service refuses and the form's banner says why
    form._mark_ready(app, keys)  # what the dialog button runs
    qtbot.waitUntil(
        lambda: str(REFUSALS[Permission.ACKNOWLEDGE_WARNING]) in form.banner.label.text()
    )
    stored = applications.get(app.id).application
    assert stored.status is ApplicationStatus.DRAFT
    assert stored.acknowledgements == ()


def test_the_supervisors_audit_screen_shows_the_verdict_and_a_broken_chain(
    qtbot: QtBot,
    signed_in: MainWindow,
    store: LocalStore,
    office: Office,
    operator: Officer,
    supervisor: Officer,
    visit: Visit,
    applications: ApplicationService,
) -> None:
    applications.register(visit.id, samples.draft(), actor=operator)
    _as(signed_in, supervisor, office, visit)
    dialog = signed_in.open_audit_log()
    assert isinstance(dialog, AuditLogDialog)
    qtbot.waitUntil(lambda: dialog.overview is not None)
    verdict = dialog.findChild(QLabel, "audit_verdict")
    assert verdict is not None
    assert verdict.text().startswith("Catatan audit utuh")
    table = dialog.findChild(QTableWidget, "audit_table")
    assert table is not None
    actions = {_cell(table, r, 3) for r in range(table.rowCount())}
    assert {"Permohonan dibuat", "Catatan audit diperiksa"} <= actions
    officers = {_cell(table, r, 2) for r in range(table.rowCount())}
    assert supervisor.name in officers  # the staff member's name, never an applicant's
    cells = [_cell(table, r, c) for r in range(table.rowCount()) for c in range(5)]
    assert not any("Siti" in text or "3201" in text for text in cells)
    dialog.close()

    # someone edits the file behind the app's back
    conn = sqlite3.connect(store.database_path)
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("UPDATE audit_entry SET actor = 'someone' WHERE sequence = 2")
    conn.commit()
    conn.close()
    again = signed_in.open_audit_log()
    assert isinstance(again, AuditLogDialog)
    qtbot.waitUntil(lambda: again.overview is not None)
    verdict = again.findChild(QLabel, "audit_verdict")
    assert verdict is not None
    assert "RUSAK mulai entri nomor 2" in verdict.text()
    again.close()


def test_the_screens_action_names_are_the_domains(qtbot: QtBot) -> None:
    from fieldkit.domain.audit import ACTION_LABELS  # noqa: PLC0415 - only here
    from fieldkit.ui.dialogs.audit_log import action_labels  # noqa: PLC0415 - only here

    assert action_labels() == {a: ACTION_LABELS[a] for a in ACTION_LABELS}
    assert set(ACTION_LABELS) == set(AuditAction)


def test_an_operator_cannot_manage_officers(
    qtbot: QtBot,
    desktop: DesktopApp,
    office: Office,
    operator: Officer,
    supervisor: Officer,
    visit: Visit,
) -> None:
    desktop.window.show()
    _as(desktop.window, operator, office, visit)
    assert not desktop.action_officers.isVisible()
    # invoked anyway: the dialog opens, the service refuses, the dialog says so
    dialog = desktop.open_officers()
    assert dialog is not None
    type_into(dialog.new_name, "Rina Wijaya")
    type_into(dialog.new_password, "rahasia123")
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    message = dialog.findChild(QLabel, "officers_message")
    assert message is not None
    assert "Hanya supervisor" in message.text()
    assert [o.name for o in desktop.services.offices.officers(office.id)] == [
        "Budi Santoso",
        "Dewi Lestari",
    ]
    dialog.close()
    _as(desktop.window, supervisor, office, visit)
    assert desktop.action_officers.isVisible()
