"""Annotated dependencies: the server state, the calling device, the signed-in user."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Final

from fastapi import Depends, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from fieldkit.protocol.messages import DEVICE_STATE_HEADER, DEVICE_STATE_WIPE
from fieldkit.protocol.version import PROTOCOL_HEADER, PROTOCOL_VERSION, SUPPORTED_VERSIONS
from fieldkit.server.errors import ApiError
from fieldkit.server.repositories import devices, offices
from fieldkit.server.repositories.devices import Device
from fieldkit.server.repositories.offices import SignedIn
from fieldkit.server.security import DEVICE_TOKEN_PREFIX, SESSION_TOKEN_PREFIX, token_hash
from fieldkit.server.state import ServerState

SESSION_COOKIE: Final = "fk_session"
_SEEN_EVERY = dt.timedelta(minutes=1)

device_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="DeviceToken",
    description="Token perangkat dari pendaftaran (POST /api/v1/enrol).",
)
session_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="SessionToken",
    description="Token sesi kantor dari POST /api/v1/backoffice/session.",
)


def get_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.fieldkit
    return state


StateDep = Annotated[ServerState, Depends(get_state)]


def client_address(request: Request) -> str:
    """The caller's address for rate limits (behind a proxy: with --proxy-headers)."""
    return request.client.host if request.client is not None else "-"


def _missing() -> ApiError:
    return ApiError(
        401,
        "auth.missing",
        "Belum ada token. Kirim header 'Authorization: Bearer <token>'.",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _unknown() -> ApiError:
    return ApiError(
        401,
        "auth.invalid",
        "Token tidak dikenal atau sudah berakhir. Daftarkan ulang perangkat / masuk lagi.",
        headers={"WWW-Authenticate": "Bearer"},
    )


def check_protocol(request: Request) -> None:
    raw = request.headers.get(PROTOCOL_HEADER)
    if raw is None:
        return
    if not raw.strip().isdigit() or int(raw) not in SUPPORTED_VERSIONS:
        raise ApiError(
            400,
            "protocol.unsupported",
            f"Versi protokol '{raw[:20]}' tidak didukung server ini (didukung: "
            f"{', '.join(str(v) for v in sorted(SUPPORTED_VERSIONS))}). Perbarui fieldkit.",
        )


def client_protocol(request: Request) -> int:
    """The protocol version the caller speaks (after :func:`check_protocol`): its header, or
    this server's own version when a tool sends none."""
    raw = request.headers.get(PROTOCOL_HEADER, "").strip()
    return int(raw) if raw.isdigit() and int(raw) in SUPPORTED_VERSIONS else PROTOCOL_VERSION


def older_protocol_json(content: Any, response: Response, status_code: int = 200) -> JSONResponse:
    """An answer trimmed for an older protocol version, sent as it is; keeps the headers the
    dependencies set on ``response`` (FastAPI adds them only to answers it serialises)."""
    answer = JSONResponse(content, status_code=status_code)
    for name, value in response.headers.items():
        if name.lower() not in {"content-length", "content-type"}:
            answer.headers[name] = value
    return answer


def current_device(
    request: Request,
    response: Response,
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(device_bearer)],
) -> Device:
    check_protocol(request)
    if credentials is None:
        raise _missing()
    token = credentials.credentials
    if token.startswith(SESSION_TOKEN_PREFIX):
        raise ApiError(
            403,
            "auth.wrong_token_kind",
            "Token sesi kantor tidak bisa dipakai untuk sinkronisasi perangkat.",
        )
    address = client_address(request)
    state.limits.check_device_auth(address)
    with state.db.read() as session:
        device = devices.device_by_token(session, token_hash(token))
        wiped = None if device else devices.wiped_device_by_token(session, token_hash(token))
    if wiped is not None:
        raise ApiError(
            403,
            "device.wiped",
            "Laptop ini dicabut oleh kantor dan datanya sudah dihapus; server tidak menerimanya "
            "lagi. Hubungi admin server untuk mendaftarkan ulang laptop ini.",
        )
    if device is None:
        state.limits.device_auth_failed(address)
        raise _unknown()
    if device.is_revoked:
        # Lost laptop: it may still send what it has (push, uploads, pull) and is told on
        # every answer to wipe itself; POST /api/v1/sync/wiped ends that (see sync.py).
        response.headers[DEVICE_STATE_HEADER] = DEVICE_STATE_WIPE
    now = state.clock()
    if device.last_seen_at is None or now - device.last_seen_at > _SEEN_EVERY:
        with state.db.write() as session:
            devices.touch_device(session, device.id, now)
    return device


DeviceDep = Annotated[Device, Depends(current_device)]


def session_token(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str | None:
    if credentials is not None:
        return credentials.credentials
    return request.cookies.get(SESSION_COOKIE)


def current_user(
    request: Request,
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(session_bearer)],
) -> SignedIn:
    token = session_token(request, credentials)
    if not token:
        raise _missing()
    if token.startswith(DEVICE_TOKEN_PREFIX):
        raise ApiError(
            403,
            "auth.device_token",
            "Token perangkat tidak boleh memakai layanan kantor (back office). Masuk dengan "
            "akun petugas kantor.",
        )
    with state.db.read() as session:
        signed_in = offices.signed_in(session, token_hash(token), state.clock())
    if signed_in is None:
        raise _unknown()
    return signed_in


UserDep = Annotated[SignedIn, Depends(current_user)]
