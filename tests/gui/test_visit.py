"""Today's visit page: open a visit by typing a village, the live counter, closing the day."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Office, Officer, Visit, VisitState
from fieldkit.ui.main_window import REPORTS, VISIT, MainWindow
from fieldkit.ui.views.reports import ReportsView
from fieldkit.ui.views.visit import VisitView
from tests import samples

_W = TypeVar("_W", bound=QObject)

TODAY = dt.date(2026, 11, 25)  # the FakeClock's date in WIB


def _view(window: MainWindow) -> VisitView:
    view = window.page(VISIT)
    assert isinstance(view, VisitView)
    return view


def _child(view: VisitView, kind: type[_W], name: str) -> _W:
    found = view.findChild(kind, name)
    assert found is not None, name
    return found


def _label_text(view: VisitView, name: str) -> str:
    label: QLabel = _child(view, QLabel, name)
    return label.text()


@pytest.fixture
def no_visit(
    qtbot: QtBot, office: Office, operator: Officer, supervisor: Officer, window: MainWindow
) -> VisitView:
    """The operator signed in on a day with no visit open yet; the village data loaded."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.state.set_officer(operator, office)
    window.open_visit()
    view = _view(window)
    qtbot.waitUntil(lambda: view.picker.is_ready)
    return view


@pytest.fixture
def open_view(qtbot: QtBot, signed_in: MainWindow) -> VisitView:
    signed_in.activateWindow()
    qtbot.waitUntil(signed_in.isActiveWindow)
    signed_in.open_visit()
    return _view(signed_in)


def _type_village(qtbot: QtBot, view: VisitView, text: str) -> QListWidget:
    edit = view.picker.edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    results: QListWidget = _child(view, QListWidget, "village_results")
    return results


def test_open_a_visit_by_typing_a_village_and_picking_it_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, no_visit: VisitView, operator: Officer, supervisor: Officer
) -> None:
    view = no_visit
    assert view.stack.currentWidget() is view.open_page
    assert QApplication.focusWidget() is view.picker.edit
    results = _type_village(qtbot, view, "pondok raj")
    assert results.isVisible()
    assert results.item(0).text() == "Kel. Pondok Rajeg, Kec. Cibinong, Kabupaten Bogor, Jawa Barat"
    QTest.keyClick(view.picker.edit, Qt.Key.Key_Return)
    picked = view.picker.selected()
    assert picked is not None
    assert picked.village.code == samples.VILLAGE
    assert not results.isVisible()
    assert "32.01.01.1001" in _label_text(view, "village_message")

    # Tab through the form: date (today by default), officers, target.
    QTest.keyClick(view.picker.edit, Qt.Key.Key_Tab)
    date: QDateEdit = _child(view, QDateEdit, "visit_date")
    assert QApplication.focusWidget() is date
    assert date.date() == QDate(2026, 11, 25)
    assert _label_text(view, "visit_date_long") == "Rabu, 25 November 2026 (hari ini)"
    for _section in ("day", "month", "year"):  # Tab steps through the date's parts first
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    officers: QListWidget = _child(view, QListWidget, "visit_officers")
    assert QApplication.focusWidget() is officers
    texts = [officers.item(i).text() for i in range(officers.count())]
    assert texts == ["Budi Santoso (Anda)", "Dewi Lestari"]
    me = officers.item(0)
    assert me.checkState() == Qt.CheckState.Checked
    assert not me.flags() & Qt.ItemFlag.ItemIsUserCheckable  # fixed: the opener always joins
    officers.setCurrentRow(1)
    QTest.keyClick(officers, Qt.Key.Key_Space)
    assert officers.item(1).checkState() == Qt.CheckState.Checked
    QTest.keyClick(officers, Qt.Key.Key_Tab)
    target: QSpinBox = _child(view, QSpinBox, "visit_target")
    assert QApplication.focusWidget() is target
    assert target.value() == 15
    target.selectAll()
    QTest.keyClicks(target, "20")
    QTest.keyClick(target, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.state.visit is not None)
    visit = window.state.visit
    assert visit is not None
    assert visit.village_code == samples.VILLAGE
    assert visit.date == TODAY
    assert visit.target == 20
    assert set(visit.officer_ids) == {operator.id, supervisor.id}
    assert view.stack.currentWidget() is view.current_page
    assert _label_text(view, "visit_village") == "Kel. Pondok Rajeg"
    assert _label_text(view, "visit_counter") == "0 pemohon · target lebih dari 20"
    assert window.action_new.isEnabled()  # F3 works now
    assert [v.id for v in window.services.visits.visits(visit.office_id)] == [visit.id]


