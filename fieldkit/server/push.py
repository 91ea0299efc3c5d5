"""Applying pushed outbox entries: at most once per idempotency key, each judged on its own.

One batch is one database transaction and each entry a savepoint inside it. An entry
starts by inserting its idempotency key: if the key is there already the database
refuses the insert (primary key) and the entry is a "duplicate"; a concurrent retry of
the same key waits for the first transaction and then gets the same refusal, so a key
can never be applied twice, whatever the timing. An entry that is refused (invalid or
conflict) rolls back its savepoint, key included, and the rest of the batch goes on.

Conflict rule (DESIGN.md): the server decides status, the laptop field data until the
back office starts processing. An update or status entry applies only on top of the
server's current revision, and never once the application is in process or decided.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.problems import Problem
from fieldkit.domain.readiness import readiness_problems
from fieldkit.domain.records import Application, Role
from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.status import ApplicationStatus, ReasonCode, check_transition
from fieldkit.domain.storable import storable_problems
from fieldkit.domain.tracking import PREFIX_LENGTH, normalize_tracking_code, validate_tracking_code
from fieldkit.domain.validation import normalize_draft, validate_application
from fieldkit.protocol.messages import EntryKind, Outcome, PushEntry, PushResult, Reason
from fieldkit.protocol.snapshots import ApplicationSnapshot, VisitSnapshot, snapshot_json
from fieldkit.server.db import Database
from fieldkit.server.models import IdempotencyKeyRow
from fieldkit.server.repositories import applications as apps
from fieldkit.server.repositories import devices, feed
from fieldkit.server.repositories.applications import StoredApplication
from fieldkit.server.repositories.devices import Device
from fieldkit.server.repositories.feed import FeedEvent

S = ApplicationStatus
# A laptop acts for its officers; operator and supervisor have the same transitions.
DEVICE_ROLE: Final = Role.OPERATOR
# From here on the back office owns the application: laptop edits are conflicts.
PROCESSING_STATUSES: Final = frozenset({S.IN_PROCESS, S.NIB_ISSUED, S.REJECTED})
CREATE_STATUSES: Final = frozenset({S.DRAFT, S.READY, S.QUEUED})
COMPLETE_STATUSES: Final = frozenset({S.READY, S.QUEUED})
VILLAGE_LEVELS: Final = frozenset({"desa", "kelurahan", "desa_adat"})
_RETRIES: Final = 3


class Refused(Exception):
    """An entry is answered without being applied; its savepoint is rolled back."""

    def __init__(self, result: PushResult) -> None:
        super().__init__(result.outcome)
        self.result = result


@dataclass
class _Applied:
    result: PushResult
    touched: list[str] = field(default_factory=list)
    events: list[FeedEvent] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PushContext:
    device: Device
    timezone: str
    reference: ReferenceLookup
    now: dt.datetime

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(ZoneInfo(self.timezone)).date()


def problem_reasons(problems: Iterable[Problem]) -> list[Reason]:
    return [Reason(field=p.field, code=p.code, message=p.message) for p in problems]


def validation_reasons(exc: ValidationError, prefix: str = "payload") -> list[Reason]:
    reasons = []
    for err in exc.errors()[:20]:
        path = ".".join(str(part) for part in (prefix, *err["loc"]))
        reasons.append(
            Reason(
                field=path,
                code=f"schema.{err['type']}",
                message=f"Isian '{path}' tidak sesuai format protokol: {err['msg']}.",
            )
        )
    return reasons


def _invalid(entry: PushEntry, reasons: list[Reason]) -> Refused:
    return Refused(
        PushResult(
            idempotency_key=entry.idempotency_key,
            outcome=Outcome.INVALID,
            entity_id=entry.entity_id,
            reasons=reasons,
        )
    )


def _reason(entry: PushEntry, field_name: str, code: str, message: str) -> Refused:
    return _invalid(entry, [Reason(field=field_name, code=code, message=message)])


def _conflict(entry: PushEntry, current: StoredApplication, message: str) -> Refused:
    return Refused(
        PushResult(
            idempotency_key=entry.idempotency_key,
            outcome=Outcome.CONFLICT,
            entity_id=entry.entity_id,
            revision=current.revision,
            status=S(current.status),
            current=current.snapshot,
            reasons=[Reason(field="revision", code="conflict.stale", message=message)],
        )
    )


def push(db: Database, ctx: PushContext, entries: Sequence[PushEntry]) -> list[PushResult]:
    """Apply a batch; one result per entry, in order. Retries on a lost database race.

    Parsing and the domain rules (the CPU-heavy part) run before the transaction starts,
    so the database's write lock is held only for the reads and writes themselves.
    """
    prepared = [_prepare(ctx, entry) for entry in entries]
    for attempt in range(_RETRIES):
        try:
            with db.write() as session:
                return _push(db, session, ctx, entries, prepared)
        except OperationalError as exc:
            # PostgreSQL may abort one of two transactions that wait on each other
            # (deadlock, serialisation); the whole batch is simply tried again.
            if attempt == _RETRIES - 1 or not _is_retryable(exc):
                raise
    raise AssertionError("unreachable")


def _is_retryable(exc: OperationalError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    return code in {"40001", "40P01"} or "database is locked" in str(exc.orig)


def _push(
    db: Database,
    session: Session,
    ctx: PushContext,
    entries: Sequence[PushEntry],
    prepared: Sequence[_Prepared],
) -> list[PushResult]:
    results: list[PushResult] = []
    touched: list[str] = []
    events: list[FeedEvent] = []
    applied = 0
    for entry, ready in zip(entries, prepared, strict=True):
        outcome = _apply_entry(session, ctx, entry, ready)
        results.append(outcome.result)
        if outcome.result.outcome is Outcome.APPLIED:
            applied += 1
            touched.extend(outcome.touched)
            events.extend(outcome.events)
    if touched or events:
        db.lock_office(session, ctx.device.office_id)
        events.extend(_flag_duplicates(session, ctx, touched))
        for event in events:
            feed.append(session, event)
    devices.record_push(session, ctx.device.id, applied, ctx.now)
    return results


def _apply_entry(
    session: Session, ctx: PushContext, entry: PushEntry, prepared: _Prepared
) -> _Applied:
    savepoint = session.begin_nested()
    try:
        session.add(
            IdempotencyKeyRow(
                key=entry.idempotency_key,
                device_id=ctx.device.id,
                kind=entry.kind[:40],
                entity_id=entry.entity_id,
                revision=entry.revision,
                applied_at=ctx.now,
            )
        )
        session.flush()
    except IntegrityError:
        savepoint.rollback()
        return _Applied(
            PushResult(
                idempotency_key=entry.idempotency_key,
                outcome=Outcome.DUPLICATE,
                entity_id=entry.entity_id,
            )
        )
    try:
        if isinstance(prepared, Refused):
            raise prepared
        if isinstance(prepared, VisitSnapshot):
            applied = _apply_visit(session, ctx, entry, prepared)
        else:
            applied = _apply_application(session, ctx, entry, prepared)
    except Refused as refused:
        savepoint.rollback()
        return _Applied(refused.result)
    savepoint.commit()
    return applied


@dataclass(frozen=True, slots=True)
class _ParsedApplication:
    app: Application
    content_refusal: Refused | None  # the rules' verdict, raised where the order says


_Prepared = Refused | VisitSnapshot | _ParsedApplication


def _prepare(ctx: PushContext, entry: PushEntry) -> _Prepared:
    """Everything about an entry that needs no database: shape, rules, tracking code."""
    try:
        if entry.kind == EntryKind.VISIT_UPSERT:
            return _parse_visit(ctx, entry)
        if entry.kind in {
            EntryKind.APPLICATION_CREATE,
            EntryKind.APPLICATION_UPDATE,
            EntryKind.APPLICATION_STATUS,
        }:
            app = _parse_application(ctx, entry)
            try:
                _check_content(ctx, entry, app)
            except Refused as refused:
                return _ParsedApplication(app, refused)
            return _ParsedApplication(app, None)
        kinds = ", ".join(k.value for k in EntryKind)
        return _reason(
            entry, "kind", "entry.kind", f"Jenis entri tidak dikenal. Yang dikenal: {kinds}."
        )
    except Refused as refused:
        return refused


# --- visits ---------------------------------------------------------------------------------


def _parse_visit(ctx: PushContext, entry: PushEntry) -> VisitSnapshot:
    try:
        snap = VisitSnapshot.model_validate(entry.payload)
    except ValidationError as exc:
        raise _invalid(entry, validation_reasons(exc)) from None
    if snap.id != entry.entity_id:
        raise _reason(entry, "entity_id", "entry.entity_mismatch", "ID entri dan isi berbeda.")
    region = ctx.reference.region(snap.village_code)
    if region is None or region.level not in VILLAGE_LEVELS:
        raise _reason(
            entry,
            "payload.village_code",
            "visit.village_unknown",
            "Kode desa/kelurahan kunjungan tidak dikenal.",
        )
    if not 1 <= snap.target <= 500:
        raise _reason(
            entry, "payload.target", "visit.target_range", "Target harus antara 1 dan 500."
        )
    return snap


def _apply_visit(
    session: Session, ctx: PushContext, entry: PushEntry, snap: VisitSnapshot
) -> _Applied:
    existing = apps.get_visit(session, snap.id)
    if existing is not None and existing.office_id != ctx.device.office_id:
        raise _reason(entry, "entity_id", "visit.unknown", "Kunjungan ini bukan milik kantor Anda.")
    stored = snap.model_dump(mode="json")
    # The office is the device's: a laptop's local office id is not trusted for scoping.
    stored["office_id"] = ctx.device.office_id
    is_new = apps.upsert_visit(
        session,
        visit_id=snap.id,
        office_id=ctx.device.office_id,
        device_id=ctx.device.id,
        village_code=snap.village_code,
        date=snap.date,
        state=snap.state.value,
        target=snap.target,
        revision=entry.revision,
        snapshot=stored,
        now=ctx.now,
    )
    if not is_new:
        current = apps.get_visit(session, snap.id)
        assert current is not None
        raise Refused(
            PushResult(
                idempotency_key=entry.idempotency_key,
                outcome=Outcome.CONFLICT,
                entity_id=entry.entity_id,
                revision=current.revision,
                current=current.snapshot,
                reasons=[
                    Reason(
                        field="revision",
                        code="conflict.stale",
                        message="Server sudah punya versi kunjungan yang sama atau lebih baru.",
                    )
                ],
            )
        )
    return _Applied(
        PushResult(
            idempotency_key=entry.idempotency_key,
            outcome=Outcome.APPLIED,
            entity_id=entry.entity_id,
            revision=entry.revision,
        )
    )


# --- applications ---------------------------------------------------------------------------


def _parse_application(ctx: PushContext, entry: PushEntry) -> Application:
    try:
        snap = ApplicationSnapshot.model_validate(entry.payload)
    except ValidationError as exc:
        raise _invalid(entry, validation_reasons(exc)) from None
    if snap.id != entry.entity_id:
        raise _reason(
            entry, "entity_id", "entry.entity_mismatch", "ID entri dan ID permohonan berbeda."
        )
    if snap.revision != entry.revision:
        raise _reason(
            entry, "revision", "entry.revision_mismatch", "Revisi entri dan isi permohonan berbeda."
        )
    app = snap.to_domain()
    hard = storable_problems(app.draft)
    if hard:
        raise _invalid(entry, problem_reasons(hard))
    code = normalize_tracking_code(app.tracking_code)
    if code is None:
        raise _invalid(entry, problem_reasons(validate_tracking_code(app.tracking_code)))
    if code.replace("-", "")[:PREFIX_LENGTH] != ctx.device.tracking_prefix:
        raise _reason(
            entry,
            "tracking_code",
            "tracking.prefix",
            "Kode pelacakan bukan dari perangkat ini (awalan berbeda).",
        )
    draft = normalize_draft(app.draft)
    return dataclasses.replace(
        app, tracking_code=code, applicant=draft.applicant, business=draft.business
    )


def _check_content(ctx: PushContext, entry: PushEntry, app: Application) -> None:
    """A ready or queued application must pass the same rules the laptop applied."""
    if app.status not in COMPLETE_STATUSES:
        return
    problems = validate_application(app.draft, ref=ctx.reference, today=ctx.today)
    blocking = readiness_problems(problems, app.acknowledgements, app.documents, DocumentPolicy())
    if blocking:
        raise _invalid(entry, problem_reasons(blocking))


def _stored(
    app: Application, ctx: PushContext, *, created_at: dt.datetime, received_at: dt.datetime | None
) -> StoredApplication:
    return StoredApplication(
        id=app.id,
        office_id=ctx.device.office_id,
        device_id=ctx.device.id,
        tracking_code=app.tracking_code,
        visit_id=app.visit_id,
        status=app.status.value,
        revision=app.revision,
        nik=app.applicant.nik,
        full_name=app.applicant.full_name,
        business_name=app.business.name,
        village_code=app.business.address.village_code or app.applicant.address.village_code,
        nib=app.nib,
        reason_code=app.reason_code.value if app.reason_code else None,
        reason_text=app.reason_text,
        created_at=created_at,
        updated_at=ctx.now,
        received_at=received_at,
        snapshot=snapshot_json(app),
    )


def _apply_application(
    session: Session, ctx: PushContext, entry: PushEntry, parsed: _ParsedApplication
) -> _Applied:
    app = parsed.app
    current = apps.get(session, app.id)
    if current is not None and current.office_id != ctx.device.office_id:
        # Answered like an unknown id: nothing of another office's record is revealed.
        raise _reason(
            entry, "entity_id", "application.unknown", "Permohonan ini tidak ada di kantor Anda."
        )
    actor = f"device:{ctx.device.id}"
    if entry.kind == EntryKind.APPLICATION_CREATE:
        if current is not None:
            raise _conflict(entry, current, "Permohonan ini sudah ada di server.")
        if app.status not in CREATE_STATUSES:
            raise _reason(
                entry,
                "status",
                "status.create",
                "Permohonan baru dari laptop harus berstatus draf, siap, atau menunggu sinkron.",
            )
        # The laptop cannot decide what only the office decides.
        app = dataclasses.replace(app, nib="", reason_code=None, reason_text="")
        if parsed.content_refusal is not None:
            raise parsed.content_refusal
        stored = _received(_stored(app, ctx, created_at=ctx.now, received_at=None), ctx.now)
        nested = session.begin_nested()
        try:
            apps.insert(session, stored)
        except IntegrityError:
            nested.rollback()
            raise _reason(
                entry,
                "tracking_code",
                "tracking.in_use",
                "Kode pelacakan ini sudah dipakai permohonan lain di server.",
            ) from None
        nested.commit()
        apps.add_event(
            session,
            application_id=app.id,
            at=ctx.now,
            actor=actor,
            actor_role=DEVICE_ROLE.value,
            from_status=None,
            to_status=app.status.value,
        )
    else:
        if current is None:
            raise _reason(
                entry,
                "entity_id",
                "application.unknown",
                "Permohonan belum ada di server; kirim entri pembuatannya lebih dulu.",
            )
        if S(current.status) in PROCESSING_STATUSES:
            raise _conflict(
                entry,
                current,
                "Kantor sudah memproses permohonan ini; perubahan dari laptop ditolak.",
            )
        if current.revision != entry.revision - 1:
            raise _conflict(
                entry,
                current,
                f"Perubahan ini dibuat dari revisi {entry.revision - 1}, padahal revisi di server "
                f"{current.revision}. Ambil versi server dulu.",
            )
        if app.tracking_code != current.tracking_code:
            raise _reason(
                entry, "tracking_code", "tracking.changed", "Kode pelacakan tidak boleh berubah."
            )
        source = S(current.status)
        if app.status is not source:
            refused = check_transition(
                source, app.status, DEVICE_ROLE, reason=app.reason_code, nib=app.nib or current.nib
            )
            if refused:
                raise _invalid(entry, problem_reasons(refused))
            # Field transitions need no reason; the office's last reason no longer applies.
            app = dataclasses.replace(app, nib=current.nib, reason_code=None, reason_text="")
        else:
            app = dataclasses.replace(
                app,
                nib=current.nib,
                reason_code=ReasonCode(current.reason_code) if current.reason_code else None,
                reason_text=current.reason_text,
            )
        if parsed.content_refusal is not None:
            raise parsed.content_refusal
        stored = _received(
            _stored(app, ctx, created_at=current.created_at, received_at=current.received_at),
            ctx.now,
        )
        if not apps.compare_and_set(session, stored, base_revision=current.revision):
            latest = apps.get(session, app.id)
            assert latest is not None
            raise _conflict(entry, latest, "Permohonan baru saja diubah di server.")
        if app.status is not source:
            apps.add_event(
                session,
                application_id=app.id,
                at=ctx.now,
                actor=actor,
                actor_role=DEVICE_ROLE.value,
                from_status=source.value,
                to_status=app.status.value,
                reason_code=app.reason_code.value if app.reason_code else None,
                reason_text=app.reason_text,
            )
    apps.replace_documents(
        session,
        app.id,
        ((d.sha256, d.kind.value, d.original_name) for d in app.documents),
    )
    events: list[FeedEvent] = []
    if app.status is S.QUEUED:
        apps.add_event(
            session,
            application_id=app.id,
            at=ctx.now,
            actor="system",
            actor_role=Role.SYSTEM.value,
            from_status=S.QUEUED.value,
            to_status=S.RECEIVED.value,
        )
        events.append(status_event(stored, ctx.now))
    return _Applied(
        PushResult(
            idempotency_key=entry.idempotency_key,
            outcome=Outcome.APPLIED,
            entity_id=entry.entity_id,
            revision=stored.revision,
            status=S(stored.status),
        ),
        touched=[app.id],
        events=events,
    )


def _received(stored: StoredApplication, now: dt.datetime) -> StoredApplication:
    """A queued application as the server acknowledges it: received, one revision later.

    Written in the same statement as the laptop's version (one insert or update, not two),
    with both history events; the receipt is the server's own, by the system role.
    """
    if stored.status != S.QUEUED.value:
        return stored
    refused = check_transition(S.QUEUED, S.RECEIVED, Role.SYSTEM)
    assert not refused, refused
    snapshot = dict(stored.snapshot)
    snapshot.update(
        status=S.RECEIVED.value,
        revision=stored.revision + 1,
        updated_by="system",
        updated_at=now.isoformat(),
    )
    return dataclasses.replace(
        stored,
        status=S.RECEIVED.value,
        revision=stored.revision + 1,
        received_at=now,
        updated_at=now,
        snapshot=snapshot,
    )


def status_event(app: StoredApplication, now: dt.datetime) -> FeedEvent:
    return FeedEvent(
        office_id=app.office_id,
        kind="application.status",
        at=now,
        application_id=app.id,
        payload={
            "tracking_code": app.tracking_code,
            "status": app.status,
            "revision": app.revision,
            "nib": app.nib,
            "reason_code": app.reason_code,
            "reason_text": app.reason_text,
        },
    )


def _flag_duplicates(session: Session, ctx: PushContext, touched: Sequence[str]) -> list[FeedEvent]:
    """Flag the same NIK from two laptops of one office, once per pair, on both applications.

    Runs under the office lock, after every entry of the batch: a NIK pushed at the same
    moment from another laptop is either committed already (and seen here) or will see
    this batch's rows when its own batch takes the lock.
    """
    events: list[FeedEvent] = []
    for app_id in dict.fromkeys(touched):
        app = apps.get(session, app_id)
        if app is None or len(app.nik) != 16 or not app.nik.isdigit():
            continue
        for other in apps.same_nik_elsewhere(session, app):
            for first, second in ((app, other), (other, app)):
                if apps.has_flag(session, first.id, second.id):
                    continue
                apps.add_flag(session, first.office_id, first.id, second.id, ctx.now)
                events.append(
                    FeedEvent(
                        office_id=first.office_id,
                        kind="application.possible_duplicate",
                        at=ctx.now,
                        application_id=first.id,
                        payload={
                            "tracking_code": first.tracking_code,
                            "other_application_id": second.id,
                            "other_tracking_code": second.tracking_code,
                        },
                    )
                )
    return events
