"""Session lock (idle, sleep), the unlock screen of an encrypted laptop, the recovery key dialog.

Real stores on disk (encrypted where the test is about keys), real Argon2, pytest-qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from fieldkit.app import build_services
from fieldkit.domain.records import Office, Officer, Role, Visit
from fieldkit.services.auth import (
    STATE_ENCRYPTED,
    STATE_NEW,
    STATE_PLAIN,
    AuthService,
    NewOfficer,
    SignInError,
    SignInThrottle,
    Unlocker,
    Vault,
)
from fieldkit.services.offices import OfficeService
from fieldkit.store.db import is_plain_database
from fieldkit.store.keys import FAST_KDF_FOR_TESTS, load_key_file, new_data_key
from fieldkit.store.local import DATABASE_NAME, open_local_store
from fieldkit.ui.application import DesktopApp, Unlocked, finish_unlock
from fieldkit.ui.context import Services
from fieldkit.ui.dialogs.recovery_key import RecoveryKeyDialog
from fieldkit.ui.dialogs.unlock import UnlockDialog
from fieldkit.ui.lock import SessionGuard
from fieldkit.ui.main_window import SETUP, VISIT
from fieldkit.ui.views.setup import SetupView
from tests.fakes import FakeClock
from tests.gui.conftest import PASSWORD
from tests.gui.form_helpers import open_new_form, type_into

NIK = "3201015708900003"


class Clocks:
    def __init__(self) -> None:
        self.wall = 1_000_000.0
        self.mono = 500.0

    def advance(self, seconds: float, *, asleep: bool = False) -> None:
        self.wall += seconds
        if not asleep:  # Linux: the monotonic clock stops while the laptop sleeps
            self.mono += seconds


def pass_time(app: DesktopApp, clocks: Clocks, seconds: int) -> None:
    """Time passes with the app awake: the guard's timer ticks once a minute."""
    for _ in range(seconds // 60):
        clocks.advance(60)
        app.guard.check()
    clocks.advance(seconds % 60)


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def locking(
    qtbot: QtBot, services: Services, office: Office, visit: Visit, clocks: Clocks
) -> Iterator[tuple[DesktopApp, Officer]]:
    officer = services.offices.add_officer(
        office.id, "Rina Wati", Role.OPERATOR, password_hash=PasswordHasher().hash(PASSWORD)
    )
    guard = SessionGuard(600, tick_ms=60_000, wall=lambda: clocks.wall, mono=lambda: clocks.mono)
    app = DesktopApp(services, guard=guard)
    qtbot.addWidget(app.window)
    app.window.show()
    app.state.set_officer(officer, office)
    app.state.set_visit(visit)
    yield app, officer
    guard.stop()
    app.sync.shutdown()
    app.tasks.wait_for_done()


def _enabled_actions(app: DesktopApp) -> list[str]:
    return [a.text() for a in app.window.findChildren(QAction) if a.isEnabled() and a.text()]


def test_idle_locks_after_autosaving_the_form_and_password_unlocks(
    qtbot: QtBot, locking: tuple[DesktopApp, Officer], clocks: Clocks, services: Services
) -> None:
    app, officer = locking
    form = open_new_form(qtbot, app.window)
    type_into(form.nik, NIK)
    type_into(form.full_name, "Siti Rahmawati")
    pass_time(app, clocks, 540)
    assert not app.is_locked  # 9 minutes: not yet
    pass_time(app, clocks, 60)
    assert app.is_locked
    assert app.lock is not None
    view = app.lock.view
    assert view.isVisible()
    assert view.geometry() == app.window.rect()
    assert _enabled_actions(app) == []  # no shortcut reaches the form behind the cover
    assert services.autosave is not None
    app.tasks.wait_for_done()  # the autosave is written off the Qt thread
    saved = services.autosave.load(officer.id, None)
    assert saved is not None  # what was typed is safe before the lock
    # Wrong password: stays locked, with the reason.
    QTest.keyClicks(view.password_edit, "salah2026")
    QTest.keyClick(view.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(view.error_label.isVisible, timeout=10_000)
    assert "salah" in view.error_label.text().lower()
    assert app.is_locked
    QTest.keyClicks(view.password_edit, PASSWORD)
    QTest.keyClick(view.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not app.is_locked, timeout=10_000)
    assert form.nik.text() == NIK  # the form is still there, untouched
    assert _enabled_actions(app)


def test_sleep_locks_at_once(locking: tuple[DesktopApp, Officer], clocks: Clocks) -> None:
    app, _ = locking
    pass_time(app, clocks, 120)
    assert not app.is_locked
    clocks.advance(3600, asleep=True)  # the lid was closed for an hour
    app.guard.check()
    assert app.is_locked


def test_windows_style_sleep_locks_too(locking: tuple[DesktopApp, Officer], clocks: Clocks) -> None:
    """Where the monotonic clock counts sleep, no tick fired for an hour: also sleep."""
    app, _ = locking
    clocks.advance(3600)
    app.guard.check()
    assert app.is_locked


def test_qt_reporting_the_app_suspended_locks(locking: tuple[DesktopApp, Officer]) -> None:
    app, _ = locking
    qt = app.qt
    assert isinstance(qt, QApplication)
    qt.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert app.is_locked


def test_dialogs_over_the_window_are_hidden_while_locked(
    qtbot: QtBot, locking: tuple[DesktopApp, Officer]
) -> None:
    app, _ = locking
    dialog = QDialog(app.window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    assert dialog.isVisible()
    app.lock_session("idle")
    assert not dialog.isVisible()
    app._release_lock()  # what the right password does (tested above)
    assert dialog.isVisible()
    app.lock_session("idle")
    assert app.lock is not None
    app.lock.view.switch_button.click()  # another officer: the dialog is cancelled
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_switch_officer_from_the_lock_signs_out(
    qtbot: QtBot, locking: tuple[DesktopApp, Officer]
) -> None:
    app, _ = locking
    app.lock_session("idle")
    assert app.lock is not None
    app.lock.view.switch_button.click()
    assert not app.is_locked
    assert app.state.officer is None


def test_no_lock_without_a_signed_in_officer(locking: tuple[DesktopApp, Officer]) -> None:
    app, _ = locking
    app.window.sign_out()
    app.lock_session("idle")
    assert not app.is_locked


# --- the unlock screen -------------------------------------------------------------------------


FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def encrypted_laptop(data_dir: Path, clock: FakeClock) -> tuple[bytes, Officer, Officer, str]:
    data_key = new_data_key()
    store = open_local_store(data_dir, data_key=data_key)
    try:
        auth = AuthService(
            store.sessions,
            OfficeService(store.sessions, clock),
            clock,
            hasher=FAST,
            vault=Vault(data_dir, data_key, FAST_KDF_FOR_TESTS),
        )
        _, (sup, op) = auth.set_up(
            office_name="DPMPTSP Kabupaten Bogor",
            officers=[
                NewOfficer("Dewi Lestari", Role.SUPERVISOR, "rahasia123"),
                NewOfficer("Budi Santoso", Role.OPERATOR, "budi2026ok"),
            ],
        )
        recovery = auth.take_recovery_key()
        assert recovery is not None
    finally:
        store.close()
    return data_key, sup, op, recovery


def _choose(dialog: UnlockDialog, officer: Officer) -> None:
    dialog.officer_combo.setCurrentIndex(dialog.officer_combo.findData(officer.id))


def test_unlock_screen_opens_with_the_right_password_only(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    data_dir = tmp_path / "laptop"
    data_key, _, op, _ = encrypted_laptop(data_dir, clock)
    unlocker = Unlocker(data_dir, clock)
    assert unlocker.state() == STATE_ENCRYPTED
    dialog = UnlockDialog(unlocker, unlocker.choices(), state=STATE_ENCRYPTED)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog, op)
    for attempt in range(4):
        QTest.keyClicks(dialog.password_edit, f"salah{attempt}x")
        QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=10_000)
        assert dialog.error_label.isVisible()
        assert dialog.data_key is None
    assert "Tunggu" in dialog.error_label.text()  # the 4th failure in a row must wait
    SignInThrottle(data_dir, clock).reset(op.id)  # (a supervisor unlocked it)
    QTest.keyClicks(dialog.password_edit, "budi2026ok")
    QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.data_key is not None, timeout=10_000)
    assert dialog.data_key == data_key
    assert dialog.officer_id == op.id


def test_recovery_key_in_the_unlock_screen(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> None:
    data_dir = tmp_path / "laptop"
    data_key, sup, _, recovery = encrypted_laptop(data_dir, clock)
    unlocker = Unlocker(data_dir, clock)
    dialog = UnlockDialog(unlocker, unlocker.choices(), state=STATE_ENCRYPTED)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog, sup)
    dialog.forgot_button.click()
    QTest.keyClicks(dialog.recovery_edit, recovery.replace("-", " ").lower())
    QTest.keyClicks(dialog.new_password_edit, "pulih2026ok")
    QTest.keyClicks(dialog.repeat_edit, "pulih2026ok")
    dialog.recover_button.click()
    qtbot.waitUntil(lambda: dialog.data_key is not None, timeout=10_000)
    assert dialog.data_key == data_key
    assert dialog.recovered
    assert dialog.password == "pulih2026ok"


def test_unlock_screen_upgrades_a_plain_laptop(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    data_dir = tmp_path / "old"
    store = open_local_store(data_dir)
    try:
        offices = OfficeService(store.sessions, clock)
        offices.ensure_device()
        office = offices.create_office("DPMPTSP Kabupaten Bogor")
        sup = offices.add_officer(
            office.id, "Dewi Lestari", Role.SUPERVISOR, password_hash=FAST.hash("rahasia123")
        )
    finally:
        store.close()
    unlocker = Unlocker(data_dir, clock)
    assert unlocker.state() == STATE_PLAIN
    dialog = UnlockDialog(unlocker, unlocker.choices(), state=STATE_PLAIN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note_label.isVisible()  # says the data will be encrypted now
    _choose(dialog, sup)
    QTest.keyClicks(dialog.password_edit, "rahasia123")
    QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.data_key is not None, timeout=30_000)
    assert not is_plain_database(data_dir / DATABASE_NAME)
    assert unlocker.state() == STATE_ENCRYPTED
    assert dialog.data_key is not None
    opened = open_local_store(data_dir, data_key=dialog.data_key)
    try:
        assert [o.name for o in OfficeService(opened.sessions, clock).offices()] == [
            "DPMPTSP Kabupaten Bogor"
        ]
    finally:
        opened.close()


def test_new_laptop_needs_no_unlock(tmp_path: Path, clock: FakeClock) -> None:
    assert Unlocker(tmp_path / "new", clock).state() == STATE_NEW


def test_recovery_key_dialog_prints_to_pdf_and_cannot_be_dismissed_unconfirmed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    key = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH"
    dialog = RecoveryKeyDialog(key, "DPMPTSP Kabupaten Bogor")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "ABCDE" in dialog.key_label.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # the only view of the key does not vanish by accident
    assert not dialog.done_button.isEnabled()
    pdf = tmp_path / "kunci.pdf"
    dialog.save_pdf(pdf)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert key.replace("-", "") in "".join(text.split())  # all groups, in order
    dialog.confirm.setChecked(True)
    dialog.done_button.click()
    assert not dialog.isVisible()


# --- officers (supervisor) ---------------------------------------------------------------------


def test_officers_dialog_resets_unlocks_removes_and_sets_the_lock_time(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, services: Services
) -> None:
    data_dir = tmp_path / "laptop"
    data_key, sup, op, _ = encrypted_laptop(data_dir, clock)
    store = open_local_store(data_dir, data_key=data_key)
    try:
        offices = OfficeService(store.sessions, clock)
        auth = AuthService(
            store.sessions,
            offices,
            clock,
            hasher=FAST,
            vault=Vault(data_dir, data_key, FAST_KDF_FOR_TESTS),
            throttle=SignInThrottle(data_dir, clock),
        )
        throttle = SignInThrottle(data_dir, clock)
        for _ in range(12):
            throttle.record_failure(op.id)
        app = DesktopApp(
            dataclasses.replace(services, offices=offices, auth=auth),
            guard=SessionGuard(600, tick_ms=60_000),
        )
        qtbot.addWidget(app.window)
        app.window.show()
        app.state.set_officer(op, None)
        assert not app.action_officers.isVisible()  # operators do not manage officers
        app.state.set_officer(sup, None)
        assert app.action_officers.isVisible()
        dialog = app.open_officers()
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.select(op.id)
        assert "dikunci" in dialog.list.currentItem().text()
        dialog.unlock_button.click()
        assert throttle.failures(op.id) == 0
        QTest.keyClicks(dialog.password_edit, "baru2026ok")
        dialog.reset_button.click()
        assert Unlocker(data_dir, clock).unlock(op.id, "baru2026ok") == data_key
        dialog.remove(op.id)
        assert "dihapus" in dialog.list.currentItem().text()
        with pytest.raises(SignInError):
            Unlocker(data_dir, clock).unlock(op.id, "baru2026ok")
        dialog.idle_spin.setValue(3)
        dialog.idle_button.click()
        dialog.close()
        qtbot.waitUntil(lambda: app.guard.idle_seconds == 180, timeout=3000)
        app.guard.stop()
        app.sync.shutdown()
        app.tasks.wait_for_done()
    finally:
        store.close()


def test_upgrade_flow_through_the_app_wiring_shows_the_recovery_key_to_the_supervisor(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    """Old plain laptop → unlock screen upgrades it → the app opens it encrypted, signed in."""
    data_dir = tmp_path / "old"
    store = open_local_store(data_dir)
    try:
        offices = OfficeService(store.sessions, clock)
        offices.ensure_device()
        office = offices.create_office("DPMPTSP Kabupaten Bogor")
        sup = offices.add_officer(
            office.id, "Dewi Lestari", Role.SUPERVISOR, password_hash=FAST.hash("rahasia123")
        )
        op = offices.add_officer(
            office.id, "Budi Santoso", Role.OPERATOR, password_hash=FAST.hash("budi2026ok")
        )
    finally:
        store.close()
    unlocker = Unlocker(data_dir, clock)
    dialog = UnlockDialog(unlocker, unlocker.choices(), state=unlocker.state())
    qtbot.addWidget(dialog)
    _choose(dialog, sup)
    QTest.keyClicks(dialog.password_edit, "rahasia123")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.data_key is not None, timeout=30_000)
    assert dialog.data_key is not None
    assert dialog.officer_id is not None
    unlocked = Unlocked(dialog.data_key, dialog.officer_id, dialog.password)
    opened = open_local_store(data_dir, data_key=unlocked.data_key)
    try:
        app = DesktopApp(build_services(opened), guard=SessionGuard(600, tick_ms=60_000))
        qtbot.addWidget(app.window)
        app.window.show()
        finish_unlock(app, unlocked)
        assert app.state.officer == sup
        assert app.window.current_page_key() == VISIT
        # The upgrade made no recovery key; the supervisor's sign-in does, shown once.
        assert app.recovery_dialog is not None
        assert app.recovery_dialog.isVisible()
        keys = load_key_file(data_dir)
        assert keys is not None
        assert keys.has_recovery
        assert not keys.has_officer(op.id)  # Budi gets his key at his next sign-in
        app.window.sign_out()
        assert app.services.auth.sign_in(op.id, "budi2026ok") == op
        keys = load_key_file(data_dir)
        assert keys is not None
        assert keys.has_officer(op.id)
        app.guard.stop()
        app.sync.shutdown()
        app.tasks.wait_for_done()
    finally:
        opened.close()


def test_first_run_setup_on_a_new_laptop_wraps_the_key_and_shows_the_recovery_key(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    data_dir = tmp_path / "new"
    unlocker = Unlocker(data_dir, clock)
    assert unlocker.state() == STATE_NEW
    data_key = new_data_key()
    store = open_local_store(data_dir, data_key=data_key)
    try:
        app = DesktopApp(build_services(store), guard=SessionGuard(600, tick_ms=60_000))
        qtbot.addWidget(app.window)
        app.window.show()
        page = app.window.page(SETUP)
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
        qtbot.waitUntil(lambda: app.window.current_page_key() == VISIT, timeout=30_000)
        dialog = page.recovery_dialog
        assert dialog is not None
        assert dialog.isVisible()
        recovery = dialog.key_label.text().replace("  ", "-")
        assert unlocker.state() == STATE_ENCRYPTED
        assert unlocker.unlock_with_recovery(recovery) == data_key
        officer = app.state.officer
        assert officer is not None
        assert unlocker.unlock(officer.id, "badung2026") == data_key
        app.guard.stop()
        app.sync.shutdown()
        app.tasks.wait_for_done()
    finally:
        store.close()


def test_officer_changes_their_own_password_and_the_key_is_rewrapped(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, services: Services
) -> None:
    data_dir = tmp_path / "laptop"
    data_key, _, op, _ = encrypted_laptop(data_dir, clock)
    store = open_local_store(data_dir, data_key=data_key)
    try:
        offices = OfficeService(store.sessions, clock)
        auth = AuthService(
            store.sessions,
            offices,
            clock,
            hasher=FAST,
            vault=Vault(data_dir, data_key, FAST_KDF_FOR_TESTS),
        )
        app = DesktopApp(
            dataclasses.replace(services, offices=offices, auth=auth),
            guard=SessionGuard(600, tick_ms=60_000),
        )
        qtbot.addWidget(app.window)
        app.window.show()
        app.state.set_officer(op, None)
        dialog = app.open_change_password()
        assert dialog is not None
        QTest.keyClicks(dialog.old_edit, "salah2026x")
        QTest.keyClicks(dialog.new_edit, "ganti2026ok")
        QTest.keyClicks(dialog.repeat_edit, "ganti2026ok")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)  # wrong current password
        dialog.old_edit.setText("budi2026ok")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        unlocker = Unlocker(data_dir, clock)
        assert unlocker.unlock(op.id, "ganti2026ok") == data_key
        with pytest.raises(SignInError):
            unlocker.unlock(op.id, "budi2026ok")
        app.guard.stop()
        app.sync.shutdown()
        app.tasks.wait_for_done()
    finally:
        store.close()
