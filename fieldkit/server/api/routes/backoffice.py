"""Back-office JSON API: sign in, list and view applications, change their status."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials

from fieldkit.domain.privacy import mask_nik
from fieldkit.domain.status import STATUS_LABELS, ApplicationStatus, ReasonCode, allowed_targets
from fieldkit.server import backoffice
from fieldkit.server.api.deps import StateDep, UserDep, client_address, session_bearer
from fieldkit.server.api.routes.documents import Sha256Path
from fieldkit.server.api.schemas import (
    ApplicationDetail,
    ApplicationList,
    ApplicationSummary,
    DocumentOut,
    DuplicateOut,
    HistoryOut,
    LoginRequest,
    LoginResponse,
    StatusChange,
    UserOut,
)
from fieldkit.server.errors import ApiError, error_responses
from fieldkit.server.repositories import applications as apps
from fieldkit.server.repositories import uploads
from fieldkit.server.repositories.applications import ApplicationQuery, StoredApplication
from fieldkit.server.repositories.offices import User
from fieldkit.server.state import ServerState
from fieldkit.store.documents import DocumentStoreError

router = APIRouter(
    prefix="/api/v1/backoffice",
    tags=["backoffice"],
    responses=error_responses(400, 401, 403, 404, 409, 413, 415, 422),
)


def user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        office_id=user.office_id,
    )


def summary(app: StoredApplication) -> ApplicationSummary:
    status = ApplicationStatus(app.status)
    return ApplicationSummary(
        id=app.id,
        tracking_code=app.tracking_code,
        status=status,
        status_label=STATUS_LABELS[status],
        revision=app.revision,
        full_name=app.full_name,
        masked_nik=mask_nik(app.nik),
        business_name=app.business_name,
        village_code=app.village_code,
        nib=app.nib,
        updated_at=app.updated_at,
        received_at=app.received_at,
    )


def application_detail(
    state: ServerState, user: User, application_id: str, *, document_url: str
) -> ApplicationDetail:
    with state.db.read() as session:
        app = apps.get_in_office(session, user.office_id, application_id)
        if app is None:
            raise backoffice.not_found()
        history = apps.history(session, app.id)
        duplicates = apps.duplicates_of(session, app.id)
        documents = []
        for doc in app.snapshot.get("documents", []):
            stored = uploads.get_document(session, str(doc.get("sha256", "")))
            documents.append(
                DocumentOut(
                    sha256=str(doc.get("sha256", "")),
                    kind=str(doc.get("kind", "")),
                    original_name=str(doc.get("original_name", "")),
                    media_type=stored.media_type if stored else None,
                    size=stored.size if stored else None,
                    is_stored=stored is not None,
                    url=document_url.format(sha256=doc.get("sha256", "")),
                )
            )
    status = ApplicationStatus(app.status)
    return ApplicationDetail(
        summary=summary(app),
        nik=app.nik,
        reason_code=ReasonCode(app.reason_code) if app.reason_code else None,
        reason_text=app.reason_text,
        allowed_statuses=allowed_targets(status, user.role),
        snapshot=app.snapshot,
        history=[
            HistoryOut(
                at=h.at,
                actor=h.actor,
                actor_role=h.actor_role,
                from_status=h.from_status,
                to_status=h.to_status,
                reason_code=h.reason_code,
                reason_text=h.reason_text,
            )
            for h in history
        ],
        documents=documents,
        possible_duplicates=[
            DuplicateOut(application_id=d.application_id, tracking_code=d.tracking_code)
            for d in duplicates
        ],
    )


def document_response(state: ServerState, user: User, sha256: str) -> Response:
    """A document's bytes, only when an application of the user's office lists it."""
    with state.db.read() as session:
        allowed = apps.is_document_in_office(session, user.office_id, sha256)
        stored = uploads.get_document(session, sha256) if allowed else None
    if stored is None:
        raise ApiError(404, "document.not_found", "Dokumen tidak ditemukan di kantor Anda.")
    try:
        data = state.documents.read(sha256)
    except DocumentStoreError as exc:
        raise ApiError(404, "document.unreadable", exc.message) from None
    extension = {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}.get(
        stored.media_type, "bin"
    )
    return Response(
        content=data,
        media_type=stored.media_type,
        headers={
            "Content-Disposition": f'inline; filename="dokumen-{sha256[:12]}.{extension}"',
            "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox",
            "Cache-Control": "private, no-store",
        },
    )


@router.post("/session", status_code=201, responses=error_responses(429))
def sign_in(body: LoginRequest, request: Request, state: StateDep) -> LoginResponse:
    new = backoffice.guarded_sign_in(state, client_address(request), body.username, body.password)
    return LoginResponse(token=new.token, expires_at=new.expires_at, user=user_out(new.user))


@router.delete("/session", status_code=204)
def sign_out(
    user: UserDep,
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(session_bearer)],
) -> Response:
    if credentials is not None:
        backoffice.sign_out(state.db, credentials.credentials)
    return Response(status_code=204)


@router.get("/applications")
def list_applications(
    *,
    user: UserDep,
    state: StateDep,
    status: ApplicationStatus | None = None,
    village_code: Annotated[str | None, Query(max_length=20)] = None,
    q: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> ApplicationList:
    query = ApplicationQuery(
        office_id=user.user.office_id,
        status=status.value if status else None,
        village_code=village_code or None,
        text=q or None,
        limit=limit,
        offset=offset,
    )
    with state.db.read() as session:
        total, found = apps.search(session, query)
    return ApplicationList(total=total, items=[summary(a) for a in found])


@router.get("/applications/{application_id}")
def get_application(
    application_id: Annotated[str, Path(max_length=100)],
    user: UserDep,
    state: StateDep,
) -> ApplicationDetail:
    return application_detail(
        state,
        user.user,
        application_id,
        document_url="/api/v1/backoffice/documents/{sha256}",
    )


@router.post("/applications/{application_id}/status")
def change_status(
    application_id: Annotated[str, Path(max_length=100)],
    body: StatusChange,
    user: UserDep,
    state: StateDep,
) -> ApplicationDetail:
    backoffice.change_status(
        state.db,
        user.user,
        application_id,
        target=body.status,
        reason_code=body.reason_code,
        reason_text=body.reason_text,
        nib=body.nib,
        expected_revision=body.expected_revision,
        now=state.clock(),
    )
    return application_detail(
        state, user.user, application_id, document_url="/api/v1/backoffice/documents/{sha256}"
    )


@router.get(
    "/documents/{sha256}",
    response_class=Response,
    responses={
        200: {
            "description": "Isi dokumen",
            "content": {
                "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
                "image/png": {"schema": {"type": "string", "format": "binary"}},
                "application/pdf": {"schema": {"type": "string", "format": "binary"}},
            },
        }
    },
)
def get_document(sha256: Sha256Path, user: UserDep, state: StateDep) -> Response:
    return document_response(state, user.user, sha256)
