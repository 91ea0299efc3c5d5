"""HTTP transport of protocol v1 on ``requests``: bounded timeouts, gzip JSON bodies, raw
chunk bytes, and typed errors whose ``kind`` tells the engine (and the UI) what to do."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Protocol, TypeVar
from urllib.parse import urlsplit

import requests
from pydantic import BaseModel, ValidationError

from fieldkit.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from fieldkit.protocol.messages import (
    DEVICE_STATE_HEADER,
    DEVICE_STATE_WIPE,
    UPLOAD_LENGTH_HEADER,
    UPLOAD_OFFSET_HEADER,
    AuditEntryWire,
    AuditPushRequest,
    AuditPushResponse,
    CertifyRequest,
    CertifyResponse,
    EnrolRequest,
    EnrolResponse,
    MissingRequest,
    MissingResponse,
    PullResponse,
    PushEntry,
    PushRequest,
    PushResponse,
    ServerInfo,
    UploadStart,
    UploadState,
    WipeConfirmed,
)
from fieldkit.protocol.snapshots import payload_for_protocol
from fieldkit.sync.clock import server_time_from_header
from fieldkit.sync.state import ErrorKind

CONNECT_TIMEOUT: Final = 5.0
READ_TIMEOUT: Final = 30.0
# Below this a JSON body is sent as it is: gzip's header would cost more than it saves.
GZIP_THRESHOLD: Final = 1024
USER_AGENT: Final = f"fieldkit-sync/{PROTOCOL_VERSION}"
INFO_PATH: Final = "/api/v1/info"  # checks no protocol version: where a laptop learns the server's

M = TypeVar("M", bound=BaseModel)


class SyncError(Exception):
    """A failed call. ``kind`` decides: retry by itself (network, server) or tell a person."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        code: str = "",
        status: int | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.code = code
        self.status = status
        self.offset = offset

    @property
    def is_revoked(self) -> bool:
        return self.code in {"device.revoked", "device.wiped"}

    @property
    def is_wiped(self) -> bool:
        """The server already recorded this laptop's wipe: its data must go now."""
        return self.code == "device.wiped"


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = CONNECT_TIMEOUT
    read: float = READ_TIMEOUT


class SyncTransport(Protocol):
    """What the engine needs from the server. ``HttpSyncTransport`` is the real one."""

    @property
    def last_server_time(self) -> dt.datetime | None: ...

    def info(self, *, timeout: float | None = None) -> ServerInfo: ...

    def push(self, entries: list[PushEntry]) -> PushResponse: ...

    def pull(self, cursor: int, limit: int) -> PullResponse: ...

    def missing(self, sha256s: list[str]) -> list[str]: ...

    def start_upload(self, sha256: str, size: int) -> UploadState: ...

    def upload_state(self, sha256: str) -> UploadState: ...

    def put_chunk(
        self,
        sha256: str,
        offset: int,
        data: bytes,
        *,
        upload_length: int | None = None,
        pace: Callable[[int], None] | None = None,
    ) -> UploadState: ...

    def complete_upload(self, sha256: str) -> UploadState: ...

    def certify(self, receipt_public_key: str) -> CertifyResponse: ...


def normalize_server_url(url: str) -> str:
    """``https://host[:port][/prefix]`` without a trailing slash; ValueError when unusable."""
    text = url.strip()
    if text and "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(text)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


TLS_UNTRUSTED: Final = (
    "Sertifikat server tidak dapat diverifikasi, jadi laptop tidak mengirim apa pun ke "
    "server ini. Bila kantor memakai sertifikat sendiri, pilih berkas sertifikat CA kantor "
    "di Sinkronisasi → Sambungkan ke server; bila tidak, laporkan ke admin server (mungkin "
    "jaringan ini menyadap koneksi)."
)
SLOW_SERVER: Final = (
    "Server terlalu lama menjawab (koneksi lambat). Sinkronisasi dicoba lagi otomatis."
)
NOT_CONNECTED: Final = (
    "Tidak tersambung ke server (tidak ada internet atau server mati). Dicoba lagi otomatis."
)
UNREADABLE_ANSWER: Final = (
    "Jawaban server tidak bisa dibaca (mungkin lewat proxy atau portal Wi-Fi). "
    "Dicoba lagi otomatis."
)
SERVER_TROUBLE: Final = "Server sedang bermasalah atau sibuk. Sinkronisasi dicoba lagi otomatis."
DEVICE_REVOKED: Final = (
    "Perangkat ini sudah dicabut oleh kantor dan tidak bisa sinkron lagi. Hubungi admin."
)
TOKEN_REFUSED: Final = "Token perangkat ditolak server. Daftarkan ulang laptop ini."
CA_BUNDLE_UNREADABLE: Final = (
    "Berkas sertifikat CA kantor tidak ada atau tidak bisa dibaca. Pilih ulang berkasnya di "
    "Sinkronisasi → Sambungkan ke server, atau kosongkan isiannya."
)


