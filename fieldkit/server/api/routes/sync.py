"""Push (outbox entries in) and pull (server changes out) for one device's office."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldkit.protocol.messages import (
    MAX_PULL_LIMIT,
    Change,
    ChangeKind,
    PullResponse,
    PushRequest,
    PushResponse,
    WipeConfirmed,
)
from fieldkit.protocol.version import PROTOCOL_V1
from fieldkit.server.api.deps import (
    DeviceDep,
    StateDep,
    client_protocol,
    older_protocol_json,
)
from fieldkit.server.enrolment import office_public_key
from fieldkit.server.errors import ApiError, error_responses
from fieldkit.server.models import DeviceRow
from fieldkit.server.push import PushContext, push
from fieldkit.server.repositories import devices, feed, offices
from fieldkit.server.repositories.feed import FeedEntry
from fieldkit.server.security import token_hash

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/api/v1/sync",
    tags=["sync"],
    responses=error_responses(400, 401, 403, 413, 415, 422, 503),
)


@router.post("/push")
def push_entries(body: PushRequest, device: DeviceDep, state: StateDep) -> PushResponse:
    with state.db.read() as session:
        office = offices.get_office(session, device.office_id)
    assert office is not None, "a device always belongs to an office"
    ctx = PushContext(
        device=device, timezone=office.timezone, reference=state.reference, now=state.clock()
    )
    with state.push_gate:
        return PushResponse(results=push(state.db, ctx, body.entries))


@router.post("/wiped", responses=error_responses(409))
def confirm_wiped(request: Request, device: DeviceDep, state: StateDep) -> WipeConfirmed:
    """A revoked laptop has sent what it had and is about to destroy its local data: from
    now on its token is refused with "device.wiped"."""
    if not device.is_revoked:
        raise ApiError(
            409,
            "device.not_revoked",
            "Perangkat ini tidak dicabut; datanya tidak boleh dihapus. Lanjutkan sinkronisasi.",
        )
    credentials = request.headers.get("authorization", "").partition(" ")[2].strip()
    now = state.clock()
    with state.db.write() as session:
        devices.mark_wiped(session, device.id, token_hash(credentials))
    log.info("device %s confirmed its wipe", device.id)
    return WipeConfirmed(device_id=device.id, wiped_at=now)


def _revoked_prefixes(session: Session, rows: Sequence[FeedEntry]) -> dict[int, str]:
    """Cursor -> tracking prefix of the device each "device.revoked" change names (v2 laptops
    mark that device's certificate revoked by its prefix)."""
    revoked = {
        r.cursor: r.payload["device_id"]
        for r in rows
        if r.kind == ChangeKind.DEVICE_REVOKED.value and isinstance(r.payload.get("device_id"), str)
    }
    if not revoked:
        return {}
    query = select(DeviceRow.id, DeviceRow.tracking_prefix).where(
        DeviceRow.id.in_(set(revoked.values()))
    )
    found = dict(session.execute(query).tuples().all())
    return {cursor: found[d] for cursor, d in revoked.items() if d in found}


# What a protocol v1 laptop does not know (its schemas refuse unknown fields and kinds).
_V2_CHANGE_KINDS = frozenset({ChangeKind.DEVICE_CERTIFIED.value})
_V2_CHANGE_FIELDS = frozenset({"device_prefix", "certificate"})


@router.get("/pull", response_model=PullResponse)
def pull_changes(
    request: Request,
    *,
    response: Response,
    device: DeviceDep,
    state: StateDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500,
) -> Any:
    is_v1 = client_protocol(request) == PROTOCOL_V1
    with state.db.read() as session:
        rows = feed.since(session, device.office_id, cursor, limit + 1)
        office_key = None if is_v1 else office_public_key(session, device.office_id)
        prefixes = {} if is_v1 else _revoked_prefixes(session, rows)
    has_more = len(rows) > limit
    rows = rows[:limit]
    new_cursor = rows[-1].cursor if rows else cursor
    if is_v1:
        rows = [r for r in rows if r.kind not in _V2_CHANGE_KINDS]
    try:
        changes = [
            Change.model_validate(
                {
                    **row.payload,
                    **({"device_prefix": prefixes[row.cursor]} if row.cursor in prefixes else {}),
                    "cursor": row.cursor,
                    "kind": row.kind,
                    "at": row.at,
                    "application_id": row.application_id,
                }
            )
            for row in rows
        ]
    except ValidationError as exc:  # a feed row the schema no longer reads: a server bug
        raise ApiError(500, "server.feed", "Data perubahan di server rusak.") from exc
    with state.db.write() as session:
        devices.record_pull(session, device.id, new_cursor, state.clock())
    answer = PullResponse(
        changes=changes, cursor=new_cursor, has_more=has_more, office_public_key=office_key
    )
    if is_v1:
        return older_protocol_json(
            answer.model_dump(
                mode="json",
                exclude={"office_public_key": True, "changes": {"__all__": set(_V2_CHANGE_FIELDS)}},
            ),
            response,
        )
    return answer
