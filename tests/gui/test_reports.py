"""The reports screen: a supervisor previews, saves, exports and prints; an operator cannot."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Office, Officer, Visit
from fieldkit.services.applications import ApplicationService
from fieldkit.services.reports import ReportService
from fieldkit.store.local import LocalStore
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.views.reports import ReportsView
from tests import samples
from tests.fakes import FakeClock

WAIT_MS = 20_000


@pytest.fixture
def view(qtbot: QtBot, window: MainWindow, store: LocalStore, clock: FakeClock) -> ReportsView:
    services = window.context.services
    reports = ReportService(store.sessions, services.reference, clock)
    made = ReportsView(window.context, reports)
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    return made


@pytest.fixture
def three_applicants(
    applications: ApplicationService, visit: Visit, operator: Officer
) -> list[str]:
    return [
        applications.register(visit.id, samples.draft(i), actor=operator).application.id
        for i in (3, 4, 5)
    ]


def test_a_supervisor_previews_and_saves_a_pdf(
    qtbot: QtBot,
    view: ReportsView,
    window: MainWindow,
    office: Office,
    supervisor: Officer,
    visit: Visit,
    three_applicants: list[str],
    tmp_path: Path,
) -> None:
    window.state.set_officer(supervisor, office)
    assert view.content.isVisible()
    assert not view.refusal.isVisible()
    assert view.visit_combo.count() == 1
    assert view.visit_combo.currentData() == visit.id

    with qtbot.waitSignal(view.preview_did_finish, timeout=WAIT_MS) as shown:
        view.preview_button.click()
    pages = shown.args[0] if shown.args else 0
    assert pages >= 2
    assert view.page_count == pages
    first = view.findChild(QLabel, "report_page_1")
    assert first is not None
    assert first.pixmap().width() > 700  # A4 at 96 dpi is 794 px wide

    target = tmp_path / "laporan.pdf"
    with qtbot.waitSignal(view.report_did_save, timeout=WAIT_MS):
        view.save_pdf(target)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == pages
    assert "Dilayani 3 pemohon dari target > 15" in " ".join(reader.pages[0].extract_text().split())

    for name, save in (("laporan.csv", view.export_csv), ("laporan.xlsx", view.export_xlsx)):
        with qtbot.waitSignal(view.report_did_save, timeout=WAIT_MS):
            save(tmp_path / name)
    assert (tmp_path / "laporan.csv").read_bytes().count(b"\r\n") == 4
    assert (tmp_path / "laporan.xlsx").read_bytes().startswith(b"PK")

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(printed))
    view.print_to(printer)
    qtbot.waitUntil(lambda: view.banner.kind == "success" and not view.is_busy, timeout=WAIT_MS)
    assert len(PdfReader(printed).pages) == pages


def test_a_date_range_preview_covers_the_visits_in_it(
    qtbot: QtBot,
    view: ReportsView,
    window: MainWindow,
    office: Office,
    supervisor: Officer,
    three_applicants: list[str],
) -> None:
    window.state.set_officer(supervisor, office)
    view.by_range.setChecked(True)
    assert view.date_from.isEnabled()
    assert not view.visit_combo.isEnabled()
    with qtbot.waitSignal(view.preview_did_finish, timeout=WAIT_MS):
        view.preview_button.click()
    assert "3 pemohon" in view.status.text()


def test_an_operator_sees_the_refusal_and_no_data(
    qtbot: QtBot,
    view: ReportsView,
    window: MainWindow,
    office: Office,
    operator: Officer,
    three_applicants: list[str],
) -> None:
    window.state.set_officer(operator, office)
    assert view.refusal.isVisible()
    assert view.refusal.text() == "Hanya supervisor yang dapat melihat laporan."
    assert not view.content.isVisible()
    assert view.visit_combo.count() == 0
    view.preview()  # even called directly, nothing is built
    assert view.page_count == 0
    assert not view.is_busy


def test_the_operator_closing_the_day_gets_that_visits_report(
    qtbot: QtBot,
    view: ReportsView,
    window: MainWindow,
    office: Office,
    operator: Officer,
    visit: Visit,
    three_applicants: list[str],
) -> None:
    window.state.set_officer(operator, office)
    with qtbot.waitSignal(view.preview_did_finish, timeout=WAIT_MS):
        view.show_closing_report(visit.id)
    assert view.content.isVisible()
    assert not view.pickers.isVisible()
    assert view.page_count >= 2
    window.state.set_officer(None, None)  # signing out ends the exception
    assert view.refusal.isVisible()
    assert view.page_count == 0 or not view.content.isVisible()
