"""The applicants list: instant search, filters, masked NIK, keyboard, lazy loading.

Key presses go through QTest (what qtbot.keyClick wraps): pytest-qt's own helpers are
untyped, which mypy --strict refuses in a typed test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from bench.common import seed_applications
from fieldkit.domain.records import Address, ApplicationDraft, Office, Officer, Visit
from fieldkit.domain.status import ApplicationStatus
from fieldkit.services.applications import ApplicationService, SaveResult
from fieldkit.store.local import LocalStore
from fieldkit.ui.item_models.applicants import PAGE_SIZE, ApplicantsModel, Column
from fieldkit.ui.main_window import DETAIL, LIST, MainWindow
from fieldkit.ui.views.applicants import ApplicantsView
from tests import samples

GIVEN = ["Siti", "Agus", "Budi", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indah", "Joko"]
FAMILY = ["Rahmawati", "Santoso", "Wijaya"]
NAMES = [f"{g} {f}" for f in FAMILY for g in GIVEN]  # 30 distinct names
SHOTS = Path("/tmp/fieldkit_shots")


@pytest.fixture
def registered(
    applications: ApplicationService, visit: Visit, operator: Officer
) -> list[SaveResult]:
    return [
        applications.register(visit.id, samples.draft(i + 1, full_name=name), actor=operator)
        for i, name in enumerate(NAMES)
    ]


def open_list(qtbot: QtBot, window: MainWindow) -> ApplicantsView:
    window.open_list()
    view = window.page(LIST)
    assert isinstance(view, ApplicantsView)
    qtbot.waitUntil(lambda: view.model.has_loaded and not view.model.is_loading)
    return view


def search(view: ApplicantsView) -> QLineEdit:
    return view.findChild(QLineEdit, "search")  # type: ignore[return-value]  # built by the view


def table(view: ApplicantsView) -> QTableView:
    return view.findChild(QTableView, "applicants_table")  # type: ignore[return-value]


def type_search(qtbot: QtBot, view: ApplicantsView, text: str) -> None:
    box = search(view)
    box.setFocus()
    box.selectAll()
    QTest.keyClick(box, Qt.Key.Key_Backspace)
    QTest.keyClicks(box, text)
    qtbot.waitUntil(
        lambda: view.model.query.text == text and not view.model.is_loading, timeout=3000
    )


def shown_names(model: ApplicantsModel) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def all_display_text(model: ApplicantsModel) -> str:
    return "\n".join(
        str(model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def test_lists_every_application_of_the_visit_with_masked_nik(
    qtbot: QtBot, signed_in: MainWindow, registered: list[SaveResult]
) -> None:
    view = open_list(qtbot, signed_in)
    assert view.model.rowCount() == 30
    assert view.count_label.text() == "30 pemohon"
    assert set(shown_names(view.model)) == set(NAMES)
    text = all_display_text(view.model)
    for result in registered:
        assert result.application.applicant.nik not in text
    first = registered[0].application
    row = view.model.row_of(first.id)
    assert row is not None
    assert view.model.index(row, Column.NIK).data() == "3201••••••••0001"
    assert view.model.index(row, Column.STATUS).data() == "Draf"
    assert view.model.index(row, Column.VILLAGE).data() == "Pondok Rajeg (Cibinong)"
    assert view.model.index(row, Column.UPDATED).data() == "25/11/2026 09.00 WIB"
    SHOTS.mkdir(exist_ok=True)
    signed_in.grab().save(str(SHOTS / "applicants.png"))


def test_search_by_name_fragment(
    qtbot: QtBot, signed_in: MainWindow, registered: list[SaveResult]
) -> None:
    view = open_list(qtbot, signed_in)
    QTest.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search(view).hasFocus()
    type_search(qtbot, view, "ahmaw")
    assert sorted(shown_names(view.model)) == sorted(n for n in NAMES if "Rahmawati" in n)
    assert view.count_label.text() == "10 cocok"
    type_search(qtbot, view, "indah wij")
    assert shown_names(view.model) == ["Indah Wijaya"]


def test_search_by_nik_prefix_shows_only_masked_nik(
    qtbot: QtBot, signed_in: MainWindow, registered: list[SaveResult]
) -> None:
    view = open_list(qtbot, signed_in)
    target = registered[11].application  # serial 12
    type_search(qtbot, view, target.applicant.nik[:15])  # 10-19 share the first 15 digits
    found = shown_names(view.model)
    assert target.applicant.full_name in found
    assert len(found) == 10
    type_search(qtbot, view, target.applicant.nik)
    assert shown_names(view.model) == [target.applicant.full_name]
    text = all_display_text(view.model)
    assert target.applicant.nik not in text
    assert "3201••••••••0012" in text


def test_search_by_tracking_code_typed_lower_case_and_enter_opens_it(
    qtbot: QtBot, signed_in: MainWindow, registered: list[SaveResult]
) -> None:
    view = open_list(qtbot, signed_in)
    target = registered[20].application
    box = search(view)
    box.setFocus()
    QTest.keyClicks(box, target.tracking_code.lower())
    QTest.keyClick(box, Qt.Key.Key_Return)  # before the debounce ran: opens once it has
    qtbot.waitUntil(lambda: signed_in.current_page_key() == DETAIL)
    assert view.model.rowCount() == 1
    assert view.model.application_id(0) == target.id


def test_filter_by_status(
    qtbot: QtBot,
    signed_in: MainWindow,
    registered: list[SaveResult],
    applications: ApplicationService,
    operator: Officer,
) -> None:
    for result in registered[:3]:
        applications.mark_ready(result.application.id, actor=operator)
    view = open_list(qtbot, signed_in)
    combo = view.findChild(QComboBox, "status_filter")
    assert combo is not None
    combo.setFocus()
    QTest.keyClicks(combo, "Siap")  # keyboard search in the closed combo picks the item
    qtbot.waitUntil(lambda: view.model.has_loaded and not view.model.is_loading)
    assert combo.currentText() == "Siap"
    assert view.model.query.filter.statuses == frozenset({ApplicationStatus.READY})
    assert sorted(shown_names(view.model)) == sorted(NAMES[:3])
    assert view.count_label.text() == "3 pemohon"
    # search within the filter
    type_search(qtbot, view, "Agus")
    assert shown_names(view.model) == ["Agus Rahmawati"]


def test_filter_by_village_and_scope(
    qtbot: QtBot,
    signed_in: MainWindow,
    registered: list[SaveResult],
    applications: ApplicationService,
    operator: Officer,
    visit: Visit,
) -> None:
    other = samples.applicant(
        99,
        full_name="Wayan Sari",
        address=Address("Jl. Wanaherang 1", samples.OTHER_VILLAGE, "16965"),
    )
    applications.register(
        visit.id,
        ApplicationDraft(applicant=other, business=samples.business()),
        actor=operator,
    )
    view = open_list(qtbot, signed_in)
    combo = view.findChild(QComboBox, "village_filter")
    assert combo is not None
    qtbot.waitUntil(lambda: combo.count() == 3)  # all, Pondok Rajeg, Wanaherang
    combo.setFocus()
    QTest.keyClicks(combo, "Wana")
    qtbot.waitUntil(lambda: not view.model.is_loading and view.model.rowCount() == 1)
    assert shown_names(view.model) == ["Wayan Sari"]
    scope = view.findChild(QComboBox, "scope")
    assert scope is not None
    assert scope.currentText() == "Kunjungan ini"
    scope.setFocus()
    QTest.keyClick(scope, Qt.Key.Key_Down)
    assert scope.currentText() == "Semua kunjungan"
    qtbot.waitUntil(lambda: view.model.query.filter.visit_id is None)


def test_keyboard_down_moves_into_table_and_enter_opens_detail(
    qtbot: QtBot, signed_in: MainWindow, registered: list[SaveResult]
) -> None:
    view = open_list(qtbot, signed_in)
    box = search(view)
    assert box.hasFocus()  # activate() puts the cursor in the search box
    QTest.keyClick(box, Qt.Key.Key_Down)
    grid = table(view)
    assert grid.hasFocus()
    assert grid.currentIndex().row() == 0
    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().row() == 1
    chosen = view.model.application_id(1)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert signed_in.current_page_key() == DETAIL
    detail = signed_in.page(DETAIL)
    assert getattr(detail, "application_id", None) == chosen


def test_up_on_first_row_returns_to_search(
    qtbot: QtBot, signed_in: MainWindow, registered: list[SaveResult]
) -> None:
    view = open_list(qtbot, signed_in)
    QTest.keyClick(search(view), Qt.Key.Key_Down)
    QTest.keyClick(table(view), Qt.Key.Key_Up)
    assert search(view).hasFocus()


def test_refreshes_on_change_and_keeps_the_selection(
    qtbot: QtBot,
    signed_in: MainWindow,
    registered: list[SaveResult],
    applications: ApplicationService,
    operator: Officer,
) -> None:
    view = open_list(qtbot, signed_in)
    grid = table(view)
    QTest.keyClick(search(view), Qt.Key.Key_Down)
    for _ in range(4):
        QTest.keyClick(grid, Qt.Key.Key_Down)
    selected = view.model.application_id(grid.currentIndex().row())
    assert selected is not None
    changed = applications.mark_ready(registered[0].application.id, actor=operator)
    with qtbot.wait_signal(view.model.load_did_finish):
        signed_in.state.notify_applications(frozenset({changed.application.id}))
    row = view.model.row_of(changed.application.id)
    assert row == 0  # the newest change comes first
    assert view.model.index(row, Column.STATUS).data() == "Siap"
    assert view.model.application_id(grid.currentIndex().row()) == selected


def test_no_match_says_what_to_do(
    qtbot: QtBot, signed_in: MainWindow, registered: list[SaveResult]
) -> None:
    view = open_list(qtbot, signed_in)
    type_search(qtbot, view, "Zulkarnain")
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "0 cocok"
    assert "Tidak ada pemohon yang cocok" in view.message.text()
    assert view.message.isVisible()


def test_sign_out_clears_the_list(
    qtbot: QtBot, signed_in: MainWindow, registered: list[SaveResult]
) -> None:
    view = open_list(qtbot, signed_in)
    signed_in.sign_out()
    assert view.model.rowCount() == 0
    assert search(view).text() == ""


def test_lazy_model_fetches_pages_as_the_view_scrolls(
    qtbot: QtBot,
    store: LocalStore,
    office: Office,
    operator: Officer,
    visit: Visit,
    signed_in: MainWindow,
) -> None:
    seed_applications(store, operator, visit, 5_000)
    view = open_list(qtbot, signed_in)
    model = view.model
    assert model.total == 5_000
    assert view.count_label.text() == "5.000 pemohon"
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    grid = table(view)
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, 0))
    # Ctrl+End goes to the last loaded row; at the bottom the view asks the model for more.
    QTest.keyClick(grid, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() >= 2 * PAGE_SIZE)
    assert model.rowCount() < model.total
    ids = [model.application_id(r) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