def network_message(exc: BaseException) -> str:
    if isinstance(exc, requests.exceptions.SSLError):
        return TLS_UNTRUSTED
    if isinstance(exc, requests.Timeout):
        return SLOW_SERVER
    return NOT_CONNECTED


class PacedBody:
    """A request body handed out in pieces, each only when ``pace`` lets it go (requests
    sends a body with ``read`` piece by piece, with the Content-Length from ``len``)."""

    PIECE: Final = 16 * 1024

    def __init__(self, data: bytes, pace: Callable[[int], None]) -> None:
        self._view = memoryview(data)
        self._pace = pace
        self._at = 0

    def __len__(self) -> int:
        return len(self._view)

    def read(self, size: int | None = -1) -> bytes:
        left = len(self._view) - self._at
        if left <= 0:
            return b""
        n = min(left, self.PIECE) if size is None or size < 0 else min(size, left, self.PIECE)
        self._pace(n)
        piece = bytes(self._view[self._at : self._at + n])
        self._at += n
        return piece


class HttpSyncTransport:
    """One server, one device token. Thread-safe: each thread gets its own HTTP session."""

    def __init__(
        self,
        base_url: str,
        token: str = "",
        *,
        timeouts: Timeouts | None = None,
        ca_bundle: str | None = None,
    ) -> None:
        self.base_url = normalize_server_url(base_url)
        self._token = token
        # TLS certificates are always verified: against the system's trusted CAs, or
        # against the office's own CA file when one is set (never verify=False).
        self._verify: str | bool = ca_bundle or True
        self.wipe_requested = False  # the server said "wipe" (lost laptop, see engine)
        self._timeouts = timeouts or Timeouts()
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._server_time: dt.datetime | None = None
        self._server_protocol: int | None = None

    @property
    def protocol_version(self) -> int:
        """The version this transport speaks: the lower of ours and the server's (known
        after :meth:`info`, which every other call makes first)."""
        if self._server_protocol is None:
            return PROTOCOL_VERSION
        return max(1, min(PROTOCOL_VERSION, self._server_protocol))

    def _negotiated(self) -> int:
        if self._server_protocol is None:
            self.info()  # an older server refuses our version: learn its own first
        return self.protocol_version

    @property
    def last_server_time(self) -> dt.datetime | None:
        return self._server_time

    def close(self) -> None:
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.verify = self._verify
            session.headers["User-Agent"] = USER_AGENT
            session.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
            if self._token:
                session.headers["Authorization"] = f"Bearer {self._token}"
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    # --- calls -----------------------------------------------------------------------------

    def info(self, *, timeout: float | None = None) -> ServerInfo:
        limit = (timeout, timeout) if timeout is not None else None
        info = self._call("GET", INFO_PATH, ServerInfo, timeout=limit)
        self._server_protocol = info.protocol_version
        return info

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        return self._call("POST", "/api/v1/enrol", EnrolResponse, body=request)

    def certify(self, receipt_public_key: str) -> CertifyResponse:
        """Have the office certify this laptop's receipt key (once; protocol v2)."""
        return self._call(
            "POST",
            "/api/v1/device/certificate",
            CertifyResponse,
            body=CertifyRequest(receipt_public_key=receipt_public_key),
        )

    def push(self, entries: list[PushEntry]) -> PushResponse:
        version = self._negotiated()
        sent = entries
        if version < PROTOCOL_VERSION:  # an older server: leave out what it cannot read
            sent = [
                e.model_copy(update={"payload": payload_for_protocol(e.kind, e.payload, version)})
                for e in entries
            ]
        return self._call("POST", "/api/v1/sync/push", PushResponse, body=PushRequest(entries=sent))

    def push_audit(self, entries: list[AuditEntryWire]) -> AuditPushResponse:
        """The next audit log entries; the answer says how far the server holds the chain."""
        return self._call(
            "POST", "/api/v1/audit", AuditPushResponse, body=AuditPushRequest(entries=entries)
        )

    def pull(self, cursor: int, limit: int) -> PullResponse:
        return self._call(
            "GET", "/api/v1/sync/pull", PullResponse, params={"cursor": cursor, "limit": limit}
        )

    def missing(self, sha256s: list[str]) -> list[str]:
        found = self._call(
            "POST",
            "/api/v1/documents/missing",
            MissingResponse,
            body=MissingRequest(sha256=sha256s),
        )
        return found.missing

    def start_upload(self, sha256: str, size: int) -> UploadState:
        return self._call(
            "POST", "/api/v1/uploads", UploadState, body=UploadStart(sha256=sha256, size=size)
        )

    def upload_state(self, sha256: str) -> UploadState:
        return self._call("GET", f"/api/v1/uploads/{sha256}", UploadState)

    def put_chunk(
        self,
        sha256: str,
        offset: int,
        data: bytes,
        *,
        upload_length: int | None = None,
        pace: Callable[[int], None] | None = None,
    ) -> UploadState:
        """Raw bytes, never base64 in JSON: the wire carries the document once. With
        ``upload_length`` (the document's size) the server starts the upload itself;
        ``pace(n)`` is called before each piece of the body goes out (it may wait)."""
        headers = {UPLOAD_OFFSET_HEADER: str(offset), "Content-Type": "application/octet-stream"}
        if upload_length is not None:
            headers[UPLOAD_LENGTH_HEADER] = str(upload_length)
        body: bytes | PacedBody = data if pace is None else PacedBody(data, pace)
        return self._call(
            "PUT", f"/api/v1/uploads/{sha256}", UploadState, raw=body, headers=headers
        )

    def complete_upload(self, sha256: str) -> UploadState:
        return self._call("POST", f"/api/v1/uploads/{sha256}/complete", UploadState)

    def confirm_wiped(self) -> WipeConfirmed:
        """Tell the server this revoked laptop is destroying its data (its token dies)."""
        return self._call("POST", "/api/v1/sync/wiped", WipeConfirmed)

    # --- plumbing ----------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        body: BaseModel | None = None,
        raw: bytes | PacedBody | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        timeout: tuple[float, float] | None = None,
    ) -> M:
        version = PROTOCOL_VERSION if path == INFO_PATH else self._negotiated()
        send_headers = dict(headers or {})
        send_headers[PROTOCOL_HEADER] = str(version)
        data: bytes | PacedBody | None = raw
        if body is not None:
            data = body.model_dump_json(exclude_none=False).encode()
            send_headers["Content-Type"] = "application/json"
            if len(data) >= GZIP_THRESHOLD:
                data = gzip.compress(data, compresslevel=6, mtime=0)
                send_headers["Content-Encoding"] = "gzip"
        try:
            response = self._session().request(
                method,
                self.base_url + path,
                data=data,
                params=params,
                headers=send_headers,
                timeout=timeout or (self._timeouts.connect, self._timeouts.read),
                # Per request: a session's own ``verify`` loses to REQUESTS_CA_BUNDLE.
                verify=self._verify,
            )
        except requests.exceptions.SSLError as exc:
            raise SyncError(ErrorKind.NETWORK, TLS_UNTRUSTED, code="tls.untrusted") from exc
        except requests.RequestException as exc:
            raise SyncError(ErrorKind.NETWORK, network_message(exc), code="network") from exc
        except OSError as exc:  # requests: the CA bundle file is missing or unreadable
            raise SyncError(ErrorKind.NETWORK, CA_BUNDLE_UNREADABLE, code="tls.ca_bundle") from exc
        if response.headers.get(DEVICE_STATE_HEADER) == DEVICE_STATE_WIPE:
            self.wipe_requested = True
        server_time = server_time_from_header(response.headers.get("Date"))
        if server_time is not None:
            self._server_time = server_time
        if response.status_code >= 400:
            raise error_from_response(response.status_code, response.content)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise SyncError(
                ErrorKind.SERVER,
                UNREADABLE_ANSWER,
                code="response.unreadable",
                status=response.status_code,
            ) from exc


