"""Pure ASGI middleware: body size limits (gzip included), security headers, access log.

The body is read here, up to the limit of its route, before any route sees it: an
oversized or endless body is refused with 413 without being buffered past the limit,
and a gzip body is inflated with the same limit (a small bomb cannot grow into memory).
"""

from __future__ import annotations

import json
import logging
import time
import zlib
from collections.abc import Callable
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from fieldkit.protocol.messages import ErrorBody

access_log = logging.getLogger("fieldkit.server.access")

_BODYLESS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (
        b"content-security-policy",
        b"default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        b"frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    ),
)


async def _send_error(send: Send, status: int, code: str, detail: str) -> None:
    body = json.dumps(ErrorBody(code=code, detail=detail).model_dump(exclude_none=True)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _too_large(limit: int) -> str:
    return (
        f"Isi permintaan terlalu besar (batas {limit:,} byte). Kirim dalam bagian yang lebih "
        "kecil.".replace(",", ".")
    )


class BodyLimitMiddleware:
    """``streams(method, path)`` names the routes that read their body as it arrives (the
    document upload keeps every byte that reached it before a cut). Such a request must
    declare its length within the limit and come uncompressed; the HTTP layer then ends
    the body at that length, so the route never sees more than the limit either."""

    def __init__(
        self,
        app: ASGIApp,
        limit_for: Callable[[str, str], int],
        streams: Callable[[str, str], bool] = lambda _m, _p: False,
    ) -> None:
        self.app = app
        self.limit_for = limit_for
        self.streams = streams

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in _BODYLESS:
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["method"], scope["path"])
        headers = Headers(scope=scope)
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await _send_error(send, 400, "request.bad_length", "Content-Length tidak valid.")
                return
            if int(declared) > limit:
                await _send_error(send, 413, "request.too_large", _too_large(limit))
                return
        if self.streams(scope["method"], scope["path"]):
            if declared is None:
                await _send_error(
                    send,
                    411,
                    "request.length_required",
                    "Permintaan ini harus menyebut Content-Length; kirim ulang dengan panjangnya.",
                )
                return
            encoding = headers.get("content-encoding", "identity").strip().lower()
            if encoding not in ("identity", ""):
                await _send_error(
                    send,
                    415,
                    "request.unsupported_encoding",
                    "Isi unggahan dokumen dikirim apa adanya, tanpa Content-Encoding.",
                )
                return
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client went away; nothing to answer
            part = message.get("body", b"")
            total += len(part)
            if total > limit:
                await _send_error(send, 413, "request.too_large", _too_large(limit))
                return
            chunks.append(part)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding == "gzip":
            inflated = _gunzip(body, limit)
            if inflated is None:
                await _send_error(
                    send, 400, "request.bad_encoding", "Isi gzip rusak; kirim ulang permintaannya."
                )
                return
            if len(inflated) > limit:
                await _send_error(send, 413, "request.too_large", _too_large(limit))
                return
            body = inflated
            scope = dict(scope)
            scope["headers"] = [
                (k, v)
                for k, v in scope["headers"]
                if k.lower() not in (b"content-encoding", b"content-length")
            ] + [(b"content-length", str(len(body)).encode())]
        elif encoding not in ("identity", ""):
            await _send_error(
                send,
                415,
                "request.unsupported_encoding",
                f"Content-Encoding '{encoding[:40]}' tidak didukung; pakai gzip atau tanpa.",
            )
            return

        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _gunzip(data: bytes, limit: int) -> bytes | None:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        return None
    if len(out) <= limit and not inflater.eof:
        return None  # truncated stream
    return out


class HeadersAndLogMiddleware:
    """Security headers on every response, and one access-log line without query strings.

    uvicorn's own access log is turned off: it prints query strings, and a back-office
    search (``?q=``) may hold a name or NIK, which must never reach a log (UU 27/2022).
    """

    def __init__(self, app: ASGIApp, *, hsts_seconds: int = 0) -> None:
        self.app = app
        self.hsts = f"max-age={hsts_seconds}".encode() if hsts_seconds > 0 else b""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        # HSTS only on answers that came over TLS (uvicorn's own TLS, or a proxy's
        # X-Forwarded-Proto with --proxy-headers): over plain HTTP browsers ignore it.
        hsts = self.hsts if scope.get("scheme") == "https" else b""

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers: list[Any] = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                if hsts and b"strict-transport-security" not in present:
                    headers.append((b"strict-transport-security", hsts))
                if b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            access_log.info(
                "%s %s %s %.1fms",
                scope["method"],
                scope["path"][:200],
                status or "-",
                (time.perf_counter() - started) * 1000,
            )
