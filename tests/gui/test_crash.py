"""An unexpected exception in the running app: the form is saved first, the report holds no
personal data, a dialog gives the reference; the officer goes on working or closes the app."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldkit.ui.context import Services
from fieldkit.ui.crash import CrashDialog, CrashHandler
from fieldkit.ui.main_window import MainWindow
from tests.gui.form_helpers import NIK, open_new_form, type_into

NAME = "Siti Rahmawati"

# pytest-qt would catch the exception in the slot itself; here the app's own hook must.
pytestmark = pytest.mark.qt_no_exception_capture


def _boom() -> None:
    raise RuntimeError(f"tidak bisa menyimpan {NIK} milik {NAME}")


@dataclass
class Officer:
    """Answers the crash dialog the moment it is up, as an officer would."""

    close_app: bool
    seen: list[tuple[str, str, str]] = field(default_factory=list)  # reference, message, where

    def arm(self) -> None:
        QTimer.singleShot(10, self._answer)

    def _answer(self) -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CrashDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(10, self._answer)
            return
        dialog = dialogs[0]
        self.seen.append((dialog.reference.text(), dialog.message.text(), dialog.where.text()))
        button = dialog.quit_button if self.close_app else dialog.continue_button
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)


@dataclass
class Quits:
    count: int = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def quits() -> Quits:
    return Quits()


@pytest.fixture
def handler(signed_in: MainWindow, tmp_path: Path, quits: Quits) -> Iterator[CrashHandler]:
    installed = CrashHandler(
        tmp_path / "logs", save_in_progress=signed_in.save_in_progress, quit_app=quits
    )
    installed.install()
    yield installed
    installed.uninstall()


def test_a_crash_in_a_slot_saves_the_form_reports_and_lets_the_officer_go_on(
    qtbot: QtBot,
    signed_in: MainWindow,
    services: Services,
    handler: CrashHandler,
    quits: Quits,
    tmp_path: Path,
) -> None:
    officer = signed_in.state.officer
    assert officer is not None
    assert services.autosave is not None
    form = open_new_form(qtbot, signed_in)
    type_into(form.nik, NIK)
    type_into(form.full_name, NAME)
    assert services.autosave.load(officer.id, None) is None  # the autosave timer has not fired

    answer = Officer(close_app=False)
    answer.arm()
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: bool(answer.seen), timeout=5_000)

    saved = services.autosave.load(officer.id, None)
    assert saved is not None
    assert saved.values["applicant.nik"] == NIK
    (report,) = handler.reports
    reference, message, where = answer.seen[0]
    assert report.reference in reference
    assert "sudah disimpan sementara" in message
    assert report.path is not None
    assert str(report.path) in where
    text = report.path.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in text
    assert "in _boom" in text
    assert "Formulir disimpan: ya" in text
    assert NIK not in text
    assert NAME not in text
    assert quits.count == 0
    assert signed_in.isVisible()


def test_close_the_app_from_the_crash_dialog(
    qtbot: QtBot, signed_in: MainWindow, handler: CrashHandler, quits: Quits
) -> None:
    answer = Officer(close_app=True)
    answer.arm()
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: quits.count == 1, timeout=5_000)
    reference, message, _ = answer.seen[0]
    assert "Tidak ada isian formulir" in message  # nothing typed: nothing to save
    assert handler.reports[0].reference in reference


def test_a_crash_on_a_worker_thread_is_reported_without_a_dialog(
    qtbot: QtBot,
    signed_in: MainWindow,
    handler: CrashHandler,
    capsys: pytest.CaptureFixture[str],
) -> None:
    worker = threading.Thread(target=_boom)
    worker.start()
    worker.join()
    (report,) = handler.reports
    assert report.path is not None
    assert "in _boom" in report.path.read_text(encoding="utf-8")
    assert report.reference in capsys.readouterr().err
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
