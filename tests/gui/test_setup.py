"""First-run setup page: office, first supervisor and operators, typed with real key presses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Role
from fieldkit.ui.main_window import SETUP, VISIT, MainWindow
from fieldkit.ui.views.setup import SetupView


def _page(window: MainWindow) -> SetupView:
    page = window.page(SETUP)
    assert isinstance(page, SetupView)
    return page


def _edit(page: SetupView, name: str) -> QLineEdit:
    edit = page.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def _label(page: SetupView, name: str) -> QLabel:
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return label


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    QTest.keyClicks(edit, text)


def test_first_run_creates_office_supervisor_operators_and_opens_visit_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.current_page_key() == SETUP
    page = _page(window)
    _type(qtbot, _edit(page, "office_name"), "DPMPTSP Kabupaten Badung")
    _type(qtbot, _edit(page, "office_address"), "Jl. Raya Sempidi, Mangupura")
    _type(qtbot, _edit(page, "office_phone"), "(0361) 123456")
    zone = page.findChild(QComboBox, "timezone_combo")
    assert zone is not None
    zone.setFocus()
    QTest.keyClick(zone, Qt.Key.Key_Down)  # WIB -> WITA
    assert zone.currentData() == "Asia/Makassar"

    _type(qtbot, _edit(page, "supervisor_name"), "Ni Made Sari")
    _type(qtbot, _edit(page, "supervisor_password"), "pendek")
    hint = _label(page, "supervisor_password_hint")
    assert hint.text() == "Kata sandi minimal 8 karakter."
    QTest.keyClicks(_edit(page, "supervisor_password"), "12345")
    QTest.keyClick(_edit(page, "supervisor_password"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is _edit(page, "supervisor_repeat")
    QTest.keyClicks(_edit(page, "supervisor_repeat"), "pendek12345")
    assert hint.text() == "Kata sandi sudah cukup kuat dan sama."

    # Tab from the supervisor's last field lands on the first operator's name.
    QTest.keyClick(_edit(page, "supervisor_repeat"), Qt.Key.Key_Tab)
    first = _edit(page, "operator_name_0")
    assert QApplication.focusWidget() is first
    QTest.keyClicks(first, "Komang Adi")
    for name in ("operator_password_0", "operator_repeat_0"):
        _type(qtbot, _edit(page, name), "badung2026")

    add = page.findChild(QPushButton, "add_operator_button")
    assert add is not None
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    second = _edit(page, "operator_name_1")
    assert QApplication.focusWidget() is second
    QTest.keyClicks(second, "Wayan Putra")
    for name in ("operator_password_1", "operator_repeat_1"):
        _type(qtbot, _edit(page, name), "wayan2026x")

    QTest.keyClick(_edit(page, "operator_repeat_1"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == VISIT)

    services = window.services
    (office,) = services.offices.offices()
    assert office.name == "DPMPTSP Kabupaten Badung"
    assert office.timezone == "Asia/Makassar"
    assert office.phone == "(0361) 123456"
    officers = {o.name: o.role for o in services.offices.officers(office.id)}
    assert officers == {
        "Ni Made Sari": Role.SUPERVISOR,
        "Komang Adi": Role.OPERATOR,
        "Wayan Putra": Role.OPERATOR,
    }
    assert window.state.officer is not None
    assert window.state.officer.name == "Ni Made Sari"
    assert window.state.office == office
    assert window.services.auth.sign_in(window.state.officer.id, "pendek12345")
    assert _edit(page, "supervisor_password").text() == ""  # passwords are not kept around


def test_mismatched_repeat_is_caught_before_anything_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    _type(qtbot, _edit(page, "office_name"), "DPMPTSP Kota Bogor")
    _type(qtbot, _edit(page, "supervisor_name"), "Dewi Lestari")
    _type(qtbot, _edit(page, "supervisor_password"), "rahasia123")
    _type(qtbot, _edit(page, "supervisor_repeat"), "rahasia124")
    QTest.keyClick(_edit(page, "supervisor_repeat"), Qt.Key.Key_Return)

    error = _label(page, "setup_error")
    assert error.isVisible()
    assert "belum sama" in error.text()
    assert QApplication.focusWidget() is _edit(page, "supervisor_repeat")
    assert window.services.auth.needs_setup()
    assert window.current_page_key() == SETUP


def test_service_message_for_a_weak_operator_password_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    _type(qtbot, _edit(page, "office_name"), "DPMPTSP Kota Bogor")
    _type(qtbot, _edit(page, "supervisor_name"), "Dewi Lestari")
    for name in ("supervisor_password", "supervisor_repeat"):
        _type(qtbot, _edit(page, name), "rahasia123")
    _type(qtbot, _edit(page, "operator_name_0"), "Budi")
    for name in ("operator_password_0", "operator_repeat_0"):
        _type(qtbot, _edit(page, name), "12345678")
    assert _label(page, "operator_password_hint_0").text() == (
        "Kata sandi harus berisi huruf dan angka."
    )
    submit = page.findChild(QPushButton, "setup_submit")
    assert submit is not None
    QTest.mouseClick(submit, Qt.MouseButton.LeftButton)

    error = _label(page, "setup_error")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Budi: Kata sandi harus berisi huruf dan angka."
    assert QApplication.focusWidget() is _edit(page, "operator_password_0")
    assert window.services.auth.needs_setup()
    assert submit.isEnabled()


def test_empty_office_name_shows_the_service_message(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    _type(qtbot, _edit(page, "supervisor_name"), "Dewi Lestari")
    for name in ("supervisor_password", "supervisor_repeat"):
        _type(qtbot, _edit(page, name), "rahasia123")
    QTest.keyClick(_edit(page, "supervisor_repeat"), Qt.Key.Key_Return)

    error = _label(page, "setup_error")
    qtbot.waitUntil(error.isVisible)
    assert error.text().startswith("Nama kantor wajib diisi")
    assert QApplication.focusWidget() is _edit(page, "office_name")
    assert window.services.auth.needs_setup()


def test_an_operator_row_without_a_name_is_refused_and_a_row_can_be_removed(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    _type(qtbot, _edit(page, "office_name"), "DPMPTSP Kota Bogor")
    _type(qtbot, _edit(page, "supervisor_name"), "Dewi Lestari")
    for name in ("supervisor_password", "supervisor_repeat"):
        _type(qtbot, _edit(page, name), "rahasia123")
    _type(qtbot, _edit(page, "operator_password_0"), "rahasia123")
    QTest.keyClick(_edit(page, "operator_password_0"), Qt.Key.Key_Return)
    error = _label(page, "setup_error")
    assert error.text() == "Isi nama operator pada baris 1, atau hapus baris itu."
    assert QApplication.focusWidget() is _edit(page, "operator_name_0")

    remove = page.findChild(QPushButton, "operator_remove_0")
    assert remove is not None
    QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert page.findChild(QLineEdit, "operator_name_0") is None
    submit = page.findChild(QPushButton, "setup_submit")
    assert submit is not None
    QTest.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page_key() == VISIT)
    (office,) = window.services.offices.offices()
    assert [o.name for o in window.services.offices.officers(office.id)] == ["Dewi Lestari"]
