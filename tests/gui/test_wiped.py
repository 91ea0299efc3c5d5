"""A wiped laptop: the app says why instead of opening (fieldkit.app, fieldkit.ui.wiped)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.store.wipe import WIPED_MESSAGE
from fieldkit.sync.state import ErrorKind, SyncReport
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.i18n import Translations
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.wiped import show_wiped_notice
from tests.fakes import FakeSyncService


def test_the_notice_says_why_and_what_to_do(qtbot: QtBot) -> None:
    box = show_wiped_notice(WIPED_MESSAGE, Translations(), auto_close=True)
    assert box.windowTitle() == "Laptop ini dicabut oleh kantor"
    assert box.text() == WIPED_MESSAGE
    assert "admin kantor menghapus folder data" in box.informativeText()
    other = show_wiped_notice("Pesan lain dari server.", Translations(), auto_close=True)
    assert other.text() == "Pesan lain dari server."


@pytest.fixture
def fake_sync() -> FakeSyncService:
    return FakeSyncService(is_enrolled=True)


def test_a_wipe_during_a_sync_closes_the_app_with_the_notice(
    qtbot: QtBot, desktop: DesktopApp, signed_in: MainWindow, fake_sync: FakeSyncService
) -> None:
    fake_sync.next_report = SyncReport(error=WIPED_MESSAGE, error_kind=ErrorKind.AUTH)
    fake_sync.wiped = WIPED_MESSAGE
    with qtbot.wait_signal(desktop.sync.device_did_wipe) as caught:
        assert desktop.sync.sync_now()
    assert caught.args == [WIPED_MESSAGE]
    box = desktop.wiped_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text() == WIPED_MESSAGE
    assert not signed_in.isEnabled()  # nothing of the old data can be touched any more
    assert not desktop.sync.sync_now()  # no further passes
