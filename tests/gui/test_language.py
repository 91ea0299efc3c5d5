"""Bahasa menu → English and back: the same screens change language, the session survives.

The switch goes through the real menu action, so it covers the whole chain: the QAction,
``language_was_chosen``, ``DesktopApp.switch_language``, the ``.qm`` built from
resources/i18n/fieldkit_en.ts by lrelease, and the rebuilt main window. The last tests read
the ``.ts`` itself: every entry translated, placeholders and mnemonics kept.
"""

from __future__ import annotations

import gc
import re
import weakref
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableView, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Office, Officer, Visit
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.i18n import translations_dir
from fieldkit.ui.main_window import FORM, LIST, SETUP, VISIT, MainWindow
from fieldkit.ui.views.applicants import ApplicantsView
from fieldkit.ui.views.form import ApplicationFormView

TS_FILE = translations_dir() / "fieldkit_en.ts"


# --- helpers --------------------------------------------------------------------------------


@pytest.fixture
def app(desktop: DesktopApp) -> Iterator[DesktopApp]:
    """The desktop app, shown; Indonesian again afterwards (translator and locale are global)."""
    desktop.window.show()
    yield desktop
    desktop.translations.apply("id")


@pytest.fixture
def session(app: DesktopApp, office: Office, operator: Officer, visit: Visit) -> DesktopApp:
    """Signed in with today's visit open, as ``signed_in`` does; but no fixture keeps a
    reference to the first window, which the language switch closes and deletes."""
    app.state.set_officer(operator, office)
    app.state.set_visit(visit)
    app.window.open_visit()
    return app


def choose_language(qtbot: QtBot, app: DesktopApp, code: str) -> MainWindow:
    """Trigger the Bahasa menu's action for ``code``; the app's (new) window."""
    old = app.window
    action = old.findChild(QAction, f"language_{code}")
    assert action is not None, f"no language_{code} action"
    assert action in _menu_named(old, {"&Bahasa", "&Language"}).actions()
    action.trigger()
    window = app.window
    assert window is not old, "the window is rebuilt in the new language"
    qtbot.addWidget(window)
    assert window.isVisible()
    # The old window is closed and deleted, not leaked. Deliver what its background jobs
    # posted (in order, as the event loop would), then the deferred delete; its wrapper, held
    # in reference cycles by its slots, must go too or pytest-qt's teardown would close it.
    gone = weakref.ref(old)
    del old, action
    QCoreApplication.sendPostedEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert gone() is None, "the old window is still alive"
    return window


def _menu_named(window: MainWindow, titles: set[str]) -> QWidget:
    for action in window.menuBar().actions():
        menu = action.menu()
        if action.text() in titles and isinstance(menu, QWidget):
            return menu
    raise AssertionError(f"no menu {titles}: {_menu_titles(window)}")


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _toolbar_texts(window: MainWindow) -> list[str]:
    bar = window.findChild(QToolBar, "navigation")
    assert bar is not None
    return [action.text() for action in bar.actions() if action.isVisible()]


def _child_text(parent: QWidget, kind: type[QLabel] | type[QPushButton], name: str) -> str:
    child = parent.findChild(kind, name)
    assert child is not None, name
    return child.text()


def _visit_page(window: MainWindow) -> QWidget:
    window.open_visit()
    assert window.current_page_key() == VISIT
    return window.page(VISIT)


def _form_page(window: MainWindow) -> ApplicationFormView:
    window.open_form(None)
    form = window.page(FORM)
    assert isinstance(form, ApplicationFormView)
    return form


def _list_headers(qtbot: QtBot, window: MainWindow) -> list[str]:
    window.open_list()
    view = window.page(LIST)
    assert isinstance(view, ApplicantsView)
    qtbot.waitUntil(lambda: view.model.has_loaded and not view.model.is_loading)
    table = view.findChild(QTableView, "applicants_table")
    assert table is not None
    model = table.model()
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for column in range(model.columnCount())
    ]


# --- the same screens in both languages -----------------------------------------------------


def test_english_through_the_menu_then_back_to_indonesian(
    qtbot: QtBot, session: DesktopApp
) -> None:
    assert _toolbar_texts(session.window)[:3] == [
        "Kunjungan hari ini (F2)",
        "Pemohon baru (F3)",
        "Daftar pemohon (F4)",
    ]

    # no local keeps a window across a switch: the switch deletes the old one
    _check_english(qtbot, choose_language(qtbot, session, "en"))
    assert session.translations.language == "en"

    _check_indonesian(qtbot, choose_language(qtbot, session, "id"))
    assert session.translations.language == "id"


