"""The version where IT staff look for it, and the message when newer data stops the app."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from fieldkit import __version__
from fieldkit.store.db import connect_encrypted
from fieldkit.store.keys import database_key
from fieldkit.store.local import DATABASE_NAME, open_local_store
from fieldkit.store.schema import HEAD_REVISION, DatabaseTooNewError
from fieldkit.ui.dialogs.about import AboutDialog, show_startup_error
from fieldkit.ui.main_window import MainWindow


def test_the_status_bar_shows_the_version(window: MainWindow) -> None:
    assert window.version_label.text() == f"fieldkit {__version__}"
    assert window.version_label.isVisible()


def test_help_about_shows_version_schema_and_folders(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    seen: list[AboutDialog] = []

    def close_it() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.action_about.trigger()
    (dialog,) = seen
    assert dialog.version.text() == __version__
    assert dialog.schema.text() == HEAD_REVISION
    assert dialog.data_dir.text() == str(window.services.data_dir)
    assert dialog.log_dir.text()


def test_newer_data_at_start_is_explained_in_a_message_box(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    key = secrets.token_bytes(32)
    open_local_store(tmp_path, data_key=key).close()
    conn = connect_encrypted(tmp_path / DATABASE_NAME, database_key(key))
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    finally:
        conn.close()
    with pytest.raises(DatabaseTooNewError) as error:
        open_local_store(tmp_path, data_key=key)
    seen: list[str] = []

    def read_and_close() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        seen.extend([box.windowTitle(), box.text()])
        box.accept()

    QTimer.singleShot(0, read_and_close)
    show_startup_error(str(error.value))
    assert seen[0] == "fieldkit tidak bisa dibuka"
    assert "versi fieldkit yang lebih baru" in seen[1]
    assert "Pasang versi fieldkit terbaru; data tidak diubah." in seen[1]
