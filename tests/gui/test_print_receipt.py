"""Printing a receipt from the app: preview, the real Qt print path to a PDF file, saving."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Office, Officer, Visit
from fieldkit.domain.status import ApplicationStatus
from fieldkit.receipts.layouts import Layout
from fieldkit.receipts.payload import ReceiptStatus
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.services.receipts import PrintChoice, ReceiptService
from fieldkit.store.local import LocalStore
from fieldkit.ui.dialogs.print_receipt import PrintReceiptDialog
from fieldkit.ui.main_window import DETAIL, MainWindow
from fieldkit.ui.views.detail import ApplicationDetailView
from tests import samples
from tests.fakes import FakeClock
from tests.unit.receipts.helpers import page_size_mm, pdf_text, rasterise, scan_qr

W = TypeVar("W", bound=QObject)


def child(parent: QObject, kind: type[W], name: str) -> W:
    """The named child widget (failing the test when it is missing)."""
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


@pytest.fixture
def receipts(
    store: LocalStore,
    reference: ReferenceData,
    clock: FakeClock,
    applications: ApplicationService,
) -> ReceiptService:
    return ReceiptService(store.sessions, reference, clock, applications=applications)


@pytest.fixture
def ready_id(applications: ApplicationService, visit: Visit, operator: Officer) -> str:
    app = applications.register(visit.id, samples.draft(), actor=operator).application
    applications.mark_ready(app.id, actor=operator)
    return app.id


MNEMONICS = {Layout.ROLL_58: Qt.Key.Key_5, Layout.ROLL_80: Qt.Key.Key_8, Layout.A6: Qt.Key.Key_6}


class PdfPrinterChooser:
    """Stands in for Qt's modal print dialog: the officer picks "print to file (PDF)"."""

    def __init__(self, path: Path, *, accept: bool = True) -> None:
        self.path = path
        self.accept = accept
        self.preset_sizes: list[QPageSize] = []

    def __call__(self, printer: QPrinter, parent: QWidget) -> bool:
        self.preset_sizes.append(printer.pageLayout().pageSize())
        if self.accept:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.path))
        return self.accept


def _open(
    qtbot: QtBot,
    window: MainWindow,
    receipts: ReceiptService,
    application_id: str,
    chooser: Callable[[QPrinter, QWidget], bool],
    *,
    choose_pdf_path: Callable[[QWidget, str], str] = lambda _parent, _suggested: "",
) -> PrintReceiptDialog:
    dialog = PrintReceiptDialog(
        window.context,
        receipts,
        application_id,
        window,
        choose_printer=chooser,
        choose_pdf_path=choose_pdf_path,
    )
    qtbot.addWidget(dialog)
    with qtbot.wait_signal(dialog.preview_did_load, timeout=10_000):
        dialog.show()
    return dialog


def _message(dialog: PrintReceiptDialog) -> str:
    return child(dialog, QLabel, "receipt_message").text()


