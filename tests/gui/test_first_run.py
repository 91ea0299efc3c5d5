"""The first-run wizard: step 1 (setup page) leads to step 2 (server or offline) and step 3
(printer); real key presses, the real SyncService and ReceiptService on a real SQLite store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.app import build_services
from fieldkit.receipts.layouts import Layout
from fieldkit.services.sync import SyncService
from fieldkit.services.sync_protocol import SyncFacade
from fieldkit.store.keys import new_data_key
from fieldkit.store.local import LocalStore, open_local_store
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.dialogs.first_run import FirstRunWizard
from fieldkit.ui.lock import SessionGuard
from fieldkit.ui.main_window import SETUP, VISIT, MainWindow
from fieldkit.ui.views.setup import SetupView
from tests.fakes import FakeClock


@pytest.fixture
def sync_service(store: LocalStore, clock: FakeClock) -> SyncFacade:
    """The real sync service: the address is stored in the sync settings of the store."""
    return SyncService(store.sessions, store.documents, clock, data_dir=store.data_dir)


def _set_up_step_one(qtbot: QtBot, window: MainWindow) -> SetupView:
    page = window.page(SETUP)
    assert isinstance(page, SetupView)
    last = QLineEdit()
    for name, text in (
        ("office_name", "DPMPTSP Kabupaten Badung"),
        ("supervisor_name", "Ni Made Sari"),
        ("supervisor_password", "badung2026"),
        ("supervisor_repeat", "badung2026"),
    ):
        edit = page.findChild(QLineEdit, name)
        assert edit is not None
        edit.setFocus()
        QTest.keyClicks(edit, text)
        last = edit
    QTest.keyClick(last, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == VISIT, timeout=30_000)
    return page


def _alt(qtbot: QtBot, wizard: FirstRunWizard, key: Qt.Key, target: QWidget) -> None:
    """Alt+letter, as typed (a button's mnemonic clicks it after a short animation)."""
    wizard.activateWindow()
    QTest.keyClick(QApplication.focusWidget() or wizard, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(target.hasFocus)
    qtbot.wait(200)


def _enter(wizard: FirstRunWizard) -> None:
    widget = QApplication.focusWidget() or wizard
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_offline_path_from_the_setup_page_to_the_printer(
    qtbot: QtBot, window: MainWindow, sync_service: SyncFacade
) -> None:
    page = _set_up_step_one(qtbot, window)
    wizard = page.first_run_wizard
    assert wizard is not None  # a plain test store: no recovery key, the wizard follows at once
    qtbot.waitUntil(wizard.isVisible)
    server = wizard.server_page
    assert server.offline_radio.isChecked()  # the default: offline for now
    assert not server.address_edit.isEnabled()
    _enter(wizard)  # Enter: "Lanjut"
    assert wizard.currentPage() is wizard.printer_page
    printer = wizard.printer_page
    assert printer.layout_radios[Layout.ROLL_58].isChecked()
    _alt(qtbot, wizard, Qt.Key.Key_8, printer.layout_radios[Layout.ROLL_80])  # &80 mm
    assert printer.layout_radios[Layout.ROLL_80].isChecked()
    assert printer.printer_combo.currentData() == ""  # the system's default printer
    _enter(wizard)  # "Selesai"
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert sync_service.server_address() == ""
    choice = window.services.receipts.print_choice()
    assert choice.layout is Layout.ROLL_80
    assert choice.printer_name == ""


def test_server_address_is_checked_stored_and_offered_at_enrolment(
    qtbot: QtBot, window: MainWindow, sync_service: SyncFacade
) -> None:
    page = _set_up_step_one(qtbot, window)
    wizard = page.first_run_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    server = wizard.server_page
    _alt(qtbot, wizard, Qt.Key.Key_R, server.server_radio)  # Pakai se&rver
    assert server.server_radio.isChecked()
    assert QApplication.focusWidget() is server.address_edit
    _enter(wizard)  # nothing typed
    assert wizard.currentPage() is server
    assert "Isi alamat server" in server.error_label.text()
    QTest.keyClicks(server.address_edit, "ftp://server kantor")
    _enter(wizard)
    assert wizard.currentPage() is server  # a bad address keeps the wizard on this step
    assert server.error_label.isVisible()
    assert "tidak valid" in server.error_label.text()
    assert "https://server.kantor.go.id" in server.error_label.text()  # how to write it
    assert sync_service.server_address() == ""
    server.address_edit.selectAll()
    QTest.keyClicks(server.address_edit, "fieldkit.dpmptsp.badungkab.go.id/")
    assert not server.error_label.isVisible()
    _enter(wizard)
    assert wizard.currentPage() is wizard.printer_page
    assert sync_service.server_address() == "https://fieldkit.dpmptsp.badungkab.go.id"
    assert not sync_service.is_enrolled()  # the one-time code comes later
    _alt(qtbot, wizard, Qt.Key.Key_6, wizard.printer_page.layout_radios[Layout.A6])  # A&6
    _enter(wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert window.services.receipts.print_choice().layout is Layout.A6
    # Changed later: the enrolment dialog starts from the stored address.
    window._on_enrol_triggered()
    dialog = window.enrol_dialog
    assert dialog is not None
    assert dialog.server_url.text() == "https://fieldkit.dpmptsp.badungkab.go.id"
    dialog.reject()


def test_going_back_to_offline_clears_the_stored_address(
    qtbot: QtBot, window: MainWindow, sync_service: SyncFacade
) -> None:
    sync_service.set_server_address("https://fieldkit.test")
    wizard = FirstRunWizard(sync_service, window.services.receipts, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    server = wizard.server_page
    assert server.server_radio.isChecked()  # what is stored is shown
    assert server.address_edit.text() == "https://fieldkit.test"
    _alt(qtbot, wizard, Qt.Key.Key_O, server.offline_radio)  # &Offline
    _enter(wizard)
    assert wizard.currentPage() is wizard.printer_page
    assert sync_service.server_address() == ""


def test_on_an_encrypted_laptop_the_recovery_key_comes_before_steps_two_and_three(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The recovery key dialog (shown once) is never covered: the wizard opens after it."""
    store = open_local_store(tmp_path / "baru", data_key=new_data_key())
    try:
        app = DesktopApp(build_services(store), guard=SessionGuard(600, tick_ms=60_000))
        qtbot.addWidget(app.window)
        app.window.show()
        page = _set_up_step_one(qtbot, app.window)
        recovery = page.recovery_dialog
        assert recovery is not None
        assert recovery.isVisible()
        assert page.first_run_wizard is None
        recovery.confirm.setChecked(True)
        recovery.done_button.click()
        wizard = page.first_run_wizard
        assert wizard is not None
        qtbot.waitUntil(wizard.isVisible)
        assert wizard.currentPage() is wizard.server_page
        wizard.reject()
        app.guard.stop()
        app.sync.shutdown()
        app.tasks.wait_for_done()
    finally:
        store.close()
