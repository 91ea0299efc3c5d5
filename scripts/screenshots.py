"""Take the screenshots in docs/ from the real app with demo data.

Run under a real X server so fonts and styles are what officers see:
    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python -m scripts.screenshots docs
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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
from fieldkit.services.auth import NewOfficer
from fieldkit.store.local import open_local_store
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.main_window import DETAIL, FORM, LIST, REPORTS, MainWindow
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

        services.applications.change_status(ids[0], ApplicationStatus.QUEUED, actor=operator)
        window.open_detail(ids[0])
        pump(app, 1.0)
        shot(window, out / "detail.png")

        app.state.set_officer(supervisor, office)
        app.state.set_visit(visit)
        window.show_page(REPORTS)
        pump(app)
        reports = window.page(REPORTS)
        preview = getattr(reports, "preview_button", None)
        if isinstance(preview, QWidget):
            QTest.mouseClick(preview, Qt.MouseButton.LeftButton)
            pump(app, 2.0)
        shot(window, out / "reports.png")
        assert window.current_page_key() in {REPORTS, DETAIL, LIST}
        window.close()
        store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
