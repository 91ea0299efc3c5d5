"""The FastAPI application: ``create_app(settings)`` wires state, middleware and routes."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.target import target_label
from fieldkit.protocol import PROTOCOL_VERSION
from fieldkit.protocol.messages import ErrorBody, Reason
from fieldkit.server.api.routes import (
    audit,
    audit_pages,
    backoffice,
    documents,
    enrol,
    info,
    pages,
    reports,
    sync,
)
from fieldkit.server.config import Settings, load_settings
from fieldkit.server.db import Database
from fieldkit.server.errors import ApiError
from fieldkit.server.middleware import BodyLimitMiddleware, HeadersAndLogMiddleware
from fieldkit.server.migrate import require_current
from fieldkit.server.ratelimit import RateLimits
from fieldkit.server.state import ServerState
from fieldkit.server.timefmt import format_local
from fieldkit.server.uploads import UploadService
from fieldkit.store.documents import DocumentStore

log = logging.getLogger("fieldkit.server")

TEMPLATES_DIR = Path(__file__).with_name("templates")
SERVER_VERSION = "1.0.0"

_HTTP_DETAILS = {
    404: ("http.not_found", "Alamat ini tidak ada di server. Periksa URL-nya."),
    405: ("http.method_not_allowed", "Metode HTTP ini tidak dipakai untuk alamat ini."),
}


def _limit_for(settings: Settings) -> Callable[[str, str], int]:
    def limit_for(method: str, path: str) -> int:
        if path.startswith("/api/v1/sync/push"):
            return settings.max_push_bytes
        if path.startswith("/api/v1/uploads/") and method in {"PUT", "PATCH"}:
            return settings.max_chunk_bytes
        return settings.max_json_bytes

    return limit_for


def _streams(method: str, path: str) -> bool:
    """Document bytes are written as they arrive (see fieldkit.server.uploads)."""
    return method == "PUT" and path.startswith("/api/v1/uploads/")


def _error(status: int, code: str, detail: str, errors: list[Reason] | None = None) -> JSONResponse:
    body = ErrorBody(code=code, detail=detail, errors=errors or [])
    return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=status)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        reasons = []
        for err in list(exc.errors())[:20]:
            path = ".".join(str(p) for p in err.get("loc", ()))
            reasons.append(
                Reason(
                    field=path,
                    code=f"request.{err.get('type', 'invalid')}",
                    message=str(err.get("msg", "")),
                )
            )
        first = reasons[0] if reasons else None
        where = f" ({first.field}: {first.message})" if first else ""
        return _error(
            422,
            "request.invalid",
            f"Isi permintaan tidak valid{where}. Perbaiki isian lalu kirim ulang.",
            reasons,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, detail = _HTTP_DETAILS.get(
            exc.status_code, (f"http.{exc.status_code}", "Permintaan tidak bisa dilayani.")
        )
        return JSONResponse(
            ErrorBody(code=code, detail=detail).model_dump(exclude_none=True),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        # The message may hold request data; log the type and where only.
        log.error("unexpected %s", type(exc).__name__, exc_info=exc)
        return _error(
            500,
            "server.error",
            "Terjadi kesalahan di server. Data Anda aman di laptop; coba lagi nanti dan "
            "laporkan ke admin bila berulang.",
        )


def create_app(
    settings: Settings,
    *,
    reference: ReferenceLookup | None = None,
    database: Database | None = None,
) -> FastAPI:
    """The server app for ``settings``; the database schema is checked at start-up."""
    db = database or Database(settings.resolved_database_url, pool_size=settings.pool_size)
    if reference is None:
        from fieldkit.refdata import load_reference  # noqa: PLC0415 - loads data files

        reference = load_reference()
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.filters["local"] = format_local
    templates.env.globals["target_label"] = target_label  # "> 15": more than the target
    store = DocumentStore(settings.resolved_document_dir)
    state = ServerState(
        settings=settings,
        db=db,
        reference=reference,
        documents=store,
        uploads=UploadService(
            db,
            store,
            settings.resolved_upload_dir,
            max_document_bytes=settings.max_document_bytes,
        ),
        templates=templates,
        push_gate=threading.BoundedSemaphore(settings.push_concurrency),
        limits=RateLimits.from_settings(
            window_seconds=settings.rate_window_seconds,
            sign_in_per_address=settings.sign_in_failures_per_address,
            sign_in_per_account=settings.sign_in_failures_per_account,
            enrol_per_address=settings.enrol_failures_per_address,
            device_auth_per_address=settings.device_auth_failures_per_address,
        ),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        require_current(db.engine)
        preload = getattr(reference, "preload_villages", None)
        if callable(preload):
            preload()  # once, before requests, not lazily in 20 request threads at once
        yield
        db.dispose()

    app = FastAPI(
        title="fieldkit-server",
        version=SERVER_VERSION,
        summary=f"Server pusat fieldkit DPMPTSP: protokol sinkron v{PROTOCOL_VERSION}.",
        lifespan=lifespan,
    )
    app.state.fieldkit = state
    _install_handlers(app)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(BodyLimitMiddleware, limit_for=_limit_for(settings), streams=_streams)
    app.add_middleware(HeadersAndLogMiddleware, hsts_seconds=settings.hsts_seconds)
    for module in (info, enrol, sync, documents, audit, backoffice, pages, reports, audit_pages):
        app.include_router(module.router)
    return app


def create_app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory``: settings from FIELDKIT_SERVER_* (set by ``run``)."""
    return create_app(load_settings())