@pytest.mark.parametrize(
    ("layout", "page_width_mm"),
    [(Layout.ROLL_58, 58.0), (Layout.ROLL_80, 80.0), (Layout.A6, 210.0)],
)
def test_printing_to_pdf_through_the_qt_print_path_keeps_the_size_and_the_qr(
    qtbot: QtBot,
    signed_in: MainWindow,
    receipts: ReceiptService,
    applications: ApplicationService,
    ready_id: str,
    office: Office,
    tmp_path: Path,
    layout: Layout,
    page_width_mm: float,
) -> None:
    other = Layout.A6 if layout is not Layout.A6 else Layout.ROLL_58
    receipts.remember_print_choice(PrintChoice("", other))
    chooser = PdfPrinterChooser(tmp_path / "printed.pdf")
    dialog = _open(qtbot, signed_in, receipts, ready_id, chooser)
    assert child(dialog, QRadioButton, f"layout_{other.value}").isChecked()  # remembered
    assert "Cetakan pertama" in child(dialog, QLabel, "receipt_info").text()

    with qtbot.wait_signal(dialog.preview_did_load, timeout=10_000):
        QTest.keyClick(dialog, MNEMONICS[layout], Qt.KeyboardModifier.AltModifier)
    with (
        qtbot.wait_signal(signed_in.state.applications_did_change, timeout=10_000) as changed,
        qtbot.wait_signal(dialog.receipt_did_print, timeout=20_000),
    ):
        QTest.mouseClick(child(dialog, QPushButton, "print_button"), Qt.MouseButton.LeftButton)

    assert child(dialog, QRadioButton, f"layout_{layout.value}").isChecked()
    assert changed.args == [frozenset({ready_id})]
    preset = chooser.preset_sizes[0].size(QPageSize.Unit.Millimeter)
    assert preset.width() == pytest.approx(page_width_mm, abs=0.1)
    assert applications.get(ready_id).application.status is ApplicationStatus.QUEUED
    assert receipts.print_choice().layout is layout
    assert "dikirim ke printer" in _message(dialog)

    pdf = chooser.path.read_bytes()
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    width, height = page_size_mm(pdf)
    assert width == pytest.approx(page_width_mm, abs=0.2)
    if layout is Layout.A6:
        assert height == pytest.approx(297, abs=0.2)
    else:
        assert 150 < height < 297  # a roll is as long as the receipt
    scanned = scan_qr(rasterise(pdf, tmp_path, name="printed"))
    check = receipts.verify(scanned.text, office_id=office.id)
    assert check.verification.status is ReceiptStatus.UNVERIFIED_DEVICE  # signature intact
    assert check.application is not None
    assert check.application.id == ready_id
    assert scanned.width_mm > 30  # printed at its true size, not shrunk


def test_a_cancelled_print_dialog_prints_nothing_and_changes_nothing(
    qtbot: QtBot,
    signed_in: MainWindow,
    receipts: ReceiptService,
    applications: ApplicationService,
    ready_id: str,
    tmp_path: Path,
) -> None:
    chooser = PdfPrinterChooser(tmp_path / "never.pdf", accept=False)
    dialog = _open(qtbot, signed_in, receipts, ready_id, chooser)
    events = len(applications.history(ready_id))

    QTest.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # the print shortcut

    assert len(chooser.preset_sizes) == 1  # the print dialog was asked
    qtbot.wait_until(lambda: not dialog.is_busy)
    assert not chooser.path.exists()
    assert applications.get(ready_id).application.status is ApplicationStatus.READY
    assert len(applications.history(ready_id)) == events
    assert not receipts.is_printed(ready_id)
    assert child(dialog, QPushButton, "print_button").isEnabled()


