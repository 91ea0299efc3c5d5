"""POST /api/v1/enrol: a laptop exchanges a one-time code for its device token.
POST /api/v1/device/certificate: a laptop enrolled under protocol v1 gets its receipt key
certified (protocol v2)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from fieldkit.protocol.messages import CertifyRequest, CertifyResponse, EnrolRequest, EnrolResponse
from fieldkit.protocol.version import PROTOCOL_V1
from fieldkit.server.api.deps import (
    DeviceDep,
    StateDep,
    check_protocol,
    client_address,
    client_protocol,
    older_protocol_json,
)
from fieldkit.server.enrolment import certify_device, enrol
from fieldkit.server.errors import ApiError, error_responses

router = APIRouter(prefix="/api/v1", tags=["enrol"])

# What a protocol v1 laptop does not know (its schemas refuse unknown fields).
_V2_ENROL_FIELDS: set[str] = {"office_public_key", "certificate"}


@router.post(
    "/enrol",
    status_code=201,
    response_model=EnrolResponse,
    responses=error_responses(400, 403, 409, 410, 413, 415, 422, 429, 503),
)
def enrol_device(request: Request, response: Response, body: EnrolRequest, state: StateDep) -> Any:
    check_protocol(request)
    address = client_address(request)
    state.limits.check_enrol(address)
    try:
        answer = enrol(state.db, body, state.clock())
    except ApiError as exc:
        if exc.code.startswith("enrol.code_"):  # unknown, used or expired: a guess
            state.limits.enrol_failed(address)
        raise
    if client_protocol(request) == PROTOCOL_V1:
        return older_protocol_json(
            answer.model_dump(mode="json", exclude=_V2_ENROL_FIELDS), response, status_code=201
        )
    return answer


@router.post(
    "/device/certificate",
    responses=error_responses(400, 401, 403, 409, 413, 415, 422, 503),
)
def certify(body: CertifyRequest, device: DeviceDep, state: StateDep) -> CertifyResponse:
    """Certify the calling laptop's receipt-signing key once; the same key again returns the
    same certificate, a different key is refused (409 device.key_mismatch)."""
    with state.db.write() as session:
        return certify_device(state.db, session, device.id, body.receipt_public_key, state.clock())
