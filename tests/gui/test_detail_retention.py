"""The detail page of an application whose document files retention removed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from fieldkit.services.applications import SaveResult
from fieldkit.store import repositories as repo
from fieldkit.store.local import LocalStore
from fieldkit.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.gui.test_detail import open_detail, registered

__all__ = ["registered"]  # the fixture, shared with test_detail


def test_a_removed_document_says_where_it_is(
    qtbot: QtBot,
    signed_in: MainWindow,
    registered: SaveResult,
    store: LocalStore,
    clock: FakeClock,
) -> None:
    app = registered.application
    ktp, letter = app.documents
    # What retention leaves: the server confirmed the KTP photo, its file is gone.
    with store.sessions.begin() as session:
        repo.confirm_documents(session, [ktp.sha256], clock.now())
    store.documents.delete(ktp.sha256)
    view = open_detail(qtbot, signed_in, app.id)
    note = view.findChild(QLabel, "removed_0")
    assert note is not None
    assert note.text() == "dokumen sudah dihapus dari laptop (tersimpan di server)"
    assert view.findChild(QPushButton, "preview_0") is None
    kept = view.findChild(QPushButton, "preview_1")  # the letter is still on the laptop
    assert kept is not None
    assert kept.text() == "Lihat"
    assert letter.sha256 in {d.sha256 for d in app.documents}
