"""*Akun → Ekspor cadangan ke flashdisk* and the daily backup, from the running window."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.services.backup import BackupService
from fieldkit.store.backup import PREFIX, verify_backup
from fieldkit.store.local import LocalStore
from fieldkit.ui.context import Services
from fieldkit.ui.main_window import MainWindow
from tests.fakes import FakeClock


@pytest.fixture
def services(services: Services, store: LocalStore, clock: FakeClock) -> Services:
    return dataclasses.replace(services, backup=BackupService(store.data_dir, None, clock))


def test_export_writes_a_checked_backup_and_says_where(
    qtbot: QtBot, signed_in: MainWindow, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    signed_in.export_backup_to(usb)
    qtbot.waitUntil(lambda: "tersimpan" in signed_in.statusBar().currentMessage(), timeout=10_000)
    (backup,) = usb.glob(f"{PREFIX}*")
    assert str(backup) in signed_in.statusBar().currentMessage()
    verify_backup(backup, key=None)


def test_export_to_a_missing_folder_says_what_to_do(
    qtbot: QtBot, signed_in: MainWindow, tmp_path: Path
) -> None:
    signed_in.export_backup_to(tmp_path / "no-usb")
    qtbot.waitUntil(lambda: "gagal" in signed_in.statusBar().currentMessage(), timeout=10_000)
    assert "Pasang flashdisk" in signed_in.statusBar().currentMessage()


def test_the_daily_backup_runs_in_the_background(
    qtbot: QtBot, signed_in: MainWindow, store: LocalStore
) -> None:
    signed_in.run_daily_backup()
    signed_in.tasks.wait_for_done()
    (backup,) = (store.data_dir / "cadangan").glob(f"{PREFIX}*")
    verify_backup(backup, key=None)
