"""Server-rendered HTML, in Indonesian: the public status page and the back-office pages.

Plain HTML forms and links only (no script), so a cheap phone browser can use them.
Back-office pages sign in with a session cookie (HttpOnly, SameSite=Strict, stored in the
database); every form that changes something carries the session's CSRF token.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from fieldkit.domain.status import (
    REASON_LABELS,
    STATUS_LABELS,
    ApplicationStatus,
    ReasonCode,
)
from fieldkit.domain.tracking import normalize_tracking_code
from fieldkit.server import backoffice
from fieldkit.server.api.deps import SESSION_COOKIE, StateDep, client_address
from fieldkit.server.api.routes.backoffice import application_detail, document_response, summary
from fieldkit.server.errors import ApiError
from fieldkit.server.masking import mask_name, mask_nik
from fieldkit.server.repositories import applications as apps
from fieldkit.server.repositories import offices
from fieldkit.server.repositories.applications import ApplicationQuery
from fieldkit.server.repositories.offices import SignedIn
from fieldkit.server.security import same_secret, token_hash
from fieldkit.server.state import ServerState
from fieldkit.server.timefmt import format_local

router = APIRouter(include_in_schema=False)

S = ApplicationStatus
ROLE_LABELS = {
    "back_office": "petugas back office",
    "supervisor": "supervisor",
    "operator": "operator",
}
PAGE_SIZE = 50

_NEXT_STEPS = {
    S.DRAFT: "Data Anda masih disiapkan petugas. Tidak perlu melakukan apa-apa.",
    S.READY: "Data Anda sudah lengkap di laptop petugas dan segera dikirim ke kantor.",
    S.QUEUED: "Data Anda menunggu dikirim dari laptop petugas ke kantor.",
    S.RECEIVED: "Permohonan sudah diterima kantor DPMPTSP dan menunggu diproses. "
    "Tidak perlu melakukan apa-apa; cek lagi beberapa hari lagi.",
    S.IN_PROCESS: "Petugas sedang memasukkan data Anda ke sistem OSS. Tunggu kabar berikutnya.",
    S.NIB_ISSUED: "NIB Anda sudah terbit. Simpan nomor NIB ini; Anda dapat mengunduh dokumen "
    "NIB di oss.go.id atau memintanya di kantor DPMPTSP.",
    S.NEEDS_FIX: "Permohonan perlu diperbaiki. Hubungi petugas DPMPTSP atau datang ke kantor "
    "dengan membawa KTP dan tanda terima ini.",
    S.REJECTED: "Permohonan tidak dapat diproses. Hubungi kantor DPMPTSP untuk penjelasan.",
}
_NIK_REFUSED_STEP = (
    "NIK Anda ditolak oleh Dukcapil. Datang ke kantor Disdukcapil dengan KTP untuk "
    "memeriksa data kependudukan, lalu hubungi petugas DPMPTSP."
)
_TONES = {S.NIB_ISSUED: "ok", S.NEEDS_FIX: "warn", S.REJECTED: "bad"}


def _render(
    state: ServerState, request: Request, name: str, context: dict[str, Any], status: int = 200
) -> HTMLResponse:
    return state.templates.TemplateResponse(request, name, context, status_code=status)


# --- public status page ---------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def home() -> RedirectResponse:
    return RedirectResponse("/s", status_code=303)


@router.get("/s", response_class=HTMLResponse)
def status_lookup(request: Request, state: StateDep, kode: str = "") -> Response:
    if kode:
        code = normalize_tracking_code(kode[:40])
        if code is not None:
            return RedirectResponse(f"/s/{code}", status_code=303)
    return _unknown_code(state, request, kode[:40], is_typed=bool(kode))


def _unknown_code(state: ServerState, request: Request, typed: str, *, is_typed: bool) -> Response:
    if not is_typed:
        headline, message, status = "Cek status permohonan", "Ketik kode pelacakan Anda.", 200
    elif normalize_tracking_code(typed) is None:
        headline = "Kode pelacakan tidak valid"
        message = (
            "Kode yang diketik tidak cocok dengan format kode pada tanda terima; mungkin ada "
            "salah ketik. Periksa lagi setiap huruf dan angkanya."
        )
        status = 404
    else:
        headline = "Permohonan belum ditemukan"
        message = (
            "Kode ini benar formatnya, tetapi permohonannya belum sampai di kantor. Biasanya "
            "data dikirim dari laptop petugas dalam 1–2 hari kerja. Coba lagi nanti, atau "
            "hubungi kantor DPMPTSP."
        )
        status = 404
    return _render(
        state,
        request,
        "status_unknown.html",
        {"headline": headline, "message": message, "typed": typed},
        status,
    )


@router.get("/s/{code}", response_class=HTMLResponse)
def status_page(code: str, request: Request, state: StateDep) -> Response:
    typed = code[:40]
    normalized = normalize_tracking_code(typed)
    if normalized is None:
        return _unknown_code(state, request, typed, is_typed=True)
    with state.db.read() as session:
        app = apps.by_tracking_code(session, normalized)
        office = offices.get_office(session, app.office_id) if app else None
    if app is None or office is None:
        return _unknown_code(state, request, normalized, is_typed=True)
    status = S(app.status)
    reason = ""
    next_step = _NEXT_STEPS[status]
    if status in {S.NEEDS_FIX, S.REJECTED} and app.reason_code:
        reason = REASON_LABELS[ReasonCode(app.reason_code)]
        if app.reason_text:
            reason += f": {app.reason_text}"
        if app.reason_code == ReasonCode.NIK_REFUSED:
            next_step = _NIK_REFUSED_STEP
    return _render(
        state,
        request,
        "status.html",
        {
            "code": normalized,
            "status_label": STATUS_LABELS[status],
            "tone": _TONES.get(status, ""),
            "nib": app.nib if status is S.NIB_ISSUED else "",
            "reason": reason,
            "next_step": next_step,
            "masked_name": mask_name(app.full_name),
            "masked_nik": mask_nik(app.nik),
            "office_name": office.name,
            "updated": format_local(app.updated_at, office.timezone),
        },
    )


# --- back office: sign in -------------------------------------------------------------------


def _signed_in(state: ServerState, request: Request) -> SignedIn | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    with state.db.read() as session:
        return offices.signed_in(session, token_hash(token), state.clock())


def _to_login() -> RedirectResponse:
    return RedirectResponse("/kantor/masuk", status_code=303)


@router.get("/kantor/masuk", response_class=HTMLResponse)
def login_form(request: Request, state: StateDep) -> Response:
    return _render(state, request, "login.html", {"error": "", "username": ""})


@router.post("/kantor/masuk", response_class=HTMLResponse)
def login(
    request: Request,
    state: StateDep,
    username: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    try:
        new = backoffice.guarded_sign_in(state, client_address(request), username, password)
    except ApiError as exc:
        page = _render(
            state,
            request,
            "login.html",
            {"error": exc.detail, "username": username},
            exc.status_code,
        )
        page.headers.update(exc.headers or {})
        return page
    response = RedirectResponse("/kantor", status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        new.token,
        max_age=state.settings.session_hours * 3600,
        httponly=True,
        samesite="strict",
        secure=state.settings.secure_cookies or request.url.scheme == "https",
        path="/",
    )
    return response


def _check_csrf(signed_in: SignedIn, token: str) -> bool:
    return bool(token) and same_secret(token, signed_in.csrf_token)


def _forbidden(state: ServerState, request: Request, back_url: str) -> Response:
    return _render(
        state,
        request,
        "message.html",
        {
            "headline": "Permintaan ditolak",
            "message": "Formulir ini sudah kedaluwarsa atau bukan dari halaman ini. Muat ulang "
            "halaman lalu coba lagi.",
            "back_url": back_url,
        },
        403,
    )


@router.post("/kantor/keluar", response_class=HTMLResponse)
def logout(
    request: Request, state: StateDep, csrf_token: Annotated[str, Form(max_length=200)] = ""
) -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is not None:
        if not _check_csrf(signed_in, csrf_token):
            return _forbidden(state, request, "/kantor")
        token = request.cookies.get(SESSION_COOKIE, "")
        backoffice.sign_out(state.db, token)
    response = _to_login()
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _office_context(signed_in: SignedIn) -> dict[str, Any]:
    return {
        "user": signed_in.user,
        "role_label": ROLE_LABELS.get(signed_in.user.role, signed_in.user.role),
        "csrf_token": signed_in.csrf_token,
    }


# --- back office: applications --------------------------------------------------------------


@router.get("/kantor", response_class=HTMLResponse)
def office_list(
    *,
    request: Request,
    state: StateDep,
    status: str = "",
    desa: str = "",
    q: str = "",
    hal: int = 0,
) -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    chosen = status if status in {s.value for s in S} else ""
    page = max(0, min(hal, 100_000))
    query = ApplicationQuery(
        office_id=signed_in.user.office_id,
        status=chosen or None,
        village_code=desa[:20] or None,
        text=q[:100] or None,
        limit=PAGE_SIZE,
        offset=page * PAGE_SIZE,
    )
    with state.db.read() as session:
        total, found = apps.search(session, query)

    def page_url(number: int) -> str:
        params = {"status": chosen, "desa": desa[:20], "q": q[:100], "hal": number}
        return "/kantor?" + urlencode({k: v for k, v in params.items() if v})

    return _render(
        state,
        request,
        "list.html",
        {
            **_office_context(signed_in),
            "statuses": [(s.value, STATUS_LABELS[s]) for s in S],
            "status": chosen,
            "village": desa[:20],
            "q": q[:100],
            "total": total,
            "items": [summary(a) for a in found],
            "prev_url": page_url(page - 1) if page > 0 else "",
            "next_url": page_url(page + 1) if (page + 1) * PAGE_SIZE < total else "",
        },
    )


def _detail_page(
    state: ServerState,
    request: Request,
    signed_in: SignedIn,
    application_id: str,
    *,
    error: str = "",
    notice: str = "",
    status_code: int = 200,
) -> Response:
    try:
        detail = application_detail(
            state, signed_in.user, application_id, document_url="/kantor/dokumen/{sha256}"
        )
    except ApiError as exc:
        return _render(
            state,
            request,
            "message.html",
            {"headline": "Tidak ditemukan", "message": exc.detail, "back_url": "/kantor"},
            exc.status_code,
        )
    snapshot = detail.snapshot
    return _render(
        state,
        request,
        "detail.html",
        {
            **_office_context(signed_in),
            "d": detail,
            "applicant": snapshot.get("applicant", {}),
            "business": snapshot.get("business", {}),
            "labels": STATUS_LABELS,
            "reasons": [(r.value, REASON_LABELS[r]) for r in ReasonCode],
            "reason_label": REASON_LABELS[detail.reason_code] if detail.reason_code else "",
            "error": error,
            "notice": notice,
        },
        status_code,
    )


@router.get("/kantor/permohonan/{application_id}", response_class=HTMLResponse)
def office_detail(
    application_id: str, request: Request, state: StateDep, pesan: str = ""
) -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    notice = "Status tersimpan." if pesan == "tersimpan" else ""
    return _detail_page(state, request, signed_in, application_id[:100], notice=notice)


@router.post("/kantor/permohonan/{application_id}/status", response_class=HTMLResponse)
def office_change_status(
    *,
    application_id: str,
    request: Request,
    state: StateDep,
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    status: Annotated[str, Form(max_length=40)] = "",
    reason_code: Annotated[str, Form(max_length=40)] = "",
    reason_text: Annotated[str, Form(max_length=500)] = "",
    nib: Annotated[str, Form(max_length=20)] = "",
    revision: Annotated[str, Form(max_length=12)] = "",
) -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    application_id = application_id[:100]
    if not _check_csrf(signed_in, csrf_token):
        return _forbidden(state, request, f"/kantor/permohonan/{application_id}")
    try:
        target = S(status)
    except ValueError:
        return _detail_page(
            state, request, signed_in, application_id, error="Pilih status baru.", status_code=422
        )
    try:
        reason = ReasonCode(reason_code) if reason_code else None
    except ValueError:
        reason = None
    try:
        backoffice.change_status(
            state.db,
            signed_in.user,
            application_id,
            target=target,
            reason_code=reason,
            reason_text=reason_text,
            nib=nib,
            expected_revision=int(revision) if revision.isdigit() else None,
            now=state.clock(),
        )
    except ApiError as exc:
        return _detail_page(
            state,
            request,
            signed_in,
            application_id,
            error=exc.detail,
            status_code=exc.status_code,
        )
    return RedirectResponse(f"/kantor/permohonan/{application_id}?pesan=tersimpan", status_code=303)


@router.get("/kantor/dokumen/{sha256}")
def office_document(sha256: str, request: Request, state: StateDep) -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    try:
        return document_response(state, signed_in.user, sha256[:64].lower())
    except ApiError as exc:
        return _render(
            state,
            request,
            "message.html",
            {"headline": "Dokumen tidak ada", "message": exc.detail, "back_url": "/kantor"},
            exc.status_code,
        )
