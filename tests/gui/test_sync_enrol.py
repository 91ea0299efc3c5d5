"""A laptop not yet enrolled: the status bar says so, F9 opens the enrolment dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fieldkit.domain.messages import msg
from fieldkit.services.errors import ServiceError
from fieldkit.sync.state import Connectivity
from fieldkit.ui.dialogs.enrol import EnrolDialog
from fieldkit.ui.main_window import MainWindow
from tests.fakes import FakeSyncService

SHOTS = Path("/tmp/fieldkit_shots")
URL = "https://dpmptsp.bogorkab.go.id"


class _CodeError(ServiceError):
    field = "code"


def open_enrol(qtbot: QtBot, window: MainWindow) -> EnrolDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F9)
    dialog = window.enrol_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_status_bar_says_not_connected(signed_in: MainWindow) -> None:
    label = signed_in.findChild(QLabel, "sync_label")
    assert label is not None
    assert label.text() == "Belum tersambung ke server"
    for name in ("sync_pending", "sync_bytes", "sync_last", "sync_error"):
        hidden = signed_in.findChild(QLabel, name)
        assert hidden is not None
        assert not hidden.isVisible(), name
    assert signed_in.sync_status.button.text() == "Sambungkan ke server… (F9)"
    SHOTS.mkdir(exist_ok=True)
    signed_in.grab().save(str(SHOTS / "sync_not_enrolled.png"))


def test_enrol_with_a_scanned_code_then_first_sync(
    qtbot: QtBot, signed_in: MainWindow, fake_sync: FakeSyncService
) -> None:
    dialog = open_enrol(qtbot, signed_in)
    qtbot.waitUntil(dialog.server_url.hasFocus)
    assert dialog.device_name.text()  # the hostname by default
    QTest.keyClicks(dialog.server_url, URL)
    QTest.keyClick(dialog.server_url, Qt.Key.Key_Return)  # Enter moves on to the code
    assert dialog.code.hasFocus()
    assert not dialog.code_message.isVisible()  # Enter there did not try to connect
    assert fake_sync.calls == []
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "sync_enrol.png"))
    with qtbot.wait_signal(signed_in.sync.sync_did_finish):
        QTest.keyClicks(dialog.code, "K7Q2-9XJ4")  # what a QR scanner types...
        QTest.keyClick(dialog.code, Qt.Key.Key_Return)  # ...followed by Enter
    assert fake_sync.calls[0][:3] == ("enrol", URL, "K7Q2-9XJ4")
    assert not dialog.isVisible()
    assert fake_sync.run_count == 1  # the first sync started by itself
    assert signed_in.sync.status.connectivity is Connectivity.ONLINE
    assert signed_in.sync_label.text() == "Online"
    assert signed_in.sync_status.button.text() == "Sinkronkan sekarang (F9)"


def test_enrol_error_is_shown_next_to_the_code(
    qtbot: QtBot, signed_in: MainWindow, fake_sync: FakeSyncService
) -> None:
    fake_sync.enrol_error = _CodeError(
        msg("Kode sekali pakai ini sudah dipakai. Minta kode baru kepada admin kantor.")
    )
    dialog = open_enrol(qtbot, signed_in)
    QTest.keyClicks(dialog.server_url, URL)
    QTest.keyClick(dialog.server_url, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.code, "USED-CODE")
    with qtbot.wait_signal(dialog.enrolment_did_fail):
        QTest.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.code_message.isVisible()
    assert dialog.code_message.text().startswith("Kode sekali pakai ini sudah dipakai")
    assert not dialog.server_url_message.isVisible()
    assert dialog.code.hasFocus()  # ready for the next scan
    assert signed_in.sync_label.text() == "Belum tersambung ke server"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "sync_enrol_error.png"))


def test_enrol_error_without_a_field_and_missing_fields(
    qtbot: QtBot, signed_in: MainWindow, fake_sync: FakeSyncService
) -> None:
    dialog = open_enrol(qtbot, signed_in)
    QTest.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.server_url_message.text() == "Isi alamat server."
    assert dialog.code_message.text() == "Isi kode sekali pakai dari admin."
    assert fake_sync.calls == []  # nothing sent while fields are empty

    fake_sync.enrol_error = ServiceError(
        msg("Server tidak bisa dihubungi. Periksa jaringan dan alamat server, lalu coba lagi.")
    )
    QTest.keyClicks(dialog.server_url, "https://salah.example")
    QTest.keyClicks(dialog.code, "ABCD")
    with qtbot.wait_signal(dialog.enrolment_did_fail):
        QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.error_message.text().startswith("Server tidak bisa dihubungi")
    assert not dialog.server_url_message.isVisible()
