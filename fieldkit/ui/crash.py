"""Unexpected exceptions in the running app: save the form, write a crash report, tell the officer.

:class:`CrashHandler` becomes ``sys.excepthook`` (PySide6 hands exceptions raised in slots and
overridden Qt methods to it too) and ``threading.excepthook``. On an exception it

1. saves the form in progress to the autosave first (``save_in_progress``, the main window's),
   so what the applicant dictated survives even if the app must close;
2. writes a crash report without personal data (``fieldkit.logs.write_crash_report``) and
   logs one line naming its reference;
3. on the GUI thread, shows :class:`CrashDialog` with the reference, where the report is, and
   the choice to go on working or close the app.

An exception inside the handler itself falls back to printing the type only.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QThread, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.logs import CrashReport, write_crash_report

log = logging.getLogger(__name__)
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


class CrashDialog(QDialog):
    """Tells the officer something went wrong, with the reference for IT.

    Accepted: go on working. Rejected (``Tutup aplikasi``): the caller closes the app.
    """

    def __init__(
        self, report: CrashReport, *, form_saved: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Terjadi kesalahan"))
        layout = QVBoxLayout(self)
        saved = (
            self.tr("Isian formulir yang sedang dikerjakan sudah disimpan sementara.")
            if form_saved
            else self.tr("Tidak ada isian formulir yang perlu disimpan.")
        )
        self.message = QLabel(
            self.tr(
                "fieldkit mengalami kesalahan yang tidak terduga. %1 Data yang sudah disimpan "
                "aman. Anda bisa melanjutkan pekerjaan; bila kesalahan terulang, tutup lalu buka "
                "lagi fieldkit dan laporkan kode di bawah ini ke petugas TI."
            ).replace("%1", saved)
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.reference = QLabel(self.tr("Kode rujukan: %1").replace("%1", report.reference))
        self.reference.setTextInteractionFlags(self.reference.textInteractionFlags() | _SELECTABLE)
        font = self.reference.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.reference.setFont(font)
        layout.addWidget(self.reference)
        where = (
            self.tr("Laporan (tanpa data pribadi): %1").replace("%1", str(report.path))
            if report.path is not None
            else self.tr("Laporan tidak bisa disimpan (disk penuh?).")
        )
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(self.where.textInteractionFlags() | _SELECTABLE)
        layout.addWidget(self.where)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Salin kode"))
        self.continue_button = QPushButton(self.tr("Lanjutkan"))
        self.quit_button = QPushButton(self.tr("Tutup aplikasi"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.continue_button.setDefault(True)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report.reference)


def _close_and_quit() -> None:
    # Closing the windows runs their close handlers (the form flushes its autosave again).
    QApplication.closeAllWindows()
    QApplication.quit()


def versions() -> dict[str, str]:
    return {"Qt": qVersion(), "PySide6": pyside_version}


class CrashHandler:
    """Installed once at start-up; ``save_in_progress`` is set once the main window exists."""

    def __init__(
        self,
        log_dir: Path,
        *,
        save_in_progress: Callable[[], bool] | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        self.log_dir = log_dir
        self.save_in_progress = save_in_progress
        self._quit_app = quit_app or _close_and_quit
        self._is_handling = False
        self.reports: list[CrashReport] = []
        self._previous: tuple[object, object] | None = None

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if self._is_handling:  # an exception while handling one: the first one's dialog is up
            print(f"fieldkit: kesalahan lanjutan {exc_type.__name__}", file=sys.stderr)
            return
        self._is_handling = True
        try:
            if exc.__traceback__ is None and tb is not None:
                exc = exc.with_traceback(tb)
            self._handle(exc)
        except Exception as failure:  # the handler must never raise
            print(
                f"fieldkit: kesalahan {exc_type.__name__}; penanganannya gagal: "
                f"{type(failure).__name__}",
                file=sys.stderr,
            )
        finally:
            self._is_handling = False

    def _is_gui_thread(self) -> bool:
        app = QApplication.instance()
        return app is not None and QThread.currentThread() is app.thread()

    def _handle(self, exc: BaseException) -> None:
        on_gui = self._is_gui_thread()
        form_saved = False
        if on_gui and self.save_in_progress is not None:
            try:
                form_saved = self.save_in_progress()
            except Exception as failure:
                log.error("saving the form after a crash failed: %s", type(failure).__name__)
        extra = {**versions(), "Formulir disimpan": "ya" if form_saved else "tidak"}
        report = write_crash_report(self.log_dir, exc, extra=extra)
        self.reports.append(report)
        log.error("unexpected %s, crash report %s", type(exc).__name__, report.reference)
        if not on_gui:
            print(f"fieldkit: kesalahan tak terduga, kode {report.reference}", file=sys.stderr)
            return
        dialog = CrashDialog(report, form_saved=form_saved, parent=QApplication.activeWindow())
        try:
            if dialog.exec() == QDialog.DialogCode.Rejected.value:
                self._quit_app()
        finally:
            dialog.deleteLater()
