"""Bahasa menu → English and back: the same screens change language, the session survives.

The switch goes through the real menu action, so it covers the whole chain: the QAction,
``language_was_chosen``, ``DesktopApp.switch_language``, the ``.qm`` built from
resources/i18n/fieldkit_en.ts by lrelease, and the rebuilt main window. The last tests read
the ``.ts`` itself: every entry translated, placeholders and mnemonics kept.
"""

from __future__ import annotations

import ast
import gc
import importlib
import pkgutil
import re
import weakref
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableView, QToolBar, QWidget
from pytestqt.qtbot import QtBot

import fieldkit.domain
from fieldkit.domain.messages import LABELS_CONTEXT, MESSAGES_CONTEXT, template_placeholders
from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind, Office, Officer, Visit
from fieldkit.services.applications import ApplicationService
from fieldkit.sync.state import SyncProgress
from fieldkit.sync.transport import NOT_CONNECTED
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.i18n import translations_dir
from fieldkit.ui.main_window import FORM, LIST, SETUP, VISIT, MainWindow
from fieldkit.ui.sync_texts import SYNC_MESSAGES, progress_text, sync_message
from fieldkit.ui.views.applicants import ApplicantsView
from fieldkit.ui.views.form import ApplicationFormView
from scripts import message_catalogue
from tests import samples
from tests.gui.form_helpers import NIK, choose, form_of, leave, open_new_form, settle, type_into

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

PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w+\}")  # Qt's %1, and {name} of msg() templates


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


# --- messages of rules and services -------------------------------------------------------
# Rules (fieldkit/domain) and services return translatable texts (msg("..."), see
# fieldkit/domain/messages.py); the UI renders them through fieldkit/ui/messages.py.


def _finished(context: str) -> dict[str, str]:
    """Source -> English of the finished entries of ``context`` in the .ts."""
    return {
        source: _translations(message)[0]
        for name, source, message in _messages(TS_FILE)
        if name == context
        and message.find("translation") is not None
        and message.find("translation").get("type") is None  # type: ignore[union-attr]
        and all(_translations(message))
    }


def test_every_message_template_of_rules_and_services_has_an_english_translation() -> None:
    """Found by walking the code for msg("..."): a new message without English fails here.

    Fix: run scripts/update_translations.sh, then translate the new entries in the .ts.
    """
    english = _finished(MESSAGES_CONTEXT)
    found = message_catalogue.templates()
    assert len(found) > 150
    missing = sorted({str(f) for f in found if f.text not in english})
    assert not missing, f"{len(missing)} message(s) without English:\n" + "\n".join(missing)
    for f in found:
        assert template_placeholders(english[f.text]) == template_placeholders(f.text), str(f)


def test_the_domain_s_names_used_inside_messages_are_translated() -> None:
    """Every table used as ``label(TABLE[key])`` (statuses, documents...), found by the walk.

    Fix: translate the name in fieldkit/ui/labels.py (context "Labels"), as the others are.
    """
    english = _finished(LABELS_CONTEXT)
    tables = message_catalogue.label_tables()
    assert {"STATUS_LABELS", "DOCUMENT_LABELS"} <= tables.keys()
    names: dict[str, str] = {}
    for module_info in pkgutil.walk_packages(fieldkit.domain.__path__, "fieldkit.domain."):
        module = importlib.import_module(module_info.name)
        for attribute in tables.keys() & vars(module).keys():
            table = getattr(module, attribute)
            names |= dict.fromkeys(table.values(), f"{module_info.name}.{attribute}")
    assert tables.keys() <= {where.rsplit(".", 1)[1] for where in names.values()}
    missing = sorted(f"{where}: {name!r}" for name, where in names.items() if name not in english)
    assert not missing, "\n".join(missing)


BAD_PROVINCE_NIK = "9901015708900003"  # NIK of tests/gui/form_helpers.py with province 99
LANDLINE = "021 555 1234"