def _check_english(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowTitle() == "fieldkit: NIB Registration Outreach"
    # main window: toolbar, menus, status bar
    assert _toolbar_texts(window)[:3] == [
        "Today's visit (F2)",
        "New applicant (F3)",
        "Applicant list (F4)",
    ]
    titles = _menu_titles(window)
    assert titles[0] == "&Account"
    assert titles[-1] == "&Language"
    assert window.action_sign_out.text() == "Sign out / switch officer"
    assert window.action_verify_receipt.text() == "Verify receipt…"
    assert window.officer_label.text() == "Officer: Budi Santoso (operator)"
    assert window.visit_label.text().startswith("Visit: Pondok Rajeg, ")
    # the visit page
    page = _visit_page(window)
    assert _child_text(page, QLabel, "visit_heading").startswith("Today's visit, ")
    assert _child_text(page, QPushButton, "new_applicant_button") == "New applicant (F3)"
    assert _child_text(page, QPushButton, "applicants_button") == "Applicant list (F4)"
    assert _child_text(page, QPushButton, "close_visit_button") == "&Close today's visit…"
    assert _child_text(page, QLabel, "visit_target_note").endswith("needed to reach the target.")
    # the registration form: privacy notice first, then the sections and the buttons
    form = _form_page(window)
    assert form.privacy.confirm_button.text() == "Rea&d out to the applicant (Enter)"
    titles = [box.title() for box in form.findChildren(QGroupBox)]
    for title in (
        "1. Applicant (as on the KTP)",
        "2. Business",
        "Business activities (KBLI 2020)",
        "3. Documents",
    ):
        assert title in titles
    assert form.save_button.text() == "&Save draft (Ctrl+S)"
    assert form.ready_button.text() == "&Ready (Ctrl+Enter)"
    assert form.next_problem_button.text() == "Go to next problem (F8)"
    assert form.add_activity_button.text() == "Add business activit&y"
    # the applicants list
    assert _list_headers(qtbot, window) == [
        "Tracking code",
        "Name",
        "NIK",
        "Business",
        "Status",
        "Village",
        "Updated",
    ]


def _check_indonesian(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowTitle() == "fieldkit: Pendaftaran NIB Jemput Bola"
    assert _toolbar_texts(window)[:3] == [
        "Kunjungan hari ini (F2)",
        "Pemohon baru (F3)",
        "Daftar pemohon (F4)",
    ]
    titles = _menu_titles(window)
    assert titles[0] == "&Akun"
    assert titles[-1] == "&Bahasa"
    assert window.officer_label.text() == "Petugas: Budi Santoso (operator)"
    assert window.visit_label.text() == "Kunjungan: Pondok Rajeg, Rabu, 25 November 2026"
    page = _visit_page(window)
    heading = _child_text(page, QLabel, "visit_heading")
    assert heading == "Kunjungan hari ini, Rabu, 25 November 2026"
    assert _child_text(page, QPushButton, "new_applicant_button") == "Pemohon baru (F3)"
    assert _child_text(page, QPushButton, "close_visit_button") == "&Tutup hari ini…"
    form = _form_page(window)
    assert form.privacy.confirm_button.text() == "Sudah &dibacakan kepada pemohon (Enter)"
    titles = [box.title() for box in form.findChildren(QGroupBox)]
    assert "1. Pemohon (sesuai KTP)" in titles
    assert "3. Dokumen" in titles
    assert form.save_button.text() == "&Simpan draf (Ctrl+S)"
    assert form.ready_button.text() == "Si&ap (Ctrl+Enter)"
    assert _list_headers(qtbot, window) == [
        "Kode pelacakan",
        "Nama",
        "NIK",
        "Usaha",
        "Status",
        "Desa/kelurahan",
        "Diperbarui",
    ]


def test_the_officer_the_visit_and_the_page_survive_the_switch(
    qtbot: QtBot, session: DesktopApp, operator: Officer, visit: Visit
) -> None:
    session.window.open_list()

    for code in ("en", "id"):
        assert choose_language(qtbot, session, code).current_page_key() == LIST
        assert session.state.officer is not None
        assert session.state.officer.id == operator.id
        assert session.state.visit is not None
        assert session.state.visit.id == visit.id
        assert session.window.action_new.isEnabled()  # a visit is open: F3 still registers
        assert "Budi Santoso" in session.window.officer_label.text()
        assert "Pondok Rajeg" in session.window.visit_label.text()


def test_choosing_the_current_language_keeps_the_window(app: DesktopApp) -> None:
    window = app.window
    action = window.findChild(QAction, "language_id")
    assert action is not None
    action.trigger()
    assert app.window is window
    assert app.translations.language == "id"


def test_before_sign_in_the_setup_page_switches_too(qtbot: QtBot, app: DesktopApp) -> None:
    assert app.window.current_page_key() == SETUP

    choose_language(qtbot, app, "en")

    window = app.window
    assert window.current_page_key() == SETUP
    assert window.officer_label.text() == "Not signed in"
    assert window.visit_label.text() == "No visit open"
    bar = window.findChild(QToolBar, "navigation")
    assert bar is not None
    assert not bar.isVisibleTo(window)  # no navigation before sign-in
    labels = [label.text() for label in window.page(SETUP).findChildren(QLabel)]
    assert "Laptop first-time setup" in labels


# --- the translation source -----------------------------------------------------------------

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def test_the_ts_file_is_a_qt_translation_source() -> None:
    head = TS_FILE.read_text(encoding="utf-8")[:200]
    assert "<!DOCTYPE TS>" in head
    root = ET.parse(TS_FILE).getroot()
    assert root.tag == "TS"
    assert root.get("language", "").startswith("en")
    assert len(_messages(TS_FILE)) > 400


def test_every_entry_is_translated() -> None:
    unfinished = []
    for context, source, message in _messages(TS_FILE):
        translation = message.find("translation")
        assert translation is not None, (context, source)
        if translation.get("type") is not None or not all(_translations(message)):
            unfinished.append(f"[{context}] {source!r} ({translation.get('type')})")
    assert not unfinished, (
        f"{len(unfinished)} untranslated (run scripts/update_translations.sh, then translate):\n"
        + "\n".join(unfinished)
    )


def test_translations_keep_placeholders_mnemonics_and_edge_spaces() -> None:
    problems = []
    for context, source, message in _messages(TS_FILE):
        for text in _translations(message):
            where = f"[{context}] {source!r} -> {text!r}"
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ: {where}")
            if source.count("&") != text.count("&"):
                problems.append(f"'&' count differs: {where}")
            if text and (
                source[:1].isspace() != text[:1].isspace()
                or source[-1:].isspace() != text[-1:].isspace()
            ):
                problems.append(f"leading/trailing space differs: {where}")
            if source.endswith("…") != text.endswith("…"):
                problems.append(f"ellipsis differs: {where}")
    assert not problems, "\n".join(problems)
