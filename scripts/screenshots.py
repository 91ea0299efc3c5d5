"""Take the screenshots in docs/ from the real app with demo data.

Run under a real X server so fonts and styles are what officers see:
    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python -m scripts.screenshots docs
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit.app import build_services
from fieldkit.domain.records import Role
from fieldkit.domain.status import ApplicationStatus
from fieldkit.services.auth import STATE_ENCRYPTED, AuthService, NewOfficer, Unlocker, Vault
from fieldkit.services.clock import SystemClock
from fieldkit.services.offices import OfficeService
from fieldkit.services.restore import RestoreService
from fieldkit.store.backup import create_backup
from fieldkit.store.keys import FAST_KDF_FOR_TESTS, database_key, new_data_key
from fieldkit.store.local import open_local_store
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.dialogs.first_run import FirstRunWizard
from fieldkit.ui.dialogs.print_receipt import PrintReceiptDialog
from fieldkit.ui.dialogs.restore import NewLaptopDialog
from fieldkit.ui.dialogs.unlock import UnlockDialog
from fieldkit.ui.main_window import DETAIL, FORM, LIST, REPORTS, VISIT, MainWindow
from tests import samples

NAMES = [
    "Siti Rahmawati", "Agus Salim", "Dewi Anggraini", "Made Wirawan", "Rina Wijaya",
    "Joko Susilo", "Sri Wahyuni", "Bambang Pamungkas", "Nur Aini", "Yusuf Hidayat",
    "Indah Lestari", "Ahmad Fauzi",
]  # fmt: skip


def pump(app: DesktopApp, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        app.tasks.wait_for_done(50)
        time.sleep(0.02)


def shot(window: QWidget, path: Path) -> None:
    window.grab().save(str(path))
    print(f"wrote {path}")


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_local_store(Path(tmp))
        services = build_services(store)
        app = DesktopApp(services)
        window: MainWindow = app.window
        window.resize(1366, 800)
        window.show()
        window.raise_()
        window.activateWindow()  # focus moves (and "field left" checks run) only when active
        pump(app)
        shot(window, out / "setup.png")

        office, officers = services.auth.set_up(
            office_name="DPMPTSP Kabupaten Bogor",
            office_address="Jl. Tegar Beriman No. 1, Cibinong",
            office_phone="(021) 8765 4321",
            officers=[
                NewOfficer("Dewi Lestari", Role.SUPERVISOR, "rahasia123"),
                NewOfficer("Budi Santoso", Role.OPERATOR, "rahasia123"),
            ],
        )
        supervisor, operator = officers
        # Steps 2 and 3 of the first run (after the setup page): server, then printer.
        wizard = FirstRunWizard(services.sync, services.receipts, window)
        wizard.show()
        wizard.server_page.server_radio.setChecked(True)
        type_into(wizard.server_page.address_edit, "fieldkit.dpmptsp.bogorkab.go.id")
        pump(app)
        shot(wizard, out / "setup-server.png")
        wizard.next()
        pump(app)
        shot(wizard, out / "setup-printer.png")
        wizard.reject()  # nothing stored: the demo laptop stays offline
        app.state.set_officer(None, None)
        pump(app)
        shot(window, out / "sign-in.png")

        app.state.set_officer(operator, office)
        visit = services.visits.open_visit(
            office_id=office.id,
            village_code=samples.VILLAGE,
            date=dt.datetime.now(ZoneInfo(office.timezone)).date(),
            officer_ids=[supervisor.id],
            actor=operator,
        )
        app.state.set_visit(visit)
        ids = []
        for serial, name in enumerate(NAMES, start=1):
            draft = samples.draft(serial, full_name=name)
            draft = dataclasses.replace(
                draft, business=samples.business(name=f"Usaha {name.split()[0]}")
            )
            result = services.applications.register(visit.id, draft, actor=operator)
            ids.append(result.application.id)
            if serial % 3:
                services.applications.mark_ready(result.application.id, actor=operator)
        app.state.notify_applications(frozenset(ids))
        window.open_visit()
        pump(app, 1.0)
        shot(window, out / "visit.png")

        window.open_form(None)
        pump(app)
        form = window.page(FORM)
        privacy = getattr(form, "privacy", None)
        if privacy is not None:
            shot(window, out / "privacy-notice.png")
            QTest.keyClick(privacy.confirm_button, Qt.Key.Key_Return)
            pump(app)
        fields: dict[str, str] = {
            "nik": "3201015808900003",  # NIK says the 18th; the officer types the 17th
            "full_name": "Siti Rahmawati",
            "birth_place": "Bogor",
            "birth_date": "17/08/1990",
            "mobile": "0812 3456 789",
            "email": "siti.rahma@gmial.com",
            "business_name": "Warung Makan Bu Siti",
            "capital": "15000000",
        }
        for name, text in fields.items():
            widget = getattr(form, name, None)
            if isinstance(widget, QWidget):
                type_into(widget, text)
        pump(app, 1.0)
        scroll = getattr(form, "form_scroll", None)
        if scroll is not None:
            scroll.verticalScrollBar().setValue(0)
            pump(app)
        shot(window, out / "form-validation.png")
        flush: Callable[[], None] | None = getattr(form, "flush_autosave", None)
        if flush is not None:
            flush()

        window.open_list()
        pump(app, 1.0)
        shot(window, out / "applicants-list.png")

        printing = PrintReceiptDialog(window.context, services.receipts, ids[1], window)
        printing.show()
        pump(app, 1.0)
        shot(printing, out / "print-receipt.png")
        printing.reject()

        services.applications.change_status(ids[0], ApplicationStatus.QUEUED, actor=operator)
        window.open_detail(ids[0])
        pump(app, 1.0)
        shot(window, out / "detail.png")

        window.open_sync_panel()
        pump(app, 1.0)
        shot(window, out / "sync-panel.png")

        app.state.set_officer(supervisor, office)
        app.state.set_visit(visit)
        window.show_page(VISIT)
        pump(app)
        visit_page = window.page(VISIT)
        close_button = getattr(visit_page, "close_button", None)
        if isinstance(close_button, QWidget):
            QTest.mouseClick(close_button, Qt.MouseButton.LeftButton)
            pump(app)
            confirm = getattr(visit_page, "_confirm", None)
            if isinstance(confirm, QWidget):
                shot(confirm, out / "close-day.png")
                confirm.close()  # not closed: the report below is of the open day
                pump(app)
        window.show_page(REPORTS)
        pump(app)
        reports = window.page(REPORTS)
        preview = getattr(reports, "preview_button", None)
        if isinstance(preview, QWidget):
            QTest.mouseClick(preview, Qt.MouseButton.LeftButton)
            pump(app, 2.0)
        shot(window, out / "reports.png")
        assert window.current_page_key() in {REPORTS, DETAIL, LIST}
        settings = window.open_office_settings()
        if settings is not None:
            pump(app)
            shot(settings, out / "office-settings.png")
            settings.reject()
        window.close()
        store.close()
    sign_in_and_restore(out)


def sign_in_and_restore(out: Path) -> None:
    """The unlock screen of an encrypted laptop and *Pulihkan dari cadangan…* (restore)."""
    out = out.resolve()
    home = Path.cwd()
    with tempfile.TemporaryDirectory() as tmp:
        # Relative folders, so the pictures show no path of the machine that took them.
        os.chdir(tmp)
        try:
            _unlock_and_restore_shots(out)
        finally:
            os.chdir(home)


def _unlock_and_restore_shots(out: Path) -> None:
    data_dir, usb = Path("fieldkit"), Path("FLASHDISK")
    clock = SystemClock()
    data_key = new_data_key()
    store = open_local_store(data_dir, data_key=data_key)
    try:
        auth = AuthService(
            store.sessions,
            OfficeService(store.sessions, clock),
            clock,
            vault=Vault(data_dir, data_key, FAST_KDF_FOR_TESTS),
        )
        auth.set_up(
            office_name="DPMPTSP Kabupaten Bogor",
            officers=[
                NewOfficer("Dewi Lestari", Role.SUPERVISOR, "rahasia123"),
                NewOfficer("Budi Santoso", Role.OPERATOR, "rahasia123"),
            ],
        )
    finally:
        store.close()
    backup = create_backup(data_dir, usb, key=database_key(data_key)).path
    unlocker = Unlocker(data_dir, clock)
    unlock = UnlockDialog(
        unlocker,
        unlocker.choices(),
        state=STATE_ENCRYPTED,
        restore=RestoreService(data_dir, clock),
    )
    unlock.show()
    unlock.officer_combo.setCurrentIndex(unlock.officer_combo.findText("Budi Santoso"))
    settle()
    shot(unlock, out / "unlock.png")
    restore = unlock.open_restore()
    assert restore is not None
    restore.choose_folder(backup)
    restore.password_edit.setText("rahasia123")
    settle()
    shot(restore, out / "restore.png")
    restore.next_button.click()
    settle()
    shot(restore, out / "restore-confirm.png")
    restore.reject()
    unlock.reject()
    unlock.wait_for_done()
    welcome = NewLaptopDialog(RestoreService(Path("pengganti"), clock))
    welcome.show()
    settle()
    shot(welcome, out / "new-laptop.png")
    welcome.reject()


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
