"""The main window shell: pages, status bar, language switch."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from fieldkit.ui.main_window import SETUP, SIGN_IN, MainWindow


def test_first_start_shows_setup(window: MainWindow) -> None:
    assert window.current_page_key() == SETUP
    sync = window.findChild(QLabel, "sync_label")
    assert sync is not None
    assert sync.text() == "Belum tersambung ke server"


def test_signed_out_with_an_office_shows_sign_in(window: MainWindow, signed_in: MainWindow) -> None:
    window.sign_out()
    assert window.current_page_key() == SIGN_IN
    assert window.officer_label.text() == "Belum masuk"


def test_status_bar_names_officer_and_visit(signed_in: MainWindow) -> None:
    assert "Budi Santoso" in signed_in.officer_label.text()
    assert "Pondok Rajeg" in signed_in.visit_label.text()
