"""The back office's view of the laptops' audit logs (supervisors of the office).

``/kantor/audit`` lists the office's laptops with the state of each one's chain as the server
holds it; ``/kantor/audit/{device_id}`` shows a laptop's latest entries. The same check as
``fieldkit-server audit DEVICE``: every entry recomputed and chained by hash from the first.
Officers are named where a visit of the office named them (protocol v3), else shown by id.
"""

from __future__ import annotations

import datetime as dt
from typing import Final
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from fieldkit.domain.audit import (
    ACTION_LABELS,
    UNKNOWN_ACTOR,
    AuditAction,
    AuditEntry,
    parse_time,
    verdict_text,
)
from fieldkit.domain.dates import format_date
from fieldkit.server import audit
from fieldkit.server.api.deps import StateDep
from fieldkit.server.api.routes.pages import _office_context, _render, _signed_in, _to_login
from fieldkit.server.models import AuditEntryRow, VisitRow
from fieldkit.server.repositories import devices, offices
from fieldkit.server.repositories.offices import SignedIn
from fieldkit.server.state import ServerState
from fieldkit.server.timefmt import format_local

router = APIRouter(include_in_schema=False)

SHOWN_ENTRIES: Final = 200
ALLOWED_ROLE: Final = "supervisor"


def _refused(state: ServerState, request: Request, status: int, message: str) -> Response:
    return _render(
        state,
        request,
        "message.html",
        {"headline": "Catatan audit", "message": message, "back_url": "/kantor"},
        status,
    )


def _not_a_supervisor(state: ServerState, request: Request) -> Response:
    return _refused(
        state,
        request,
        403,
        "Catatan audit laptop hanya untuk supervisor kantor. Minta supervisor membukanya.",
    )


def _timezone(state: ServerState, signed_in: SignedIn) -> str:
    with state.db.read() as session:
        office = offices.get_office(session, signed_in.user.office_id)
    return office.timezone if office is not None else "Asia/Jakarta"


def _officer_names(state: ServerState, office_id: str) -> dict[str, str]:
    """Officer id -> name, from the visits the office's laptops named them in."""
    names: dict[str, str] = {}
    with state.db.read() as session:
        for snapshot in session.scalars(
            select(VisitRow.snapshot).where(VisitRow.office_id == office_id)
        ):
            for officer in (snapshot or {}).get("officers") or []:
                if isinstance(officer, dict) and officer.get("id") and officer.get("name"):
                    names[str(officer["id"])] = str(officer["name"])
    return names


def _moment(at: str, zone: str) -> str:
    """The entry's time in the office's zone; its text as stored when it is not a time (the
    chain check says whether the entry is sound, the page must still show it)."""
    try:
        local = parse_time(at).astimezone(ZoneInfo(zone))
    except ValueError:
        return at
    return f"{format_date(local.date())} {local:%H.%M.%S}"


def _actor(actor: str, names: dict[str, str]) -> str:
    if actor == UNKNOWN_ACTOR:
        return "(tidak diketahui: belum masuk / pengaturan awal)"
    return names.get(actor, actor)


def _action(entry: AuditEntry) -> str:
    try:
        return ACTION_LABELS[AuditAction(entry.action)]
    except ValueError:
        return entry.action


@router.get("/kantor/audit", response_class=HTMLResponse)
def audit_index(request: Request, state: StateDep) -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    if signed_in.user.role != ALLOWED_ROLE:
        return _not_a_supervisor(state, request)
    zone = _timezone(state, signed_in)
    rows = []
    with state.db.read() as session:
        for status in devices.device_statuses(session, signed_in.user.office_id):
            device = status.device
            entries = audit.entries(session, device.id)
            verdict = audit.verify_device(session, device.id)
            rows.append(
                {
                    "id": device.id,
                    "name": device.name,
                    "prefix": device.tracking_prefix,
                    "state": "dicabut" if device.is_revoked else "aktif",
                    "entries": len(entries),
                    "last": _moment(entries[-1].at, zone) if entries else "-",
                    "intact": verdict.is_intact,
                    "verdict": str(verdict_text(verdict)) if entries else "Belum ada entri.",
                }
            )
    return _render(
        state, request, "audit_index.html", {**_office_context(signed_in), "devices": rows}
    )


@router.get("/kantor/audit/{device_id}", response_class=HTMLResponse)
def audit_device(device_id: str, request: Request, state: StateDep) -> Response:
    signed_in = _signed_in(state, request)
    if signed_in is None:
        return _to_login()
    if signed_in.user.role != ALLOWED_ROLE:
        return _not_a_supervisor(state, request)
    with state.db.read() as session:
        device = devices.get_device(session, device_id[:100])
        if device is None or device.office_id != signed_in.user.office_id:
            return _refused(state, request, 404, "Laptop ini tidak terdaftar di kantor Anda.")
        entries = audit.entries(session, device.id)
        verdict = audit.verify_device(session, device.id)
        stored = session.scalar(
            select(AuditEntryRow.received_at)
            .where(AuditEntryRow.device_id == device.id)
            .order_by(AuditEntryRow.sequence.desc())
            .limit(1)
        )
    zone = _timezone(state, signed_in)
    names = _officer_names(state, signed_in.user.office_id)
    shown = [
        {
            "sequence": e.sequence,
            "at": _moment(e.at, zone),
            "actor": _actor(e.actor, names),
            "action": _action(e),
            "target": e.target,
            "details": ", ".join(f"{k}={v}" for k, v in sorted(e.details.items())),
            "bad": verdict.first_bad is not None and e.sequence >= verdict.first_bad,
        }
        for e in reversed(entries[-SHOWN_ENTRIES:])
    ]
    return _render(
        state,
        request,
        "audit_device.html",
        {
            **_office_context(signed_in),
            "device": device,
            "intact": verdict.is_intact,
            "verdict": str(verdict_text(verdict)) if entries else "Belum ada entri.",
            "entries": shown,
            "total": len(entries),
            "received": _received(stored, zone),
        },
    )


def _received(moment: dt.datetime | None, zone: str) -> str:
    return format_local(moment, zone) if moment is not None else "-"
