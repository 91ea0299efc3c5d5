"""The wire schemas read exactly what the laptop's outbox writes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind, Officer, Role, Visit
from fieldkit.domain.snapshot import application_snapshot, plain
from fieldkit.protocol import PROTOCOL_VERSION
from fieldkit.protocol.messages import (
    MAX_BATCH_ENTRIES,
    Outcome,
    PushEntry,
    PushRequest,
    PushResult,
)
from fieldkit.protocol.snapshots import (
    ApplicationSnapshot,
    VisitSnapshot,
    payload_for_protocol,
    visit_payload,
)
from fieldkit.protocol.version import SUPPORTED_VERSIONS
from fieldkit.services.applications import ApplicationService
from fieldkit.store.local import LocalStore
from fieldkit.store.models import OutboxRow
from tests import samples


def test_protocol_version_is_three_and_older_versions_are_still_supported() -> None:
    assert PROTOCOL_VERSION == 3
    assert SUPPORTED_VERSIONS == {1, 2, 3}


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
    # Protocol v3: the officers present, named, and the office's required documents.
    assert visit_wire.officers_domain() == [operator]
    assert visit_wire.policy() == DocumentPolicy()
    app_wire = ApplicationSnapshot.model_validate(kinds[1][1])
    assert app_wire.to_domain() == saved
    assert application_snapshot(app_wire.to_domain()) == kinds[1][1]
    assert VisitSnapshot.from_domain(visit).model_dump(mode="json") == {
        **plain(visit),
        "officers": [],
        "required_documents": None,
    }


def test_visit_payload_names_officers_in_visit_order_and_records_the_policy() -> None:
    visit = Visit("v1", "o1", "3201010001", dt.date(2026, 11, 25), ("b", "a", "gone"), 16)
    officers = [
        Officer("a", "o1", "Ani Lestari", Role.SUPERVISOR),
        Officer("b", "o1", "Budi Santoso", Role.OPERATOR),
        Officer("c", "o1", "Citra (not on this visit)", Role.OPERATOR),
    ]
    policy = DocumentPolicy(required=frozenset({DocumentKind.KTP, DocumentKind.OTHER}))
    payload = visit_payload(visit, officers, policy)
    # The visit's own officers first (its team leader first), then the laptop's others.
    assert payload["officers"] == [
        {"id": "b", "name": "Budi Santoso", "role": "operator"},
        {"id": "a", "name": "Ani Lestari", "role": "supervisor"},
        {"id": "c", "name": "Citra (not on this visit)", "role": "operator"},
    ]
    assert payload["required_documents"] == ["ktp", "lainnya"]
    wire = VisitSnapshot.model_validate(payload)
    assert wire.to_domain() == visit
    assert wire.policy() == DocumentPolicy(required=policy.required)
    assert [o.id for o in wire.officers_domain()] == ["b", "a", "c"]


def test_a_v2_server_gets_the_visit_without_the_v3_keys() -> None:
    visit = Visit("v1", "o1", "3201010001", dt.date(2026, 11, 25), ("a",))
    officer = Officer("a", "o1", "Ani Lestari", Role.SUPERVISOR)
    payload = visit_payload(visit, [officer], DocumentPolicy())
    assert payload_for_protocol("visit.upsert", payload, 2) == plain(visit)
    assert payload_for_protocol("visit.upsert", payload, 3) == payload
    app = {"id": "x", "officers": "left alone"}  # only visit payloads changed in v3
    assert payload_for_protocol("application.create", app, 2) == app


@pytest.mark.parametrize(
    "change",
    [
        {"officers": [{"id": "a", "name": "", "role": "operator"}]},
        {"officers": [{"id": "a", "name": "Ani", "role": "kepala"}]},
        {"officers": [{"id": "a", "name": "Ani", "role": "operator", "extra": 1}]},
        {"officers": [{"id": "a", "name": "x" * 201, "role": "operator"}]},
        {"required_documents": ["passport"]},
        {"required_documents": "ktp"},
    ],
)
def test_bad_v3_visit_keys_are_refused(change: dict[str, object]) -> None:
    visit = Visit("v1", "o1", "3201010001", dt.date(2026, 11, 25), ("a",))
    with pytest.raises(ValidationError):
        VisitSnapshot.model_validate({**plain(visit), **change})


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