def _body(content: bytes) -> dict[str, Any]:
    try:
        parsed = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return {}
    return parsed if isinstance(parsed, dict) else {}


def error_from_response(status: int, content: bytes) -> SyncError:
    """Map an HTTP error answer to a typed SyncError (STYLE.md 3.7)."""
    body = _body(content)
    code = str(body.get("code", "")) or f"http.{status}"
    detail = str(body.get("detail", ""))
    raw_offset = body.get("offset")
    offset = raw_offset if isinstance(raw_offset, int) else None
    if code == "rate.limited":  # too many failed attempts: the server says how long to wait
        return SyncError(ErrorKind.SERVER, detail or code, code=code, status=status)
    if status >= 500 or status in {408, 429}:
        message = SERVER_TROUBLE
        return SyncError(ErrorKind.SERVER, message, code=code, status=status, offset=offset)
    if code == "device.wiped":
        return SyncError(ErrorKind.AUTH, detail or code, code=code, status=status)
    if code == "device.revoked":
        message = detail or DEVICE_REVOKED
        return SyncError(ErrorKind.AUTH, message, code=code, status=status)
    if status in {401, 403}:
        message = detail or TOKEN_REFUSED
        return SyncError(ErrorKind.AUTH, message, code=code, status=status)
    if status == 409 and code.startswith("audit."):  # a gap (offset: resend) or broken chain
        return SyncError(ErrorKind.REFUSED, detail or code, code=code, status=status, offset=offset)
    if status in {409, 404, 413, 415, 422} and code.startswith(("upload.", "document.", "media.")):
        return SyncError(ErrorKind.REFUSED, detail or code, code=code, status=status, offset=offset)
    message = detail or f"Server menolak permintaan (HTTP {status})."
    return SyncError(ErrorKind.BUG, message, code=code, status=status, offset=offset)
