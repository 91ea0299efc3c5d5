"""The documents panel of the form: add by path or drop, preview, page count, replace, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind
from fieldkit.services.applications import ApplicationService
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.views.form import ApplicationFormView
from fieldkit.ui.widgets.documents_panel import DocumentsPanel
from tests.factories import make_exe, make_jpeg, make_pdf
from tests.gui.form_helpers import fill_valid, open_new_form


def _files(tmp_path: Path) -> tuple[Path, Path]:
    ktp = tmp_path / "ktp siti.jpg"
    ktp.write_bytes(make_jpeg(2400, 1500))
    pdf = tmp_path / "surat domisili.pdf"
    pdf.write_bytes(make_pdf(3))
    return ktp, pdf


def _idle(qtbot: QtBot, panel: DocumentsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_busy, timeout=10_000)


def _saved_form(qtbot: QtBot, window: MainWindow) -> ApplicationFormView:
    form = open_new_form(qtbot, window)
    fill_valid(qtbot, form)
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.application is not None and not form.is_busy, timeout=5000)
    return form


def test_files_wait_for_the_first_save_then_are_stored_with_it(
    qtbot: QtBot, signed_in: MainWindow, applications: ApplicationService, tmp_path: Path
) -> None:
    applications.set_policy(DocumentPolicy(required=frozenset({DocumentKind.KTP})))
    form = open_new_form(qtbot, signed_in)
    panel = form.documents
    assert "✖ Foto KTP" in panel.checklist.text()
    assert panel.kind.currentData() == DocumentKind.KTP.value  # the missing one comes first
    ktp, pdf = _files(tmp_path)

    panel.add_files([ktp])
    assert panel.progress.isVisible()  # processed in the background
    _idle(qtbot, panel)
    assert not panel.progress.isVisible()
    panel.add_files([pdf], DocumentKind.DOMICILE_LETTER)
    _idle(qtbot, panel)

    assert [r.objectName() for r in panel.rows] == ["document_0", "document_1"]
    assert "Foto KTP" in panel.rows[0].text.text()
    assert "ktp siti.jpg" in panel.rows[0].text.text()
    assert "belum disimpan" in panel.rows[0].text.text()
    assert "3 halaman" in panel.rows[1].text.text()
    for row in panel.rows:
        pixmap = row.thumbnail.pixmap()
        assert not pixmap.isNull()  # a photo and the PDF's first page
        assert max(pixmap.width(), pixmap.height()) <= 96
    assert "✔ Foto KTP" in panel.checklist.text()

    fill_valid(qtbot, form)
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.application is not None and not form.is_busy, timeout=5000)
    assert form.application is not None
    stored = applications.get(form.application.id).application
    assert sorted(d.kind for d in stored.documents) == [
        DocumentKind.KTP,
        DocumentKind.DOMICILE_LETTER,
    ]
    assert {d.page_count for d in stored.documents} == {1, 3}
    assert panel.pending_documents() == []
    qtbot.waitUntil(lambda: all(not r.thumbnail.pixmap().isNull() for r in panel.rows))


def test_dropped_files_are_added(qtbot: QtBot, signed_in: MainWindow, tmp_path: Path) -> None:
    form = open_new_form(qtbot, signed_in)
    panel = form.documents
    ktp, _ = _files(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ktp))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    _idle(qtbot, panel)
    assert len(panel.items) == 1
    assert panel.items[0].name == "ktp siti.jpg"
    assert panel.rows[0].isVisibleTo(panel)


def test_a_refused_file_says_why_and_is_not_added(
    qtbot: QtBot, signed_in: MainWindow, tmp_path: Path
) -> None:
    form = open_new_form(qtbot, signed_in)
    panel = form.documents
    program = tmp_path / "ktp.jpg"
    program.write_bytes(make_exe())
    pdf = tmp_path / "foto.pdf"
    pdf.write_bytes(make_pdf(1))
    panel.add_files([program], DocumentKind.KTP)
    _idle(qtbot, panel)
    assert panel.items == []
    assert "program" in panel.message.text()
    panel.add_files([pdf], DocumentKind.PHOTO)  # a passport photo must be a picture
    _idle(qtbot, panel)
    assert panel.items == []
    assert "harus berupa gambar" in panel.message.text()


def test_stored_documents_are_added_replaced_and_removed_at_once(
    qtbot: QtBot, signed_in: MainWindow, applications: ApplicationService, tmp_path: Path
) -> None:
    form = _saved_form(qtbot, signed_in)
    assert form.application is not None
    app_id = form.application.id
    panel = form.documents
    ktp, _ = _files(tmp_path)

    with qtbot.wait_signal(signed_in.state.applications_did_change, timeout=10_000):
        panel.add_files([ktp], DocumentKind.KTP)
    _idle(qtbot, panel)
    stored = applications.get(app_id).application
    assert [d.kind for d in stored.documents] == [DocumentKind.KTP]
    assert form.application.revision == stored.revision  # the form follows the new revision
    assert "belum disimpan" not in panel.rows[0].text.text()

    other = tmp_path / "ktp baru.png"
    other.write_bytes(make_jpeg(800, 500, seed=3))
    panel.add_files([other], replacing=0)
    _idle(qtbot, panel)
    stored = applications.get(app_id).application
    assert [d.original_name for d in stored.documents] == ["ktp baru.png"]

    QTest.mouseClick(panel.rows[0].remove_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, panel)
    assert applications.get(app_id).application.documents == ()
    assert panel.rows == []

    # The form still saves the officer's edits on the newest revision.
    form.birth_place.setText("Cibinong")
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.is_busy and form.banner.kind == "success", timeout=5000)
    assert applications.get(app_id).application.applicant.birth_place == "Cibinong"