def test_a_name_found_in_many_provinces_is_told_apart_by_its_regions(
    qtbot: QtBot, window: MainWindow, no_visit: VisitView
) -> None:
    view = no_visit
    results = _type_village(qtbot, view, "Sukamaju")
    labels = [results.item(i).text() for i in range(results.count())]
    assert len(labels) == 20
    assert len(set(labels)) == len(labels)  # every entry distinguishable
    regencies = {label.split(", ")[2] for label in labels}
    assert len(regencies) > 10
    assert all("Suka" in label.split(",")[0] and ", Kec. " in label for label in labels)
    assert "koma" in _label_text(view, "village_message")  # hint: narrow with ", Bogor"

    # Narrow down with the regency after a comma, then pick the third with the arrows.
    results = _type_village(qtbot, view, "Sukamaju, Bogor")
    labels = [results.item(i).text() for i in range(results.count())]
    assert labels
    assert all("Kabupaten Bogor, Jawa Barat" in label for label in labels)
    expected = window.services.reference.search_villages("Sukamaju, Bogor")[2]
    QTest.keyClick(view.picker.edit, Qt.Key.Key_Down)
    QTest.keyClick(view.picker.edit, Qt.Key.Key_Down)
    assert results.currentRow() == 2
    QTest.keyClick(view.picker.edit, Qt.Key.Key_Return)
    picked = view.picker.selected()
    assert picked is not None
    assert picked.village.code == expected.village.code
    assert view.picker.edit.text() == labels[2]

    # Typing again drops the choice: nothing is opened for a half-edited name.
    QTest.keyClick(view.picker.edit, Qt.Key.Key_Backspace)
    assert view.picker.selected() is None


def test_opening_without_a_picked_village_says_how_to_pick_one(
    qtbot: QtBot, window: MainWindow, no_visit: VisitView
) -> None:
    view = no_visit
    _type_village(qtbot, view, "Pondok Rajeg")  # typed, but not picked with Enter
    button: QPushButton = _child(view, QPushButton, "open_visit_button")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Pilih desa/kelurahan dari daftar" in _label_text(view, "village_message")
    assert QApplication.focusWidget() is view.picker.edit
    assert window.state.visit is None

    _type_village(qtbot, view, "Zzzqqq")
    assert "Tidak ada desa/kelurahan bernama “Zzzqqq”" in _label_text(view, "village_message")


def test_todays_open_visit_is_shown_when_the_officer_arrives(
    qtbot: QtBot, office: Office, operator: Officer, visit: Visit, window: MainWindow
) -> None:
    window.state.set_officer(operator, office)
    window.open_visit()
    view = _view(window)
    assert window.state.visit == visit
    assert view.stack.currentWidget() is view.current_page
    assert _label_text(view, "visit_heading") == "Kunjungan hari ini, Rabu, 25 November 2026"
    assert _label_text(view, "visit_place") == "Kec. Cibinong, Kabupaten Bogor, Jawa Barat"
    assert _label_text(view, "visit_team") == "Petugas: Budi Santoso"
    assert _label_text(view, "visit_counter") == "0 pemohon · target lebih dari 15"


def test_counter_follows_registered_applications(
    qtbot: QtBot, signed_in: MainWindow, open_view: VisitView, visit: Visit, operator: Officer
) -> None:
    view = open_view
    assert _label_text(view, "visit_counter") == "0 pemohon · target lebih dari 15"
    applications = signed_in.services.applications
    ids = set()
    for serial in (3, 4):
        saved = applications.register(visit.id, samples.draft(serial), actor=operator)
        ids.add(saved.application.id)
    assert _label_text(view, "visit_counter") == "0 pemohon · target lebih dari 15"  # not yet told
    with qtbot.wait_signal(signed_in.state.applications_did_change):
        signed_in.state.notify_applications(frozenset(ids))
    assert _label_text(view, "visit_counter") == "2 pemohon · target lebih dari 15"
    assert _label_text(view, "count_draft") == "2"
    assert _label_text(view, "count_ready") == "0"
    assert _label_text(view, "count_needs_fix") == "0"
    assert view.progress_bar.value() == 2
    assert view.progress_bar.maximum() == 16  # full at 16: more than 15
    assert _label_text(view, "visit_target_note") == (
        "Perlu 14 pemohon lagi untuk mencapai target."
    )