def test_a_reprint_is_a_salinan_changes_no_status_and_shows_in_the_timeline(
    qtbot: QtBot,
    signed_in: MainWindow,
    receipts: ReceiptService,
    applications: ApplicationService,
    ready_id: str,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    chooser = PdfPrinterChooser(tmp_path / "first.pdf")
    dialog = _open(qtbot, signed_in, receipts, ready_id, chooser)
    with (
        qtbot.wait_signal(dialog.receipt_did_print, timeout=20_000),
        qtbot.wait_signal(dialog.preview_did_load, timeout=20_000),
    ):
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter presses the default button: Cetak
    info = child(dialog, QLabel, "receipt_info")
    assert "SALINAN" in info.text()  # the preview now shows what a reprint gives
    events = len(applications.history(ready_id))

    signed_in.open_detail(ready_id)
    view = signed_in.page(DETAIL)
    assert isinstance(view, ApplicationDetailView)
    qtbot.waitUntil(lambda: view.data is not None and not view.is_loading)
    assert not any("Cetak ulang" in line for line in view.history_texts())

    clock.advance(hours=2)
    chooser.path = tmp_path / "copy.pdf"
    with qtbot.wait_signal(dialog.receipt_did_print, timeout=20_000):
        QTest.mouseClick(child(dialog, QPushButton, "print_button"), Qt.MouseButton.LeftButton)

    assert chooser.path.exists()
    assert applications.get(ready_id).application.status is ApplicationStatus.QUEUED
    history = applications.history(ready_id)
    assert len(history) == events + 1  # the copy is logged; the status stays
    assert history[-1].from_status is history[-1].to_status is ApplicationStatus.QUEUED
    # The detail page's timeline shows the copy, newest first, with who and when.
    officer = signed_in.context.state.officer
    assert officer is not None
    qtbot.waitUntil(lambda: "Cetak ulang" in (view.history_texts() or [""])[0], timeout=10_000)
    assert view.history_texts()[0] == (
        f"25/11/2026 11.00 WIB | {officer.name} | Cetak ulang tanda terima (SALINAN) | -"
    )
    assert view.history_texts()[1].endswith("| Siap → Menunggu sinkron | -")


def test_saving_as_pdf_issues_the_receipt(
    qtbot: QtBot,
    signed_in: MainWindow,
    receipts: ReceiptService,
    applications: ApplicationService,
    ready_id: str,
    tmp_path: Path,
) -> None:
    target = tmp_path / "tanda-terima.pdf"
    asked: list[str] = []

    def choose_path(parent: QWidget, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    dialog = _open(
        qtbot,
        signed_in,
        receipts,
        ready_id,
        PdfPrinterChooser(tmp_path / "unused.pdf"),
        choose_pdf_path=choose_path,
    )
    code = applications.get(ready_id).application.tracking_code
    with qtbot.wait_signal(dialog.receipt_did_print, timeout=20_000):
        QTest.mouseClick(child(dialog, QPushButton, "save_pdf_button"), Qt.MouseButton.LeftButton)

    assert asked[0].endswith(f"tanda-terima-{code}.pdf")
    text = pdf_text(target.read_bytes())
    assert code in text
    assert "SALINAN" not in text
    assert applications.get(ready_id).application.status is ApplicationStatus.QUEUED
    assert str(target) in _message(dialog)


def test_an_application_that_is_not_ready_shows_why_and_cannot_be_printed(
    qtbot: QtBot,
    signed_in: MainWindow,
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    tmp_path: Path,
) -> None:
    draft = applications.register(visit.id, samples.draft(5), actor=operator).application
    chooser = PdfPrinterChooser(tmp_path / "never.pdf")
    dialog = PrintReceiptDialog(
        signed_in.context, receipts, draft.id, signed_in, choose_printer=chooser
    )
    qtbot.addWidget(dialog)
    with qtbot.wait_signal(dialog.print_did_fail, timeout=10_000) as failed:
        dialog.show()

    assert "tandai Siap" in failed.args[0]
    assert _message(dialog) == failed.args[0]
    assert not child(dialog, QPushButton, "print_button").isEnabled()
    assert not child(dialog, QPushButton, "save_pdf_button").isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert chooser.preset_sizes == []
    assert applications.get(draft.id).application.status is ApplicationStatus.DRAFT


def test_a_printer_that_fails_says_so_and_the_next_print_is_a_salinan(
    qtbot: QtBot,
    signed_in: MainWindow,
    receipts: ReceiptService,
    applications: ApplicationService,
    ready_id: str,
    tmp_path: Path,
) -> None:
    chooser = PdfPrinterChooser(tmp_path / "no such folder" / "printed.pdf")  # cannot be opened
    dialog = _open(qtbot, signed_in, receipts, ready_id, chooser)
    with (
        qtbot.wait_signal(dialog.print_did_fail, timeout=20_000) as failed,
        qtbot.wait_signal(dialog.preview_did_load, timeout=20_000),
    ):
        QTest.mouseClick(child(dialog, QPushButton, "print_button"), Qt.MouseButton.LeftButton)

    assert "Printer tidak bisa dipakai" in failed.args[0]
    # The receipt was issued before the printer refused: the record says so, and the
    # officer is told the next print is a copy.
    assert applications.get(ready_id).application.status is ApplicationStatus.QUEUED
    assert "SALINAN" in failed.args[0]
    assert "SALINAN" in child(dialog, QLabel, "receipt_info").text()
    assert child(dialog, QPushButton, "print_button").isEnabled()
