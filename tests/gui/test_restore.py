"""*Pulihkan dari cadangan…* on the sign-in screen: the round trip through the UI, with a real
encrypted laptop, a real backup folder and real Argon2; a damaged backup is refused unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Officer, Role
from fieldkit.services.auth import (
    STATE_ENCRYPTED,
    STATE_NEW,
    AuthService,
    NewOfficer,
    Unlocker,
    Vault,
)
from fieldkit.services.offices import OfficeService
from fieldkit.services.restore import RestoreService
from fieldkit.store.backup import DATABASE_NAME, create_backup
from fieldkit.store.keys import FAST_KDF_FOR_TESTS, database_key
from fieldkit.store.local import open_local_store
from fieldkit.ui.application import unlock_screen
from fieldkit.ui.dialogs.restore import CONFIRM_PAGE, RECOVERY, NewLaptopDialog, RestoreDialog
from fieldkit.ui.dialogs.unlock import UnlockDialog
from fieldkit.ui.i18n import Translations
from tests.fakes import FakeClock
from tests.gui.test_lock_and_unlock import FAST, encrypted_laptop

DOCUMENT = b"%PDF-1.4 KTP pemohon (contoh)"


def _officer_names(data_dir: Path, data_key: bytes, clock: FakeClock) -> list[str]:
    store = open_local_store(data_dir, data_key=data_key)
    try:
        offices = OfficeService(store.sessions, clock)
        return sorted(o.name for office in offices.offices() for o in offices.officers(office.id))
    finally:
        store.close()


def _snapshot(data_dir: Path) -> dict[str, str]:
    return {
        p.relative_to(data_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and "cadangan" not in p.parts and ".signin" not in p.name
    }  # the stored data; the sign-in throttle's files beside it may change


def laptop_with_backup(
    tmp_path: Path, clock: FakeClock
) -> tuple[Path, Path, bytes, Officer, str, str]:
    """An encrypted laptop with a document, backed up to a "USB stick"; after the backup a new
    officer is added (so the restore visibly takes the laptop back to the backup)."""
    data_dir = tmp_path / "laptop"
    data_key, sup, _, recovery = encrypted_laptop(data_dir, clock)
    store = open_local_store(data_dir, data_key=data_key)
    try:
        digest = store.documents.publish(store.documents.stage(DOCUMENT)).name
    finally:
        store.close()
    usb = tmp_path / "usb"
    info = create_backup(data_dir, usb, key=database_key(data_key), now=clock.now())
    store = open_local_store(data_dir, data_key=data_key)
    try:
        auth = AuthService(
            store.sessions,
            OfficeService(store.sessions, clock),
            clock,
            hasher=FAST,
            vault=Vault(data_dir, data_key, FAST_KDF_FOR_TESTS),
        )
        auth.add_officer(sup, NewOfficer("Petugas Baru", Role.OPERATOR, "baru2026ok"))
    finally:
        store.close()
    return data_dir, info.path, data_key, sup, recovery, digest


def _restore_dialog(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> UnlockDialog:
    unlocker = Unlocker(data_dir, clock)
    dialog = UnlockDialog(
        unlocker,
        unlocker.choices(),
        state=STATE_ENCRYPTED,
        restore=RestoreService(data_dir, clock),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button.isVisible()
    return dialog


def _fill(restore: RestoreDialog, backup: Path, who: str, secret: str) -> None:
    assert restore.choose_folder(backup)
    restore.who_combo.setCurrentIndex(restore.who_combo.findData(who))
    target = restore.recovery_edit if who == RECOVERY else restore.password_edit
    QTest.keyClicks(target, secret)
    QTest.keyClick(target, Qt.Key.Key_Return)  # "Lanjut…": the confirmation page


def test_restore_round_trip_through_the_sign_in_screen(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    data_dir, backup, data_key, sup, _, digest = laptop_with_backup(tmp_path, clock)
    assert "Petugas Baru" in _officer_names(data_dir, data_key, clock)
    before = _snapshot(data_dir)
    unlock = _restore_dialog(qtbot, data_dir, clock)
    assert unlock.officer_combo.findText("Petugas Baru") >= 0
    unlock.restore_button.click()
    restore = unlock.restore_dialog
    assert restore is not None
    _fill(restore, backup, sup.id, "rahasia123")
    assert restore.pages.currentIndex() == CONFIRM_PAGE
    confirm = restore.confirm_label.text()
    assert "akan diganti" in confirm
    assert "tidak dihapus" in confirm
    assert str(data_dir) in confirm
    assert _snapshot(data_dir) == before  # nothing happens before the confirmation
    restore.confirm_button.click()
    qtbot.waitUntil(lambda: restore.aside is not None, timeout=30_000)
    aside = restore.aside
    assert aside is not None
    # The current data was kept aside, whole.
    assert {f"{aside.name}/{rel}" for rel in before if not rel.startswith("sebelum-")} <= set(
        _snapshot(data_dir)
    )
    assert (aside / DATABASE_NAME).is_file()
    # The sign-in screen now lists the backup's officers and says where the old data is.
    assert unlock.officer_combo.findText("Petugas Baru") < 0
    assert str(aside) in unlock.note_label.text()
    assert unlock.note_label.isVisible()
    # Sign in with the supervisor: the restored data opens, as it was at the backup.
    unlock.officer_combo.setCurrentIndex(unlock.officer_combo.findData(sup.id))
    QTest.keyClicks(unlock.password_edit, "rahasia123")
    QTest.keyClick(unlock.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlock.data_key is not None, timeout=30_000)
    assert unlock.data_key == data_key
    assert "Petugas Baru" not in _officer_names(data_dir, data_key, clock)
    store = open_local_store(data_dir, data_key=data_key)
    try:
        assert store.documents.read(digest) == DOCUMENT
    finally:
        store.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    data_dir, backup, _, _, recovery, _ = laptop_with_backup(tmp_path, clock)
    db = backup / DATABASE_NAME
    raw = bytearray(db.read_bytes())
    raw[len(raw) // 2] ^= 0xFF  # one flipped byte in the middle of the copy
    db.write_bytes(bytes(raw))
    before = _snapshot(data_dir)
    unlock = _restore_dialog(qtbot, data_dir, clock)
    restore = unlock.open_restore()
    assert restore is not None
    _fill(restore, backup, RECOVERY, recovery)
    restore.confirm_button.click()
    qtbot.waitUntil(restore.error_label.isVisible, timeout=30_000)
    error = restore.error_label.text()
    assert "rusak" in error
    assert "tidak diubah" in error
    assert "Pakai cadangan lain" in error
    assert restore.aside is None
    assert restore.isVisible()
    assert _snapshot(data_dir) == before
    assert not list(data_dir.glob("sebelum-pemulihan-*"))


def test_wrong_password_and_a_folder_that_is_no_backup(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    data_dir, backup, _, sup, _, _ = laptop_with_backup(tmp_path, clock)
    before = _snapshot(data_dir)
    unlock = _restore_dialog(qtbot, data_dir, clock)
    restore = unlock.open_restore()
    assert restore is not None
    assert not restore.choose_folder(tmp_path)  # not a backup folder
    assert "bukan cadangan fieldkit" in restore.error_label.text()
    # Only supervisors (and the recovery key) are offered.
    assert restore.choose_folder(backup)
    offered = [restore.who_combo.itemData(i) for i in range(restore.who_combo.count())]
    assert offered == [sup.id, RECOVERY]
    _fill(restore, backup, sup.id, "salah-sekali")
    restore.confirm_button.click()
    qtbot.waitUntil(restore.error_label.isVisible, timeout=30_000)
    assert "salah" in restore.error_label.text().lower()
    assert _snapshot(data_dir) == before
    assert (data_dir / "fieldkit.signin.json").is_file()  # counted like a failed sign-in


# --- a replacement laptop: restore before any setup ------------------------------------------


def test_a_new_laptop_can_start_from_a_backup(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    _, backup, data_key, sup, _, digest = laptop_with_backup(tmp_path, clock)
    new_dir = tmp_path / "pengganti"
    assert Unlocker(new_dir, clock).state() == STATE_NEW
    welcome = NewLaptopDialog(RestoreService(new_dir, clock))
    qtbot.addWidget(welcome)
    welcome.show()
    restore = welcome.open_restore()
    _fill(restore, backup, sup.id, "rahasia123")
    restore.confirm_button.click()
    qtbot.waitUntil(lambda: welcome.result() == QDialog.DialogCode.Accepted, timeout=30_000)
    assert welcome.restored
    unlocker = Unlocker(new_dir, clock)
    assert unlocker.state() == STATE_ENCRYPTED  # signs in as the old laptop did
    assert unlocker.unlock(sup.id, "rahasia123") == data_key
    assert "Petugas Baru" not in _officer_names(new_dir, data_key, clock)
    store = open_local_store(new_dir, data_key=data_key)
    try:
        assert store.documents.read(digest) == DOCUMENT
    finally:
        store.close()


def test_a_new_laptop_set_up_as_new_gets_a_fresh_key(tmp_path: Path, clock: FakeClock) -> None:
    """unlock_screen on a laptop with no data: "Atur sebagai laptop baru" leads to the setup."""
    new_dir = tmp_path / "baru"
    unlocker = Unlocker(new_dir, clock)
    clicked: list[str] = []

    def choose_new() -> None:
        welcome = QApplication.activeModalWidget()
        if not isinstance(welcome, NewLaptopDialog):
            QTimer.singleShot(20, choose_new)
            return
        assert welcome.restore_button.isVisible()
        clicked.append("new")
        QTest.keyClick(welcome.new_button, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_new)
    unlocked = unlock_screen(
        unlocker, STATE_NEW, Translations(), restore=RestoreService(new_dir, clock)
    )
    assert clicked == ["new"]
    assert unlocked is not None
    assert unlocked.officer_id is None  # the first-run setup follows
    assert len(unlocked.data_key) == 32
    assert not new_dir.exists() or not any(new_dir.iterdir())  # nothing written yet
