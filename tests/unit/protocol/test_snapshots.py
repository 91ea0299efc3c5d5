"""The wire schemas read exactly what the laptop's outbox writes."""

from __future__ import annotations

import dataclasses

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from fieldkit.domain.records import Officer, Visit
from fieldkit.domain.snapshot import application_snapshot, plain
from fieldkit.protocol import PROTOCOL_VERSION
from fieldkit.protocol.messages import (
    MAX_BATCH_ENTRIES,
    Outcome,
    PushEntry,
    PushRequest,
    PushResult,
)
from fieldkit.protocol.snapshots import ApplicationSnapshot, VisitSnapshot
from fieldkit.protocol.version import SUPPORTED_VERSIONS
from fieldkit.services.applications import ApplicationService
from fieldkit.store.local import LocalStore
from fieldkit.store.models import OutboxRow
from tests import samples


def test_protocol_version_is_two_and_version_one_is_still_supported() -> None:
    assert PROTOCOL_VERSION == 2
    assert SUPPORTED_VERSIONS == {1, 2}


def test_laptop_outbox_payloads_parse_back_to_the_same_records(
    store: LocalStore, applications: ApplicationService, visit: Visit, operator: Officer
) -> None:
    saved = applications.register(visit.id, samples.draft(), actor=operator).application
    with store.sessions() as session:
        rows = session.scalars(select(OutboxRow).order_by(OutboxRow.seq)).all()
        kinds = [(r.kind, r.payload) for r in rows]
    assert [k for k, _ in kinds] == ["visit.upsert", "application.create"]
    visit_wire = VisitSnapshot.model_validate(kinds[0][1])
    assert visit_wire.to_domain() == visit
    app_wire = ApplicationSnapshot.model_validate(kinds[1][1])
    assert app_wire.to_domain() == saved
    assert application_snapshot(app_wire.to_domain()) == kinds[1][1]
    assert VisitSnapshot.from_domain(visit).model_dump(mode="json") == plain(visit)


def test_unknown_fields_and_bad_types_are_refused() -> None:
    app = samples.draft()
    snapshot = {
        "id": "a",
        "tracking_code": "X",
        "visit_id": "v",
        "status": "draft",
        "revision": 1,
        "applicant": plain(app.applicant),
        "business": plain(app.business),
        "created_by": "o",
        "created_at": "2026-11-25T02:00:00+00:00",
        "updated_by": "o",
        "updated_at": "2026-11-25T02:00:00+00:00",
    }
    assert ApplicationSnapshot.model_validate(snapshot).revision == 1
    for broken in (
        {**snapshot, "surprise": True},
        {**snapshot, "status": "approved"},
        {**snapshot, "revision": 0},
        {**snapshot, "created_at": "2026-11-25T02:00:00"},  # naive: refused
        {
            **snapshot,
            "business": {
                **plain(app.business),
                "coordinate": {"latitude": float("nan"), "longitude": 1.0},
            },
        },
    ):
        with pytest.raises(ValidationError):
            ApplicationSnapshot.model_validate(broken)


def test_push_limits_and_results() -> None:
    one = PushEntry(idempotency_key="k-1", kind="x", entity_id="e", revision=1, payload={})
    PushRequest(entries=[one] * MAX_BATCH_ENTRIES)
    with pytest.raises(ValidationError):
        PushRequest(entries=[one] * (MAX_BATCH_ENTRIES + 1))
    with pytest.raises(ValidationError):
        PushEntry(idempotency_key="../x y", kind="x", entity_id="e", revision=1, payload={})
    result = PushResult(idempotency_key="k", outcome=Outcome.DUPLICATE, entity_id="e")
    assert result.model_dump()["reasons"] == []
    assert dataclasses.is_dataclass(samples.draft())
