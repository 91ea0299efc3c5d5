"""Documents: which hashes the server lacks, and chunked, resumable uploads of them."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Annotated, Any, Final

from fastapi import APIRouter, Header, Path, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from fieldkit.protocol.messages import (
    UPLOAD_LENGTH_HEADER,
    UPLOAD_OFFSET_HEADER,
    MissingRequest,
    MissingResponse,
    UploadStart,
    UploadState,
)
from fieldkit.server.api.deps import DeviceDep, StateDep
from fieldkit.server.errors import ApiError, error_responses
from fieldkit.server.repositories import uploads

# Bytes kept in memory before they are written and their offset recorded: at most this
# much of a body is lost when the server itself dies mid-request (a cut loses nothing).
STREAM_FLUSH_BYTES: Final = 1024 * 1024
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


@router.put("/uploads/{sha256}", openapi_extra=_CHUNK_BODY, response_model=UploadState)
async def put_chunk(
    *,
    sha256: Sha256Path,
    request: Request,
    device: DeviceDep,
    state: StateDep,
    response: Response,
    upload_offset: Annotated[int, Header(alias=UPLOAD_OFFSET_HEADER, ge=0, le=2**40)],
    upload_length: Annotated[
        int | None,
        Header(
            alias=UPLOAD_LENGTH_HEADER,
            ge=1,
            le=2**40,
            description="The whole document's size: starts the upload when there is none yet "
            "(no separate POST /api/v1/uploads needed).",
        ),
    ] = None,
) -> Response | UploadState:
    """Bytes from ``Upload-Offset`` on, written as they arrive: when the connection breaks,
    what reached the server is kept and its offset says where to go on."""
    uploads_ = state.uploads
    length = int(request.headers.get("content-length", "0"))
    now = state.clock()
    body = request.stream()
    try:
        opened = await run_in_threadpool(
            uploads_.open_stream,
            device,
            sha256,
            upload_offset,
            length=length,
            upload_length=upload_length,
            now=now,
        )
    except ApiError:
        await _drain(body)
        raise
    if isinstance(opened, UploadState):  # already stored: nothing to write
        await _drain(body)
        return _with_offset(response, opened)
    offset = opened.received  # bytes before it (held already) are skipped
    skip = offset - upload_offset
    pending = bytearray()
    try:
        async for piece in body:
            dropped = min(skip, len(piece))
            skip -= dropped
            pending += piece[dropped:]
            if len(pending) >= STREAM_FLUSH_BYTES:
                offset = await run_in_threadpool(
                    uploads_.append, opened, offset, bytes(pending), state.clock()
                )
                pending.clear()
        if pending and offset + len(pending) < opened.size:
            offset = await run_in_threadpool(
                uploads_.append, opened, offset, bytes(pending), state.clock()
            )
            pending.clear()
    except ClientDisconnect:
        # The link broke mid-body: keep what arrived, the client resumes from there.
        if pending:
            with contextlib.suppress(ApiError):
                await run_in_threadpool(
                    uploads_.append, opened, offset, bytes(pending), state.clock()
                )
        return Response(status_code=400)  # nobody is listening any more
    except ApiError:
        await _drain(body)
        raise
    # The bytes that complete the document go straight into it (one write, one fsync).
    tail = bytes(pending)
    result = await run_in_threadpool(
        uploads_.finish, device, opened, offset + len(tail), state.clock(), tail=tail
    )
    return _with_offset(response, result)


async def _drain(body: AsyncIterator[bytes]) -> None:
    """Read the rest of a refused body (bounded by its Content-Length and the chunk limit)
    so the answer reaches the client instead of a broken connection."""
    with contextlib.suppress(ClientDisconnect, RuntimeError):
        async for _piece in body:
            pass


@router.post("/uploads/{sha256}/complete")
def complete_upload(
    sha256: Sha256Path, device: DeviceDep, state: StateDep, response: Response
) -> UploadState:
    return _with_offset(response, state.uploads.complete(device, sha256, state.clock()))
