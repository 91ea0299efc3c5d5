"""The form autosave: snapshots per officer and per form, cleared after a real save."""

from __future__ import annotations

import pytest

from fieldkit.domain.records import Officer
from fieldkit.services.autosave import MAX_ENTRIES, FormAutosave, FormSnapshot
from fieldkit.services.errors import ServiceError
from fieldkit.store import repositories as repo
from fieldkit.store.local import LocalStore
from tests.fakes import FakeClock


@pytest.fixture
def autosave(store: LocalStore, clock: FakeClock) -> FormAutosave:
    return FormAutosave(store.sessions, clock)


def test_nothing_saved_loads_nothing(autosave: FormAutosave, operator: Officer) -> None:
    assert autosave.load(operator.id, None) is None
    assert autosave.pending(operator.id) == []


def test_snapshot_round_trips(autosave: FormAutosave, operator: Officer, clock: FakeClock) -> None:
    values = {"applicant.full_name": "Siti", "activities": [{"kbli": "56102"}]}
    autosave.save(operator.id, FormSnapshot(None, "visit-1", None, values))
    loaded = autosave.load(operator.id, None)
    assert loaded is not None
    assert loaded.values == values
    assert loaded.visit_id == "visit-1"
    assert loaded.saved_at == clock.now()


def test_forms_are_kept_apart_per_application_and_officer(
    autosave: FormAutosave, operator: Officer, supervisor: Officer
) -> None:
    autosave.save(operator.id, FormSnapshot(None, "v", None, {"x": "new"}))
    autosave.save(operator.id, FormSnapshot("app-1", "v", 3, {"x": "edit"}))
    autosave.save(supervisor.id, FormSnapshot(None, "v", None, {"x": "other officer"}))
    new, edit = autosave.load(operator.id, None), autosave.load(operator.id, "app-1")
    assert new is not None
    assert new.values == {"x": "new"}
    assert edit is not None
    assert (edit.values, edit.revision) == ({"x": "edit"}, 3)
    assert [s.application_id for s in autosave.pending(operator.id)] == [None, "app-1"]


def test_a_newer_snapshot_replaces_the_same_form(autosave: FormAutosave, operator: Officer) -> None:
    autosave.save(operator.id, FormSnapshot(None, "v", None, {"x": "1"}))
    autosave.save(operator.id, FormSnapshot(None, "v", None, {"x": "2"}))
    assert [s.values for s in autosave.pending(operator.id)] == [{"x": "2"}]


def test_clear_forgets_only_that_form(autosave: FormAutosave, operator: Officer) -> None:
    autosave.save(operator.id, FormSnapshot(None, "v", None, {"x": "new"}))
    autosave.save(operator.id, FormSnapshot("app-1", "v", 1, {"x": "edit"}))
    autosave.clear(operator.id, None)
    autosave.clear(operator.id, "unknown")  # nothing to clear is fine
    assert autosave.load(operator.id, None) is None
    assert autosave.load(operator.id, "app-1") is not None


def test_refuses_values_that_are_not_json(autosave: FormAutosave, operator: Officer) -> None:
    with pytest.raises(ServiceError):
        autosave.save(operator.id, FormSnapshot(None, "v", None, {"x": object()}))
    with pytest.raises(ServiceError):
        autosave.save(operator.id, FormSnapshot(None, "v", None, {"x": "a" * 300_000}))
    assert autosave.load(operator.id, None) is None


def test_keeps_a_bounded_number_of_forms(autosave: FormAutosave, operator: Officer) -> None:
    for i in range(MAX_ENTRIES + 5):
        autosave.save(operator.id, FormSnapshot(f"app-{i}", "v", 1, {"i": i}))
    pending = autosave.pending(operator.id)
    assert len(pending) == MAX_ENTRIES
    assert pending[-1].application_id == f"app-{MAX_ENTRIES + 4}"
    assert autosave.load(operator.id, "app-0") is None


def test_damaged_stored_value_is_ignored(
    autosave: FormAutosave, operator: Officer, store: LocalStore
) -> None:
    with store.sessions.begin() as session:
        repo.put_setting(
            session,
            f"autosave:{operator.id}",
            {"entries": {"new": {"version": 1, "values": "not a dict"}, "b": 5}},
        )
    assert autosave.load(operator.id, None) is None
    assert autosave.pending(operator.id) == []
    with store.sessions.begin() as session:
        repo.put_setting(session, f"autosave:{operator.id}", ["garbage"])
    assert autosave.load(operator.id, None) is None
