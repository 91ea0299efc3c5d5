"""The registration form, driven with real key presses over the real services and store."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind, Gender, LandStatus, Office, Officer, Visit
from fieldkit.domain.status import ApplicationStatus
from fieldkit.services.applications import ApplicationService
from fieldkit.ui.application import DesktopApp
from fieldkit.ui.context import Services
from fieldkit.ui.main_window import FORM, MainWindow
from fieldkit.ui.views.form import ApplicationFormView
from tests import samples
from tests.gui.form_helpers import (
    NIK,
    fill_valid,
    form_of,
    has_focus,
    leave,
    open_new_form,
    settle,
    type_into,
)


def test_privacy_notice_comes_before_any_field(qtbot: QtBot, signed_in: MainWindow) -> None:
    QTest.keyClick(signed_in, Qt.Key.Key_F3)
    form = form_of(signed_in)
    assert signed_in.current_page_key() == FORM
    assert form.pages.currentWidget() is form.privacy
    text = form.privacy.text.text()
    for part in ("NIK", "OSS RBA", "dihapus", "DPMPTSP Kabupaten Bogor"):
        assert part in text
    assert not form.nik.isVisible()
    QTest.keyClick(form.privacy.confirm_button, Qt.Key.Key_Return)
    assert form.pages.currentWidget() is form.form_scroll
    assert has_focus(form.nik)


def test_new_form_starts_in_the_visit_village(qtbot: QtBot, signed_in: MainWindow) -> None:
    form = open_new_form(qtbot, signed_in)
    assert form.village.code() == "3201011001"
    assert form.business_village.code() == "3201011001"
    assert form.village.text().startswith("Pondok Rajeg, Kec. Cibinong")


def test_nik_problems_show_at_the_nik_and_it_fills_birth_date_and_gender(
    qtbot: QtBot, signed_in: MainWindow
) -> None:
    form = open_new_form(qtbot, signed_in)
    nik_message = form._fields["applicant.nik"].message

    type_into(form.nik, "3201015708")  # unfinished: no nagging while typing
    settle(qtbot, form)
    assert not nik_message.isVisible()

    type_into(form.nik, "9901015708900003")  # no province 99
    settle(qtbot, form)
    assert nik_message.isVisible()
    assert "provinsi" in nik_message.text()
    assert form.birth_date.text() == ""  # nothing is taken from a NIK known to be wrong

    type_into(form.nik, NIK)
    settle(qtbot, form)
    assert not nik_message.isVisible()
    assert form.birth_date.text() == "17-08-1990"
    assert form.gender.currentData() == Gender.FEMALE.value
    assert "Diisi dari NIK" in form._fields["applicant.birth_date"].message.text()

    type_into(form.birth_date, "17-08-1991")  # the officer's own value: a mismatch warning
    settle(qtbot, form)
    assert nik_message.isVisible()
    assert "tahun" in nik_message.text()
    assert "⚠" in nik_message.text()
    assert form.birth_date.text() == "17-08-1991"  # never overwritten
    assert form.suggestion_row.isVisible()
    QTest.keyClick(form.use_nik_button, Qt.Key.Key_Space)
    settle(qtbot, form)
    assert form.birth_date.text() == "17-08-1990"
    assert not nik_message.isVisible()


def test_unreadable_birth_date_is_shown_and_blocks_saving(
    qtbot: QtBot, signed_in: MainWindow, applications: ApplicationService
) -> None:
    form = open_new_form(qtbot, signed_in)
    type_into(form.birth_date, "17 Agustus")
    settle(qtbot, form)
    message = form._fields["applicant.birth_date"].message
    assert "tidak terbaca" in message.text()
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.banner.kind == "error"
    assert "tidak terbaca" in form.banner.label.text()
    assert has_focus(form.nik)  # the first field with a problem (now every problem shows)
    assert applications.count() == 0


def test_kbli_by_words_and_scale_from_capital(qtbot: QtBot, signed_in: MainWindow) -> None:
    form = open_new_form(qtbot, signed_in)
    kbli = form.activities[0].kbli
    type_into(kbli, "warung makan")
    QTest.keyClick(kbli, Qt.Key.Key_Return)
    assert kbli.value() == "56102"
    assert kbli.text() == "56102 Rumah/Warung Makan"

    type_into(form.capital, "15000000")
    assert form.capital.text() == "15.000.000"
    assert form.scale_label.text() == "Skala: Usaha mikro"
    type_into(form.capital, "2000000000")
    assert form.scale_label.text() == "Skala: Usaha kecil"
    type_into(form.capital, "20000000000")
    settle(qtbot, form)
    assert form.scale_label.text() == "Skala: Usaha besar"
    assert "usaha besar" in form._fields["business.capital"].message.text()


def test_activities_can_be_added_and_removed(qtbot: QtBot, signed_in: MainWindow) -> None:
    form = open_new_form(qtbot, signed_in)
    QTest.keyClick(form.add_activity_button, Qt.Key.Key_Space)
    assert len(form.activities) == 2
    second = form.activities[1]
    assert has_focus(second.kbli)
    type_into(second.kbli, "56102")
    QTest.keyClick(second.kbli, Qt.Key.Key_Return)
    type_into(form.activities[0].kbli, "56102")
    QTest.keyClick(form.activities[0].kbli, Qt.Key.Key_Return)
    settle(qtbot, form)
    assert "sudah dipilih" in second.messages["kbli"].text()  # duplicate KBLI, from the domain
    QTest.keyClick(second.remove_button, Qt.Key.Key_Space)
    assert len(form.activities) == 1
    settle(qtbot, form)
    assert not form.activities[0].messages["kbli"].isVisible()


def test_required_fields_wait_until_left_or_saved(
    qtbot: QtBot, signed_in: MainWindow, applications: ApplicationService
) -> None:
    form = open_new_form(qtbot, signed_in)
    name_message = form._fields["applicant.full_name"].message
    settle(qtbot, form)
    assert not name_message.isVisible()
    assert "kesalahan" in form.summary.text()
    form.full_name.setFocus()
    leave(form.full_name)
    settle(qtbot, form)
    assert "wajib" in name_message.text()
    assert name_message.isVisible()
    business_message = form._fields["business.name"].message
    assert not business_message.isVisible()
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # drafts save anyway
    qtbot.waitUntil(lambda: applications.count() == 1)
    qtbot.waitUntil(lambda: not form.is_busy)
    assert business_message.isVisible()


def test_tab_order_follows_the_form(qtbot: QtBot, signed_in: MainWindow) -> None:
    form = open_new_form(qtbot, signed_in)
    expected = [form.full_name, form.birth_place, form.birth_date, form.gender]
    form.nik.setFocus()
    for widget in expected:
        QTest.keyClick(form.window().focusWidget(), Qt.Key.Key_Tab)
        assert form.window().focusWidget() is widget
    form.capital.setFocus()
    QTest.keyClick(form.capital, Qt.Key.Key_Tab)
    assert form.window().focusWidget() is form.activities[0].kbli


def test_save_draft_shows_the_tracking_code(
    qtbot: QtBot, signed_in: MainWindow, applications: ApplicationService
) -> None:
    form = open_new_form(qtbot, signed_in)
    fill_valid(qtbot, form)
    assert "Tidak ada kesalahan" in form.summary.text(), form.summary.text()
    with qtbot.wait_signal(signed_in.state.applications_did_change, timeout=5000):
        QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.application is not None)
    assert form.application is not None
    code = form.application.tracking_code
    assert code in form.banner.label.text()
    assert code in form.title.text()
    stored = applications.get(form.application.id).application
    assert stored.status is ApplicationStatus.DRAFT
    assert stored.applicant.nik == NIK
    assert stored.applicant.birth_date == dt.date(1990, 8, 17)
    assert stored.business.capital == 15_000_000
    assert stored.business.land_status is LandStatus.RENTED
    assert stored.business.activities[0].kbli == "56102"

    type_into(form.full_name, "Siti Rahmawati Putri")  # an edit saves a new revision
    qtbot.waitUntil(lambda: not form.is_busy)
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.application is not None and form.application.revision == 2)
    assert applications.get(stored.id).application.applicant.full_name == "Siti Rahmawati Putri"


def test_ready_asks_to_acknowledge_each_warning(
    qtbot: QtBot,
    signed_in: MainWindow,
    applications: ApplicationService,
    office: Office,
    supervisor: Officer,
    visit: Visit,
) -> None:
    # overriding a warning is the supervisor's (an operator: tests/gui/test_roles.py)
    signed_in.state.set_officer(supervisor, office)
    signed_in.state.set_visit(visit)
    form = open_new_form(qtbot, signed_in)
    fill_valid(qtbot, form)
    type_into(form.birth_date, "18-08-1990")  # differs from the NIK: a warning to confirm
    settle(qtbot, form)
    QTest.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.warning_dialog is not None, timeout=5000)
    dialog = form.warning_dialog
    assert dialog is not None
    assert len(dialog.checkboxes) == 1
    assert "tanggal" in dialog.warnings[0].message
    assert not dialog.confirm_button.isEnabled()
    QTest.keyClick(dialog.checkboxes[0], Qt.Key.Key_Space)
    assert dialog.confirm_button.isEnabled()
    QTest.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: form.application is not None and form.application.status is ApplicationStatus.READY,
        timeout=5000,
    )
    assert form.application is not None
    stored = applications.get(form.application.id).application
    assert stored.status is ApplicationStatus.READY
    [ack] = stored.acknowledgements
    assert ack.problem_key == "applicant.nik:nik.birth_date_mismatch"
    assert signed_in.state.officer is not None
    assert ack.officer_id == signed_in.state.officer.id
    assert "Siap" in form.banner.label.text()
    assert "sudah Siap" in form.summary.text()


def test_ready_is_refused_while_errors_or_documents_are_missing(
    qtbot: QtBot, signed_in: MainWindow, applications: ApplicationService
) -> None:
    applications.set_policy(DocumentPolicy(required=frozenset({DocumentKind.KTP})))
    form = open_new_form(qtbot, signed_in)
    fill_valid(qtbot, form)
    type_into(form.email, "siti@")
    settle(qtbot, form)
    QTest.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.application is not None and not form.is_busy, timeout=5000)
    assert form.banner.kind == "error"
    assert "Belum bisa Siap" in form.banner.label.text()
    assert "Foto KTP" in form.banner.label.text()
    assert has_focus(form.email)  # the cursor goes to the first problem
    assert form.warning_dialog is None
    assert form.application is not None
    assert applications.get(form.application.id).application.status is ApplicationStatus.DRAFT
    assert "Foto KTP" in form.documents.checklist.text()


def test_autosave_brings_back_the_form_after_the_window_closed(
    qtbot: QtBot, signed_in: MainWindow, services: Services
) -> None:
    state = signed_in.state
    officer, office, visit = state.officer, state.office, state.visit
    form = open_new_form(qtbot, signed_in)
    type_into(form.nik, NIK)
    type_into(form.full_name, "Siti Rahmawati")
    type_into(form.capital, "15000000")
    type_into(form.activities[0].kbli, "warung makan")
    QTest.keyClick(form.activities[0].kbli, Qt.Key.Key_Return)
    signed_in.close()  # flushes the autosave first
    assert services.autosave is not None
    assert officer is not None

    again = DesktopApp(services)
    qtbot.addWidget(again.window)
    again.window.show()
    again.state.set_officer(officer, office)
    again.state.set_visit(visit)
    again.window.activateWindow()
    qtbot.waitUntil(again.window.isActiveWindow)
    QTest.keyClick(again.window, Qt.Key.Key_F3)
    restored = form_of(again.window)
    assert restored.pages.currentWidget() is restored.form_scroll  # notice was already read
    assert "dipulihkan" in restored.banner.label.text()
    assert restored.full_name.text() == "Siti Rahmawati"
    assert restored.nik.text() == NIK
    assert restored.capital.text() == "15.000.000"
    assert restored.activities[0].kbli.value() == "56102"
    again.tasks.wait_for_done()

    # Discarding the restored text empties the form and the autosave.
    QTest.mouseClick(restored.banner.action, Qt.MouseButton.LeftButton)
    assert restored.full_name.text() == ""
    assert services.autosave.load(officer.id, None) is None


def test_saved_draft_clears_the_autosave(
    qtbot: QtBot, signed_in: MainWindow, services: Services
) -> None:
    form = open_new_form(qtbot, signed_in)
    fill_valid(qtbot, form)
    form.flush_autosave()
    signed_in.tasks.wait_for_done()
    officer = signed_in.state.officer
    assert officer is not None
    assert services.autosave is not None
    assert services.autosave.load(officer.id, None) is not None
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.application is not None and not form.is_busy, timeout=5000)
    signed_in.tasks.wait_for_done()
    assert services.autosave.pending(officer.id) == []


def test_stale_revision_is_reported_with_a_reload(
    qtbot: QtBot, signed_in: MainWindow, applications: ApplicationService
) -> None:
    form = open_new_form(qtbot, signed_in)
    fill_valid(qtbot, form)
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.application is not None and not form.is_busy, timeout=5000)
    assert form.application is not None
    app_id = form.application.id
    officer = signed_in.state.officer
    assert officer is not None
    other = applications.get(app_id).application  # another window saves first
    applications.update(app_id, other.draft, actor=officer, expected_revision=other.revision)

    type_into(form.birth_place, "Cibinong")
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.banner.kind == "error" and not form.is_busy, timeout=5000)
    assert "revisi 2" in form.banner.label.text()
    assert form.banner.action.isVisible()
    QTest.mouseClick(form.banner.action, Qt.MouseButton.LeftButton)
    assert form.birth_place.text() == "Bogor"
    assert form.application is not None
    assert form.application.revision == 2


def test_opening_a_stored_application_shows_its_data(
    qtbot: QtBot, signed_in: MainWindow, applications: ApplicationService
) -> None:
    assert signed_in.state.visit is not None
    assert signed_in.state.officer is not None
    saved = applications.register(
        signed_in.state.visit.id, samples.draft(7), actor=signed_in.state.officer
    ).application
    signed_in.open_form(saved.id)
    form = form_of(signed_in)
    assert isinstance(form, ApplicationFormView)
    assert form.pages.currentWidget() is form.form_scroll  # the notice was read at first save
    assert form.nik.text() == saved.applicant.nik
    assert form.activities[0].kbli.text() == "56102 Rumah/Warung Makan"
    assert form.scale_label.text() == "Skala: Usaha mikro"
    assert saved.tracking_code in form.title.text()
