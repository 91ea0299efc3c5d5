"""Driving the registration form with real key presses (shared by the form and document tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.ui.main_window import FORM, MainWindow
from fieldkit.ui.views.form import ApplicationFormView

# Siti Rahmawati of tests/samples.py: born 17-08-1990, female, registered in Cibinong.
NIK = "3201015708900003"


def form_of(window: MainWindow) -> ApplicationFormView:
    form = window.page(FORM)
    assert isinstance(form, ApplicationFormView)
    return form


def open_new_form(qtbot: QtBot, window: MainWindow) -> ApplicationFormView:
    """F3, then Enter on the privacy notice (read to the applicant)."""
    QTest.keyClick(window, Qt.Key.Key_F3)
    form = form_of(window)
    assert form.pages.currentWidget() is form.privacy
    QTest.keyClick(form.privacy.confirm_button, Qt.Key.Key_Return)
    assert form.pages.currentWidget() is form.form_scroll
    return form


def has_focus(widget: QWidget) -> bool:
    """Whether the widget is where typing goes (true even if the test window is not active)."""
    return widget.window().focusWidget() is widget


def type_into(widget: QWidget, text: str, *, replace: bool = True) -> None:
    widget.setFocus()
    if replace and isinstance(widget, QLineEdit):
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def leave(widget: QWidget) -> None:
    """Tab out of a field, as the officer moves on."""
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def choose(combo: QComboBox, text: str) -> None:
    """Pick a combo entry by typing its first letters, as keyboard users do."""
    combo.setFocus()
    QTest.keyClicks(combo, text)
    assert combo.currentText().lower().startswith(text.lower()), combo.currentText()


def settle(qtbot: QtBot, form: ApplicationFormView) -> None:
    """Wait for the debounced validation (runs 300 ms after the last key)."""
    qtbot.waitUntil(lambda: not form._validate_timer.isActive(), timeout=3000)
    QApplication.processEvents()


def fill_valid(qtbot: QtBot, form: ApplicationFormView, *, nik: str = NIK) -> None:
    """Type a complete application (the sample applicant) with the keyboard."""
    type_into(form.nik, nik)
    leave(form.nik)
    settle(qtbot, form)  # birth date and gender come from the NIK
    type_into(form.full_name, "Siti Rahmawati")
    type_into(form.birth_place, "Bogor")
    type_into(form.street, "Jl. Raya Cibinong No. 5, RT 01/RW 02")
    type_into(form.postal_code, "16911")
    type_into(form.mobile, "0812 0000 0003")
    type_into(form.email, "siti3@gmail.com")
    type_into(form.business_name, "Warung Makan Bu Siti")
    type_into(form.business_street, "Jl. Raya Cibinong No. 5")
    type_into(form.land_area, "24")
    choose(form.land_status, "Sewa")
    type_into(form.capital, "15000000")
    activity = form.activities[0]
    type_into(activity.kbli, "warung makan")
    QTest.keyClick(activity.kbli, Qt.Key.Key_Return)
    choose(activity.kind, "Jasa")
    type_into(activity.product, "Nasi dan lauk pauk")
    type_into(activity.workers, "2")
    type_into(activity.investment, "5000000")
    settle(qtbot, form)
