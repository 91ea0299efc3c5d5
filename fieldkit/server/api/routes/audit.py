"""A laptop's audit log entries in (``POST /api/v1/audit``), continuing its stored chain."""

from __future__ import annotations

import logging

from fastapi import APIRouter

from fieldkit.protocol.messages import AuditPushRequest, AuditPushResponse
from fieldkit.server import audit
from fieldkit.server.api.deps import DeviceDep, StateDep
from fieldkit.server.errors import error_responses

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/api/v1/audit",
    tags=["audit"],
    responses=error_responses(400, 401, 403, 409, 413, 415, 422, 503),
)


@router.post("")
def push_audit(body: AuditPushRequest, device: DeviceDep, state: StateDep) -> AuditPushResponse:
    """Store the entries that continue this device's chain; refuse a broken one (409)."""
    with state.db.write() as session:
        stored = audit.store_batch(session, device.id, body.entries, state.clock())
    log.info("device %s audit log stored through %d", device.id, stored.sequence)
    return AuditPushResponse(stored_through=stored.sequence, last_hash=stored.hash)
