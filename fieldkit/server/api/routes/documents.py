"""Documents: which hashes the server lacks, and chunked, resumable uploads of them."""

from __future__ import annotations

from typing import Annotated, Any, Final

from fastapi import APIRouter, Header, Path, Request, Response
from starlette.concurrency import run_in_threadpool

from fieldkit.protocol.messages import (
    UPLOAD_OFFSET_HEADER,
    MissingRequest,
    MissingResponse,
    UploadStart,
    UploadState,
)
from fieldkit.server.api.deps import DeviceDep, StateDep
from fieldkit.server.errors import error_responses
from fieldkit.server.repositories import uploads

SHA256_PATTERN: Final = r"^[0-9a-f]{64}$"
Sha256Path = Annotated[str, Path(pattern=SHA256_PATTERN, min_length=64, max_length=64)]

router = APIRouter(
    prefix="/api/v1",
    tags=["documents"],
    responses=error_responses(400, 401, 403, 404, 409, 413, 415, 422),
)

_CHUNK_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


def _with_offset(response: Response, state: UploadState) -> UploadState:
    response.headers[UPLOAD_OFFSET_HEADER] = str(state.offset)
    return state


@router.post("/documents/missing")
def missing_documents(body: MissingRequest, device: DeviceDep, state: StateDep) -> MissingResponse:
    with state.db.read() as session:
        return MissingResponse(missing=uploads.missing(session, body.sha256))


@router.post("/uploads", status_code=201)
def start_upload(
    body: UploadStart, device: DeviceDep, state: StateDep, response: Response
) -> UploadState:
    return _with_offset(
        response, state.uploads.start(device, body.sha256, body.size, state.clock())
    )


@router.get("/uploads/{sha256}")
def upload_state(
    sha256: Sha256Path, device: DeviceDep, state: StateDep, response: Response
) -> UploadState:
    return _with_offset(response, state.uploads.state(device, sha256))


@router.head("/uploads/{sha256}")
def upload_offset(
    sha256: Sha256Path, device: DeviceDep, state: StateDep, response: Response
) -> None:
    """The same as GET, without a body: the offset is in the Upload-Offset header."""
    _with_offset(response, state.uploads.state(device, sha256))


@router.put("/uploads/{sha256}", openapi_extra=_CHUNK_BODY)
async def put_chunk(
    *,
    sha256: Sha256Path,
    request: Request,
    device: DeviceDep,
    state: StateDep,
    response: Response,
    upload_offset: Annotated[int, Header(alias=UPLOAD_OFFSET_HEADER, ge=0, le=2**40)],
) -> UploadState:
    data = await request.body()  # bounded by the body-limit middleware (max_chunk_bytes)
    result = await run_in_threadpool(
        state.uploads.put_chunk, device, sha256, upload_offset, data, state.clock()
    )
    return _with_offset(response, result)


@router.post("/uploads/{sha256}/complete")
def complete_upload(
    sha256: Sha256Path, device: DeviceDep, state: StateDep, response: Response
) -> UploadState:
    return _with_offset(response, state.uploads.complete(device, sha256, state.clock()))
