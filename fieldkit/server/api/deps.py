"""Annotated dependencies: the server state, the calling device, the signed-in user."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Final

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from fieldkit.protocol.version import PROTOCOL_HEADER, SUPPORTED_VERSIONS
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


def current_device(
    request: Request,
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
    with state.db.read() as session:
        device = devices.device_by_token(session, token_hash(token))
    if device is None:
        raise _unknown()
    if device.is_revoked:
        raise ApiError(
            403,
            "device.revoked",
            "Perangkat ini sudah dicabut oleh kantor dan tidak bisa sinkron lagi. Hubungi "
            "admin server untuk mendaftarkan ulang laptop ini.",
        )
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
