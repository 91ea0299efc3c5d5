"""POST /api/v1/enrol: a laptop exchanges a one-time code for its device token."""

from __future__ import annotations

from fastapi import APIRouter, Request

from fieldkit.protocol.messages import EnrolRequest, EnrolResponse
from fieldkit.server.api.deps import StateDep, check_protocol
from fieldkit.server.enrolment import enrol
from fieldkit.server.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["enrol"])


@router.post(
    "/enrol", status_code=201, responses=error_responses(400, 403, 409, 410, 413, 415, 422, 503)
)
def enrol_device(request: Request, body: EnrolRequest, state: StateDep) -> EnrolResponse:
    check_protocol(request)
    return enrol(state.db, body, state.clock())
