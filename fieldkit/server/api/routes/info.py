"""GET /api/v1/info: the connectivity probe."""

from __future__ import annotations

from fastapi import APIRouter

from fieldkit.protocol import PROTOCOL_VERSION
from fieldkit.protocol.messages import ServerInfo
from fieldkit.server.api.deps import StateDep

router = APIRouter(prefix="/api/v1", tags=["info"])


@router.get("/info")
def info(state: StateDep) -> ServerInfo:
    return ServerInfo(protocol_version=PROTOCOL_VERSION, time=state.clock())
