"""Sign-in page: pick the officer, type the password, Enter; sign out and switch officer."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Office, Officer, Role
from fieldkit.ui.context import Services
from fieldkit.ui.main_window import SIGN_IN, VISIT, MainWindow
from fieldkit.ui.views.sign_in import SignInView
from tests.gui.conftest import PASSWORD


@pytest.fixture
def accounts(services: Services, office: Office) -> dict[str, Officer]:
    """Two officers with passwords."""
    hashed = PasswordHasher().hash(PASSWORD)
    made = [
        services.offices.add_officer(office.id, name, role, password_hash=hashed)
        for name, role in (("Budi Santoso", Role.OPERATOR), ("Dewi Lestari", Role.SUPERVISOR))
    ]
    return {o.name: o for o in made}


@pytest.fixture
def page(accounts: dict[str, Officer], window: MainWindow, qtbot: QtBot) -> SignInView:
    window.sign_out()  # the window may have been built before the office existed
    assert window.current_page_key() == SIGN_IN
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.page(SIGN_IN)
    assert isinstance(view, SignInView)
    return view


def _combo(page: SignInView) -> QComboBox:
    combo = page.findChild(QComboBox, "officer_combo")
    assert combo is not None
    return combo


def _password(page: SignInView) -> QLineEdit:
    edit = page.findChild(QLineEdit, "password_edit")
    assert edit is not None
    return edit


def _error(page: SignInView) -> QLabel:
    label = page.findChild(QLabel, "sign_in_error")
    assert label is not None
    return label


def _choose_officer(qtbot: QtBot, page: SignInView, name: str) -> None:
    combo = _combo(page)
    combo.setFocus()
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    QTest.keyClicks(line, name)
    QTest.keyClick(line, Qt.Key.Key_Tab)


def test_wrong_password_shows_the_message_at_the_field_then_the_right_one_signs_in(
    qtbot: QtBot, window: MainWindow, page: SignInView
) -> None:
    _choose_officer(qtbot, page, "Dewi Lestari")
    password = _password(page)
    assert QApplication.focusWidget() is password
    QTest.keyClicks(password, "salah1234")
    QTest.keyClick(password, Qt.Key.Key_Return)

    error = _error(page)
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Kata sandi salah. Periksa Caps Lock lalu coba lagi."
    assert password.text() == ""
    assert QApplication.focusWidget() is password
    assert window.state.officer is None

    QTest.keyClicks(password, PASSWORD)
    assert not error.isVisible()  # typing again clears the old message
    QTest.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == VISIT)
    assert window.state.officer is not None
    assert window.state.officer.name == "Dewi Lestari"
    assert window.state.office is not None
    assert "Dewi Lestari" in window.officer_label.text()


def test_sign_out_then_another_officer_signs_in(
    qtbot: QtBot, window: MainWindow, page: SignInView, accounts: dict[str, Officer]
) -> None:
    _choose_officer(qtbot, page, "budi")  # part of a name, any case, is enough
    QTest.keyClicks(_password(page), PASSWORD)
    QTest.keyClick(_password(page), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == VISIT)
    assert window.state.officer == accounts["Budi Santoso"]

    QTest.keyClick(
        window,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.current_page_key() == SIGN_IN
    assert window.state.officer is None
    password = _password(page)
    assert password.text() == ""
    assert QApplication.focusWidget() is password
    assert _combo(page).currentText() == "Budi Santoso"  # the last officer, ready to re-enter

    QTest.keyClick(password, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is _combo(page)
    _choose_officer(qtbot, page, "Dewi Lestari")
    QTest.keyClicks(password, PASSWORD)
    QTest.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == VISIT)
    assert window.state.officer == accounts["Dewi Lestari"]


def test_unknown_name_asks_to_pick_from_the_list(
    qtbot: QtBot, window: MainWindow, page: SignInView
) -> None:
    _choose_officer(qtbot, page, "Siapa Saja")
    QTest.keyClicks(_password(page), PASSWORD)
    QTest.keyClick(_password(page), Qt.Key.Key_Return)
    assert _error(page).text() == "Pilih nama Anda dari daftar petugas."
    assert QApplication.focusWidget() is _combo(page)
    assert window.state.officer is None


def test_only_the_offices_officers_are_listed(
    services: Services, page: SignInView, window: MainWindow
) -> None:
    other = services.offices.create_office("DPMPTSP Kota Depok")
    services.offices.add_officer(other.id, "Orang Lain", Role.OPERATOR)
    window.show_page(SIGN_IN)
    combo = _combo(page)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Budi Santoso", "Dewi Lestari"]