def test_new_applicant_and_list_buttons_navigate(
    qtbot: QtBot, signed_in: MainWindow, open_view: VisitView
) -> None:
    new: QPushButton = _child(open_view, QPushButton, "new_applicant_button")
    QTest.mouseClick(new, Qt.MouseButton.LeftButton)
    assert signed_in.current_page_key() == "form"
    signed_in.open_visit()
    listing: QPushButton = _child(open_view, QPushButton, "applicants_button")
    QTest.mouseClick(listing, Qt.MouseButton.LeftButton)
    assert signed_in.current_page_key() == "list"


def _confirm_box(qtbot: QtBot, view: VisitView) -> QMessageBox:
    button: QPushButton = _child(view, QPushButton, "close_visit_button")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    box = view.findChild(QMessageBox, "close_visit_confirm")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def test_close_the_day_after_confirming(
    qtbot: QtBot, signed_in: MainWindow, open_view: VisitView, visit: Visit, operator: Officer
) -> None:
    view = open_view
    signed_in.services.applications.register(visit.id, samples.draft(3), actor=operator)
    box = _confirm_box(qtbot, view)
    assert "Kel. Pondok Rajeg" in box.text()
    assert "Tercatat 1 pemohon." in box.informativeText()
    assert "1 masih draf" in box.informativeText()
    confirm = box.findChild(QPushButton, "confirm_close_button")
    assert confirm is not None
    QTest.mouseClick(confirm, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: signed_in.state.visit is None)
    assert signed_in.services.visits.visit(visit.id).state is VisitState.CLOSED
    assert view.stack.currentWidget() is view.open_page
    banner = _label_text(view, "visit_closed_banner")
    assert "Kel. Pondok Rajeg" in banner
    assert "sudah ditutup dengan 1 pemohon" in banner
    assert not signed_in.action_new.isEnabled()  # no new applicants on a closed day

    # The close-of-day flow ends with the day's report, which the operator may see.
    assert signed_in.current_page_key() == REPORTS
    reports = signed_in.page(REPORTS)
    assert isinstance(reports, ReportsView)
    qtbot.waitUntil(lambda: reports.content.isVisible() and reports.page_count > 0)
    assert not reports.refusal.isVisible()

    # Coming back to the page keeps showing the closed state, not the closed visit.
    signed_in.open_visit()
    assert view.stack.currentWidget() is view.open_page
    assert signed_in.state.visit is None


def test_cancelling_the_confirmation_keeps_the_visit_open(
    qtbot: QtBot, signed_in: MainWindow, open_view: VisitView, visit: Visit
) -> None:
    box = _confirm_box(qtbot, open_view)
    assert "masih draf" not in box.informativeText()
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert signed_in.services.visits.visit(visit.id).state is VisitState.OPEN
    assert signed_in.state.visit == visit
    assert open_view.stack.currentWidget() is open_view.current_page


def test_a_second_village_can_be_opened_and_switched_between(
    qtbot: QtBot, signed_in: MainWindow, open_view: VisitView, visit: Visit
) -> None:
    view = open_view
    qtbot.waitUntil(lambda: view.picker.is_ready)
    another: QPushButton = _child(view, QPushButton, "another_visit_button")
    QTest.mouseClick(another, Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.open_page
    _type_village(qtbot, view, "Wanaherang")
    QTest.keyClick(view.picker.edit, Qt.Key.Key_Return)
    button: QPushButton = _child(view, QPushButton, "open_visit_button")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: signed_in.state.visit != visit)
    second = signed_in.state.visit
    assert second is not None
    assert second.village_code == samples.OTHER_VILLAGE

    combo: QComboBox = _child(view, QComboBox, "visit_switch_combo")
    assert combo.isVisible()
    assert combo.count() == 2
    combo.setFocus()
    index = combo.findData(visit.id)
    key = Qt.Key.Key_Down if index > combo.currentIndex() else Qt.Key.Key_Up
    QTest.keyClick(combo, key)
    assert signed_in.state.visit == visit
    assert _label_text(view, "visit_village") == "Kel. Pondok Rajeg"