def _in_english(qtbot: QtBot, session: DesktopApp) -> MainWindow:
    """Switch through the Bahasa menu; the new window made active so F3 reaches it."""
    window = choose_language(qtbot, session, "en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def _typed_mistakes(qtbot: QtBot, form: ApplicationFormView) -> dict[str, str]:
    """Type a NIK of an unknown province, a landline, and leave the name empty."""
    type_into(form.nik, BAD_PROVINCE_NIK)
    leave(form.nik)
    type_into(form.mobile, LANDLINE)
    leave(form.mobile)
    form.full_name.setFocus()
    leave(form.full_name)
    settle(qtbot, form)
    return {
        path: form._fields[path].message.text()
        for path in ("applicant.nik", "applicant.mobile", "applicant.full_name")
    }


def test_field_problems_show_in_english(qtbot: QtBot, session: DesktopApp) -> None:
    form = open_new_form(qtbot, _in_english(qtbot, session))

    assert _typed_mistakes(qtbot, form) == {
        "applicant.nik": "✖ The first two digits of the NIK (99) are not a known province code. "
        "Check the NIK on the KTP again.",
        "applicant.mobile": "✖ This is not a mobile number (it is a home/office landline or a "
        "special service). OSS sends verification codes by mobile: ask for the applicant's "
        "mobile number (example: 0812-3456-7890).",
        "applicant.full_name": "✖ Full name is required. Write the name exactly as on the KTP, "
        "without titles.",
    }

    # words inside a message (the genders, how the NIK encodes them) are translated too
    type_into(form.nik, NIK)  # a woman's NIK; the form fills in her gender
    settle(qtbot, form)
    choose(form.gender, "Male")
    settle(qtbot, form)
    assert form._fields["applicant.nik"].message.text() == (
        "⚠ The NIK indicates the gender female (the day in the NIK has 40 added), but male was "
        "entered. Check the NIK and the gender on the KTP; if both match the KTP, confirm this "
        "warning."
    )


def test_field_problems_stay_in_indonesian_by_default(qtbot: QtBot, session: DesktopApp) -> None:
    form = open_new_form(qtbot, session.window)

    assert _typed_mistakes(qtbot, form) == {
        "applicant.nik": "✖ Dua digit pertama NIK (99) bukan kode provinsi yang dikenal. "
        "Periksa lagi NIK pada KTP.",
        "applicant.mobile": "✖ Nomor ini bukan nomor HP (nomor telepon rumah/kantor atau layanan "
        "khusus). OSS mengirim kode verifikasi lewat HP: minta nomor HP pemohon "
        "(contoh: 0812-3456-7890).",
        "applicant.full_name": "✖ Nama lengkap wajib diisi. Tulis nama persis seperti di KTP, "
        "tanpa gelar.",
    }

    type_into(form.nik, NIK)
    settle(qtbot, form)
    choose(form.gender, "Laki")
    settle(qtbot, form)
    assert form._fields["applicant.nik"].message.text() == (
        "⚠ NIK menunjukkan jenis kelamin perempuan (tanggal di NIK ditambah 40), tetapi yang "
        "diisi laki-laki. Periksa NIK dan jenis kelamin pada KTP; jika keduanya sudah sesuai "
        "KTP, konfirmasi peringatan ini."
    )


def _stored_in_form(
    qtbot: QtBot, window: MainWindow, applications: ApplicationService, visit: Visit, actor: Officer
) -> ApplicationFormView:
    """A complete draft registered through the service, opened in the form."""
    saved = applications.register(visit.id, samples.draft(3), actor=actor)
    window.open_form(saved.application.id)
    form = form_of(window)
    qtbot.waitUntil(lambda: form.application is not None and not form.is_busy, timeout=5000)
    return form


def _stale_save_banner(
    qtbot: QtBot, form: ApplicationFormView, applications: ApplicationService, actor: Officer
) -> str:
    """Another window saves first; this form's save is refused as stale (a service error)."""
    assert form.application is not None
    other = applications.get(form.application.id).application
    applications.update(other.id, other.draft, actor=actor, expected_revision=other.revision)
    type_into(form.birth_place, "Cibinong")
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.banner.kind == "error" and not form.is_busy, timeout=5000)
    return form.banner.label.text()


def _refused_ready_banner(qtbot: QtBot, form: ApplicationFormView) -> str:
    """Ctrl+Enter with the office's required KTP photo missing."""
    QTest.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.banner.kind == "error" and not form.is_busy, timeout=5000)
    return form.banner.label.text()


def test_service_errors_show_in_english(
    qtbot: QtBot,
    session: DesktopApp,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
) -> None:
    form = _stored_in_form(qtbot, _in_english(qtbot, session), applications, visit, operator)

    assert _stale_save_banner(qtbot, form, applications, operator) == (
        "This data has been changed (revision 2) since you opened it (revision 1). Reopen the "
        "application to see the latest changes, then make your change again."
    )


