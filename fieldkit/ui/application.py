"""The running desktop app: QApplication, translations, and the main window's life cycle.

Also the session lock (``fieldkit.ui.lock``): idle or sleep covers the window until the
signed-in officer types their password again; the form is autosaved first.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox
from shiboken6 import isValid

from fieldkit.domain.records import Office, Officer
from fieldkit.domain.roles import Permission, is_allowed
from fieldkit.services.auth import STATE_NEW, Unlocker
from fieldkit.services.errors import ServiceError
from fieldkit.services.restore import RestoreService
from fieldkit.store.keys import new_data_key
from fieldkit.ui.context import AppState, Services
from fieldkit.ui.dialogs.change_password import ChangePasswordDialog
from fieldkit.ui.dialogs.officers import OfficersDialog
from fieldkit.ui.dialogs.recovery_key import RecoveryKeyDialog
from fieldkit.ui.dialogs.restore import NewLaptopDialog
from fieldkit.ui.dialogs.unlock import UnlockDialog
from fieldkit.ui.i18n import Translations
from fieldkit.ui.lock import SessionGuard, WindowLock
from fieldkit.ui.main_window import FORM, MainWindow
from fieldkit.ui.messages import error_text
from fieldkit.ui.pages import page_factories
from fieldkit.ui.sync_controller import SyncController
from fieldkit.ui.tasks import Progress, TaskRunner
from fieldkit.ui.wiped import EXIT_WIPED, wiped_box


class DesktopApp:
    """Owns the window; a language switch rebuilds it, keeping the signed-in officer and visit."""

    def __init__(
        self,
        services: Services,
        *,
        language: str = "id",
        translations: Translations | None = None,
        guard: SessionGuard | None = None,
    ) -> None:
        self.qt = QApplication.instance() or QApplication([])
        self.qt.setApplicationName("fieldkit")
        self.qt.setOrganizationName("DPMPTSP")
        self.services = services
        self.translations = translations or Translations()
        if translations is None:
            self.translations.apply(language)
        self.tasks = TaskRunner()
        self.state = AppState()
        # Sync outlives any one window (a language switch rebuilds the window).
        self.sync = SyncController(services.sync, self.state)
        self.sync.device_did_wipe.connect(self._on_sync_device_did_wipe)
        self.wiped_box: QMessageBox | None = None
        self.window = self._build_window()
        self.lock: WindowLock | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.officers_dialog: OfficersDialog | None = None
        self.change_password_dialog: ChangePasswordDialog | None = None
        if guard is None:
            try:
                minutes = services.auth.idle_lock_minutes()
            except Exception:  # a damaged setting must not keep the app from starting
                minutes = 10
            guard = SessionGuard(minutes * 60, parent=self.qt)
        self.guard = guard
        self.guard.lock_was_requested.connect(self.lock_session)

    def _on_sync_device_did_wipe(self, message: str) -> None:
        """The office revoked this laptop and, once all was sent, its data was wiped: say so
        over everything, then close (the next start shows the same and opens nothing)."""
        self.guard.lock_was_requested.disconnect(self.lock_session)
        self.window.setEnabled(False)
        self.wiped_box = wiped_box(message, self.window)
        self.wiped_box.finished.connect(self._on_wiped_box_finished)
        self.wiped_box.open()

    def _on_wiped_box_finished(self, _result: int) -> None:
        self.qt.exit(EXIT_WIPED)

    # --- signing in and the session lock ---------------------------------------------------

    def start_signed_in(self, officer: Officer) -> None:
        """After the unlock screen: the officer is signed in; the recovery key shown if new."""
        office = next(
            (o for o in self.services.offices.offices() if o.id == officer.office_id), None
        )
        self.set_signed_in(officer, office)
        self.show_recovery_key_if_any()

    def set_signed_in(self, officer: Officer, office: Office | None) -> None:
        self.state.set_officer(officer, office)
        self.window.open_visit()

    def show_recovery_key_if_any(self) -> None:
        recovery = self.services.auth.take_recovery_key()
        if recovery is None:
            return
        office = self.state.office.name if self.state.office else ""
        self.recovery_dialog = RecoveryKeyDialog(recovery, office, self.window)
        self.recovery_dialog.open()

    @property
    def is_locked(self) -> bool:
        return self.lock is not None

    def lock_session(self, _reason: str = "") -> None:
        officer = self.state.officer
        if officer is None or self.lock is not None:
            return
        if not isValid(self.window) or not self.window.isVisible():
            return  # a closed window shows nothing to hide
        try:
            form: object = self.window.page(FORM)
        except KeyError:
            form = None
        flush = getattr(form, "flush_autosave", None)
        if callable(flush):
            flush()  # nothing typed is lost behind the lock
        self.lock = WindowLock(self.window, officer.name)
        self.lock.view.unlock_was_requested.connect(self._on_lock_unlock_requested)
        self.lock.view.switch_was_requested.connect(self._on_lock_switch_requested)

    def _on_lock_unlock_requested(self, password: str) -> None:
        officer = self.state.officer
        lock = self.lock
        if officer is None or lock is None:
            return
        auth = self.services.auth
        officer_id = officer.id

        def check(_progress: Progress) -> Officer:
            return auth.sign_in(officer_id, password)

        lock.view.set_busy(True)

        def done(_officer: object) -> None:
            if self.lock is lock:
                self._release_lock()

        def failed(error: Exception) -> None:
            if self.lock is not lock or not isValid(lock.view):
                return
            lock.view.set_busy(False)
            lock.view.show_error(
                error_text(error)
                if isinstance(error, ServiceError)
                else lock.view.tr("Tidak bisa membuka karena kesalahan tak terduga. Coba lagi.")
            )

        self.tasks.run(check, on_done=done, on_error=failed)

    def _on_lock_switch_requested(self) -> None:
        self._release_lock(restore=False)
        self.window.sign_out()

    def _release_lock(self, *, restore: bool = True) -> None:
        if self.lock is not None:
            self.lock.release(restore=restore)
            self.lock = None
            self.guard.note_input()

    def _build_window(self) -> MainWindow:
        window = MainWindow(
            self.services,
            self.state,
            self.tasks,
            page_factories=page_factories(),
            sync=self.sync,
        )
        window.language_was_chosen.connect(self.switch_language)
        self._add_officers_action(window)
        return window

    def _add_officers_action(self, window: MainWindow) -> None:
        """Akun → Kelola petugas… (supervisors; the service refuses others too)."""
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        if not menus:
            return
        action = QAction(window.tr("Kelola &petugas…"), window)
        action.setObjectName("action_officers")
        action.triggered.connect(self.open_officers)
        first = menus[0]
        assert isinstance(first, QMenu)
        existing = first.actions()
        if len(existing) > 1:
            first.insertAction(existing[1], action)  # after "Keluar / ganti petugas"
        else:
            first.addAction(action)
        self.action_officers = action

        def follow(officer: Officer | None) -> None:
            if not isValid(action):  # the window was rebuilt (language switch)
                return
            role = None if officer is None else officer.role
            is_supervisor = is_allowed(role, Permission.MANAGE_OFFICERS)
            action.setVisible(is_supervisor)
            action.setEnabled(is_supervisor)

        self.state.officer_did_change.connect(follow)
        follow(self.state.officer)
        change = QAction(window.tr("Ganti &kata sandi…"), window)
        change.setObjectName("action_change_password")
        change.triggered.connect(self.open_change_password)
        first.insertAction(action, change)
        self.action_change_password = change

        def follow_signed_in(officer: Officer | None) -> None:
            if isValid(change):
                change.setEnabled(officer is not None)

        self.state.officer_did_change.connect(follow_signed_in)
        follow_signed_in(self.state.officer)

    def open_change_password(self) -> ChangePasswordDialog | None:
        officer = self.state.officer
        if officer is None or self.lock is not None:
            return None
        dialog = ChangePasswordDialog(self.services.auth, officer, self.tasks, self.window)
        dialog.open()
        self.change_password_dialog = dialog
        return dialog

    def open_officers(self) -> OfficersDialog | None:
        officer = self.state.officer
        if officer is None or self.lock is not None:
            return None
        dialog = OfficersDialog(self.services.auth, officer, self.window)
        dialog.finished.connect(self._on_officers_dialog_finished)
        dialog.open()
        self.officers_dialog = dialog
        return dialog

    def _on_officers_dialog_finished(self, _result: int) -> None:
        try:
            self.guard.idle_seconds = self.services.auth.idle_lock_minutes() * 60
        except Exception:  # keep the current time when the setting cannot be read
            return

    def switch_language(self, language: str) -> None:
        if self.lock is not None:
            return
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
            self.guard.stop()
            self.sync.shutdown()  # cancels a running pass at its next safe point


# --- before the store is open -------------------------------------------------------------------


@dataclass(frozen=True)
class Unlocked:
    data_key: bytes
    officer_id: str | None  # None: a new laptop (first-run setup follows)
    password: str | None
    recovered: bool = False  # opened with the recovery key; ``password`` is the new one


def unlock_screen(
    unlocker: Unlocker,
    state: str,
    translations: Translations,
    *,
    language: str = "id",
    quit_after_start: bool = False,
    restore: RestoreService | None = None,
) -> Unlocked | None:
    """Show the unlock dialog for an encrypted (or to-be-upgraded) laptop; None if closed.

    A new laptop first asks: set it up as new (a fresh data key, which the setup page wraps) or
    restore a backup (a replacement laptop; then it is unlocked as the backup's laptop).
    """
    qt = QApplication.instance() or QApplication([])
    qt.setApplicationName("fieldkit")
    qt.setOrganizationName("DPMPTSP")
    translations.apply(language)
    if state == STATE_NEW:
        if restore is None or quit_after_start:
            return Unlocked(new_data_key(), None, None)
        # A replacement laptop may start from a backup instead of the first-run setup.
        welcome = NewLaptopDialog(restore)
        accepted = welcome.exec() == QDialog.DialogCode.Accepted
        welcome.wait_for_done()
        if not accepted:
            return None
        if not welcome.restored:
            return Unlocked(new_data_key(), None, None)
        state = unlocker.state()  # the backup's data and key file: sign in as usual
    dialog = UnlockDialog(unlocker, unlocker.choices(), state=state, restore=restore)
    if quit_after_start:  # start-up benchmark: the first window is this one
        dialog.show()
        QTimer.singleShot(0, qt.quit)
        qt.exec()
        return None
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.wait_for_done()
    if not accepted or dialog.data_key is None or dialog.officer_id is None:
        return None
    return Unlocked(dialog.data_key, dialog.officer_id, dialog.password, dialog.recovered)


def finish_unlock(app: DesktopApp, unlocked: Unlocked) -> None:
    """With the store open: the officer signed in (after a recovery, with the new password)."""
    if unlocked.officer_id is None or unlocked.password is None:
        return  # a new laptop: the setup page
    auth = app.services.auth
    try:
        if unlocked.recovered:
            auth.reset_password_with_recovery(unlocked.officer_id, unlocked.password)
        officer = auth.complete_unlock(unlocked.officer_id, unlocked.password)
    except ServiceError as exc:
        # The store is open; the sign-in page explains and lets someone else sign in.
        app.window.statusBar().showMessage(error_text(exc), 15_000)
        return
    app.start_signed_in(officer)
