"""The running desktop app: QApplication, translations, and the main window's life cycle."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldkit.ui.context import AppState, Services
from fieldkit.ui.i18n import Translations
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.pages import page_factories
from fieldkit.ui.sync_controller import SyncController
from fieldkit.ui.tasks import TaskRunner


class DesktopApp:
    """Owns the window; a language switch rebuilds it, keeping the signed-in officer and visit."""

    def __init__(self, services: Services, *, language: str = "id") -> None:
        self.qt = QApplication.instance() or QApplication([])
        self.qt.setApplicationName("fieldkit")
        self.qt.setOrganizationName("DPMPTSP")
        self.services = services
        self.translations = Translations()
        self.translations.apply(language)
        self.tasks = TaskRunner()
        self.state = AppState()
        # Sync outlives any one window (a language switch rebuilds the window).
        self.sync = SyncController(services.sync, self.state)
        self.window = self._build_window()

    def _build_window(self) -> MainWindow:
        window = MainWindow(
            self.services,
            self.state,
            self.tasks,
            page_factories=page_factories(),
            sync=self.sync,
        )
        window.language_was_chosen.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> None:
        if language == self.translations.language or not self.translations.apply(language):
            return
        old = self.window
        page = old.current_page_key()
        geometry = old.saveGeometry()
        self.window = self._build_window()
        self.window.restoreGeometry(geometry)
        if self.state.officer is not None:
            self.window.show_page(page)
        self.window.show()
        old.close()  # flushes the form's autosave first
        old.deleteLater()

    def run(self, *, quit_after_start: bool = False) -> int:
        self.window.show()
        if quit_after_start:
            QTimer.singleShot(0, self.qt.quit)
        try:
            return self.qt.exec()
        finally:
            self.sync.shutdown()  # cancels a running pass at its next safe point