def test_a_visit_left_open_on_another_day_is_offered_not_chosen(
    qtbot: QtBot,
    office: Office,
    operator: Officer,
    window: MainWindow,
) -> None:
    services = window.services
    old = services.visits.open_visit(
        office_id=office.id,
        village_code=samples.OTHER_VILLAGE,
        date=TODAY - dt.timedelta(days=1),
        officer_ids=[],
        actor=operator,
    )
    window.state.set_officer(operator, office)
    window.open_visit()
    view = _view(window)
    assert window.state.visit is None
    assert view.stack.currentWidget() is view.open_page
    combo: QComboBox = _child(view, QComboBox, "resume_combo")
    assert combo.isVisible()
    assert combo.currentData() == old.id
    assert "Selasa, 24 November 2026" in combo.currentText()
    resume: QPushButton = _child(view, QPushButton, "resume_button")
    QTest.mouseClick(resume, Qt.MouseButton.LeftButton)
    assert window.state.visit == old
    assert "(bukan hari ini)" in _label_text(view, "visit_heading")


def test_sign_out_leaves_a_clean_form_for_the_next_officer(
    qtbot: QtBot, window: MainWindow, no_visit: VisitView, office: Office, supervisor: Officer
) -> None:
    view = no_visit
    _type_village(qtbot, view, "Pondok Rajeg")
    QTest.keyClick(view.picker.edit, Qt.Key.Key_Return)
    assert view.picker.selected() is not None
    window.sign_out()
    window.state.set_officer(supervisor, office)
    window.open_visit()
    assert view.picker.selected() is None
    assert view.picker.edit.text() == ""
    officers: QListWidget = _child(view, QListWidget, "visit_officers")
    assert officers.item(1).text() == "Dewi Lestari (Anda)"
    assert officers.item(0).checkState() == Qt.CheckState.Unchecked


def test_villages_near_the_offices_earlier_visits_come_first(
    qtbot: QtBot, signed_in: MainWindow, open_view: VisitView
) -> None:
    view = open_view
    qtbot.waitUntil(lambda: view.picker.is_ready)
    another: QPushButton = _child(view, QPushButton, "another_visit_button")
    QTest.mouseClick(another, Qt.MouseButton.LeftButton)
    results = _type_village(qtbot, view, "Sukamaju")
    labels = [results.item(i).text() for i in range(results.count())]
    # The office visited Pondok Rajeg (Kabupaten Bogor): Bogor's Sukamaju villages lead,
    # then the rest of Jawa Barat, before the far provinces.
    assert labels[0].endswith("Kabupaten Bogor, Jawa Barat")
    bogor = [label.endswith("Kabupaten Bogor, Jawa Barat") for label in labels]
    assert bogor == sorted(bogor, reverse=True)
    assert any(
        label.endswith(", Jawa Barat") and not b for label, b in zip(labels, bogor, strict=True)
    )


def test_village_data_loads_in_the_background_and_typing_waits_for_it(
    qtbot: QtBot, office: Office, operator: Officer, window: MainWindow
) -> None:
    window.state.set_officer(operator, office)
    window.open_visit()  # starts the loading job; its result arrives through the event loop
    view = _view(window)
    assert not view.picker.is_ready
    assert _label_text(view, "village_message") == "Memuat data desa…"
    QTest.keyClicks(view.picker.edit, "Pondok Rajeg")  # the officer may type already
    results: QListWidget = _child(view, QListWidget, "village_results")
    assert results.count() == 0
    qtbot.waitUntil(lambda: view.picker.is_ready)
    assert results.count() == 1  # what was typed is searched once the data is there
    assert results.item(0).text().startswith("Kel. Pondok Rajeg, Kec. Cibinong")