def test_a_refused_ready_shows_the_rules_in_english(
    qtbot: QtBot,
    session: DesktopApp,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
) -> None:
    applications.set_policy(DocumentPolicy(required=frozenset({DocumentKind.KTP})))
    form = _stored_in_form(qtbot, _in_english(qtbot, session), applications, visit, operator)

    banner = _refused_ready_banner(qtbot, form)

    # the document's name comes from the domain's DOCUMENT_LABELS, translated as a label
    assert "KTP photo is not attached yet. Add the document." in banner
    assert "belum" not in banner


def test_service_errors_stay_in_indonesian_by_default(
    qtbot: QtBot,
    session: DesktopApp,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
) -> None:
    form = _stored_in_form(qtbot, session.window, applications, visit, operator)

    assert _stale_save_banner(qtbot, form, applications, operator) == (
        "Data ini sudah diubah (revisi 2) sejak Anda membukanya (revisi 1). Buka ulang "
        "permohonan untuk melihat perubahan terbaru, lalu ulangi perubahan Anda."
    )


def test_a_refused_ready_stays_in_indonesian_by_default(
    qtbot: QtBot,
    session: DesktopApp,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
) -> None:
    applications.set_policy(DocumentPolicy(required=frozenset({DocumentKind.KTP})))
    form = _stored_in_form(qtbot, session.window, applications, visit, operator)

    banner = _refused_ready_banner(qtbot, form)

    assert "Foto KTP belum dilampirkan. Tambahkan dokumennya." in banner


_UI = Path(__file__).resolve().parents[2] / "fieldkit" / "ui"
_ERROR_NAMES = frozenset({"exc", "error", "err", "e", "problem", "p"})
_TRANSLATED_BY_THE_UI = frozenset({"PreviewError"})  # built with QCoreApplication.translate


def _guarding_types(node: ast.AST, name: str, parents: dict[ast.AST, ast.AST]) -> set[str]:
    """The class names an enclosing ``isinstance(name, ...)`` or ``except ... as name`` gives."""
    while node in parents:
        node = parents[node]
        test = node.test if isinstance(node, ast.If | ast.IfExp) else None
        if (
            isinstance(test, ast.Call)
            and isinstance(test.func, ast.Name)
            and test.func.id == "isinstance"
            and isinstance(test.args[0], ast.Name)
            and test.args[0].id == name
        ):
            return {n.id for n in ast.walk(test.args[1]) if isinstance(n, ast.Name)}
        if isinstance(node, ast.ExceptHandler) and node.name == name and node.type is not None:
            return {n.id for n in ast.walk(node.type) if isinstance(n, ast.Name)}
    return set()


def test_the_ui_shows_problems_and_errors_only_through_the_translating_functions() -> None:
    """``exc.message``/``problem.message`` are Indonesian: views show ``error_text(exc)`` and
    ``problem_text(problem)`` (fieldkit/ui/messages.py) instead. A read that is never shown
    says so on its line: ``# i18n: not shown``."""
    untranslated = []
    for path in sorted(_UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "message"
                and isinstance(node.value, ast.Name)
                and node.value.id in _ERROR_NAMES
            ):
                types = _guarding_types(node, node.value.id, parents)
                if "# i18n: not shown" in lines[node.lineno - 1]:
                    continue
                if not types or not types <= _TRANSLATED_BY_THE_UI:
                    untranslated.append(f"{path.relative_to(_UI.parent.parent)}:{node.lineno}")
    assert not untranslated, "\n".join(untranslated)


def test_sync_messages_and_progress_show_in_english(app: DesktopApp) -> None:
    assert app.translations.apply("en")
    for text in SYNC_MESSAGES:
        assert sync_message(text) not in {"", text}
    assert sync_message(NOT_CONNECTED) == (
        "Not connected to the server (no internet, or the server is down). Trying again "
        "automatically."
    )
    assert progress_text(SyncProgress("upload", 3, 12, "")) == "Uploading document 3 of 12"
    assert progress_text(SyncProgress("probe", 0, 1, "")) == "Contacting the server"
    assert sync_message("Kata-kata server sendiri.") == "Kata-kata server sendiri."
