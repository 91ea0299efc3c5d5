"""Push (outbox entries in) and pull (server changes out) for one device's office."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import ValidationError

from fieldkit.protocol.messages import (
    MAX_PULL_LIMIT,
    Change,
    PullResponse,
    PushRequest,
    PushResponse,
)
from fieldkit.server.api.deps import DeviceDep, StateDep
from fieldkit.server.errors import ApiError, error_responses
from fieldkit.server.push import PushContext, push
from fieldkit.server.repositories import devices, feed, offices

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


@router.get("/pull")
def pull_changes(
    device: DeviceDep,
    state: StateDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500,
) -> PullResponse:
    with state.db.read() as session:
        rows = feed.since(session, device.office_id, cursor, limit + 1)
    has_more = len(rows) > limit
    rows = rows[:limit]
    try:
        changes = [
            Change.model_validate(
                {
                    **row.payload,
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
    new_cursor = rows[-1].cursor if rows else cursor
    with state.db.write() as session:
        devices.record_pull(session, device.id, new_cursor, state.clock())
    return PullResponse(changes=changes, cursor=new_cursor, has_more=has_more)
