"""The application detail: all data, documents, history, edit, status changes.

Key presses and clicks go through QTest (what qtbot.keyClick wraps): pytest-qt's own
helpers are untyped, which mypy --strict refuses in a typed test.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import DocumentKind, Officer, Role, Visit
from fieldkit.domain.status import TRANSITIONS, ApplicationStatus, ReasonCode
from fieldkit.services.applications import ApplicationService, NewDocument, SaveResult
from fieldkit.ui.main_window import DETAIL, FORM, LIST, MainWindow
from fieldkit.ui.views.detail import (
    ApplicationDetailView,
    DocumentPreviewDialog,
    StatusReasonDialog,
)
from tests import samples
from tests.factories import make_jpeg, make_pdf

SHOTS = Path("/tmp/fieldkit_shots")


@pytest.fixture
def registered(applications: ApplicationService, visit: Visit, operator: Officer) -> SaveResult:
    return applications.register(
        visit.id,
        samples.draft(7),
        actor=operator,
        documents=[
            NewDocument(DocumentKind.KTP, make_jpeg(1200, 800), "ktp siti.jpg"),
            NewDocument(DocumentKind.DOMICILE_LETTER, make_pdf(2), "domisili.pdf"),
        ],
    )


def open_detail(qtbot: QtBot, window: MainWindow, application_id: str) -> ApplicationDetailView:
    window.open_detail(application_id)
    view = window.page(DETAIL)
    assert isinstance(view, ApplicationDetailView)
    wait_loaded(qtbot, view)
    return view


def wait_loaded(qtbot: QtBot, view: ApplicationDetailView) -> None:
    qtbot.waitUntil(lambda: view.data is not None and not view.is_loading)


def label(view: ApplicationDetailView, name: str) -> QLabel:
    found = view.findChild(QLabel, name)
    assert found is not None, name
    return found


def group_text(view: ApplicationDetailView, name: str) -> str:
    group = view.findChild(QGroupBox, name)
    assert group is not None, name
    return "\n".join(w.text() for w in group.findChildren(QLabel))


def button(view: ApplicationDetailView, name: str) -> QPushButton | None:
    found = view.findChild(QPushButton, name)
    return found if found is not None and found.isVisible() else None


def test_shows_all_data_formatted(
    qtbot: QtBot, signed_in: MainWindow, registered: SaveResult
) -> None:
    app = registered.application
    view = open_detail(qtbot, signed_in, app.id)
    assert signed_in.current_page_key() == DETAIL
    assert label(view, "tracking_code").text() == app.tracking_code
    assert label(view, "status_badge").text() == "Draf"
    assert label(view, "revision_label").text().startswith("Revisi 1 · diperbarui 25/11/2026")
    applicant = group_text(view, "applicant_group")
    assert app.applicant.nik in applicant  # one person: the full NIK, to check against the KTP
    assert "Bogor, 17 Agustus 1990" in applicant
    assert "Perempuan" in applicant
    assert "Pondok Rajeg, Kec. Cibinong, Kabupaten Bogor, Jawa Barat" in applicant
    business = group_text(view, "business_group")
    assert "Rp15.000.000" in business
    assert "Usaha mikro" in business
    assert "Sewa" in business
    assert "24 m²" in business
    activities = group_text(view, "activities_group")
    assert "56102" in activities
    assert "Rumah/Warung Makan" in activities
    assert "Rp5.000.000" in activities
    documents = group_text(view, "documents_group")
    assert "Foto KTP" in documents
    assert "Surat keterangan domisili usaha" in documents
    assert "2 halaman" in documents
    assert "domisili.pdf" in documents
    checks = label(view, "blocking_summary").text()
    assert "bisa ditandai Siap" in checks
    assert view.history_texts() == ["25/11/2026 09.00 WIB | Budi Santoso | Didaftarkan (Draf) | -"]
    SHOTS.mkdir(exist_ok=True)
    signed_in.grab().save(str(SHOTS / "detail.png"))
    content = view.scroll_area.widget()
    assert content is not None
    content.grab().save(str(SHOTS / "detail_full.png"))


def test_edit_shows_new_revision_and_history_entry(
    qtbot: QtBot,
    signed_in: MainWindow,
    registered: SaveResult,
    applications: ApplicationService,
    operator: Officer,
) -> None:
    app = registered.application
    view = open_detail(qtbot, signed_in, app.id)
    edited = dataclasses.replace(
        app.draft, applicant=dataclasses.replace(app.applicant, full_name="Siti Aminah")
    )
    saved = applications.update(app.id, edited, actor=operator, expected_revision=1)
    signed_in.state.notify_applications(frozenset({saved.application.id}))
    qtbot.waitUntil(lambda: label(view, "revision_label").text().startswith("Revisi 2"))
    assert "Siti Aminah" in group_text(view, "applicant_group")
    newest = view.history_texts()[0]
    assert newest == ("25/11/2026 09.00 WIB | Budi Santoso | Draf → Draf | Data diubah (revisi 2)")
    assert len(view.history_texts()) == 2


def test_mark_ready_button_changes_status_and_offers_the_next_steps(
    qtbot: QtBot, signed_in: MainWindow, registered: SaveResult
) -> None:
    view = open_detail(qtbot, signed_in, registered.application.id)
    ready = button(view, "transition_ready")
    assert ready is not None
    assert ready.text() == "Tandai &siap"
    # disallowed for an operator on a draft: no buttons for them at all
    for absent in ("transition_queued", "transition_received", "transition_draft"):
        assert button(view, absent) is None
    assert button(view, "edit") is not None
    QTest.mouseClick(ready, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: label(view, "status_badge").text() == "Siap")
    assert button(view, "transition_ready") is None
    assert button(view, "transition_queued") is not None
    # once ready, only a supervisor edits or reopens it (tests/gui/test_roles.py)
    assert button(view, "transition_draft") is None
    assert button(view, "edit") is None
    assert view.history_texts()[0].endswith("| Draf → Siap | -")
    assert not label(view, "detail_error").isVisible()


def test_mark_ready_refused_shows_what_blocks(
    qtbot: QtBot,
    signed_in: MainWindow,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
) -> None:
    saved = applications.register(visit.id, samples.draft(8, full_name="Siti 2"), actor=operator)
    view = open_detail(qtbot, signed_in, saved.application.id)
    assert "Belum bisa ditandai Siap" in label(view, "blocking_summary").text()
    assert "Nama lengkap tidak boleh berisi '2'" in group_text(view, "checks_group")
    ready = button(view, "transition_ready")
    assert ready is not None
    QTest.mouseClick(ready, Qt.MouseButton.LeftButton)
    error = label(view, "detail_error")
    qtbot.waitUntil(error.isVisible)
    assert error.text().startswith("Belum bisa ditandai Siap: 1 hal perlu diselesaikan.")
    assert "Nama lengkap tidak boleh berisi '2'" in error.text()
    assert label(view, "status_badge").text() == "Draf"
    SHOTS.mkdir(exist_ok=True)
    signed_in.grab().save(str(SHOTS / "detail_blocked.png"))


def test_queued_application_is_not_editable_on_the_laptop(
    qtbot: QtBot,
    signed_in: MainWindow,
    registered: SaveResult,
    applications: ApplicationService,
    operator: Officer,
) -> None:
    app_id = registered.application.id
    applications.mark_ready(app_id, actor=operator)
    applications.change_status(app_id, ApplicationStatus.QUEUED, actor=operator)
    view = open_detail(qtbot, signed_in, app_id)
    assert label(view, "status_badge").text() == "Menunggu sinkron"
    assert button(view, "edit") is None
    assert view.transition_buttons == {}  # queued -> received belongs to the back office


def test_needs_fix_shows_reason_and_offers_to_take_it_back(
    qtbot: QtBot,
    signed_in: MainWindow,
    registered: SaveResult,
    applications: ApplicationService,
    operator: Officer,
) -> None:
    app_id = registered.application.id
    office = Officer("sync", operator.office_id, "Sinkronisasi", Role.SYSTEM)  # the server's word
    applications.mark_ready(app_id, actor=operator)
    applications.change_status(app_id, ApplicationStatus.QUEUED, actor=operator)
    applications.change_status(app_id, ApplicationStatus.RECEIVED, actor=office)
    applications.change_status(
        app_id,
        ApplicationStatus.NEEDS_FIX,
        actor=office,
        reason=ReasonCode.DATA_CORRECTION,
        reason_text="Alamat usaha kurang lengkap",
    )
    view = open_detail(qtbot, signed_in, app_id)
    assert label(view, "status_badge").text() == "Perlu perbaikan"
    assert label(view, "reason_label").text() == (
        "Alasan: Data perlu dikoreksi — Alamat usaha kurang lengkap"
    )
    take_back = button(view, "transition_draft")
    assert take_back is not None
    assert take_back.text() == "Ambil untuk &diperbaiki"
    assert button(view, "edit") is not None
    assert "petugas kantor" in view.history_texts()[0]  # not an officer of this laptop


def test_escape_and_back_button_return_to_the_list(
    qtbot: QtBot, signed_in: MainWindow, registered: SaveResult
) -> None:
    view = open_detail(qtbot, signed_in, registered.application.id)
    QTest.keyClick(view.back_button, Qt.Key.Key_Escape)
    assert signed_in.current_page_key() == LIST
    open_detail(qtbot, signed_in, registered.application.id)
    QTest.keyClick(view.back_button, Qt.Key.Key_Space)  # the focused back button
    assert signed_in.current_page_key() == LIST


def test_edit_button_opens_the_form(
    qtbot: QtBot, signed_in: MainWindow, registered: SaveResult
) -> None:
    view = open_detail(qtbot, signed_in, registered.application.id)
    edit = button(view, "edit")
    assert edit is not None
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert signed_in.current_page_key() == FORM


def test_preview_shows_photo_and_first_pdf_page(
    qtbot: QtBot, signed_in: MainWindow, registered: SaveResult
) -> None:
    view = open_detail(qtbot, signed_in, registered.application.id)
    photo = button(view, "preview_0")
    assert photo is not None
    QTest.mouseClick(photo, Qt.MouseButton.LeftButton)
    dialog = view.preview
    assert isinstance(dialog, DocumentPreviewDialog)
    qtbot.waitUntil(lambda: dialog.is_loaded)
    image = dialog.image.pixmap()
    assert not image.isNull()
    assert image.width() > image.height()  # the 1200x800 photo, fitted to the dialog
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "preview_photo.png"))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    pdf = button(view, "preview_1")
    assert pdf is not None
    QTest.mouseClick(pdf, Qt.MouseButton.LeftButton)
    second = view.preview
    assert isinstance(second, DocumentPreviewDialog)
    qtbot.waitUntil(lambda: second.is_loaded)
    assert "halaman 1 dari 2" in second.info.text()
    assert second.image.pixmap().height() > second.image.pixmap().width()  # an A4 page
    second.grab().save(str(SHOTS / "preview_pdf.png"))
    second.close()


def test_reason_dialog_needs_a_reason_before_saving(qtbot: QtBot) -> None:
    needs_fix = next(
        t
        for t in TRANSITIONS
        if t.source is ApplicationStatus.RECEIVED and t.target is ApplicationStatus.NEEDS_FIX
    )
    dialog = StatusReasonDialog(needs_fix)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setFocus()
    QTest.keyClick(dialog.reason, Qt.Key.Key_Down)
    assert dialog.chosen_reason is ReasonCode.NIK_REFUSED
    assert ok.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "reason_dialog.png"))


def test_sign_out_clears_the_detail(
    qtbot: QtBot, signed_in: MainWindow, registered: SaveResult
) -> None:
    view = open_detail(qtbot, signed_in, registered.application.id)
    signed_in.sign_out()
    assert view.data is None
    assert view.findChild(QLabel, "tracking_code") is None


def test_print_receipt_button_appears_once_ready(
    qtbot: QtBot,
    signed_in: MainWindow,
    registered: SaveResult,
    applications: ApplicationService,
    operator: Officer,
) -> None:
    app_id = registered.application.id
    view = open_detail(qtbot, signed_in, app_id)
    print_button = view.print_receipt_button
    assert not print_button.isVisible()  # a draft gets no receipt
    applications.mark_ready(app_id, actor=operator)
    signed_in.state.notify_applications(frozenset({app_id}))
    qtbot.waitUntil(print_button.isVisible)
    assert "tanda terima" in print_button.text().replace("&", "")
